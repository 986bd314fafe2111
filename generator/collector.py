"""Python's cyclic garbage collector, paused while the generator works.

A run builds large trees of dicts and lists that live until its end and form no cycles worth
collecting; with the collector on, Python walks them again and again as they grow (about a
third of a run's time on a large spec). Their memory is freed by reference counting either way.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """The collector off for the ``with`` block, and back as it was after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            # What the young generations hold (everything the block made) moves to the
            # oldest, where the collector looks only in its rare full collections, cycles
            # included: switched back on, it would otherwise start by walking all of it (a
            # fiftieth of a second after a mid-sized run).
            gc.freeze()
            gc.unfreeze()
            gc.enable()
