"""Fixtures shared by the whole test-suite."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.server import ScriptedServer


@pytest.fixture
def scripted_server() -> Iterator[ScriptedServer]:
    """A started ``ScriptedServer`` on 127.0.0.1, stopped after the test."""
    with ScriptedServer() as server:
        yield server
