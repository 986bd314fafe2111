"""Errors by status across the client, arguments checked on construction, credentials from
the environment, raw responses, logging with redaction and proxies, against 127.0.0.1."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from openrouter_images import (
    USER_AGENT,
    Client,
    MissingCredentialError,
    RequestOptions,
    RetryConfig,
    Transport,
    __version__,
    errors,
)
from openrouter_images.models import ImageGenerationRequest

from tests.runtime.test_operations import LIST_MODELS, error_body
from tests.support.proxy import ForwardingProxy
from tests.support.server import Reply, ScriptedServer

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "golden" / "errors" / "expected"))

import errors as errors_case  # the `errors` golden package

SECRET = "sk-test-secret"


# --- errors by status --------------------------------------------------------------------


def test_a_401_is_one_class_whatever_the_operation(client: Client, server: ScriptedServer) -> None:
    server.enqueue(Reply.json(error_body(401, "who are you"), status=401))
    server.enqueue(Reply.json(error_body(401, "who are you"), status=401))
    caught = []
    for call in (
        client.images.list_models,  # does not document 401
        lambda: client.images.generate(ImageGenerationRequest(model="m", prompt="p")),
    ):
        try:
            call()
        except errors.UnauthorizedStatusError as exc:
            caught.append(exc)
    assert [type(e).__name__ for e in caught] == [
        "UnauthorizedStatusError",
        "UnauthorizedResponseError",
    ]
    # The documented class keeps its typed data, and is a 401 class like the other.
    assert isinstance(caught[1], errors.UnauthorizedResponseError)
    assert caught[1].data.error.message == "who are you"
    assert all(isinstance(e, errors.ClientStatusError) for e in caught)
    assert errors.status_error(401) is errors.UnauthorizedStatusError


def test_errors_carry_request_id_headers_and_body(client: Client, server: ScriptedServer) -> None:
    server.enqueue(
        Reply.json(error_body(404, "gone"), status=404, headers={"X-Request-Id": "req-42"})
    )
    with pytest.raises(errors.NotFoundStatusError) as info:
        client.images.list_model_endpoints(author="a", slug="b")
    exc = info.value
    assert isinstance(exc, errors.NotFoundResponseError)
    assert exc.request_id == "req-42" and exc.headers["x-request-id"] == "req-42"
    assert exc.status_code == 404 and b"gone" in exc.body and exc.retries == 0
    assert "req-42" in repr(exc) and SECRET not in repr(exc)


def test_a_range_class_is_also_the_status_class(server: ScriptedServer) -> None:
    server.enqueue(Reply.json({"message": "bad"}, status=422))
    with errors_case.Client(token="t", server_url=server.url, retries=None) as c:
        with pytest.raises(errors_case.ClientProblemError) as info:  # the operation's 4XX class
            c.things.delete_thing(id=1)
    assert isinstance(info.value, errors_case.errors.UnprocessableEntityStatusError)
    assert info.value.data.message == "bad"
    assert type(info.value).__name__ == "ClientProblemError"


def test_a_misfit_error_body_chains_the_decoding_error(
    client: Client, server: ScriptedServer
) -> None:
    server.enqueue(Reply.json({"error": {"code": "x"}}, status=500))
    with pytest.raises(errors.InternalServerStatusError) as info:
        client.images.list_models(options=RequestOptions(retries=None))
    assert info.value.data is None
    assert info.value.__cause__ is not None
    assert "at $.error.code: ValueError" in str(info.value)


# --- fail early ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"retries": 3}, TypeError),
        ({"timeout": "30"}, TypeError),
        ({"timeout": -1}, ValueError),
        ({"server_url": "openrouter.ai/api/v1"}, ValueError),
        ({"api_key": 123}, TypeError),
        ({"headers": {"X-N": 1}}, TypeError),
        ({"transport": object()}, TypeError),
    ],
)
def test_client_checks_its_arguments(kwargs: dict[str, object], error: type[Exception]) -> None:
    with pytest.raises(error):
        Client(**kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("make", "error"),
    [
        (lambda: RequestOptions(timeout="5"), TypeError),
        (lambda: RequestOptions(retries=2), TypeError),
        (lambda: RequestOptions(server_url=5), TypeError),
        (lambda: RetryConfig(max_attempts="3"), TypeError),
        (lambda: RetryConfig(max_attempts=0), ValueError),
        (lambda: RetryConfig(jitter=2), ValueError),
        (lambda: RetryConfig(status_codes="5XX"), TypeError),
        (lambda: RetryConfig(status_codes=("five hundred",)), ValueError),
        (lambda: RetryConfig(retry_connection_errors="yes"), TypeError),
    ],
)
def test_options_and_policy_check_their_arguments(make: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        make()  # type: ignore[operator]


def test_api_key_from_the_environment(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENROUTER_API_KEY", "sk-from-env")
    server.enqueue(Reply.json(LIST_MODELS), Reply.json(LIST_MODELS))
    with Client(server_url=server.url) as c:
        c.images.list_models()
    with Client(api_key="", server_url=server.url) as c:  # empty counts as not given
        c.images.list_models()
    assert [r.headers["authorization"] for r in server.requests] == ["Bearer sk-from-env"] * 2


def test_empty_key_and_empty_environment_fail_before_sending(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENROUTER_API_KEY", "")
    with Client(api_key="", server_url=server.url) as c:
        with pytest.raises(MissingCredentialError) as info:
            c.images.generate(ImageGenerationRequest(model="m", prompt="p"))
    assert "api_key=" in str(info.value) and "OPENROUTER_API_KEY" in str(info.value)
    assert server.requests == []


def test_an_operation_without_security_needs_no_credential(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    sys.path.insert(
        0, str(Path(__file__).resolve().parents[1] / "golden" / "idempotency" / "expected")
    )
    import idempotency

    monkeypatch.delenv("IDEMPOTENCY_API_KEY", raising=False)
    server.enqueue(Reply.json({"ok": True}))
    with idempotency.Client(server_url=server.url) as c:
        assert c.status.get_status().ok is True
    assert "x-api-key" not in server.requests[0].headers


# --- see what happened -------------------------------------------------------------------


def test_raw_response(client: Client, server: ScriptedServer) -> None:
    server.enqueue(Reply.json(error_body(502, "x"), status=502))
    server.enqueue(Reply.json(LIST_MODELS, headers={"X-Request-Id": "req-7", "X-Extra": "1"}))
    raw = client.images.with_raw_response.list_models()
    assert raw.status_code == 200
    assert raw.headers["x-extra"] == "1"
    assert raw.request_id == "req-7"
    assert raw.retries == 1
    assert raw.data.data[0].name == "Seedream 4.5"


def test_version_and_user_agent(client: Client, server: ScriptedServer) -> None:
    server.enqueue(Reply.json(LIST_MODELS))
    client.images.list_models()
    agent = server.requests[0].headers["user-agent"]
    assert agent == USER_AGENT
    assert agent.startswith(f"openrouter-images/{__version__} openapi-attrs-generator/")
    assert " python/3." in agent


def test_debug_log_redacts_credentials(
    client: Client, server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.enqueue(Reply.json(error_body(500, "x"), status=500), Reply.json(LIST_MODELS))
    with caplog.at_level(logging.DEBUG, logger="openrouter_images"):
        client.images.list_models()
    text = "\n".join(r.getMessage() for r in caplog.records)
    ours = [r for r in caplog.records if r.name == "openrouter_images"]
    assert len(ours) == 5  # request, response 500, retry decision, request, response 200
    url = server.url + "/api/v1/images/models"
    assert f"request GET {url} (attempt 1)" in text
    assert f"retrying GET {url} in 0.50 s after status 500 (retry 1)" in text
    assert f"response GET {url}: 200" in text
    assert "'Authorization': '<redacted>'" in text
    assert SECRET not in text
    assert SECRET not in repr(client)


def test_log_says_why_a_post_is_not_retried(
    client: Client, server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.enqueue(
        Reply(status=200, headers={"Content-Type": "application/json"}, body=b"{}", delay=1.0)
    )
    with caplog.at_level(logging.DEBUG, logger="openrouter_images"):
        with pytest.raises(errors.APITimeoutError):
            client.images.generate(
                ImageGenerationRequest(model="m", prompt="p"), options=RequestOptions(timeout=0.1)
            )
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert f"not retrying POST {server.url}/api/v1/images after a read timeout" in text
    assert "no idempotency key" in text


def test_requests_go_through_the_proxy_the_environment_names(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    with ForwardingProxy() as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        server.enqueue(Reply.json(LIST_MODELS))
        with Client(api_key=SECRET, server_url=server.url + "/api/v1") as c:
            assert c.images.list_models().data[0].name == "Seedream 4.5"
    assert len(proxy.seen) == 1
    method, target, headers = proxy.seen[0]
    assert (method, target) == ("GET", server.url + "/api/v1/images/models")
    assert headers["authorization"] == f"Bearer {SECRET}"
    assert server.requests[0].path == "/api/v1/images/models"


def test_no_proxy_reaches_the_server_directly(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    with ForwardingProxy() as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        monkeypatch.setenv("NO_PROXY", "example.com,127.0.0.1")
        server.enqueue(Reply.json(LIST_MODELS))
        with Client(api_key=SECRET, server_url=server.url) as c:
            c.images.list_models()
    assert proxy.seen == [] and len(server.requests) == 1


def test_transport_proxies_can_ignore_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    assert Transport().proxies.get("https") == "http://127.0.0.1:9"
    assert Transport(proxies={}).pool_for("https://x.test/") is not None


def test_options_repr_and_logs_hide_secret_headers(
    client: Client, server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    options = RequestOptions(extra_headers={"X-Api-Key": "hidden-1", "X-Trace": "visible"})
    assert "hidden-1" not in repr(options) and "visible" in repr(options)
    server.enqueue(Reply.json(LIST_MODELS))
    with caplog.at_level(logging.DEBUG, logger="openrouter_images"):
        client.images.list_models(options=options)
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "hidden-1" not in text and SECRET not in text and "'X-Trace': 'visible'" in text
    assert server.requests[0].headers["x-api-key"] == "hidden-1"  # sent, only not shown
