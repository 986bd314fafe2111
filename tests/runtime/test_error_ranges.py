"""Status ranges, ``default`` and per-operation retry policies, with the `errors` golden package
against a local server."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "golden" / "errors" / "expected"))

from errors import (
    APIError,
    Client,
    ClientProblemError,
    ConflictError,
    MovedError,
    NotFoundProblemError,
    NotModifiedError,
    ProblemError,
    RetryConfig,
    ServerError,
    Transport,
)
from errors.models import Conflict, Moved, Problem

from tests.runtime.conftest import FakeTime
from tests.support.server import Reply, ScriptedServer


@pytest.fixture
def api(server: ScriptedServer, fake_time: FakeTime) -> Iterator[Client]:
    transport = Transport(clock=fake_time.clock, sleep=fake_time.sleep, random=lambda: 0.5)
    with Client(token="t0k", server_url=server.url, transport=transport) as c:
        yield c


def test_no_content_and_api_key_header(api: Client, server: ScriptedServer) -> None:
    server.enqueue(Reply(status=204))
    assert api.things.delete_thing(id=7) is None
    assert server.requests[0].headers["x-token"] == "t0k"
    assert server.requests[0].path == "/things/7"


@pytest.mark.parametrize(
    ("status", "body", "cls", "model"),
    [
        (404, {"message": "gone"}, NotFoundProblemError, Problem),
        (409, {"message": "busy", "holder": "job-1"}, ConflictError, Conflict),
        (422, {"message": "bad"}, ClientProblemError, Problem),
        (302, {"message": "moved"}, ProblemError, Problem),
    ],
)
def test_exact_range_and_default(
    api: Client,
    server: ScriptedServer,
    status: int,
    body: dict[str, str],
    cls: type[APIError],
    model: type,
) -> None:
    server.enqueue(Reply.json(body, status=status))
    with pytest.raises(cls) as info:
        api.things.delete_thing(id=1)
    assert info.value.status_code == status
    assert isinstance(info.value.data, model)


def test_a_documented_redirect_is_raised_with_its_body_and_location(
    api: Client, server: ScriptedServer
) -> None:
    """The client follows no redirect: a documented 3XX is its own error class, with the
    documented body decoded and the Location header kept; a bodiless 304 has its class too."""
    server.enqueue(
        Reply.json({"location": "/things/8"}, status=303, headers=[("Location", "/things/8")])
    )
    with pytest.raises(MovedError) as info:
        api.things.delete_thing(id=1)
    assert info.value.status_code == 303
    assert info.value.data == Moved(location="/things/8")
    assert info.value.headers["location"] == "/things/8"
    assert len(server.requests) == 1  # not followed
    server.enqueue(Reply(status=304))
    with pytest.raises(NotModifiedError) as not_modified:
        api.things.delete_thing(id=1)
    assert not_modified.value.status_code == 304 and not_modified.value.data is None


def test_range_without_schema(api: Client, server: ScriptedServer, fake_time: FakeTime) -> None:
    server.enqueue(Reply(status=500, body=b"oops"))
    with pytest.raises(ServerError) as info:
        api.things.delete_thing(id=1)
    assert info.value.body == b"oops" and info.value.data is None
    assert fake_time.sleeps == []  # the operation's own policy retries 503 and 429 only


def test_operation_retry_policy_applies(
    api: Client, server: ScriptedServer, fake_time: FakeTime
) -> None:
    server.enqueue(Reply(status=503))
    server.enqueue(Reply(status=503))
    server.enqueue(Reply(status=204))
    assert api.things.delete_thing(id=1) is None
    assert fake_time.sleeps == [0.1, 0.2]  # initialInterval 100 ms, exponent 2, jitter 25% at 0.5


def test_client_policy_overrides_the_operation_policy(
    server: ScriptedServer, fake_time: FakeTime
) -> None:
    transport = Transport(clock=fake_time.clock, sleep=fake_time.sleep, random=lambda: 0.5)
    with Client(
        token="t", server_url=server.url, retries=RetryConfig(max_attempts=1), transport=transport
    ) as c:
        server.enqueue(Reply(status=503))
        with pytest.raises(ServerError):
            c.things.delete_thing(id=1)
    assert fake_time.sleeps == [] and len(server.requests) == 1
