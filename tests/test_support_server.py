"""The scripted test server, exercised with urllib3 as the client (as the generated clients do).

Every request has a client-side timeout and every server-side wait is bounded, so no test
can hang.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator

import pytest
import urllib3
from urllib3.exceptions import ProtocolError, ReadTimeoutError

from tests.support.server import Recorded, Reply, ScriptedServer

TIMEOUT = urllib3.Timeout(connect=2.0, read=2.0)


@pytest.fixture
def pool(scripted_server: ScriptedServer) -> Iterator[urllib3.HTTPConnectionPool]:
    """One connection at most, no retries: each request maps to exactly one exchange."""
    port = int(scripted_server.url.rsplit(":", 1)[1])
    with urllib3.HTTPConnectionPool(
        "127.0.0.1", port, maxsize=1, block=True, timeout=TIMEOUT, retries=False
    ) as p:
        yield p


def test_binds_only_loopback_on_an_ephemeral_port(scripted_server: ScriptedServer) -> None:
    assert scripted_server.url == f"http://127.0.0.1:{scripted_server.port}"
    assert scripted_server.port > 0


def test_json_reply_and_recorded_request(
    scripted_server: ScriptedServer, pool: urllib3.HTTPConnectionPool
) -> None:
    scripted_server.enqueue(Reply.json({"id": 7, "name": "é"}, status=201, headers={"X-Req": "r1"}))
    target = "/things/a%2Fb/%7Ex%20y?q=a%2Bb&empty=&flag"
    resp = pool.urlopen(
        "POST",
        target,
        body=b'{"in": 1}',
        headers={"Content-Type": "application/json", "X-Token": "t0k"},
    )
    assert resp.status == 201
    assert resp.reason == "Created"
    assert resp.headers["Content-Type"] == "application/json"
    assert resp.headers["X-Req"] == "r1"
    assert json.loads(resp.data) == {"id": 7, "name": "é"}

    [req] = scripted_server.requests
    assert req.method == "POST"
    assert req.raw_path == target
    assert req.path == "/things/a%2Fb/%7Ex%20y"
    assert req.query == "q=a%2Bb&empty=&flag"
    assert req.headers["content-type"] == "application/json"
    assert req.headers["x-token"] == "t0k"
    assert req.headers["content-length"] == "9"
    assert req.body == b'{"in": 1}'


def test_chunked_request_body_is_dechunked(
    scripted_server: ScriptedServer, pool: urllib3.HTTPConnectionPool
) -> None:
    scripted_server.enqueue(Reply(status=204))
    resp = pool.urlopen("PUT", "/upload", body=iter([b"abc", b"", b"defg"]), chunked=True)
    assert resp.status == 204
    [req] = scripted_server.requests
    assert req.headers["transfer-encoding"] == "chunked"
    assert req.body == b"abcdefg"


def test_replies_are_served_in_order_whatever_the_path(
    scripted_server: ScriptedServer, pool: urllib3.HTTPConnectionPool
) -> None:
    scripted_server.enqueue(Reply(body=b"first"), Reply(status=404, body=b"second"))
    scripted_server.enqueue(Reply(status=503, headers=[("Retry-After", "1")]))
    assert scripted_server.pending == 3
    got = [pool.urlopen("GET", path) for path in ("/z", "/a", "/z", "/a")]
    assert [(r.status, r.data) for r in got] == [
        (200, b"first"),
        (404, b"second"),
        (503, b""),
        (599, b"no scripted response"),
    ]
    assert got[2].headers["Retry-After"] == "1"
    assert got[3].reason == "Status"
    assert scripted_server.pending == 0
    assert [r.path for r in scripted_server.requests] == ["/z", "/a", "/z", "/a"]


def test_keep_alive_serves_several_requests_on_one_connection(
    scripted_server: ScriptedServer, pool: urllib3.HTTPConnectionPool
) -> None:
    scripted_server.enqueue(Reply(body=b"one"), Reply(status=204), Reply.json([1]))
    assert pool.urlopen("GET", "/1").data == b"one"
    assert pool.urlopen("DELETE", "/2").status == 204
    assert pool.urlopen("POST", "/3", body=b"x").data == b"[1]"
    assert pool.num_connections == 1
    assert [r.connection for r in scripted_server.requests] == [0, 0, 0]


def test_head_gets_headers_only_and_keeps_the_connection(
    scripted_server: ScriptedServer, pool: urllib3.HTTPConnectionPool
) -> None:
    scripted_server.enqueue(Reply(body=b"0123456789"), Reply(body=b"next"))
    head = pool.urlopen("HEAD", "/file")
    assert head.headers["Content-Length"] == "10"
    assert head.data == b""
    assert pool.urlopen("GET", "/file").data == b"next"
    assert [r.connection for r in scripted_server.requests] == [0, 0]


def test_client_connection_close_is_honoured(
    scripted_server: ScriptedServer, pool: urllib3.HTTPConnectionPool
) -> None:
    scripted_server.enqueue(Reply(body=b"a"), Reply(body=b"b"))
    first = pool.urlopen("GET", "/", headers={"Connection": "close"})
    assert first.headers["Connection"] == "close"
    assert first.data == b"a"
    assert pool.urlopen("GET", "/").data == b"b"
    assert [r.connection for r in scripted_server.requests] == [0, 1]


def test_chunked_stream_first_chunk_arrives_before_the_rest_is_sent(
    scripted_server: ScriptedServer, pool: urllib3.HTTPConnectionPool
) -> None:
    gate = threading.Event()
    scripted_server.enqueue(
        Reply(
            headers={"Content-Type": "text/event-stream"},
            chunks=[b"one\n", b"two\n", b"three\n"],
            hold=gate,
        ),
        Reply(body=b"after"),
    )
    resp = pool.urlopen("GET", "/stream", preload_content=False)
    assert resp.headers["Transfer-Encoding"] == "chunked"
    # The server is now blocked before the second chunk, until the gate opens.
    assert resp.read1() == b"one\n"
    assert not gate.is_set()
    gate.set()
    assert resp.read() == b"two\nthree\n"
    resp.release_conn()
    # The terminating chunk was sent, so the connection is reused.
    assert pool.urlopen("GET", "/").data == b"after"
    assert [r.connection for r in scripted_server.requests] == [0, 0]


def test_chunks_are_sent_one_by_one_with_a_delay(
    scripted_server: ScriptedServer, pool: urllib3.HTTPConnectionPool
) -> None:
    scripted_server.enqueue(Reply(chunks=[b"a", b"b", b"c"], delay=0.1))
    resp = pool.urlopen("GET", "/", preload_content=False)
    arrivals: list[tuple[bytes, float]] = []
    start = time.monotonic()
    for piece in resp.read_chunked():
        arrivals.append((piece, time.monotonic() - start))
    assert [piece for piece, _ in arrivals] == [b"a", b"b", b"c"]
    # Each chunk waited for its own delay: they are spread out, not sent at once.
    assert arrivals[2][1] - arrivals[0][1] >= 0.15


def test_cut_after_chunks_ends_the_stream_abruptly(
    scripted_server: ScriptedServer, pool: urllib3.HTTPConnectionPool
) -> None:
    scripted_server.enqueue(Reply(chunks=[b"one", b"two", b"three"], cut_after=2))
    resp = pool.urlopen("GET", "/", preload_content=False)
    got: list[bytes] = []
    with pytest.raises(ProtocolError):
        for piece in resp.read_chunked():
            got.append(piece)
    assert got == [b"one", b"two"]


def test_cut_after_chunks_fails_a_preloaded_read(
    scripted_server: ScriptedServer, pool: urllib3.HTTPConnectionPool
) -> None:
    scripted_server.enqueue(Reply(chunks=[b"one", b"two"], cut_after=2), Reply(body=b"fresh"))
    with pytest.raises(ProtocolError):
        pool.urlopen("GET", "/")
    # The cut connection is not reused: the next request arrives on a new one.
    assert pool.urlopen("GET", "/").data == b"fresh"
    assert [r.connection for r in scripted_server.requests] == [0, 1]


def test_cut_after_without_chunks_sends_a_short_body(
    scripted_server: ScriptedServer, pool: urllib3.HTTPConnectionPool
) -> None:
    scripted_server.enqueue(Reply(body=b"0123456789", cut_after=4))
    resp = pool.urlopen("GET", "/", preload_content=False)
    assert resp.headers["Content-Length"] == "10"
    with pytest.raises(ProtocolError, match="IncompleteRead"):
        resp.read()


def test_close_without_length_is_read_until_eof(
    scripted_server: ScriptedServer, pool: urllib3.HTTPConnectionPool
) -> None:
    body = b"data: 1\n\n" * 100
    scripted_server.enqueue(Reply(body=body, close_without_length=True), Reply(body=b"next"))
    resp = pool.urlopen("GET", "/events")
    assert "Content-Length" not in resp.headers
    assert "Transfer-Encoding" not in resp.headers
    assert resp.headers["Connection"] == "close"
    assert resp.data == body
    assert pool.urlopen("GET", "/").data == b"next"
    assert [r.connection for r in scripted_server.requests] == [0, 1]


def test_delay_longer_than_the_read_timeout(
    scripted_server: ScriptedServer, pool: urllib3.HTTPConnectionPool
) -> None:
    scripted_server.enqueue(Reply(body=b"late", delay=0.6), Reply(body=b"on time"))
    start = time.monotonic()
    with pytest.raises(ReadTimeoutError):
        pool.urlopen("GET", "/slow", timeout=urllib3.Timeout(connect=2.0, read=0.1))
    assert time.monotonic() - start < 0.55
    assert pool.urlopen("GET", "/").data == b"on time"


def test_delay_shorter_than_the_read_timeout(
    scripted_server: ScriptedServer, pool: urllib3.HTTPConnectionPool
) -> None:
    scripted_server.enqueue(Reply(body=b"late", delay=0.1))
    start = time.monotonic()
    assert pool.urlopen("GET", "/slow").data == b"late"
    assert time.monotonic() - start >= 0.1


def test_reply_validation() -> None:
    with pytest.raises(ValueError, match="either body or chunks"):
        Reply(body=b"x", chunks=[b"y"])
    with pytest.raises(ValueError, match="empty chunk"):
        Reply(chunks=[b"x", b""])
    with pytest.raises(ValueError, match="cannot carry a body"):
        Reply(status=204, body=b"x")
    with pytest.raises(ValueError, match="exclude"):
        Reply(body=b"x", cut_after=1, close_without_length=True)


def test_reply_json_keeps_a_given_content_type() -> None:
    reply = Reply.json({"a": 1}, headers=[("content-type", "application/problem+json")])
    assert reply.header_pairs() == [("content-type", "application/problem+json")]
    assert reply.body == b'{"a": 1}'


def test_stop_closes_keep_alive_connections_and_the_port() -> None:
    with ScriptedServer() as server:
        server.enqueue(Reply(body=b"x"))
        port = server.port
        client = socket.create_connection(("127.0.0.1", port), timeout=2)
        client.sendall(b"GET /raw%2f?x HTTP/1.1\r\nHost: h\r\nX-A: 1\r\nx-a: 2\r\n\r\n")
        received = b""
        while not received.endswith(b"\r\n\r\nx"):  # the head and body may come apart
            chunk = client.recv(4096)
            assert chunk, received
            received += chunk
        assert received.startswith(b"HTTP/1.1 200 OK\r\n")
        assert b"\r\nContent-Length: 1\r\n" in received
    # The server closed the idle keep-alive connection and no longer listens.
    assert client.recv(4096) == b""
    client.close()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
    assert server.requests == [
        Recorded("GET", "/raw%2f?x", "/raw%2f", "x", {"host": "h", "x-a": "1, 2"}, b"", 0)
    ]


def test_malformed_request_gets_400_and_a_closed_connection(
    scripted_server: ScriptedServer,
) -> None:
    client = socket.create_connection(("127.0.0.1", scripted_server.port), timeout=2)
    with client:
        client.sendall(b"NONSENSE\r\n\r\n")
        reply = b""
        while chunk := client.recv(4096):
            reply += chunk
    assert reply.startswith(b"HTTP/1.1 400 Bad Request\r\n")
    assert scripted_server.requests == []
