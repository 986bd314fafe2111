"""Every Python example in README.md, generated/README.md and generated/docs/*.md runs, against
a local server on 127.0.0.1 that answers the OpenRouter image routes (shell examples are not
run). The examples name no server: the test points the package's ``Client`` at the local one
and puts the key in ``OPENROUTER_API_KEY``, as a user's environment would."""

from __future__ import annotations

import http.server
import json
import logging
import re
import threading
from collections.abc import Iterator
from pathlib import Path

import openrouter_images
import pytest

from tests.runtime.test_operations import ENDPOINTS, GENERATED, LIST_MODELS
from tests.runtime.test_streaming import COMPLETED, PARTIAL, frame

ROOT = Path(__file__).resolve().parents[2]
DOCS = [
    ROOT / "README.md",
    ROOT / "generated" / "README.md",
    *sorted((ROOT / "generated" / "docs").glob("*.md")),
]
BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)


def examples() -> list[tuple[str, str]]:
    found = []
    for doc in DOCS:
        for number, match in enumerate(BLOCK.finditer(doc.read_text(encoding="utf-8")), 1):
            found.append((f"{doc.relative_to(ROOT)}#{number}", match.group(1)))
    return found


class _Routes(http.server.BaseHTTPRequestHandler):
    seen: list[tuple[str, str, str]]

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _send(self, body: bytes, content_type: str = "application/json") -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Request-Id", "req-doc")
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        self.seen.append(("GET", self.path, self.headers.get("Authorization", "")))
        if self.path.endswith("/endpoints"):
            self._send(json.dumps(ENDPOINTS).encode())
        else:
            self._send(json.dumps(LIST_MODELS).encode())

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))))
        self.seen.append(("POST", self.path, self.headers.get("Authorization", "")))
        if body.get("stream"):
            events = frame(PARTIAL) + frame(COMPLETED) + b"data: [DONE]\n\n"
            self._send(events, "text/event-stream")
        else:
            self._send(json.dumps(GENERATED).encode())


@pytest.fixture
def local_api(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, str, str]]]:
    seen: list[tuple[str, str, str]] = []
    handler = type("Handler", (_Routes,), {"seen": seen})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_address[1]}/api/v1"

    class LocalClient(openrouter_images.Client):
        def __init__(self, **kwargs: object) -> None:
            kwargs.setdefault("server_url", url)
            super().__init__(**kwargs)  # type: ignore[arg-type]

    class LocalAsyncClient(openrouter_images.AsyncClient):
        def __init__(self, **kwargs: object) -> None:
            kwargs.setdefault("server_url", url)
            super().__init__(**kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(openrouter_images, "Client", LocalClient)
    monkeypatch.setattr(openrouter_images, "AsyncClient", LocalAsyncClient)
    monkeypatch.setenv("OPENROUTER_API_KEY", "sk-doc-example")
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    logger = logging.getLogger("openrouter_images")
    level = logger.level
    try:
        yield seen
    finally:
        logger.setLevel(level)
        server.shutdown()
        server.server_close()
        thread.join(5.0)


def test_the_docs_have_examples() -> None:
    names = [name for name, _ in examples()]
    assert any(n.startswith("README.md") for n in names)
    assert any(n.startswith("generated/README.md") for n in names)
    assert any(n.startswith("generated/docs/") for n in names)


@pytest.mark.parametrize(("name", "code"), examples(), ids=[n for n, _ in examples()])
def test_example_runs(
    name: str, code: str, local_api: list[tuple[str, str, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    exec(compile(code, name, "exec"), {"__name__": "__doc_example__"})
    calls = code.count("client.images.")
    assert len(local_api) == calls, f"{name}: {local_api}"
    assert all(auth == "Bearer sk-doc-example" for _, _, auth in local_api)
