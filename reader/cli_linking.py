"""CLI for reading across languages (issue 17): ``reader entities`` and ``reader align``."""
from __future__ import annotations

from reader.cli_output import print_json


def run_linking_command(library, args, progress) -> int:
    if args.command == "entities":
        return _entities(library, args, progress)
    return _align(library, args, progress)


def _entities(library, args, progress) -> int:
    library.load(progress=progress)
    entities = library.entities.list(args.id)
    if args.json:
        print_json({"entities": [e.to_json() for e in entities]})
        return 0
    for entity in entities:
        others = [n for n in entity.names if n != entity.name]
        print(f"{entity.name:<24} {' · '.join(others):<30} {len(entity.articles)} article(s)")
    return 0


def _align(library, args, progress) -> int:
    library.load(progress=progress)
    left, right = library.articles.resolve(args.left), library.articles.resolve(args.right)
    anchors = library.entities.align(left, right)
    if args.json:
        print_json({"left": left, "right": right, "anchors": [a.to_json() for a in anchors]})
        return 0
    for anchor in anchors:
        print(f"{anchor.left.start:>7} {anchor.right.start:>7}  {anchor.left.kind:<7} "
              f"{anchor.left.text} = {anchor.right.text}")
    return 0
