"""The generated OpenRouter client, imported from ``generated/`` as a user would after
``pip install ./generated``, with a transport whose clock and sleep are fake."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT / "generated") not in sys.path:
    sys.path.insert(0, str(ROOT / "generated"))

import openrouter_images  # noqa: E402
from openrouter_images import RetryConfig, Transport  # noqa: E402

from tests.support.server import ScriptedServer  # noqa: E402


class FakeTime:
    """A clock that moves only when the client sleeps."""

    def __init__(self) -> None:
        self.now = 1_000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def wall(self) -> float:
        return 1_700_000_000.0 + self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as s:
        yield s


@pytest.fixture
def client(server: ScriptedServer, fake_time: FakeTime) -> Iterator[openrouter_images.Client]:
    transport = Transport(
        clock=fake_time.clock, wall_clock=fake_time.wall, sleep=fake_time.sleep, random=lambda: 0.5
    )
    with openrouter_images.Client(
        api_key="sk-test-secret",
        server_url=server.url + "/api/v1",
        timeout=2.0,
        retries=RetryConfig(
            max_attempts=3, initial_interval=0.5, max_interval=10.0, exponent=2.0, jitter=0.0
        ),
        transport=transport,
    ) as c:
        yield c
