"""Retries (with an injected clock: nothing sleeps for real) and timeouts, against 127.0.0.1."""

from __future__ import annotations

import socket

import pytest
from openrouter_images import (
    APIConnectionError,
    APITimeoutError,
    Client,
    RequestOptions,
    RetryConfig,
    Transport,
    errors,
)
from openrouter_images.models import ImageGenerationRequest

from tests.runtime.conftest import FakeTime
from tests.runtime.test_operations import LIST_MODELS, error_body
from tests.support.server import Reply, ScriptedServer


def test_retries_5xx_then_succeeds(
    client: Client, server: ScriptedServer, fake_time: FakeTime
) -> None:
    server.enqueue(Reply.json(error_body(502, "upstream"), status=502))
    server.enqueue(Reply.json(error_body(500, "oops"), status=500))
    server.enqueue(Reply.json(LIST_MODELS))
    result = client.images.list_models()
    assert result.data[0].name == "Seedream 4.5"
    assert len(server.requests) == 3
    assert fake_time.sleeps == [0.5, 1.0]  # initial 0.5 s, exponent 2, no jitter


def test_gives_up_after_max_attempts(
    client: Client, server: ScriptedServer, fake_time: FakeTime
) -> None:
    for _ in range(3):
        server.enqueue(Reply.json(error_body(500, "still down"), status=500))
    with pytest.raises(errors.InternalServerResponseError) as info:
        client.images.list_models()
    assert info.value.data.error.message == "still down"
    assert len(server.requests) == 3
    assert len(fake_time.sleeps) == 2


def test_4xx_is_not_retried(client: Client, server: ScriptedServer) -> None:
    server.enqueue(Reply.json(error_body(404, "nope"), status=404))
    with pytest.raises(errors.NotFoundResponseError):
        client.images.list_model_endpoints(author="a", slug="b")
    assert len(server.requests) == 1


def test_429_with_retry_after_is_honoured(
    client: Client, server: ScriptedServer, fake_time: FakeTime
) -> None:
    server.enqueue(
        Reply.json(error_body(429, "slow down"), status=429, headers={"Retry-After": "3"})
    )
    server.enqueue(Reply.json(LIST_MODELS))
    client.images.list_models()
    assert len(server.requests) == 2
    assert fake_time.sleeps == [3.0]


def test_retry_after_http_date(client: Client, server: ScriptedServer, fake_time: FakeTime) -> None:
    # The fake wall clock stands at 1_700_001_000 (Tue, 14 Nov 2023 22:30:00 GMT).
    server.enqueue(
        Reply.json(
            error_body(503, "x"),
            status=503,
            headers={"Retry-After": "Tue, 14 Nov 2023 22:30:05 GMT"},
        )
    )
    server.enqueue(Reply.json(LIST_MODELS))
    client.images.list_models()
    assert fake_time.sleeps == [5.0]


def test_429_without_retry_after_is_not_retried(client: Client, server: ScriptedServer) -> None:
    server.enqueue(Reply.json(error_body(429, "slow down"), status=429))
    with pytest.raises(errors.TooManyRequestsResponseError):
        client.images.generate(ImageGenerationRequest(model="m", prompt="p"))
    assert len(server.requests) == 1


def test_retries_disabled_per_call(client: Client, server: ScriptedServer) -> None:
    server.enqueue(Reply.json(error_body(500, "x"), status=500))
    with pytest.raises(errors.InternalServerResponseError):
        client.images.list_models(options=RequestOptions(retries=None))
    assert len(server.requests) == 1


def test_per_call_retry_policy(client: Client, server: ScriptedServer, fake_time: FakeTime) -> None:
    for _ in range(4):
        server.enqueue(Reply.json(error_body(500, "x"), status=500))
    server.enqueue(Reply.json(LIST_MODELS))
    policy = RetryConfig(max_attempts=5, initial_interval=0.1, exponent=1.0, jitter=0.0)
    client.images.list_models(options=RequestOptions(retries=policy))
    assert fake_time.sleeps == [0.1, 0.1, 0.1, 0.1]


def test_read_timeout(server: ScriptedServer) -> None:
    server.enqueue(Reply(status=200, body=b"{}", delay=0.5))
    with (
        Client(api_key="k", server_url=server.url, timeout=0.1, retries=None) as c,
        pytest.raises(APITimeoutError),
    ):
        c.images.list_models()


def test_timeout_per_call(client: Client, server: ScriptedServer) -> None:
    server.enqueue(Reply(status=200, body=b"{}", delay=0.5))
    with pytest.raises(APITimeoutError):
        client.images.list_models(options=RequestOptions(timeout=0.1, retries=None))


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_connection_errors_are_retried_then_raised(fake_time: FakeTime) -> None:
    transport = Transport(clock=fake_time.clock, sleep=fake_time.sleep, random=lambda: 0.5)
    policy = RetryConfig(max_attempts=3, initial_interval=0.2, exponent=2.0, jitter=0.0)
    with Client(
        api_key="k",
        server_url=f"http://127.0.0.1:{_closed_port()}",
        retries=policy,
        transport=transport,
    ) as c:
        with pytest.raises(APIConnectionError) as info:
            c.images.list_models()
    assert fake_time.sleeps == [0.2, 0.4]
    assert "sk-" not in str(info.value)


def test_connection_error_not_retried_when_policy_says_so(fake_time: FakeTime) -> None:
    transport = Transport(clock=fake_time.clock, sleep=fake_time.sleep)
    policy = RetryConfig(retry_connection_errors=False)
    with Client(
        api_key="k",
        server_url=f"http://127.0.0.1:{_closed_port()}",
        retries=policy,
        transport=transport,
    ) as c:
        with pytest.raises(APIConnectionError):
            c.images.list_models()
    assert fake_time.sleeps == []
