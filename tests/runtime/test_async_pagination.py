"""Paging on the ``AsyncClient`` of the `pagination` golden package against a local server:
``async for item in page.iter_items()`` fetches the pages as the sync ``Page`` does."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "golden" / "pagination" / "expected"))

from pagination import AsyncClient, RequestOptions
from pagination.models import Key

from tests.runtime.test_pagination import keys
from tests.support.server import ScriptedServer


def test_async_pages_are_fetched_as_the_items_are_read(server: ScriptedServer) -> None:
    server.enqueue(keys("a", "b"), keys("c", "d"), keys("e"))

    async def main() -> tuple[list[Key], bool]:
        async with AsyncClient(bearer="tok", server_url=server.url + "/v1", retries=None) as c:
            page = await c.keys.list_keys(
                limit=2, options=RequestOptions(extra_headers={"X-Trace": "t1"})
            )
            items = [key async for key in page.iter_items()]
            last = await (await page.next()).next()  # type: ignore[union-attr]
            return items, last is not None and await last.next() is None

    items, ends = asyncio.run(main())
    assert [k.id for k in items] == ["a", "b", "c", "d", "e"] and ends
    seen = server.requests
    assert [r.query for r in seen] == ["limit=2", "offset=2&limit=2", "offset=4&limit=2"]
    assert {r.headers["x-trace"] for r in seen} == {"t1"}
    assert {r.headers["authorization"] for r in seen} == {"Bearer tok"}
    assert server.wait_closed() == 0
