"""Book-length files (issue 14): built in a worker process, their raw text not kept.

Cleaning and structuring a 5 MB novel churns through millions of short-lived Python
objects. Built in the window's process, the few thousand that survive (blocks, spans,
caches) ended up scattered over ~20 MB of the allocator's arenas, which could then never be
given back: the open book cost 6× its text. Built in a worker process, only the finished
document comes back — its reading text, its blocks as arrays (``BlockSpans``) and a few
hundred small objects — and the churn ends with that process.

A book's raw text (as decoded from the file) and its raw → reading map are not kept either:
only ``reader show --raw``, moving positions saved under an older cleaning version, and
tests need them, so ``RawFromFile`` reads and decodes the file again when asked (decoding
costs ~1 % of building the document).
"""
from __future__ import annotations

import multiprocessing
from dataclasses import dataclass, replace
from pathlib import Path

from reader.core.library.corpus import build_document, load_documents as _load_documents
from reader.core.library.corpus import read_file_bytes
from reader.core.library.structured import reading_hash
from reader.core.library.webpage import WEB_SUFFIXES, decode_page
from reader.core.models import Document
from reader.core.text.decoding import UnreadableFile, decode_bytes
from reader.core.text.offsets import MapChain

#: Files from this size on are books: built in a worker process, raw text not kept. A
#: novel of half a megabyte already left ~10 MB of pinned arenas behind.
BOOK_BYTES = 512 * 1024


def is_book(path: Path) -> bool:
    """Big enough to be built apart (an EPUB's items are built from its archive, kept
    as they are)."""
    if path.suffix.lower() == ".epub":
        return False
    try:
        return path.stat().st_size >= BOOK_BYTES
    except OSError:
        return False  # the normal reading says why


def load_document(path: Path, relative_path: str) -> Document:
    """One article (see ``corpus.load_document``); a book is built in a worker process."""
    if not is_book(path):
        return _build_here(path, relative_path)
    if multiprocessing.parent_process() is not None:
        return _build_book(str(path), relative_path)  # already a worker: no grandchild
    try:
        outcome, value = _built_apart(str(path), relative_path)
    except (EOFError, OSError, ValueError, NotImplementedError, RuntimeError):
        # no worker process here (a sandbox, a frozen build) or it died: build here
        return _build_book(str(path), relative_path)
    if outcome == "error":
        raise value  # UnreadableFile: the reason for the user, as if built here
    return value


def _built_apart(path: str, relative_path: str) -> tuple[str, object]:
    """Build in a fresh process ("spawn": forking a process that runs Qt and threads is
    unsafe) that holds only the sending end of its pipe: should the window's process end
    first (quit while a book loads), its send fails and it ends too, where a process
    pool's worker would wait on its own queue for ever. Daemonic: a normal exit ends it
    rather than waiting for it."""
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    worker = context.Process(target=_send_book, args=(sender, path, relative_path),
                             name="reader-book", daemon=True)
    worker.start()
    sender.close()  # ours: a worker that dies is then an EOFError, not a wait
    try:
        return receiver.recv()
    finally:
        receiver.close()
        worker.join()


def _send_book(sender, path: str, relative_path: str) -> None:
    """In the worker process."""
    try:
        result = ("document", _build_book(path, relative_path))
    except Exception as exc:  # raised again by the caller (UnreadableFile, OSError …)
        result = ("error", exc)
    try:
        sender.send(result)
    except OSError:
        pass  # the window's process is gone: nobody to tell
    finally:
        sender.close()


def load_documents(path: Path, relative_path: str) -> list[Document]:
    """Every article of a file (see ``corpus.load_documents``), a book built apart."""
    if is_book(path):
        return [load_document(path, relative_path)]
    return _load_documents(path, relative_path)


def copied_to(document: Document, path: Path) -> Document:
    """The document of a file just copied into the library: a book's raw text is read
    from the copy from now on, not from the file the user may delete."""
    if isinstance(document.source, RawFromFile):
        return replace(document, source=replace(document.source, path=str(path)))
    return document


def _build_here(path: Path, relative_path: str) -> Document:
    return build_document(read_file_bytes(path), relative_path, path.suffix)


def _build_book(path: str, relative_path: str) -> Document:
    """In the worker process: the document, its raw text left to be read again."""
    data = read_file_bytes(Path(path))
    document = build_document(data, relative_path, Path(path).suffix)
    return replace(document, source=RawFromFile(path, relative_path,
                                                document.info.content_hash))


@dataclass(frozen=True)
class RawFromFile:
    """A book's raw text and raw → reading map, from its file when asked. A file changed
    since its document was built no longer matches its offsets: a clear error, not a
    wrong text."""

    path: str
    relative_path: str
    content_hash: str

    def raw(self) -> str:
        data = self._data()
        suffix = Path(self.path).suffix.lower()
        if suffix in WEB_SUFFIXES:
            return decode_page(data, suffix).text
        return decode_bytes(data).text

    def raw_to_reading(self) -> MapChain:
        """Rebuilt with the document (seconds for a book; nothing in the app asks)."""
        data = self._data()
        return build_document(data, self.relative_path, Path(self.path).suffix).raw_to_reading

    def _data(self) -> bytes:
        data = read_file_bytes(Path(self.path))
        if reading_hash(data) != self.content_hash:
            raise UnreadableFile("the file changed since it was opened: open it again")
        return data
