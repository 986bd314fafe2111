"""Which asyncio HTTP library drives ``AsyncClient``: aiohttp and httpx measured side by side.

Against the local server of ``async_stream_server.py`` (its own process), each library, in a
fresh process of its own, makes ``CALLS`` sequential small JSON calls (per-call time) and then
reads ``STREAMS`` concurrent event streams through one session (wall time, peak RSS, events
delivered). Run: ``.venv/bin/python bench/async_libraries.py``. Figures go to the README.
"""

from __future__ import annotations

import asyncio
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CALLS = 2000
STREAMS = 1000


async def _aiohttp(port: int) -> dict[str, float]:
    import aiohttp

    url = f"http://127.0.0.1:{port}"
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as session:
        start = time.perf_counter()
        for _ in range(CALLS):
            async with session.get(url + "/json") as response:
                json.loads(await response.read())
        per_call = (time.perf_counter() - start) / CALLS

        async def one() -> int:
            count = 0
            async with session.get(url + "/stream") as response:
                async for chunk in response.content.iter_any():
                    count += chunk.count(b"\n\n")
            return count

        start = time.perf_counter()
        events = sum(await asyncio.gather(*(one() for _ in range(STREAMS))))
        wall = time.perf_counter() - start
    return {"per_call_us": per_call * 1e6, "streams_wall_s": wall, "events": events}


async def _httpx(port: int) -> dict[str, float]:
    import httpx

    url = f"http://127.0.0.1:{port}"
    limits = httpx.Limits(max_connections=None, max_keepalive_connections=None)
    async with httpx.AsyncClient(limits=limits, timeout=60) as client:
        start = time.perf_counter()
        for _ in range(CALLS):
            response = await client.get(url + "/json")
            json.loads(response.content)
        per_call = (time.perf_counter() - start) / CALLS

        async def one() -> int:
            count = 0
            async with client.stream("GET", url + "/stream") as response:
                async for chunk in response.aiter_raw():
                    count += chunk.count(b"\n\n")
            return count

        start = time.perf_counter()
        events = sum(await asyncio.gather(*(one() for _ in range(STREAMS))))
        wall = time.perf_counter() - start
    return {"per_call_us": per_call * 1e6, "streams_wall_s": wall, "events": events}


def _child(library: str, port: int) -> None:
    run = {"aiohttp": _aiohttp, "httpx": _httpx}[library]
    result = asyncio.run(run(port))
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def main() -> None:
    server = subprocess.Popen(
        [sys.executable, str(HERE / "async_stream_server.py")], stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        port = int(server.stdout.readline())
        for library in ("aiohttp", "httpx"):
            out = subprocess.run(
                [sys.executable, __file__, library, str(port)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            r = json.loads(out)
            print(
                f"{library:8} per call {r['per_call_us']:7.0f} us   {STREAMS} streams "
                f"{r['streams_wall_s']:5.2f} s   events {r['events']:.0f}   "
                f"peak RSS {r['peak_rss_mb']:5.0f} MB"
            )
    finally:
        server.kill()
        server.wait()


if __name__ == "__main__":
    if len(sys.argv) == 3:
        _child(sys.argv[1], int(sys.argv[2]))
    else:
        main()
