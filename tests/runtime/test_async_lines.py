"""JSON lines on the ``AsyncClient`` (the `wire` golden case): the same parser as the
``Client``'s under the async read loop; a JSON answer read whole; a cut body and a bad line
raising after the items received; an error status raising its typed error."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "golden" / "wire" / "expected"))

from wire import AsyncClient, ResponseValidationError, StreamInterruptedError
from wire.errors import ProblemError
from wire.models import Result

from tests.runtime.test_wire import JSONL
from tests.support.server import Reply, ScriptedServer


def read_all(server: ScriptedServer, got: list[Any], times: int = 1) -> None:
    async def main() -> None:
        async with AsyncClient(server_url=server.url, retries=None) as client:
            for _ in range(times):
                async with await client.batches.batch_results(batch_id="b1") as items:
                    async for item in items:
                        got.append(item)

    try:
        asyncio.run(main())
    finally:  # on the error paths too
        assert server.wait_closed() == 0


def test_lines_arrive_item_by_item(server: ScriptedServer) -> None:
    body = b'{"custom_id": "r1", "ok": true}\n\n{"custom_id": "r2", "ok": false}\r\n{"custom_id": "r3"}'
    server.enqueue(Reply(status=200, headers=JSONL, chunks=[body[:5], body[5:40], body[40:]]))
    server.enqueue(Reply.json([{"custom_id": "r4"}]))  # a JSON answer: one document
    got: list[Result] = []
    read_all(server, got, times=2)
    assert got == [
        Result(custom_id="r1", ok=True),
        Result(custom_id="r2", ok=False),
        Result(custom_id="r3"),
        Result(custom_id="r4"),
    ]


def test_a_cut_body_and_a_bad_line_raise_after_the_items(server: ScriptedServer) -> None:
    server.enqueue(
        Reply(status=200, headers=JSONL, chunks=[b'{"custom_id": "r1"}\n', b'{"cus'], cut_after=1)
    )
    got: list[Result] = []
    with pytest.raises(StreamInterruptedError):
        read_all(server, got)
    assert got == [Result(custom_id="r1")]
    server.enqueue(Reply(status=200, headers=JSONL, body=b'{"custom_id": "r2"}\nnot json\n'))
    with pytest.raises(ResponseValidationError, match="a line is not JSON"):
        read_all(server, got)
    assert got[-1] == Result(custom_id="r2")


def test_an_error_status_raises_its_typed_error(server: ScriptedServer) -> None:
    server.enqueue(
        Reply.json(
            {"title": "no such batch", "status": 404},
            status=404,
            headers={"Content-Type": "application/problem+json"},
        )
    )
    with pytest.raises(ProblemError) as caught:
        read_all(server, [])
    assert caught.value.data.title == "no such batch"
