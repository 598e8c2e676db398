"""Command line: ``reader`` opens the app; subcommands give the same data to scripts.

This module imports no Qt unless the GUI is asked for, so scripted use stays fast.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path
from typing import Sequence

from reader import __version__
from reader.cli_output import print_json, write_output

SCRIPTS = ("original", "simplified", "traditional", "taiwan", "mainland")


def _common(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--library", metavar="DIR", default=default,
                        help="article folder (default: the last one used, else the bundled seeds)")
    parser.add_argument("--data-dir", metavar="DIR", default=default,
                        help="where Reader keeps its state (default: $READER_DATA_DIR or the "
                             "platform's user data folder)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader", description="Offline reader for Chinese and Spanish articles.")
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    _common(parser, suppress=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("list", help="list the library's articles")
    _common(p, suppress=True)
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = sub.add_parser("show", help="print an article's reading text")
    _common(p, suppress=True)
    p.add_argument("id", help="article id (or its file name)")
    p.add_argument("--script", choices=SCRIPTS, default="original")
    p.add_argument("--raw", action="store_true", help="the file's text before cleaning")
    p.add_argument("--report", action="store_true",
                   help="print what cleaning changed (JSON) instead of the text")
    p.add_argument("--blocks", action="store_true",
                   help="the article's blocks and removed blocks (with --json)")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = sub.add_parser("search", help="full-text search (builds/updates the index first)",
                       description='Plain text means "contains this"; several terms are '
                                   'AND; "quoted phrase", OR and -exclude work.')
    _common(p, suppress=True)
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20, help="hits to print (default 20)")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = sub.add_parser("annotations", help="highlights and notes")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = actions.add_parser("add", help="highlight START–END (reading-text offsets)")
    _common(a, suppress=True)
    a.add_argument("id")
    a.add_argument("start", type=int)
    a.add_argument("end", type=int)
    a.add_argument("--color", default="yellow")
    a.add_argument("--note", default="")
    a.add_argument("--tag", action="append", default=[], help="repeat for several tags")
    a = actions.add_parser("list", help="list highlights")
    _common(a, suppress=True)
    a.add_argument("--id", help="only this article")
    a.add_argument("--json", action="store_true")
    a = actions.add_parser("export", help="export highlights")
    _common(a, suppress=True)
    a.add_argument("--format", choices=("markdown", "json"), default="markdown")
    a.add_argument("--id", help="only this article")
    a.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    a = actions.add_parser("import", help="import W3C Web Annotation JSON")
    _common(a, suppress=True)
    a.add_argument("file")
    a = actions.add_parser("detached", help="highlights whose file is gone (not recognised "
                                            "elsewhere)")
    _common(a, suppress=True)
    a.add_argument("--json", action="store_true")
    a = actions.add_parser("reattach", help="give a gone file's highlights to an article")
    _common(a, suppress=True)
    a.add_argument("old_id", help="the id listed by `reader annotations detached`")
    a.add_argument("id", help="the article they belong to now")

    p = sub.add_parser("events", help="dated events on one timeline")
    _common(p, suppress=True)
    p.add_argument("--id", help="only this article")
    p.add_argument("--json", action="store_true")

    # wiring (issue 20): dictionary and vocabulary
    p = sub.add_parser("define", help="look a word up: CC-CEDICT for Chinese, the lemma "
                                      "for Spanish")
    _common(p, suppress=True)
    p.add_argument("word", help="a Chinese word or phrase (either script), or a Spanish word")
    p.add_argument("--search", action="store_true",
                   help="also search the library for it (Spanish: its lemma)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p = sub.add_parser("vocabulary", help="the words you saved")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = actions.add_parser("list", help="list saved words")
    _common(a, suppress=True)
    a.add_argument("--json", action="store_true")
    a = actions.add_parser("add", help="save the word at START–END (reading-text offsets)")
    _common(a, suppress=True)
    a.add_argument("id")
    a.add_argument("start", type=int)
    a.add_argument("end", type=int)
    a.add_argument("--script", choices=SCRIPTS, default="original",
                   help="the script the word is shown in")
    a = actions.add_parser("export", help="export as CSV for Anki or as Markdown")
    _common(a, suppress=True)
    a.add_argument("--format", choices=("csv", "markdown"), default="csv")
    a.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    p = sub.add_parser("entities", help="names across scripts and languages (淘宝 = Taobao)")
    _common(p, suppress=True)
    p.add_argument("--id", help="one entity (its id or a name) or those an article names")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("align", help="anchors two articles share (names, dates, numbers)")
    _common(p, suppress=True)
    p.add_argument("left", help="article id (or its file name)")
    p.add_argument("right", help="article id (or its file name)")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("index", help="build or update the search index")
    _common(p, suppress=True)
    p.add_argument("--rebuild", action="store_true", help="throw the index away and rebuild")
    return parser


class _OneLineFormatter(logging.Formatter):
    """Warnings the core logs (an accelerator fell back, an index was rebuilt) reach the
    user as one line: the traceback is for developers (READER_DEBUG=1 shows it)."""

    def format(self, record: logging.LogRecord) -> str:
        if os.environ.get("READER_DEBUG"):
            return super().format(record)
        return f"reader: {record.getMessage()}"


def _log_warnings_as_one_line() -> None:
    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(_OneLineFormatter("reader: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.WARNING)


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        # Chinese text must print even under a C/POSIX locale.
        if (getattr(stream, "encoding", "") or "").lower().replace("-", "") != "utf8":
            try:
                stream.reconfigure(encoding="utf-8")
            except (AttributeError, ValueError):
                pass
    parser = build_parser()
    args = parser.parse_args(argv)
    _log_warnings_as_one_line()
    if args.command is None:
        from reader.ui.app import run_gui  # Qt only when the window is wanted
        return run_gui(library=args.library, data_dir=args.data_dir)
    from reader.core.library.facade import AnnotationError, Library, UnknownArticle
    try:
        library = Library(args.library, args.data_dir)
    except OSError as exc:
        print(f"reader: cannot use the data folder: {exc}", file=sys.stderr)
        return 2
    if not library.root.exists():
        print(f"reader: library folder not found: {library.root}", file=sys.stderr)
        return 2
    try:
        if args.command == "list":
            return _list(library, args)
        if args.command == "show":
            return _show(library, args)
        if args.command == "search":
            return _search(library, args)
        if args.command == "index":
            return _index(library, args)
        if args.command == "annotations":
            return _annotations(library, args)
        if args.command in ("entities", "align"):  # wiring (issue 17)
            from reader.cli_linking import run_linking_command
            return run_linking_command(library, args, _progress_to_stderr)
        if args.command == "events":
            return _events(library, args)
        if args.command in ("define", "vocabulary"):  # wiring (issue 20)
            from reader.cli_dictionary import run_dictionary_command
            return run_dictionary_command(library, args, _print_json)
    except (UnknownArticle, AnnotationError) as exc:
        print(f"reader: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # e.g. `reader show X | head`
        return 0
    except OSError as exc:  # a full disk, a read-only data folder …
        print(f"reader: cannot write to {library.data_dir}: {exc.strerror or exc}",
              file=sys.stderr)
        return 2
    parser.error(f"unknown command {args.command}")
    return 2


class ProgressBar:
    """A one-line progress bar on stderr (plain lines when stderr is not a terminal)."""

    def __init__(self, label: str, minimum_total: int = 1):
        self.label = label
        self.minimum_total = minimum_total
        self._last_percent = -1

    def __call__(self, done: int, total: int, _name: str = "") -> None:
        if total < self.minimum_total:
            return
        percent = 100 * done // max(total, 1)
        if percent == self._last_percent:
            return
        self._last_percent = percent
        if sys.stderr.isatty():
            filled = percent * 30 // 100
            print(f"\r{self.label} [{'#' * filled}{'.' * (30 - filled)}] {done}/{total}",
                  end="\n" if done >= total else "", file=sys.stderr, flush=True)
        elif percent % 25 == 0:
            print(f"{self.label}: {done}/{total}", file=sys.stderr, flush=True)


def _progress_to_stderr(done: int, total: int, name: str) -> None:
    ProgressBar("loading", minimum_total=200)(done, total, name)


def _update_index(library, rebuild: bool = False) -> None:
    report = library.search.update_index(progress=ProgressBar("indexing"), rebuild=rebuild)
    if report.rebuilt_because and report.rebuilt_because != "no index yet":
        print(f"reader: rebuilt the search index: {report.rebuilt_because}", file=sys.stderr)
    for message in report.messages:
        print(f"reader: not indexed: {message}", file=sys.stderr)
    if report.skipped_because:  # -- search index (issue 11) --
        print(f"reader: index not updated: {report.skipped_because}", file=sys.stderr)


def _search(library, args) -> int:
    library.load(progress=_progress_to_stderr)
    _update_index(library)
    result = library.search.query(args.query, limit=max(0, args.limit))
    if args.json:
        _print_json(result.to_json())
        return 2 if result.error else 0
    if result.error:
        print(f"reader: {result.error}", file=sys.stderr)
        return 2
    print(f"{result.total} article{'s' if result.total != 1 else ''} match {args.query!r}")
    for hit in result.hits:
        print(f"\n{hit.title}  ({hit.path}, {len(hit.matches)} match"
              f"{'es' if len(hit.matches) != 1 else ''})")
        print("   " + hit.snippet.replace("\n", " "))
    return 0


def _index(library, args) -> int:
    library.load(progress=_progress_to_stderr)
    report = library.search.update_index(progress=ProgressBar("indexing"), rebuild=args.rebuild)
    if report.rebuilt_because and report.rebuilt_because not in ("no index yet",
                                                                 "asked to rebuild"):
        print(f"rebuilt the index: {report.rebuilt_because}", file=sys.stderr)
    for message in report.messages:
        print(f"not indexed: {message}", file=sys.stderr)
    if report.skipped_because:  # -- search index (issue 11) --
        print(f"index not updated: {report.skipped_because}", file=sys.stderr)
        return 0
    print(f"index up to date: {report.added} added, {report.updated} updated, "
          f"{report.removed} removed in {report.seconds:.1f} s")
    return 0


def _report_moves(result) -> None:
    for move in result.moves:
        print(f"reader: {move.old_path} is now {move.new_path} ({move.how}): its highlights "
              "and reading position were carried over", file=sys.stderr)


def _list(library, args) -> int:
    result = library.load(progress=_progress_to_stderr)
    _report_moves(result)
    if args.json:
        payload = {"articles": [a.to_json() for a in result.articles],
                   "errors": [e.to_json() for e in result.errors]}
        _print_json(payload)
        return 0
    for a in result.articles:
        print(f"{a.id}  {a.language:<8} {a.date or '':<10}  {a.title}  ({a.path})")
    for e in result.errors:
        print(f"skipped {e.path}: {e.reason}", file=sys.stderr)
    return 0


def _show(library, args) -> int:
    library.load()
    document = library.articles.document(args.id)
    if args.blocks:
        _print_json(document.blocks_json())
        return 0
    if args.report:
        report = document.report
        payload = {"id": document.info.id, "path": document.info.path,
                   "encoding": document.info.encoding, **report.summary(),
                   "repairs": [{"before": r.before, "after": r.after} for r in report.repairs],
                   "suspect_spans": [list(s) for s in report.suspect_spans],
                   "garbled": [document.text[s:e] for s, e in report.suspect_spans],
                   "metadata": dict(document.metadata),
                   "removed": [r.to_json() for r in document.removed],
                   "damaged_spans": [list(s) for s in document.damaged_spans]}
        _print_json(payload)
        return 0
    text = document.raw if args.raw else library.articles.view(document.info.id, args.script).text
    sys.stdout.write(text)
    if not text.endswith("\n"):
        sys.stdout.write("\n")
    return 0


def _annotations(library, args) -> int:
    _report_moves(library.load(progress=_progress_to_stderr))
    if args.action == "detached":
        detached = library.annotations.detached_articles()
        if args.json:
            _print_json({"detached": [{"id": a, "path": p, "annotations": n}
                                      for a, p, n in detached]})
        else:
            for article, path, count in detached:
                print(f"{article}  {count} highlight{'s' if count != 1 else ''}  ({path})")
            if detached:
                print("re-attach with: reader annotations reattach OLD_ID ID", file=sys.stderr)
        return 0
    if args.action == "reattach":
        placed = library.annotations.reattach_article(args.old_id, args.id)
        orphans = sum(1 for a in placed if a.orphan)
        print(f"re-attached {len(placed)} highlight{'s' if len(placed) != 1 else ''} "
              f"({orphans} not found in the text, kept as orphans)")
        return 0
    if args.action == "add":
        annotation = library.annotations.add(args.id, args.start, args.end, color=args.color,
                                              note=args.note, tags=args.tag).annotation
        _print_json(annotation.to_json())
        return 0
    if args.action == "list":
        annotations = (library.annotations.for_article(args.id) if args.id is not None
                       else library.annotations.all())
        if args.json:
            _print_json({"annotations": [a.to_json() for a in annotations]})
        else:
            for a in annotations:
                flag = " (orphan)" if a.orphan else ""
                print(f"{a.uid[:8]}  {a.color:<7} {a.start}-{a.end}{flag}  "
                      f"{a.exact[:40]!r}  {a.note[:40]}")
        return 0
    if args.action == "export":
        write_output(library.annotations.export(args.format, args.id), args.output)
        return 0
    if args.action == "import":
        try:
            data = json.loads(Path(args.file).read_text("utf-8"))
        except (OSError, ValueError) as exc:
            print(f"reader: cannot read {args.file}: {exc}", file=sys.stderr)
            return 2
        try:
            report = library.annotations.import_w3c(data)
        except ValueError as exc:
            print(f"reader: {args.file}: {exc}", file=sys.stderr)
            return 2
        for problem in report.problems:
            print(f"reader: skipped {problem}", file=sys.stderr)
        print(f"imported {report.imported}, unchanged {report.unchanged}, "
              f"orphans {report.orphans}")
        return 0
    return 2


def _events(library, args) -> int:
    library.load(progress=_progress_to_stderr)
    events = library.events.list(args.id, progress=ProgressBar("events", minimum_total=200))
    if args.json:
        _print_json({"events": [e.to_json() for e in events]})
        return 0
    for event in events:
        date = event.date.value + (f" {event.date.qualifier}" if event.date.qualifier else "")
        date += f"–{event.date.value_end}" if event.date.value_end else ""  # issue 16
        mark = "~" if event.date.inferred else " "
        print(f"{date:<14}{mark} {event.label}  [{event.path}]")
    return 0


_print_json = print_json


if __name__ == "__main__":
    raise SystemExit(main())
