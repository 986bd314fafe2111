"""Paging on the ``AsyncClient`` of the `pagination` golden package against a local server:
``async for item in page.iter_items()`` fetches the pages as the sync ``Page`` does."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "golden" / "pagination" / "expected"))

import pytest
from pagination import AsyncClient, CrossOriginPageError, RequestOptions
from pagination.models import Key

from tests.runtime.test_pagination import files, keys
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


def test_async_next_page_on_another_origin_is_refused_unless_allowed(
    server: ScriptedServer,
) -> None:
    with ScriptedServer() as other:
        server.enqueue(files(["a"], f"{other.url}/v1/files?token=p2"))
        server.enqueue(files(["a"], f"{other.url}/v1/files?token=p2"))
        other.enqueue(files(["b"], None))

        async def main() -> list[str]:
            async with AsyncClient(bearer="tok", server_url=server.url + "/v1", retries=None) as c:
                page = await c.files.list_files()
                with pytest.raises(CrossOriginPageError, match="another origin"):
                    await page.next()
                allowed = (await c.files.list_files()).allow_origins(other.url)
                return [name async for name in allowed.iter_items()]

        assert asyncio.run(main()) == ["a", "b"]
        assert len(other.requests) == 1
        assert other.requests[0].headers["authorization"] == "Bearer tok"
