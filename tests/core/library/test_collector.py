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
