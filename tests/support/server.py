"""A scripted HTTP/1.1 server on 127.0.0.1 for tests.

Replies are queued in order (whatever the path) and every request is recorded byte for byte.
Responses are written by hand on the raw socket, so a test controls exactly what is sent:
chunking, pauses, holding back the rest of a stream, and connections cut mid-body.

    with ScriptedServer() as server:
        server.enqueue(Reply.json({"ok": True}))
        ...  # point a client at server.url
        assert server.requests[0].raw_path == "/things/a%2Fb?x=1"

Only the standard library is used; the server only ever binds 127.0.0.1 on an ephemeral port.
"""

from __future__ import annotations

import contextlib
import io
import json
import select
import socket
import socketserver
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

HOST = "127.0.0.1"
# Every blocking step is bounded, so a confused client can never hang a test run.
IO_TIMEOUT = 10.0  # seconds per socket operation
HOLD_TIMEOUT = 10.0  # longest wait on ``Reply.hold`` before the connection is cut
JOIN_TIMEOUT = 5.0  # longest wait for a thread when stopping
MAX_LINE = 65_536  # longest request line or header line accepted

# A fixed table on purpose: the reason phrase must not depend on the Python version.
REASONS = {
    100: "Continue",
    200: "OK",
    201: "Created",
    202: "Accepted",
    204: "No Content",
    301: "Moved Permanently",
    302: "Found",
    304: "Not Modified",
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    409: "Conflict",
    422: "Unprocessable Content",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}

HeaderPairs = dict[str, str] | list[tuple[str, str]]


@dataclass
class Recorded:
    """One request as the server read it."""

    method: str
    raw_path: str  # the request-target exactly as sent (latin-1), never unquoted or normalised
    path: str  # ``raw_path`` up to the first "?"
    query: str  # ``raw_path`` after the first "?" ("" when there is none)
    headers: dict[str, str]  # lower-cased names; repeated fields joined with ", "
    body: bytes  # de-chunked when the request was sent chunked
    connection: int = 0  # which TCP connection (0, 1, 2, ... in accept order) carried it


@dataclass
class Reply:
    """A scripted response.

    Framing is chosen from the fields: ``chunks`` sends ``Transfer-Encoding: chunked`` (one
    HTTP chunk per item); ``close_without_length`` sends the body and then closes (read until
    EOF); otherwise ``Content-Length`` is sent. A framing header given in ``headers`` is
    sent as given and replaces the automatic one, so a test can also lie about the length.

    ``delay`` sleeps before each chunk (or before the body). ``hold``, when set, makes the
    server wait for the event before every chunk after the first. ``cut_after`` closes the
    connection abruptly: after that many chunks (no terminating chunk), or, without chunks,
    after that many bytes of a body whose full length was announced.
    """

    status: int = 200
    headers: HeaderPairs = field(default_factory=dict)
    body: bytes = b""
    chunks: list[bytes] | None = None
    delay: float = 0.0
    cut_after: int | None = None
    close_without_length: bool = False
    hold: threading.Event | None = None

    def __post_init__(self) -> None:
        if not 100 <= self.status <= 999:
            raise ValueError(f"status must be a three-digit code, got {self.status}")
        if self.chunks is not None:
            if self.body:
                raise ValueError("give either body or chunks, not both")
            if self.close_without_length:
                raise ValueError("chunks and close_without_length exclude each other")
            if any(not chunk for chunk in self.chunks):
                raise ValueError("an empty chunk would end the chunked body early")
        if self.cut_after is not None:
            if self.cut_after < 0:
                raise ValueError("cut_after must not be negative")
            if self.close_without_length:
                raise ValueError("cut_after and close_without_length exclude each other")
        if self.delay < 0:
            raise ValueError("delay must not be negative")
        if _bodiless(self.status) and (self.body or self.chunks):
            raise ValueError(f"a {self.status} response cannot carry a body")

    @classmethod
    def json(cls, obj: Any, status: int = 200, headers: HeaderPairs | None = None) -> Reply:
        """A JSON body with ``Content-Type: application/json`` (unless ``headers`` names one)."""
        extra = _pairs(headers or {})
        content_type = [] if _has(extra, "content-type") else [("Content-Type", "application/json")]
        return cls(status=status, headers=content_type + extra, body=json.dumps(obj).encode())

    def header_pairs(self) -> list[tuple[str, str]]:
        return _pairs(self.headers)


def _pairs(headers: HeaderPairs) -> list[tuple[str, str]]:
    return list(headers.items()) if isinstance(headers, dict) else list(headers)


def _has(pairs: list[tuple[str, str]], name: str) -> bool:
    return any(key.lower() == name for key, _ in pairs)


def _bodiless(status: int) -> bool:
    return status < 200 or status in (204, 304)


class _BadRequest(Exception):
    """The bytes on the connection are not a request we can read."""


class _Reader:
    """Reads one HTTP/1.1 request at a time from a buffered socket file."""

    def __init__(self, stream: io.BufferedReader) -> None:
        self._stream = stream

    def line(self) -> bytes:
        line = self._stream.readline(MAX_LINE + 1)
        if len(line) > MAX_LINE:
            raise _BadRequest("line too long")
        if line and not line.endswith(b"\n"):
            raise _BadRequest("connection closed mid-line")
        return line

    def exactly(self, size: int) -> bytes:
        data = self._stream.read(size)
        if len(data) != size:
            raise _BadRequest("connection closed mid-body")
        return data

    def head(self) -> tuple[str, str, str, dict[str, str]] | None:
        """Request line and headers, or None at a clean end of the connection."""
        line = self.line()
        while line in (b"\r\n", b"\n"):  # RFC 9112 2.2: ignore empty lines before a request
            line = self.line()
        if not line:
            return None
        parts = line.decode("latin-1").rstrip("\r\n").split(" ")
        if len(parts) != 3 or not parts[2].startswith("HTTP/"):
            raise _BadRequest(f"bad request line {line!r}")
        method, target, version = parts
        headers: dict[str, str] = {}
        while (field_line := self.line()) not in (b"\r\n", b"\n"):
            if not field_line:
                raise _BadRequest("connection closed in the headers")
            name, colon, value = field_line.decode("latin-1").partition(":")
            if not colon or not name or name != name.strip():
                raise _BadRequest(f"bad header line {field_line!r}")
            key, value = name.lower(), value.strip()
            headers[key] = f"{headers[key]}, {value}" if key in headers else value
        return method, target, version, headers

    def body(self, headers: dict[str, str]) -> bytes:
        if "chunked" in headers.get("transfer-encoding", "").lower():
            return self._chunked()
        length = headers.get("content-length")
        if length is None:
            return b""
        if not length.isdigit():
            raise _BadRequest(f"bad Content-Length {length!r}")
        return self.exactly(int(length))

    def _chunked(self) -> bytes:
        parts: list[bytes] = []
        while True:
            size_text = self.line().split(b";", 1)[0].strip()
            try:
                size = int(size_text, 16)
            except ValueError:
                raise _BadRequest(f"bad chunk size {size_text!r}") from None
            if size == 0:
                break
            parts.append(self.exactly(size))
            if self.line() not in (b"\r\n", b"\n"):
                raise _BadRequest("chunk not followed by CRLF")
        while self.line() not in (b"\r\n", b"\n"):  # trailer fields, ignored
            pass
        return b"".join(parts)


class _Connection:
    """Serves the requests on one accepted socket until either side closes it."""

    def __init__(self, owner: ScriptedServer, sock: socket.socket, number: int) -> None:
        self._owner = owner
        self._sock = sock
        self._number = number

    def serve(self) -> None:
        self._sock.settimeout(IO_TIMEOUT)
        self._sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self._sock.makefile("rb") as stream:
            reader = _Reader(stream)
            try:
                while self._serve_one(reader):
                    pass
            except _BadRequest:
                with contextlib.suppress(OSError):
                    self._send(
                        _status_and_headers(400, [("Content-Length", "0"), ("Connection", "close")])
                    )
            except OSError:  # the client went away, timed out, or the server is stopping
                pass

    def _serve_one(self, reader: _Reader) -> bool:
        """Read one request and answer it; False when the connection is to be closed."""
        head = reader.head()
        if head is None:
            return False
        method, target, version, headers = head
        if headers.get("expect", "").lower() == "100-continue":
            self._send(b"HTTP/1.1 100 Continue\r\n\r\n")
        body = reader.body(headers)
        path, _, query = target.partition("?")
        self._owner._record(Recorded(method, target, path, query, headers, body, self._number))
        client_keeps = version == "HTTP/1.1" and "close" not in _tokens(headers, "connection")
        return self._answer(self._owner._next_reply(), method == "HEAD", client_keeps)

    def _answer(self, reply: Reply, head_only: bool, client_keeps: bool) -> bool:
        pairs = reply.header_pairs()
        keep = client_keeps and not any(
            key.lower() == "connection" and "close" in value.lower() for key, value in pairs
        )
        if reply.chunks is not None:
            return self._answer_chunked(reply, reply.chunks, pairs, head_only, keep)
        if reply.close_without_length:
            if not _has(pairs, "connection"):
                pairs.append(("Connection", "close"))
            self._send(_status_and_headers(reply.status, pairs))
            if not head_only:
                self._pause(reply.delay)
                self._send(reply.body)
            self._cut()
            return False
        framed = _has(pairs, "content-length") or _has(pairs, "transfer-encoding")
        if not framed and not _bodiless(reply.status):
            pairs.append(("Content-Length", str(len(reply.body))))
        if not keep and not _has(pairs, "connection"):
            pairs.append(("Connection", "close"))
        self._send(_status_and_headers(reply.status, pairs))
        if head_only:
            return keep
        self._pause(reply.delay)
        if reply.cut_after is not None:
            self._send(reply.body[: reply.cut_after])
            self._cut()
            return False
        self._send(reply.body)
        return keep

    def _answer_chunked(
        self,
        reply: Reply,
        chunks: list[bytes],
        pairs: list[tuple[str, str]],
        head_only: bool,
        keep: bool,
    ) -> bool:
        if not _has(pairs, "transfer-encoding"):
            pairs.append(("Transfer-Encoding", "chunked"))
        if not keep and not _has(pairs, "connection"):
            pairs.append(("Connection", "close"))
        self._send(_status_and_headers(reply.status, pairs))
        if head_only:
            return keep
        to_send = chunks if reply.cut_after is None else chunks[: reply.cut_after]
        for index, chunk in enumerate(to_send):
            if index > 0 and reply.hold is not None and not self._wait(reply.hold):
                self._cut()  # never released: end the stream visibly rather than hang
                return False
            self._pause(reply.delay)
            self._send(b"%x\r\n%b\r\n" % (len(chunk), chunk))
        if reply.cut_after is not None:
            self._cut()
            return False
        self._send(b"0\r\n\r\n")
        return keep

    def _send(self, data: bytes) -> None:
        if data:
            self._sock.sendall(data)  # unbuffered, and TCP_NODELAY is on: each write goes out now

    def _pause(self, seconds: float) -> None:
        if seconds and self._owner._stopping.wait(seconds):
            raise ConnectionAbortedError("server stopping")

    def _wait(self, event: threading.Event) -> bool:
        """Wait for ``event``; False after HOLD_TIMEOUT. Gives up when the server stops."""
        for _ in range(int(HOLD_TIMEOUT / 0.05)):
            if event.wait(0.05):
                return True
            if self._owner._stopping.is_set():
                raise ConnectionAbortedError("server stopping")
            if self._peer_closed():
                raise ConnectionAbortedError("the client closed the connection")
        return event.is_set()

    def _peer_closed(self) -> bool:
        """Whether the client has closed its end (seen while a reply is held back)."""
        ready, _, _ = select.select([self._sock], [], [], 0)
        if not ready:
            return False
        try:
            return self._sock.recv(1, socket.MSG_PEEK) == b""
        except OSError:
            return True

    def _cut(self) -> None:
        """Close abruptly: FIN now, whatever the reply promised."""
        self._sock.shutdown(socket.SHUT_RDWR)


def _tokens(headers: dict[str, str], name: str) -> set[str]:
    return {token.strip().lower() for token in headers.get(name, "").split(",")}


def _status_and_headers(status: int, pairs: list[tuple[str, str]]) -> bytes:
    lines = [f"HTTP/1.1 {status} {REASONS.get(status, 'Status')}"]
    lines += [f"{key}: {value}" for key, value in pairs]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


class _Handler(socketserver.BaseRequestHandler):
    server: _TCPServer

    def handle(self) -> None:
        owner = self.server.owner
        number = owner._register(self.request)
        if number is None:
            return
        try:
            _Connection(owner, self.request, number).serve()
        finally:
            owner._unregister(self.request)


class _TCPServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    owner: ScriptedServer


class ScriptedServer:
    """An HTTP/1.1 server on 127.0.0.1 that answers with queued ``Reply`` objects in order.

    When the queue is empty it answers 599 with body ``b"no scripted response"``. Bound on
    construction (so ``url`` is known at once); serves from ``start()`` or ``__enter__``.
    """

    def __init__(self) -> None:
        self._server = _TCPServer((HOST, 0), _Handler)
        self._server.owner = self
        self.port: int = self._server.server_address[1]
        self.url = f"http://{HOST}:{self.port}"
        self._lock = threading.Lock()
        self._requests: list[Recorded] = []
        self._replies: deque[Reply] = deque()
        self._connections: dict[socket.socket, threading.Thread] = {}
        self._accepted = 0
        self._stopping = threading.Event()
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"ScriptedServer {self.url}",
            daemon=True,
        )

    @property
    def requests(self) -> list[Recorded]:
        """A snapshot (a new list) of the requests received so far, in arrival order."""
        with self._lock:
            return list(self._requests)

    @property
    def open_connections(self) -> int:
        """How many client connections are open right now (a leak shows as one left open)."""
        with self._lock:
            return len(self._connections)

    def wait_closed(self, deadline: float = 5.0) -> int:
        """Wait until the clients have closed every connection, or ``deadline`` seconds pass;
        return how many are still open (0 when none leaked)."""
        end = time.monotonic() + deadline
        while self.open_connections and time.monotonic() < end:
            time.sleep(0.01)
        return self.open_connections

    @property
    def pending(self) -> int:
        """How many enqueued replies have not been served yet."""
        with self._lock:
            return len(self._replies)

    def enqueue(self, *replies: Reply) -> None:
        with self._lock:
            self._replies.extend(replies)

    def start(self) -> None:
        if self._thread.ident is None:
            self._thread.start()

    def stop(self) -> None:
        """Stop accepting, drop open (keep-alive) connections, close the socket. Idempotent."""
        with self._lock:
            if self._stopping.is_set():
                return
            self._stopping.set()
            connections = list(self._connections.items())
        if self._thread.ident is not None:
            self._server.shutdown()
            self._thread.join(JOIN_TIMEOUT)
        for sock, _ in connections:
            try:
                sock.shutdown(socket.SHUT_RDWR)  # wakes the handler blocked reading
            except OSError:
                pass
        for _, thread in connections:
            thread.join(JOIN_TIMEOUT)
        self._server.server_close()

    def __enter__(self) -> ScriptedServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # Called from the connection threads.

    def _register(self, sock: socket.socket) -> int | None:
        with self._lock:
            if self._stopping.is_set():
                return None
            self._connections[sock] = threading.current_thread()
            self._accepted += 1
            return self._accepted - 1

    def _unregister(self, sock: socket.socket) -> None:
        with self._lock:
            self._connections.pop(sock, None)

    def _record(self, request: Recorded) -> None:
        with self._lock:
            self._requests.append(request)

    def _next_reply(self) -> Reply:
        with self._lock:
            if self._replies:
                return self._replies.popleft()
        return Reply(status=599, body=b"no scripted response")
