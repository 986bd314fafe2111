"""The ``AsyncClient`` against real local servers: the same calls, errors, retries, streams,
hooks, proxies, recordings and logs as the ``Client`` (the fault matrix: resets, stalls, bad
bodies, cut streams, redirects, timeouts, cancellation mid-stream), with every connection
counted closed on the server afterwards."""

from __future__ import annotations

import asyncio
import gc
import json
import logging
import subprocess
import sys
import threading
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest
from openrouter_images import (
    APIConnectionError,
    APITimeoutError,
    AsyncClient,
    AsyncTransport,
    Client,
    RequestOptions,
    ResponseValidationError,
    RetryConfig,
    StreamInterruptedError,
    Transport,
    errors,
    models,
    record_to_async,
)
from openrouter_images._runtime.stream_aio import AsyncEventStream
from openrouter_images.models import ImageGenerationRequest

from tests.runtime.conftest import ROOT, FakeTime
from tests.runtime.test_operations import error_body
from tests.runtime.test_streaming import COMPLETED, PARTIAL, SSE, TEXT, frame
from tests.support.proxy import ForwardingProxy
from tests.support.server import Reply, ScriptedServer

T = TypeVar("T")
MODELS = {"data": []}


class AsyncFakeTime(FakeTime):
    """The fake clock, with the async sleep the ``AsyncTransport`` takes."""

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


@pytest.fixture
def fake() -> AsyncFakeTime:
    return AsyncFakeTime()


Use = Callable[[AsyncClient], Awaitable[T]]


def run(server: ScriptedServer, fake: AsyncFakeTime, use: Use[T], **options: Any) -> T:
    """Run ``use`` with a fresh ``AsyncClient`` in a new event loop; after it, whether it
    returned or raised, no connection may be left open on the server."""

    async def main() -> T:
        transport = options.pop(
            "transport",
            AsyncTransport(
                clock=fake.clock,
                wall_clock=fake.wall,
                sleep=fake.asleep,
                random=lambda: 0.5,
                proxies={},
            ),
        )
        settings: dict[str, Any] = {
            "api_key": "sk-test-secret",
            "server_url": server.url + "/api/v1",
            "timeout": 2.0,
            "retries": RetryConfig(
                max_attempts=3, initial_interval=0.5, max_interval=10.0, exponent=2.0, jitter=0.0
            ),
            "transport": transport,
            **options,
        }
        async with AsyncClient(**settings) as client:
            return await use(client)

    try:
        return asyncio.run(main())
    finally:  # on the error paths too
        assert server.wait_closed() == 0, "a connection was left open"


def request() -> ImageGenerationRequest:
    return ImageGenerationRequest(model="openai/gpt-image-1", prompt="a red panda")


def test_sync_client_never_imports_the_async_library() -> None:
    code = (
        "import sys, openrouter_images\n"
        "from openrouter_images import Client\n"
        "Client(api_key='k').images\n"
        "assert 'aiohttp' not in sys.modules, 'aiohttp imported'\n"
        "assert 'openrouter_images._runtime.aio' not in sys.modules\n"
        "assert 'openrouter_images.async_client' not in sys.modules\n"
        "openrouter_images.AsyncClient\n"
        "assert 'aiohttp' in sys.modules\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT / "generated",
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def test_each_client_takes_its_own_transport_only() -> None:
    with pytest.raises(TypeError, match=r"^transport must be a Transport, got AsyncTransport$"):
        Client(api_key="k", transport=AsyncTransport())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^transport must be an AsyncTransport, got Transport$"):
        AsyncClient(api_key="k", transport=Transport())  # type: ignore[arg-type]
    assert isinstance(AsyncClient(api_key="k").transport, AsyncTransport)
    with Client(api_key="k") as client:
        assert isinstance(client.transport, Transport)


def test_a_call_returns_the_typed_body(server: ScriptedServer, fake: AsyncFakeTime) -> None:
    server.enqueue(Reply.json({"created": 1, "data": [{"b64_json": "QUFB"}]}))

    async def use(client: AsyncClient) -> models.ImageGenerationResponse:
        return await client.images.generate(request())

    result = run(server, fake, use)
    assert result.data[0].b64_json == "QUFB"
    sent = server.requests[0]
    assert sent.headers["authorization"] == "Bearer sk-test-secret"
    assert sent.path == "/api/v1/images" and json.loads(sent.body)["prompt"] == "a red panda"
    assert "stream" not in json.loads(sent.body)


def test_the_body_fields_as_keyword_arguments(server: ScriptedServer, fake: AsyncFakeTime) -> None:
    """The keyword call form on the ``AsyncClient``, streaming included."""
    server.enqueue(Reply.json({"created": 1, "data": [{"b64_json": "QUFB"}]}))
    body = frame(PARTIAL) + frame(COMPLETED) + b"data: [DONE]\n\n"
    server.enqueue(Reply(status=200, headers=SSE, body=body))

    async def use(client: AsyncClient) -> tuple[models.ImageGenerationResponse, int]:
        result = await client.images.generate(model="openai/gpt-image-1", prompt="a red panda", n=2)
        stream = await client.images.generate(model="m", prompt="p", stream=True)
        assert isinstance(stream, AsyncEventStream)
        async with stream:
            count = len([event async for event in stream])
        return result, count

    result, count = run(server, fake, use)
    assert result.data[0].b64_json == "QUFB" and count == 2
    first, second = (json.loads(r.body) for r in server.requests)
    assert first == {"model": "openai/gpt-image-1", "prompt": "a red panda", "n": 2}
    assert second == {"model": "m", "prompt": "p", "stream": True}


def test_a_documented_error_carries_its_data(server: ScriptedServer, fake: AsyncFakeTime) -> None:
    server.enqueue(Reply.json(error_body(402, "no credits"), status=402))

    async def use(client: AsyncClient) -> None:
        await client.images.generate(request())

    with pytest.raises(errors.PaymentRequiredResponseError) as info:
        run(server, fake, use)
    assert info.value.data.error.message == "no credits"


def test_retries_wait_as_retry_after_says(server: ScriptedServer, fake: AsyncFakeTime) -> None:
    server.enqueue(Reply.json(error_body(503, "busy"), status=503, headers={"Retry-After": "3"}))
    server.enqueue(Reply.json(error_body(502, "bad"), status=502))
    server.enqueue(Reply.json(MODELS))

    async def use(client: AsyncClient) -> Any:
        return await client.images.with_raw_response.list_models()

    raw = run(server, fake, use)
    assert raw.retries == 2 and raw.status_code == 200
    assert fake.sleeps == [3.0, 1.0]  # Retry-After, then the second backoff step


def test_a_stall_times_out_and_a_post_is_not_sent_twice(
    server: ScriptedServer, fake: AsyncFakeTime
) -> None:
    server.enqueue(Reply(status=200, body=b"{}", delay=1.0))

    async def use(client: AsyncClient) -> None:
        await client.images.generate(request(), options=RequestOptions(timeout=0.2))

    with pytest.raises(APITimeoutError, match=r"timed out reading the response after 0\.2 s"):
        run(server, fake, use)
    assert len(server.requests) == 1


def test_a_reset_get_is_retried(server: ScriptedServer, fake: AsyncFakeTime) -> None:
    server.enqueue(Reply(status=200, body=b'{"data": []}', cut_after=3))
    server.enqueue(Reply.json(MODELS))

    async def use(client: AsyncClient) -> models.ImageModelsListResponse:
        return await client.images.list_models()

    assert run(server, fake, use).data == []
    assert len(server.requests) == 2


def test_a_reset_post_is_not_retried(server: ScriptedServer, fake: AsyncFakeTime) -> None:
    server.enqueue(Reply(status=200, body=b'{"created": 1, "data": []}', cut_after=3))

    async def use(client: AsyncClient) -> None:
        await client.images.generate(request())

    with pytest.raises(
        APIConnectionError, match=r"POST http://\S+/api/v1/images: the connection failed"
    ):
        run(server, fake, use)
    assert len(server.requests) == 1


def test_a_refused_connection_is_retried_then_raised(fake: AsyncFakeTime) -> None:
    with ScriptedServer() as server:
        url = server.url
    async_client = AsyncClient(
        api_key="k",
        server_url=url,
        transport=AsyncTransport(clock=fake.clock, sleep=fake.asleep, proxies={}),
    )

    async def main() -> None:
        async with async_client as client:
            await client.images.list_models()

    with pytest.raises(APIConnectionError, match=r"could not connect to 127\.0\.0\.1.*after 2"):
        asyncio.run(main())
    assert len(fake.sleeps) == 2


def test_a_bad_body_is_a_validation_error(server: ScriptedServer, fake: AsyncFakeTime) -> None:
    server.enqueue(Reply(status=200, headers={"Content-Type": "application/json"}, body=b"{oops"))

    async def use(client: AsyncClient) -> None:
        await client.images.list_models()

    with pytest.raises(ResponseValidationError, match="not JSON"):
        run(server, fake, use)


def test_a_redirect_is_not_followed(server: ScriptedServer, fake: AsyncFakeTime) -> None:
    server.enqueue(Reply(status=302, headers={"Location": server.url + "/elsewhere"}))

    async def use(client: AsyncClient) -> None:
        await client.images.list_models()

    with pytest.raises(errors.APIError) as info:
        run(server, fake, use)
    assert info.value.status_code == 302
    assert [r.path for r in server.requests] == ["/api/v1/images/models"]


def test_events_arrive_typed_until_done(server: ScriptedServer, fake: AsyncFakeTime) -> None:
    body = frame(PARTIAL) + b": comment\n\n" + frame(TEXT) + frame(COMPLETED) + b"data: [DONE]\n\n"
    server.enqueue(Reply(status=200, headers=SSE, chunks=[body[:7], body[7:60], body[60:]]))

    async def use(client: AsyncClient) -> list[Any]:
        stream = await client.images.generate(request(), stream=True)
        assert isinstance(stream, AsyncEventStream)
        async with stream:
            return [event.data async for event in stream]

    got = run(server, fake, use)
    assert [type(e).__name__ for e in got] == [
        "ImageGenPartialImageEvent",
        "ImageGenTextChunkEvent",
        "ImageGenCompletedEvent",
    ]
    assert server.requests[0].headers["accept"] == "text/event-stream"
    assert json.loads(server.requests[0].body)["stream"] is True


def test_a_cut_stream_raises_after_the_events_received(
    server: ScriptedServer, fake: AsyncFakeTime
) -> None:
    server.enqueue(
        Reply(status=200, headers=SSE, chunks=[frame(PARTIAL), frame(TEXT)], cut_after=1)
    )
    seen: list[Any] = []

    async def use(client: AsyncClient) -> None:
        stream = await client.images.generate(request(), stream=True)
        assert isinstance(stream, AsyncEventStream)
        async for event in stream:
            seen.append(event)

    with pytest.raises(StreamInterruptedError):
        run(server, fake, use)
    assert len(seen) == 1


def test_a_stalled_stream_times_out(server: ScriptedServer, fake: AsyncFakeTime) -> None:
    gate = threading.Event()
    server.enqueue(
        Reply(status=200, headers=SSE, chunks=[frame(PARTIAL), b"data: [DONE]\n\n"], hold=gate)
    )

    async def use(client: AsyncClient) -> None:
        stream = await client.images.generate(
            request(), stream=True, options=RequestOptions(timeout=0.2)
        )
        assert isinstance(stream, AsyncEventStream)
        async for _ in stream:
            pass

    try:
        with pytest.raises(APITimeoutError, match="next event"):
            run(server, fake, use)
    finally:
        gate.set()


@pytest.mark.parametrize("how", ["break", "aclose", "cancel"])
def test_a_stream_left_early_closes_its_connection(
    server: ScriptedServer, fake: AsyncFakeTime, how: str
) -> None:
    gate = threading.Event()
    server.enqueue(
        Reply(
            status=200,
            headers=SSE,
            chunks=[frame(PARTIAL), frame(TEXT), b"data: [DONE]\n\n"],
            hold=gate,
        )
    )
    got: list[Any] = []

    async def read(client: AsyncClient) -> None:
        stream = await client.images.generate(request(), stream=True)
        assert isinstance(stream, AsyncEventStream)
        async for event in stream:
            got.append(event)
            if how == "break":
                break
        if how == "aclose":
            await stream.aclose()

    async def use(client: AsyncClient) -> None:
        if how == "cancel":
            task = asyncio.create_task(read(client))
            while not got:
                await asyncio.sleep(0.01)
            task.cancel()  # waiting for the held second event
            with pytest.raises(asyncio.CancelledError):
                await task
        elif how == "aclose":
            stream = await client.images.generate(request(), stream=True)
            assert isinstance(stream, AsyncEventStream)
            got.append(await stream.__anext__())
            await stream.aclose()
        else:
            await read(client)
            gc.collect()
        assert await asyncio.to_thread(server.wait_closed) == 0  # closed before the client is

    try:
        run(server, fake, use)
    finally:
        gate.set()
    assert len(got) == 1


def test_a_plain_answer_to_a_stream_request_is_returned(
    server: ScriptedServer, fake: AsyncFakeTime
) -> None:
    server.enqueue(Reply.json({"created": 1, "data": []}))

    async def use(client: AsyncClient) -> Any:
        return await client.images.generate(request(), stream=True)

    assert isinstance(run(server, fake, use), models.ImageGenerationResponse)


class Hooks:
    """Plain and ``async def`` hook methods side by side."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def before_request(self, context: Any, prepared: Any) -> Any:
        self.calls.append(f"before {context.operation_id} {context.retries}")
        return prepared.with_header("X-Trace", "t-1")

    async def after_success(self, context: Any, response: Any) -> Any:
        await asyncio.sleep(0)
        self.calls.append(f"success {response.status}")
        return response

    async def after_error(self, context: Any, response: Any, error: Exception) -> Any:
        await asyncio.sleep(0)
        self.calls.append(f"error {response.status}")
        from openrouter_images.client import make_response

        return make_response(json.dumps(MODELS).encode(), status=200), None


def test_hooks_plain_and_async_both_run(server: ScriptedServer, fake: AsyncFakeTime) -> None:
    hooks = Hooks()
    server.enqueue(Reply.json(MODELS))
    server.enqueue(Reply.json(error_body(404, "gone"), status=404))

    async def use(client: AsyncClient) -> tuple[Any, Any]:
        first = await client.images.list_models()
        second = await client.images.list_models()  # the 404 becomes a success in the hook
        return first, second

    first, second = run(server, fake, use, hooks=[hooks])
    assert first.data == [] and second.data == []
    assert hooks.calls == [
        "before listImageModels 0",
        "success 200",
        "before listImageModels 0",
        "error 404",
    ]
    assert all(r.headers["x-trace"] == "t-1" for r in server.requests)


def test_proxies_from_the_transport_are_used(server: ScriptedServer, fake: AsyncFakeTime) -> None:
    server.enqueue(Reply.json(MODELS))
    with ForwardingProxy() as proxy:
        transport = AsyncTransport(proxies={"http": proxy.url}, sleep=fake.asleep)

        async def use(client: AsyncClient) -> Any:
            return await client.images.list_models()

        assert run(server, fake, use, transport=transport).data == []
    assert proxy.seen[0][1] == server.url + "/api/v1/images/models"


def test_proxies_are_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    monkeypatch.setenv("NO_PROXY", "internal.test")
    transport = AsyncTransport()
    assert transport.proxy_for("https://api.example.test/x") == "http://127.0.0.1:9"
    assert transport.proxy_for("https://a.internal.test/x") is None


def test_a_recording_redacts_the_key(
    server: ScriptedServer, fake: AsyncFakeTime, tmp_path: Path
) -> None:
    server.enqueue(Reply.json(MODELS))
    body = frame(PARTIAL) + b"data: [DONE]\n\n"
    server.enqueue(Reply(status=200, headers=SSE, body=body))
    har = tmp_path / "calls.har"
    transport = record_to_async(har, AsyncTransport(sleep=fake.asleep, proxies={}))

    async def use(client: AsyncClient) -> None:
        await client.images.list_models()
        stream = await client.images.generate(request(), stream=True)
        assert isinstance(stream, AsyncEventStream)
        async with stream:
            assert len([e async for e in stream]) == 1

    run(server, fake, use, transport=transport)
    text = har.read_text()
    assert "sk-test-secret" not in text
    entries = json.loads(text)["log"]["entries"]
    assert [e["response"]["status"] for e in entries] == [200, 200]
    assert entries[1]["response"]["content"]["text"] == body.decode()


def test_the_log_redacts_the_key(
    server: ScriptedServer, fake: AsyncFakeTime, caplog: pytest.LogCaptureFixture
) -> None:
    server.enqueue(Reply.json(error_body(500, "x"), status=500))
    server.enqueue(Reply.json(MODELS))

    async def use(client: AsyncClient) -> Any:
        return await client.images.list_models()

    with caplog.at_level(logging.DEBUG, logger="openrouter_images"):
        run(server, fake, use)
    text = caplog.text
    assert "sk-test-secret" not in text
    assert f"retrying GET {server.url}/api/v1/images/models in 0.50 s after status 500" in text


def test_many_concurrent_calls_share_one_client(
    server: ScriptedServer, fake: AsyncFakeTime
) -> None:
    for _ in range(20):
        server.enqueue(Reply.json(MODELS))

    async def use(client: AsyncClient) -> list[Any]:
        return list(await asyncio.gather(*(client.images.list_models() for _ in range(20))))

    assert len(run(server, fake, use)) == 20
    assert len(server.requests) == 20


def test_a_sync_transport_is_refused() -> None:
    from openrouter_images import Transport

    with pytest.raises(TypeError, match="AsyncTransport"):
        AsyncClient(api_key="k", transport=Transport())  # type: ignore[arg-type]


def test_the_sync_client_closes_a_stream_left_early(server: ScriptedServer) -> None:
    """The same count for the ``Client``: a stream left at ``break`` closes its connection."""
    from openrouter_images import Client

    gate = threading.Event()
    server.enqueue(Reply(status=200, headers=SSE, chunks=[frame(PARTIAL), frame(TEXT)], hold=gate))
    try:
        with Client(api_key="k", server_url=server.url, transport=None) as client:
            stream = client.images.generate(request(), stream=True)
            for _ in stream:  # type: ignore[union-attr]
                break
            del stream
            gc.collect()
            assert server.wait_closed() == 0
    finally:
        gate.set()
