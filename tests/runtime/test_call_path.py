"""The client's short path for a call (a plain urllib3 ``PoolManager`` driven at the level of
its connection pools, no hook runners when there are no hooks, the URL parsed once) sends
byte for byte what urllib3's public ``request`` route sends, against a raw server on
127.0.0.1 that records each request exactly as it arrived."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import urllib3
from openrouter_images import Client, RequestOptions, Transport
from openrouter_images.models import ImageGenerationRequest

from tests.runtime.test_operations import ENDPOINTS, GENERATED, LIST_MODELS


class RawServer:
    """Answers each request on a keep-alive connection with the next JSON body queued and
    keeps the request's bytes (request line, header lines in order, body) as they came."""

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self.requests: list[bytes] = []
        self.replies: list[Any] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                sock, _ = self._listener.accept()
            except OSError:
                return
            with sock, sock.makefile("rb") as stream:
                sock.settimeout(10)
                while (raw := self._one(stream)) is not None:
                    self.requests.append(raw)
                    body = json.dumps(self.replies.pop(0)).encode()
                    head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                    sock.sendall(f"{head}Content-Length: {len(body)}\r\n\r\n".encode() + body)

    @staticmethod
    def _one(stream: Any) -> bytes | None:
        head = b""
        while not head.endswith(b"\r\n\r\n"):
            line = stream.readline()
            if not line:
                return None
            head += line
        length = 0
        for line in head.split(b"\r\n"):
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        return head + stream.read(length)

    def close(self) -> None:
        self._listener.close()


class PublicRoute(urllib3.PoolManager):
    """A pool manager the client does not know: it goes through its public ``request``."""


@pytest.fixture
def raw_server() -> Iterator[RawServer]:
    server = RawServer()
    yield server
    server.close()


CALLS: dict[str, tuple[Any, Callable[[Client], object]]] = {
    "GET": (LIST_MODELS, lambda c: c.images.list_models()),
    "GET, path parameters to encode": (
        ENDPOINTS,
        lambda c: c.images.list_model_endpoints(author="a b", slug="x/y.z"),
    ),
    "POST, JSON body": (
        GENERATED,
        lambda c: c.images.generate(ImageGenerationRequest(model="m", prompt="p")),
    ),
    "GET, per-call options (a header also given in another case)": (
        LIST_MODELS,
        lambda c: c.images.list_models(
            options=RequestOptions(timeout=5, extra_headers={"accept": "text/x", "X-T": "1"})
        ),
    ),
    "POST, a header also given in another case": (
        GENERATED,
        lambda c: c.images.generate(
            ImageGenerationRequest(model="m", prompt="p"),
            options=RequestOptions(extra_headers={"content-type": "application/json"}),
        ),
    ),
}


@pytest.mark.parametrize("name", list(CALLS))
def test_short_path_sends_what_the_public_route_sends(
    raw_server: RawServer, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    reply, call = CALLS[name]
    opened: list[str] = []
    public_urlopen = urllib3.PoolManager.urlopen

    def counted(self: urllib3.PoolManager, method: str, url: str, **kw: Any) -> Any:
        opened.append(type(self).__name__)
        return public_urlopen(self, method, url, **kw)

    monkeypatch.setattr(urllib3.PoolManager, "urlopen", counted)
    sent: dict[str, bytes] = {}
    for pool in (urllib3.PoolManager(retries=False), PublicRoute(retries=False)):
        raw_server.replies.append(reply)
        transport = Transport(pool=pool, proxies={})
        with Client(api_key="k", server_url=raw_server.url, transport=transport) as client:
            call(client)
        sent[type(pool).__name__] = raw_server.requests[-1]
    # The plain pool manager took the short path; the unknown one its own urlopen.
    assert opened == ["PublicRoute"]
    assert sent["PoolManager"] == sent["PublicRoute"]


def test_short_path_keeps_the_connection_alive_across_calls(raw_server: RawServer) -> None:
    transport = Transport(proxies={})
    with Client(api_key="k", server_url=raw_server.url, transport=transport) as client:
        for _ in range(3):
            raw_server.replies.append(LIST_MODELS)
            assert client.images.list_models().data[0].id == "bytedance-seed/seedream-4.5"
        pool = transport.pool.connection_from_url(raw_server.url)
        assert (pool.num_connections, pool.num_requests) == (1, 3)
    assert len(raw_server.requests) == 3
