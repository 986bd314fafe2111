"""``mock``: a stand-in for the API on 127.0.0.1, answering from the spec alone.

Every documented operation answers with its documented example (or a value made from the schema),
as JSON, XML or an event stream, after checking the request as the spec says (``mock_request``;
what is answered when it does not fit is described in ``mock_api``). A request can ask for
another documented status or a named example with ``Prefer: code=404`` or
``Prefer: example=name``. Only the standard library's HTTP server is used.
"""

from __future__ import annotations

import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from ... import pipeline
from ...model.diagnostics import SpecError
from .mock_api import Answer, MockApi

HOST = "127.0.0.1"


def _handler(api: MockApi) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _any(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            body = self.rfile.read(length) if length else b""
            answer = api.answer(self.command, self.path, dict(self.headers.items()), body)
            self.send_response(answer.status)
            for name, value in answer.headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(answer.body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(answer.body)

        def __getattr__(self, name: str) -> Any:
            # every method (TRACE, QUERY, ...) is answered: the undocumented ones with 405
            if name.startswith("do_"):
                return self._any
            raise AttributeError(name)

        def log_message(self, format: str, *args: Any) -> None:
            if self.server.verbose:  # type: ignore[attr-defined]
                super().log_message(format, *args)

    return Handler


class MockServer(ThreadingHTTPServer):
    daemon_threads = True
    verbose = False

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.server_address[1]}"

    def start(self) -> MockServer:
        threading.Thread(target=self.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()


def serve(spec: str | Path, port: int = 0) -> MockServer:
    """A mock server for ``spec`` bound to 127.0.0.1 (``port=0`` takes a free port), not started."""
    doc, _ = pipeline.resolved(spec)
    return MockServer((HOST, port), _handler(MockApi(doc)))


def main(spec: str, port: int) -> int:
    """The ``mock`` command: serve until interrupted."""
    try:
        server = serve(spec, port)
    except SpecError as exc:
        for d in exc.diagnostics:
            print(d.format(), file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"mock: cannot listen on {HOST}:{port}: {exc.strerror}", file=sys.stderr)
        return 1
    server.verbose = True
    print(f"mock: {spec} on {server.url} (Ctrl-C stops)", file=sys.stderr)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


__all__ = ["Answer", "MockApi", "MockServer", "main", "serve"]
