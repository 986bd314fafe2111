"""A scripted HTTP/1.1 server on 127.0.0.1 for tests: replies are queued in order, requests
recorded byte for byte. Written on raw sockets so that tests control exactly what is sent:
chunking, pauses, and connections cut mid-body."""

from __future__ import annotations

import json
import socket
import socketserver
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

REASONS = {
    200: "OK",
    201: "Created",
    204: "No Content",
    400: "Bad Request",
    404: "Not Found",
    429: "Too Many Requests",
    500: "Internal Server Error",
}


@dataclass
class Recorded:
    method: str
    raw_path: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Reply:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    chunks: list[bytes] | None = None
    delay: float = 0.0
    cut_after: int | None = None
    close_without_length: bool = False
    hold: threading.Event | None = None

    @classmethod
    def json(cls, obj: Any, status: int = 200, headers: dict[str, str] | None = None) -> Reply:
        return cls(
            status=status,
            headers={"Content-Type": "application/json", **(headers or {})},
            body=json.dumps(obj).encode(),
        )


class _Handler(socketserver.BaseRequestHandler):
    server: _TCPServer

    def handle(self) -> None:
        sock: socket.socket = self.request
        sock.settimeout(10)
        reader = sock.makefile("rb")
        try:
            while True:
                recorded = _read_request(reader)
                if recorded is None:
                    return
                self.server.owner.requests.append(recorded)
                reply = self.server.owner.next_reply()
                if not _send(sock, reply):
                    return
        except OSError:
            return
        finally:
            reader.close()


def _read_request(reader: Any) -> Recorded | None:
    line = reader.readline()
    if not line:
        return None
    method, target, _ = line.decode("latin-1").rstrip("\r\n").split(" ", 2)
    headers: dict[str, str] = {}
    while True:
        h = reader.readline().decode("latin-1").rstrip("\r\n")
        if not h:
            break
        name, _, value = h.partition(":")
        headers[name.strip().lower()] = value.strip()
    body = b""
    if headers.get("transfer-encoding", "").lower() == "chunked":
        while True:
            size = int(reader.readline().split(b";")[0].strip(), 16)
            if size == 0:
                reader.readline()
                break
            body += reader.read(size)
            reader.readline()
    elif "content-length" in headers:
        body = reader.read(int(headers["content-length"]))
    path, _, query = target.partition("?")
    return Recorded(method, target, path, query, headers, body)


def _head(reply: Reply, extra: dict[str, str]) -> bytes:
    reason = REASONS.get(reply.status, "Status")
    lines = [f"HTTP/1.1 {reply.status} {reason}"]
    lines += [f"{k}: {v}" for k, v in {**reply.headers, **extra}.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _send(sock: socket.socket, reply: Reply) -> bool:
    """Send ``reply``; False when the connection is to be closed afterwards."""
    if reply.chunks is not None:
        sock.sendall(_head(reply, {"Transfer-Encoding": "chunked"}))
        for i, chunk in enumerate(reply.chunks):
            if reply.cut_after is not None and i >= reply.cut_after:
                sock.shutdown(socket.SHUT_RDWR)
                return False
            if i > 0 and reply.hold is not None:
                reply.hold.wait(5)
            if reply.delay:
                time.sleep(reply.delay)
            sock.sendall(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
        sock.sendall(b"0\r\n\r\n")
        return True
    if reply.close_without_length:
        sock.sendall(_head(reply, {"Connection": "close"}))
        if reply.delay:
            time.sleep(reply.delay)
        sock.sendall(reply.body)
        sock.shutdown(socket.SHUT_RDWR)
        return False
    sock.sendall(_head(reply, {"Content-Length": str(len(reply.body))}))
    if reply.delay:
        time.sleep(reply.delay)
    if reply.cut_after is not None:
        sock.sendall(reply.body[: reply.cut_after])
        sock.shutdown(socket.SHUT_RDWR)
        return False
    sock.sendall(reply.body)
    return True


class _TCPServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    owner: ScriptedServer


class ScriptedServer:
    """``with ScriptedServer() as s: s.enqueue(Reply.json({...})); ... s.requests``."""

    def __init__(self) -> None:
        self._server = _TCPServer(("127.0.0.1", 0), _Handler)
        self._server.owner = self
        host, port = self._server.server_address[:2]
        self.url = f"http://{host}:{port}"
        self.requests: list[Recorded] = []
        self._replies: deque[Reply] = deque()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def enqueue(self, reply: Reply) -> None:
        with self._lock:
            self._replies.append(reply)

    def next_reply(self) -> Reply:
        with self._lock:
            if self._replies:
                return self._replies.popleft()
        return Reply(status=599, body=b"no scripted response")

    def __enter__(self) -> ScriptedServer:
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
        self._thread.join(5)
