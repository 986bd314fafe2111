"""A tiny forwarding HTTP proxy on 127.0.0.1 for tests: it reads a proxied request (absolute
URI in the request line), records it, forwards it to its target (only 127.0.0.1 targets) and
sends the answer back. Standard library only; the connection is closed after each answer."""

from __future__ import annotations

import http.client
import socketserver
import threading
import urllib.parse
from types import TracebackType

HOST = "127.0.0.1"


class _Handler(socketserver.StreamRequestHandler):
    timeout = 10.0

    def handle(self) -> None:
        owner: ForwardingProxy = self.server.owner  # type: ignore[attr-defined]
        line = self.rfile.readline(65_536).decode("latin-1").rstrip("\r\n")
        if not line:
            return
        method, target, _ = line.split(" ", 2)
        headers: list[tuple[str, str]] = []
        while True:
            raw = self.rfile.readline(65_536).decode("latin-1").rstrip("\r\n")
            if not raw:
                break
            name, _, value = raw.partition(":")
            headers.append((name.strip(), value.strip()))
        length = int(next((v for k, v in headers if k.lower() == "content-length"), "0"))
        body = self.rfile.read(length) if length else b""
        owner.seen.append((method, target, {k.lower(): v for k, v in headers}))
        parts = urllib.parse.urlsplit(target)
        if parts.hostname != HOST or parts.port is None:
            self.wfile.write(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
            return
        upstream = http.client.HTTPConnection(HOST, parts.port, timeout=10.0)
        try:
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            forwarded = {
                k: v for k, v in headers if k.lower() not in {"proxy-connection", "connection"}
            }
            upstream.request(method, path, body=body or None, headers=forwarded)
            response = upstream.getresponse()
            data = response.read()
            head = [f"HTTP/1.1 {response.status} {response.reason}"]
            for k, v in response.getheaders():
                if k.lower() not in {"transfer-encoding", "connection", "content-length"}:
                    head.append(f"{k}: {v}")
            head += [f"Content-Length: {len(data)}", "Connection: close", "", ""]
            self.wfile.write("\r\n".join(head).encode("latin-1") + data)
        finally:
            upstream.close()


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


class ForwardingProxy:
    """``with ForwardingProxy() as proxy: ...`` then point ``HTTP_PROXY`` at ``proxy.url``;
    ``proxy.seen`` lists ``(method, request target, headers)`` of every request it forwarded."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str, dict[str, str]]] = []
        self._server = _Server((HOST, 0), _Handler)
        self._server.owner = self  # type: ignore[attr-defined]
        self.url = f"http://{HOST}:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> ForwardingProxy:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5.0)
