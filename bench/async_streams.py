"""The ``AsyncClient`` under load, beside its peers (not a test: figures for the README).

Against the local server of ``async_stream_server.py`` (its own process, 127.0.0.1), each run in
a fresh process of its own:

1. ``STREAMS`` concurrent event streams (``POST /images`` with ``stream=True``, 20 events
   each) through one ``AsyncClient``; through our ``Client`` on a thread pool of ``STREAMS``
   threads; through the official SDK's async method (``openrouter`` from PyPI, in
   ``.venv-peers``: ``images.generate_async(..., stream=True)``). Wall time, peak RSS, events
   delivered (all must arrive).
2. Per-call CPU time of ``CALLS`` sequential ``list_models`` calls: the ``AsyncClient``
   against a bare aiohttp ``session.get`` + ``json.loads``; the ``Client`` against a bare
   urllib3 ``PoolManager.request`` + ``json.loads``.

Run: ``.venv/bin/python bench/async_streams.py`` (add ``--peers`` for the official SDK after
``.venv-peers/bin/pip install openrouter``).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PEERS_PYTHON = ROOT / ".venv-peers" / "bin" / "python"
STREAMS = 1000
CALLS = 2000
EXPECTED_EVENTS = 20


def _ours() -> Any:
    sys.path.insert(0, str(ROOT / "generated"))
    import openrouter_images

    return openrouter_images


async def _ours_async(url: str) -> dict[str, float]:
    pkg = _ours()
    from openrouter_images.models import ImageGenerationRequest

    transport = pkg.AsyncTransport(limit=0, proxies={})
    async with pkg.AsyncClient(api_key="k", server_url=url, transport=transport) as client:

        async def one() -> int:
            stream = await client.images.generate(
                ImageGenerationRequest(model="m", prompt="p"), stream=True
            )
            async with stream:
                return len([event async for event in stream])

        start = time.perf_counter()
        events = sum(await asyncio.gather(*(one() for _ in range(STREAMS))))
        return {"wall_s": time.perf_counter() - start, "events": events}


def _ours_threads(url: str) -> dict[str, float]:
    import urllib3

    pkg = _ours()
    from openrouter_images.models import ImageGenerationRequest

    pool = urllib3.PoolManager(retries=False, maxsize=STREAMS)
    with pkg.Client(api_key="k", server_url=url, transport=pkg.Transport(pool=pool)) as client:

        def one(_: int) -> int:
            with client.images.generate(
                ImageGenerationRequest(model="m", prompt="p"), stream=True
            ) as stream:
                return len(list(stream))

        start = time.perf_counter()
        with concurrent.futures.ThreadPoolExecutor(max_workers=STREAMS) as pool_:
            events = sum(pool_.map(one, range(STREAMS)))
        return {"wall_s": time.perf_counter() - start, "events": events}


async def _official_async(url: str) -> dict[str, float]:
    import httpx
    from openrouter import OpenRouter

    limits = httpx.Limits(max_connections=None, max_keepalive_connections=None)
    http = httpx.AsyncClient(limits=limits, timeout=60)
    async with OpenRouter(api_key="k", server_url=url, async_client=http) as sdk:

        async def one() -> int:
            stream = await sdk.images.generate_async(model="m", prompt="p", stream=True)
            count = 0
            async with stream:
                async for _ in stream:
                    count += 1
            return count

        start = time.perf_counter()
        events = sum(await asyncio.gather(*(one() for _ in range(STREAMS))))
        return {"wall_s": time.perf_counter() - start, "events": events}


BLOCKS = 8
"""Per-call runs alternate between ours and the bare library, in blocks, so that a change in
the machine's load falls on both; the figure is the client process's CPU time per call."""


async def _per_call_async(url: str) -> dict[str, float]:
    import aiohttp

    pkg = _ours()
    transport = pkg.AsyncTransport(proxies={})
    async with (
        aiohttp.ClientSession() as session,
        pkg.AsyncClient(api_key="k", server_url=url, transport=transport) as client,
    ):

        async def bare() -> None:
            async with session.get(url + "/images/models") as response:
                json.loads(await response.read())

        async def ours() -> None:
            await client.images.list_models()

        spent = {"bare": 0.0, "ours": 0.0}
        for name, call in [("bare", bare), ("ours", ours)] * BLOCKS:
            await call()
            start = time.process_time()
            for _ in range(CALLS // BLOCKS):
                await call()
            spent[name] += time.process_time() - start
    return {"bare_us": spent["bare"] / CALLS * 1e6, "ours_us": spent["ours"] / CALLS * 1e6}


def _per_call_sync(url: str) -> dict[str, float]:
    import urllib3

    pkg = _ours()
    pool = urllib3.PoolManager(retries=False)
    client = pkg.Client(api_key="k", server_url=url, transport=pkg.Transport(proxies={}))

    def bare() -> None:
        json.loads(pool.request("GET", url + "/images/models").data)

    def ours() -> None:
        client.images.list_models()

    spent = {"bare": 0.0, "ours": 0.0}
    for name, call in [("bare", bare), ("ours", ours)] * BLOCKS:
        call()
        start = time.process_time()
        for _ in range(CALLS // BLOCKS):
            call()
        spent[name] += time.process_time() - start
    client.close()
    return {"bare_us": spent["bare"] / CALLS * 1e6, "ours_us": spent["ours"] / CALLS * 1e6}


RUNS: dict[str, Any] = {
    "ours-async": _ours_async,
    "ours-threads": _ours_threads,
    "official-async": _official_async,
    "per-call-async": _per_call_async,
    "per-call-sync": _per_call_sync,
}


def _child(name: str, url: str) -> None:
    run = RUNS[name]
    result = asyncio.run(run(url)) if asyncio.iscoroutinefunction(run) else run(url)
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def _run(python: Path | str, name: str, url: str) -> dict[str, float]:
    done = subprocess.run(
        [str(python), __file__, name, url], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"{name} failed:\n{done.stderr[-2000:]}")
    result: dict[str, float] = json.loads(done.stdout)
    return result


def main() -> None:
    peers = "--peers" in sys.argv
    server = subprocess.Popen(
        [sys.executable, str(HERE / "async_stream_server.py")], stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        url = f"http://127.0.0.1:{int(server.stdout.readline())}"
        print(f"{STREAMS} concurrent event streams of {EXPECTED_EVENTS} events:")
        names = ["ours-async", "ours-threads"] + (["official-async"] if peers else [])
        for name in names:
            python = PEERS_PYTHON if name.startswith("official") else sys.executable
            r = _run(python, name, url)
            complete = "all delivered" if r["events"] == STREAMS * EXPECTED_EVENTS else "MISSING"
            print(
                f"  {name:15} wall {r['wall_s']:6.2f} s   peak RSS {r['peak_rss_mb']:5.0f} MB   "
                f"events {r['events']:.0f} ({complete})"
            )
        print(f"CPU per call ({CALLS} sequential list_models):")
        for name, bare in (("per-call-async", "aiohttp"), ("per-call-sync", "urllib3")):
            r = _run(sys.executable, name, url)
            print(
                f"  {name:15} ours {r['ours_us']:6.0f} us   bare {bare} {r['bare_us']:6.0f} us   "
                f"ratio {r['ours_us'] / r['bare_us']:.2f}"
            )
    finally:
        server.kill()
        server.wait()


if __name__ == "__main__":
    if len(sys.argv) == 3:
        _child(sys.argv[1], sys.argv[2])
    else:
        main()
