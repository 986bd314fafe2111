"""Benchmarks at scale, for ``bench/run.py``: ``check`` beside ``generate`` when nothing changed,
where a generation's time goes stage by stage, and the cost of one call against its floor.

Every figure is a ratio to a peer measured in the same run: ``check`` to ``generate`` of the
same spec (each a fresh process, as a user runs them, taking turns); a call of the generated
client to urllib3's ``PoolManager.request`` + ``json.loads`` of the same response from the same
keep-alive server on 127.0.0.1, the two taking turns in rounds, in CPU time of the calling
process (the server works in a process of its own; its time, and the machine's other load,
would otherwise fall into both figures).
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def _cli(*args: str) -> float:
    return _timed_run([sys.executable, "-m", "generator", *args])


def check_against_generate(spec: Path, out: Path, repeat: int) -> tuple[float, float]:
    """Median wall seconds of ``generate`` and of ``check`` (nothing changed) of ``spec`` into
    ``out``, fresh processes taking turns."""
    gen, chk = [], []
    _cli("generate", str(spec), "--out", str(out))
    for _ in range(repeat):
        gen.append(_cli("generate", str(spec), "--out", str(out)))
        chk.append(_cli("check", str(spec), "--out", str(out)))
    return statistics.median(gen), statistics.median(chk)


def _startup(runs: int = 5) -> float:
    """Median seconds of a fresh interpreter importing what ``generate`` imports."""
    probe = "import generator.cli, generator.pipeline"
    return statistics.median(_timed_run([sys.executable, "-c", probe]) for _ in range(runs))


def _timed_run(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, capture_output=True, check=True, cwd=ROOT)
    return time.perf_counter() - start


def stages(spec: Path, out: Path) -> dict[str, float]:
    """Seconds of each stage of one in-process generation of ``spec`` (the validator timed
    on its own; in a real run it works in a child process beside build, naming and render),
    and of a fresh interpreter's start-up and imports before the first stage. The files are
    written to ``out``, a new folder, as a generation run writes them; leave it until every run
    is over (see ``bench/run.py``: a file system slows down after a large removal)."""
    import gc

    from generator.builder import api as build
    from generator.naming import phases as naming
    from generator.output import format, write
    from generator.render import files as render
    from generator.spec import load, resolve, validate

    times: dict[str, float] = {"start-up: interpreter and imports": _startup()}

    @contextmanager
    def timed(name: str) -> Iterator[None]:
        start = time.perf_counter()
        yield
        times[name] = times.get(name, 0.0) + time.perf_counter() - start

    gc.disable()
    try:
        with timed("read + parse"):
            loaded = load.load(spec)
        with timed("shape check + repairs"):
            _, doc, _ = validate.repaired(loaded)
        with timed("validation (openapi-spec-validator, beside the rest)"):
            validate.validate(doc)
        with timed("resolve"):
            normal, _ = resolve.resolve(doc, in_place=True)
        with timed("build"):
            api, _ = build.build(normal, "big")
        with timed("naming"):
            api = naming.name_api(api)
        made = render.iter_files(api, api.package)

        def timed_render() -> Iterator[tuple[str, str, bool]]:
            # Rendering and the formatter's work interleave as in a real run: each file is
            # timed as it is made, the rest of the formatting stage after the last one.
            while True:
                start = time.perf_counter()
                one = next(made, None)
                times["render"] = times.get("render", 0.0) + time.perf_counter() - start
                if one is None:
                    return
                yield one

        start = time.perf_counter()
        files = format.format_files(timed_render())
        times["ruff (and scratch files), beyond rendering"] = (
            time.perf_counter() - start - times["render"]
        )
        os.sync()  # the disk as a run finds it (earlier work leaves writing behind)
        with timed("write files"):
            write.write_tree(out, files)
    finally:
        gc.enable()
    return times


# A keep-alive HTTP/1.1 server on 127.0.0.1 in a process of its own, answering every GET with
# the body given on stdin; it prints its port.
_SERVER = """
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
body = sys.stdin.buffer.read()
class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    wbufsize = 1 << 16  # the answer leaves in one write, flushed after each request
    disable_nagle_algorithm = True
    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass
server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
"""


@contextmanager
def keep_alive_server(body: bytes) -> Iterator[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", _SERVER], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    try:
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(body)
        proc.stdin.close()
        port = int(proc.stdout.readline())
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait()


def _rounds(
    calls: dict[str, Callable[[], object]], rounds: int, per_round: int
) -> dict[str, float]:
    """Median CPU seconds per call of each callable, the callables taking turns in ``rounds``
    rounds of ``per_round`` calls (after one warm-up round)."""
    per_call: dict[str, list[float]] = {name: [] for name in calls}
    for i in range(rounds + 1):
        for name, fn in calls.items():
            start = time.process_time()
            for _ in range(per_round):
                fn()
            if i:
                per_call[name].append((time.process_time() - start) / per_round)
    return {name: statistics.median(times) for name, times in per_call.items()}


def _one_model() -> bytes | None:
    """A ``list_models`` answer with one model (from the benchmark payload)."""
    payload = SHARED / "bench" / "list_models_2000.json"
    if not payload.is_file():
        return None
    return json.dumps({"data": json.loads(payload.read_bytes())["data"][:1]}).encode()


def per_call(rounds: int = 15, per_round: int = 200) -> dict[str, float] | None:
    """CPU seconds per ``list_models`` call answering one model: the generated client (as
    users construct it, retries and hooks included) and the floor."""
    body = _one_model()
    if body is None:
        return None
    import openrouter_images
    import urllib3

    with keep_alive_server(body) as url:
        pool = urllib3.PoolManager()
        models = url + "/api/v1/images/models"

        def floor() -> Any:
            return json.loads(
                pool.request("GET", models, headers={"Authorization": "Bearer k"}).data
            )

        client = openrouter_images.Client(api_key="k", server_url=url + "/api/v1")
        assert len(client.images.list_models().data) == 1
        try:
            return _rounds({"floor": floor, "ours": client.images.list_models}, rounds, per_round)
        finally:
            client.close()
            pool.clear()


async def _rounds_async(
    calls: dict[str, Callable[[], Awaitable[object]]], rounds: int, per_round: int
) -> dict[str, float]:
    """:func:`_rounds` for coroutine functions, in one event loop."""
    per_call: dict[str, list[float]] = {name: [] for name in calls}
    for i in range(rounds + 1):
        for name, fn in calls.items():
            start = time.process_time()
            for _ in range(per_round):
                await fn()
            if i:
                per_call[name].append((time.process_time() - start) / per_round)
    return {name: statistics.median(times) for name, times in per_call.items()}


def per_call_async(rounds: int = 15, per_round: int = 200) -> dict[str, float] | None:
    """CPU seconds per ``list_models`` call of the ``AsyncClient`` (as users construct it)
    and of its floor, a bare aiohttp ``session.get`` + ``json.loads``, same server."""
    body = _one_model()
    if body is None:
        return None
    import aiohttp
    import openrouter_images

    async def run(url: str) -> dict[str, float]:
        models = url + "/api/v1/images/models"
        async with (
            aiohttp.ClientSession() as session,
            openrouter_images.AsyncClient(api_key="k", server_url=url + "/api/v1") as client,
        ):

            async def floor() -> Any:
                async with session.get(models, headers={"Authorization": "Bearer k"}) as r:
                    return json.loads(await r.read())

            assert len((await client.images.list_models()).data) == 1
            calls = {"floor": floor, "ours": client.images.list_models}
            return await _rounds_async(calls, rounds, per_round)

    with keep_alive_server(body) as url:
        return asyncio.run(run(url))
