"""``reader define`` and ``reader vocabulary``: the dictionary and the vocabulary list."""
from __future__ import annotations

import sys

from reader.cli_output import write_output


def run_dictionary_command(library, args, print_json) -> int:
    from reader.core.dictionary.vocabulary import VocabularyError

    try:
        if args.command == "define":
            return _define(library, args, print_json)
        return _vocabulary(library, args, print_json)
    except VocabularyError as exc:
        print(f"reader: {exc}", file=sys.stderr)
        return 1


def _define(library, args, print_json) -> int:
    if not args.word.strip():
        print("reader: give a word to look up", file=sys.stderr)
        return 2
    definition = library.dictionary.define(args.word)
    result = None
    if args.search and definition.language:
        library.load()
        library.search.update_index()
        result = (library.dictionary.search_lemma(args.word) if definition.language == "es"
                  else library.search.query(definition.query))
    if args.json:
        payload = definition.to_json()
        if result is not None:
            payload["search"] = result.to_json()
        print_json(payload)
        return 0 if definition.found else 1
    if definition.language == "es":
        print(f"{definition.query}  lemma: {definition.lemma}")
    for word in definition.words:
        if not word.entries:
            print(f"{word.text}  (not in the dictionary)")
        for entry in word.entries:
            both = entry.simplified if entry.simplified == entry.traditional \
                else f"{entry.simplified} ({entry.traditional})"
            print(f"{both}  {entry.pinyin}")
            for number, sense in enumerate(entry.definitions, start=1):
                print(f"   {number}. {sense}")
    if not definition.language:
        print(f"reader: {args.word!r} is neither Chinese nor a Spanish word", file=sys.stderr)
    if result is not None:
        print(f"\n{result.total} article{'s' if result.total != 1 else ''} in the library")
        for hit in result.hits:
            print(f"  {hit.title}  ({hit.path})")
    return 0 if definition.found else 1


def _vocabulary(library, args, print_json) -> int:
    if args.action == "list":
        items = library.dictionary.vocabulary.list()
        if args.json:
            print_json({"vocabulary": [item.to_json() for item in items]})
        else:
            for item in items:
                print(f"{item.word}  {item.reading}  {item.definition[:60]}")
        return 0
    if args.action == "add":
        library.load()
        item, added = library.dictionary.add_word(args.id, args.start, args.end, args.script)
        print_json({**item.to_json(), "added": added})
        return 0
    write_output(library.dictionary.export(args.format), args.output)
    return 0
