"""Start-up cost of a generated client: a fresh interpreter (bytecode already cached) imports
the package, constructs the client, touches one group and calls one operation against a local
server. The same for openapi-python-client's client of the same spec (its package plus one
endpoint module, called through ``sync_detailed``)."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

# spec stem -> (package, credential argument, group attribute, method, peer endpoint module,
# body the server answers)
CASES: dict[str, tuple[str, str, str, str, str, object]] = {
    "openapi": (
        "openrouter_images",
        "api_key",
        "images",
        "list_models",
        "list_image_models",
        {"data": []},
    ),
    "00-openrouter-full": (
        "openrouter",
        "api_key",
        "models",
        "count",
        "list_models_count",
        {"data": {"count": 3}},
    ),
    "07-stripe": (
        "stripe",
        "bearer_auth",
        "balance",
        "get_balance",
        "get_balance",
        {"available": [], "livemode": False, "object": "balance", "pending": []},
    ),
}

OURS = textwrap.dedent(
    """
    import sys, time
    start = time.perf_counter()
    import {package}
    client = {package}.Client({credential}="k", server_url={url!r}, retries=None)
    result = getattr(client.{group}, {method!r})()
    took = time.perf_counter() - start
    assert type(result).__name__ != "dict", result
    print(took)
    """
)

PEER = textwrap.dedent(
    """
    import importlib, time
    start = time.perf_counter()
    package = importlib.import_module({package!r})
    client = package.AuthenticatedClient(base_url={url!r}, token="k")
    endpoint = importlib.import_module({endpoint!r})
    response = endpoint.sync_detailed(client=client)
    took = time.perf_counter() - start
    assert response.status_code == 200, response
    print(took)
    """
)


@contextmanager
def json_server(body: object) -> Iterator[str]:
    """A server on 127.0.0.1 that answers every request with ``body`` as JSON."""
    data = json.dumps(body).encode()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _run_once(python: str, code: str, path: Path) -> float:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    proc = subprocess.run(
        [python, "-c", code],
        capture_output=True,
        text=True,
        cwd=path,
        env=env,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.strip().splitlines()[-1] if proc.stderr else "failed")
    return float(proc.stdout.split()[-1])


@dataclasses.dataclass
class Job:
    """One start-up to time: ``code`` run by ``python`` in ``path``."""

    python: str
    code: str
    path: Path


def best_of(jobs: dict[str, Job], runs: int) -> dict[str, float]:
    """Best time each job reports over ``runs`` fresh interpreters. The jobs take turns, so
    that a change in the machine's load falls on all of them; a first run of each, which
    writes the bytecode cache, is not counted."""
    for job in jobs.values():
        _run_once(job.python, job.code, job.path)
    best = {name: float("inf") for name in jobs}
    for _ in range(runs):
        for name, job in jobs.items():
            best[name] = min(best[name], _run_once(job.python, job.code, job.path))
    return best


def ours(stem: str, root: Path, url: str) -> Job:
    """``root`` holds the generated package directory; ``url`` serves ``CASES[stem]``'s body."""
    package, credential, group, method, _, _ = CASES[stem]
    code = OURS.format(package=package, credential=credential, url=url, group=group, method=method)
    return Job(sys.executable, code, root)


def peer(stem: str, root: Path, python: str, url: str) -> Job:
    """``root`` is openapi-python-client's output folder for the spec."""
    _, _, _, _, endpoint, _ = CASES[stem]
    package = next(p.name for p in root.iterdir() if (p / "client.py").is_file())
    module = next((root / package / "api").glob(f"*/{endpoint}.py"))
    dotted = ".".join(module.relative_to(root).with_suffix("").parts)
    return Job(python, PEER.format(package=package, url=url, endpoint=dotted), root)


MEMORY = textwrap.dedent(
    """
    import json, sys, time, tracemalloc
    {setup}
    data = open({payload!r}, "rb").read()
    decode(data)  # hooks made, caches filled
    tracemalloc.start()
    result = decode(data)
    retained, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del result
    times = []
    for _ in range({repeat}):
        start = time.process_time()
        decode(data)
        times.append(time.process_time() - start)
    times.sort()
    print(json.dumps({{"peak": peak, "retained": retained, "seconds": times[len(times) // 2]}}))
    """
)

OURS_DECODE = """
sys.path.insert(0, {root!r})
from openrouter_images._runtime.responses import decode_json
from openrouter_images._serialization import converter
from openrouter_images.models import ImageModelsListResponse
def decode(data):
    return decode_json(data, ImageModelsListResponse, converter)
"""

PEER_DECODE = """
sys.path.insert(0, {root!r})
from {package}.models import ImageModelsListResponse
def decode(data):
    return ImageModelsListResponse.from_dict(json.loads(data))
"""


def decode_memory(python: str, setup: str, payload: Path, repeat: int) -> dict[str, float]:
    """Peak and retained traced memory of decoding ``payload`` once (after a warm-up), and the
    median CPU time of a decode, in a fresh interpreter."""
    code = MEMORY.format(setup=setup, payload=str(payload), repeat=repeat)
    proc = subprocess.run([python, "-c", code], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.strip().splitlines()[-1] if proc.stderr else "failed")
    result: dict[str, float] = json.loads(proc.stdout.split("\n")[-2])
    return result


def ours_decode_memory(root: Path, payload: Path, repeat: int) -> dict[str, float]:
    return decode_memory(sys.executable, OURS_DECODE.format(root=str(root)), payload, repeat)


def peer_decode_memory(root: Path, python: str, payload: Path, repeat: int) -> dict[str, float]:
    """``root`` is openapi-python-client's output for ``spec/openapi.yaml``."""
    package = next(p.name for p in root.iterdir() if (p / "client.py").is_file())
    setup = PEER_DECODE.format(root=str(root), package=package)
    return decode_memory(python, setup, payload, repeat)
