"""The task runner: fixed threads, superseded work dropped, errors and progress delivered."""
from __future__ import annotations

import threading

from reader.ui.tasks import Cancelled, Lane, TaskRunner


def test_a_new_task_with_the_same_key_supersedes_the_running_one(qtbot):
    runner = TaskRunner()
    started, release = threading.Event(), threading.Event()
    seen, stopped = [], []

    def slow(progress):
        started.set()
        release.wait(5)
        try:
            progress(1, 2, "")
        except Cancelled:
            stopped.append(True)
            raise
        return "slow"

    runner.submit(slow, key="q", lane=Lane.QUERY, on_done=seen.append)
    assert started.wait(5)
    queued = runner.submit(lambda _p: "queued", key="q", lane=Lane.QUERY, on_done=seen.append)
    runner.submit(lambda _p: "last", key="q", lane=Lane.QUERY, on_done=seen.append)
    assert queued.cancelled
    release.set()
    qtbot.waitUntil(runner.idle, timeout=5000)
    assert seen == ["last"] and stopped == [True]
    runner.shutdown()


def test_errors_and_progress_reach_the_gui_thread(qtbot):
    runner = TaskRunner()
    progress = []
    runner.progress.connect(lambda label, done, total: progress.append((label, done, total)))

    def fails(report):
        report(1, 3, "x")
        raise ValueError("broken file")

    with qtbot.waitSignal(runner.failed) as failed, \
            qtbot.waitSignal(runner.busyChanged) as busy:
        runner.submit(fails, label="Indexing", show_progress=True)
    assert failed.args == ["Indexing", "ValueError: broken file"]
    assert progress == [("Indexing", 1, 3)]
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert busy.args in ([True], [False])
    runner.shutdown()


def test_store_work_runs_in_order_on_one_thread(qtbot):
    runner = TaskRunner()
    threads, order = set(), []

    def work(n):
        def run(_progress):
            threads.add(threading.get_ident())
            order.append(n)
        return run

    for n in range(20):
        runner.submit(work(n))
    qtbot.waitUntil(runner.idle, timeout=5000)
    assert order == list(range(20)) and len(threads) == 1
    runner.shutdown()


def test_work_submitted_after_shutdown_never_starts_nor_stays_pending(qtbot):
    """A timer that fires while the window closes (issue 15: the file check waits for the
    list to paint) must not leave a task pending forever."""
    runner = TaskRunner()
    runner.shutdown()
    ran = []
    task = runner.submit(lambda _progress: ran.append(1), key="load")
    assert task.cancelled and runner.idle() and not runner.running("load") and not ran
