"""Making many objects at once without the cyclic garbage collector walking them meanwhile.

A warm start makes ~10,000 ArticleInfo dicts and ~10,000 shelf records in one go (issue 15).
None of them is garbage, but every 700 new containers start a collection, and the older
generations' collections walk the whole, growing heap again and again: decoding a
10,000-article listing took 34 ms with the collector running and 17 ms with it paused."""
from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def collection_paused():
    """No automatic collection inside the block (a pause already in effect is kept: the
    collector is switched back on only by whoever switched it off)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
