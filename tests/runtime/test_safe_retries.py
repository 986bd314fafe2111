"""Safe retries against 127.0.0.1: what is sent again after a failure, and what never is.

A read timeout or a connection cut after the request was sent may mean the server did the
(paid) work: a GET is tried again, a POST is not, unless it carries an idempotency key, which
the client then makes once per call and sends on every attempt (the `idempotency` golden case).
"""

from __future__ import annotations

import socket
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from openrouter_images import APIConnectionError, APITimeoutError, Client, RequestOptions
from openrouter_images.models import ImageGenerationRequest

from tests.runtime.conftest import FakeTime
from tests.runtime.test_operations import LIST_MODELS
from tests.support.server import Reply, ScriptedServer

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "golden" / "idempotency" / "expected"))

import idempotency
from idempotency.models import JobRequest

SHORT = RequestOptions(timeout=0.1)
JOB_SHORT = idempotency.RequestOptions(timeout=0.1)
SLOW = 1.0  # seconds the server waits before the body: well past SHORT's timeout


def _slow(status: int = 200, body: bytes = b"{}") -> Reply:
    return Reply(status=status, headers={"Content-Type": "application/json"}, body=body, delay=SLOW)


def _cut() -> Reply:
    # The head and 5 bytes of a body announced longer, then the connection closes.
    return Reply(
        status=200, headers={"Content-Type": "application/json"}, body=b'{"id": "x"}', cut_after=5
    )


@pytest.fixture
def jobs(server: ScriptedServer, fake_time: FakeTime) -> Iterator[idempotency.Client]:
    transport = idempotency.Transport(
        clock=fake_time.clock, sleep=fake_time.sleep, random=lambda: 0.5, proxies={}
    )
    policy = idempotency.RetryConfig(max_attempts=3, initial_interval=0.5, exponent=2.0, jitter=0.0)
    with idempotency.Client(
        api_key="job-secret", server_url=server.url, retries=policy, transport=transport
    ) as c:
        yield c


def test_get_is_sent_three_times_after_read_timeouts(
    client: Client, server: ScriptedServer, fake_time: FakeTime
) -> None:
    server.enqueue(_slow(), _slow(), _slow())
    with pytest.raises(APITimeoutError) as info:
        client.images.list_models(options=SHORT)
    assert len(server.requests) == 3
    assert fake_time.sleeps == [0.5, 1.0]
    assert info.value.retries == 2
    assert "timed out reading the response after 0.1 s (after 2 retries)" in str(info.value)


def test_get_succeeds_after_one_read_timeout(client: Client, server: ScriptedServer) -> None:
    server.enqueue(_slow(), Reply.json(LIST_MODELS))
    raw = client.images.with_raw_response.list_models(options=SHORT)
    assert raw.data.data[0].name == "Seedream 4.5"
    assert raw.retries == 1 and len(server.requests) == 2


def test_post_is_sent_once_after_a_read_timeout(
    client: Client, server: ScriptedServer, fake_time: FakeTime
) -> None:
    server.enqueue(_slow(), _slow(), _slow())
    with pytest.raises(APITimeoutError) as info:
        client.images.generate(ImageGenerationRequest(model="m", prompt="p"), options=SHORT)
    assert len(server.requests) == 1
    assert fake_time.sleeps == []
    assert info.value.retries == 0


def test_post_is_sent_once_after_a_cut_connection(client: Client, server: ScriptedServer) -> None:
    server.enqueue(_cut(), _cut())
    with pytest.raises(APIConnectionError) as info:
        client.images.generate(ImageGenerationRequest(model="m", prompt="p"))
    assert len(server.requests) == 1
    assert not isinstance(info.value, APITimeoutError)


def test_get_is_retried_after_a_cut_connection(client: Client, server: ScriptedServer) -> None:
    server.enqueue(_cut(), Reply.json(LIST_MODELS))
    assert client.images.list_models().data[0].name == "Seedream 4.5"
    assert len(server.requests) == 2


def test_post_with_an_idempotency_key_is_retried_with_the_same_key(
    jobs: idempotency.Client, server: ScriptedServer
) -> None:
    server.enqueue(_slow(201), _slow(201), Reply.json({"id": "job-1"}, status=201))
    job = jobs.jobs.create_job(JobRequest(prompt="p"), options=JOB_SHORT)
    assert job.id == "job-1"
    keys = [r.headers.get("idempotency-key") for r in server.requests]
    assert len(keys) == 3 and keys[0] and len(set(keys)) == 1


def test_each_call_gets_its_own_idempotency_key(
    jobs: idempotency.Client, server: ScriptedServer
) -> None:
    server.enqueue(Reply.json({"id": "a"}, status=201), Reply.json({"id": "b"}, status=201))
    jobs.jobs.create_job(JobRequest(prompt="p"))
    jobs.jobs.create_job(JobRequest(prompt="p"))
    first, second = (r.headers["idempotency-key"] for r in server.requests)
    assert first != second


def test_a_key_the_caller_gives_is_sent_on_every_attempt(
    jobs: idempotency.Client, server: ScriptedServer
) -> None:
    server.enqueue(_cut(), Reply.json({"id": "a"}, status=201))
    jobs.jobs.create_job(JobRequest(prompt="p"), idempotency_key="mine-1")
    assert [r.headers["idempotency-key"] for r in server.requests] == ["mine-1", "mine-1"]


def test_post_without_a_key_in_the_same_client_is_not_retried(
    jobs: idempotency.Client, server: ScriptedServer
) -> None:
    server.enqueue(_slow(201), Reply.json({"id": "a"}, status=201))
    with pytest.raises(idempotency.APITimeoutError):
        jobs.charges.create_charge(JobRequest(prompt="p"), options=JOB_SHORT)
    assert len(server.requests) == 1
    assert "idempotency-key" not in server.requests[0].headers


def test_retryable_status_on_post_is_retried(
    client: Client, server: ScriptedServer, fake_time: FakeTime
) -> None:
    # The server answered: it says the work was not done, so asking again is what it wants.
    server.enqueue(Reply.json({"error": {"code": 503, "message": "busy"}}, status=503))
    server.enqueue(Reply.json({"created": 1, "data": []}))
    client.images.generate(ImageGenerationRequest(model="m", prompt="p"))
    assert len(server.requests) == 2


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_post_is_retried_when_the_connection_was_refused(fake_time: FakeTime) -> None:
    # Nothing was sent: trying again cannot do the work twice.
    transport = idempotency.Transport(clock=fake_time.clock, sleep=fake_time.sleep, proxies={})
    policy = idempotency.RetryConfig(max_attempts=3, initial_interval=0.2, exponent=2.0, jitter=0.0)
    with idempotency.Client(
        api_key="k",
        server_url=f"http://127.0.0.1:{_closed_port()}",
        retries=policy,
        transport=transport,
    ) as c:
        with pytest.raises(idempotency.APIConnectionError) as info:
            c.charges.create_charge(JobRequest(prompt="p"))
    assert fake_time.sleeps == [0.2, 0.4]
    assert info.value.retries == 2
    assert "could not connect to 127.0.0.1" in str(info.value)
    assert "refused" in str(info.value).lower()
