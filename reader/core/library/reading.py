"""Reading many article files at once: each into its ArticleInfo(s) and text fingerprint.

Cleaning and structuring an article costs about a hundred times its decoding (measured in
bench/library.py), so a first import of thousands of files is CPU-bound: it runs in worker
processes when there are many files (on two cores two processes read ~1.8× faster, and the
window's process keeps its CPU for the window). Outcomes come back in batches, in file order,
so the caller can list and store what was read as it goes and stop between batches.
"""
from __future__ import annotations

import multiprocessing
import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from reader.core.library.books import load_documents  # books built apart (issue 14)
from reader.core.library.collector import collector_paused
from reader.core.library.fingerprint import fingerprint
from reader.core.library.glance import glance, listing_entry
from reader.core.models import ArticleInfo, Document
from reader.core.text.decoding import UnreadableFile

#: Fewer files than this are read in the calling thread: starting worker processes
#: (importing the text pipeline) costs about a second.
PARALLEL_FROM = 400
#: Files per batch: small enough that the list grows several times a second.
BATCH = 32
#: Files listed or glanced at per batch (``library.glance``: 10–70× cheaper than reading).
GLANCE_BATCH = 200
#: Worker processes at most (each holds the text pipeline and OpenCC in memory).
MAX_WORKERS = 4


@dataclass(frozen=True)
class FileJob:
    path: Path
    relative: str      # the name its article ids are made from
    #: As planned: from the catalog check, or None for a file the catalog does not hold
    #: (then taken when the file is read, ``FileOutcome.stamp``: a first import of 10,000
    #: files saves a system call each before they are listed).
    size: int | None
    mtime_ns: int | None


@dataclass
class FileOutcome:
    job: FileJob
    infos: list[ArticleInfo] = field(default_factory=list)
    fingerprints: dict[str, tuple[int, ...]] = field(default_factory=dict)
    error: str = ""    # why the file could not be read ("" when it was)
    #: The documents themselves, only when read in this process (not sent between them).
    documents: list[Document] = field(default_factory=list)
    #: Only glanced at (``library.glance``): ``infos`` holds the entry with pending fields.
    glanced: bool = False
    #: (size, mtime_ns) of the file just before it was read (what the catalog keeps).
    stamp: tuple[int, int] | None = None


def read_one(job: FileJob) -> FileOutcome:
    try:
        # Before reading: a change made while it is read shows as a new stamp next time.
        status = os.stat(job.path)
        documents = load_documents(job.path, job.relative)
    except UnreadableFile as exc:
        return FileOutcome(job, error=str(exc))
    except OSError as exc:
        return FileOutcome(job, error=exc.strerror or str(exc))
    return FileOutcome(job, [d.info for d in documents],
                       {d.info.id: fingerprint(d.text) for d in documents}, documents=documents,
                       stamp=(status.st_size, status.st_mtime_ns))


def list_one(job: FileJob) -> FileOutcome:
    """The entry that lists the file at once (``glance.listing_entry``)."""
    info = listing_entry(job.path, job.relative)
    return FileOutcome(job, [] if info is None else [info], glanced=True)


def glance_one(job: FileJob) -> FileOutcome:
    """A closer look: language, script, encoding and hash exact (``glance.glance``; the
    title rules would cost ten times more, and the first line is the title of most)."""
    info = glance(job.path, job.relative, with_title=False)
    return FileOutcome(job, [] if info is None else [info], glanced=True)


def _list_batch(jobs: list[FileJob]) -> list[FileOutcome]:
    return [list_one(job) for job in jobs]


def _glance_batch(jobs: list[FileJob]) -> list[FileOutcome]:
    return [glance_one(job) for job in jobs]


def _read_batch(jobs: list[FileJob]) -> list[FileOutcome]:
    """In a worker process: the outcomes without their documents."""
    outcomes = [read_one(job) for job in jobs]
    for outcome in outcomes:
        outcome.documents = []
    return outcomes


def worker_count(files: int, workers: int | None = None,
                 parallel_from: int = PARALLEL_FROM) -> int:
    if workers is not None:
        return workers
    if files < parallel_from:
        return 1
    return max(1, min(MAX_WORKERS, os.cpu_count() or 1))


def read_files(jobs: list[FileJob], workers: int | None = None,
               parallel_from: int = PARALLEL_FROM, glance_first: bool = False
               ) -> Iterator[list[FileOutcome]]:
    """Batches of outcomes in the order of ``jobs`` — first, with ``glance_first``, every
    file glanced at (``FileOutcome.glanced``, in this process), then every file read (in
    worker processes when many). Close the iterator to stop early (the workers are told to drop what
    they have not started)."""
    count = worker_count(len(jobs), workers, parallel_from)
    pool = _pool(count) if count > 1 else None
    try:
        looks = None
        if glance_first:
            glanced = [jobs[i:i + GLANCE_BATCH] for i in range(0, len(jobs), GLANCE_BATCH)]
            # Here, not in the workers: starting them (importing the text pipeline) costs
            # more than listing thousands of files. They start on the first read batch,
            # and the closer look runs here while they read.
            with collector_paused():
                yield from map(_list_batch, glanced)
            looks = map(_glance_batch, glanced)
        yield from _in_order(pool, count, [jobs[i:i + BATCH] for i in range(0, len(jobs), BATCH)],
                             _read_batch, _read_here, looks)
    finally:
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)


def _read_here(jobs: list[FileJob]) -> list[FileOutcome]:
    return [read_one(job) for job in jobs]


def _in_order(pool: ProcessPoolExecutor | None, count: int, batches: list[list[FileJob]],
              work, here, meanwhile: Iterator[list[FileOutcome]] | None = None
              ) -> Iterator[list[FileOutcome]]:
    """``work(batch)`` for every batch in the workers, a few batches ahead (``here(batch)``
    in this process when there are none, or for what a worker that died left). The
    ``meanwhile`` batches are done here while waiting for the workers (all of them first
    when there are no workers); what is left of them when the workers are done is dropped."""
    if pool is None:
        yield from meanwhile or ()
        for batch in batches:
            yield here(batch)
        return
    in_flight: deque[tuple[list[FileJob], Future]] = deque()
    waiting = iter(batches)
    for batch in waiting:
        in_flight.append((batch, pool.submit(work, batch)))
        if len(in_flight) >= 3 * count:
            break
    while in_flight:
        batch, future = in_flight.popleft()
        while meanwhile is not None and not future.done():
            extra = next(meanwhile, None)
            if extra is None:
                meanwhile = None
            else:
                yield extra
        try:
            outcomes = future.result()
        except (BrokenProcessPool, OSError, RuntimeError):
            # a worker died (killed, out of memory): do the rest here
            outcomes = here(batch)
            in_flight.extend((b, _done_failed()) for b in waiting)
        else:
            following = next(waiting, None)
            if following is not None:
                in_flight.append((following, pool.submit(work, following)))
        yield outcomes


def _pool(count: int) -> ProcessPoolExecutor | None:
    """Worker processes started fresh ("spawn"): forking a process that runs Qt and threads
    is unsafe."""
    try:
        return ProcessPoolExecutor(count, mp_context=multiprocessing.get_context("spawn"))
    except (OSError, ValueError, NotImplementedError):
        return None  # no processes here (a sandbox, a frozen build): read in this one


def _done_failed() -> Future:
    future: Future = Future()
    future.set_exception(BrokenProcessPool("worker gone"))
    return future
