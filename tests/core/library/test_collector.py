"""The collector pause of a big first import (issue 15) nests and always restores."""
from __future__ import annotations

import gc

import pytest

from reader.core.library.collector import collector_paused


def test_nested_pauses_restore_the_collector_once_the_last_ends():
    assert gc.isenabled()
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_an_error_inside_restores_the_collector():
    with pytest.raises(KeyError):
        with collector_paused():
            raise KeyError("stop")
    assert gc.isenabled()


def test_a_collector_disabled_before_stays_disabled():
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_pause_released_twice_counts_once_and_pauses_overlap_across_threads():
    import threading

    from reader.core.library.collector import pause_collector

    start_up = pause_collector()            # the start-up shell, until its frame paints
    entered, leave = threading.Event(), threading.Event()

    def loading():                          # a load on its thread meanwhile
        with collector_paused():
            entered.set()
            leave.wait(5)

    thread = threading.Thread(target=loading)
    thread.start()
    assert entered.wait(5)
    start_up()
    start_up()                              # a second call changes nothing
    assert not gc.isenabled()               # the load's pause still holds
    leave.set()
    thread.join(5)
    assert gc.isenabled()
