"""SDK hooks (``Client(hooks=[...])``) against the scripted server on 127.0.0.1: what each hook
sees, what it may change, and what happens when one fails."""

from __future__ import annotations

import json
import logging
import socket
from typing import Any

import openrouter_images
import pytest
import urllib3
from openrouter_images import EventStream, RetryConfig, Transport, errors, models
from openrouter_images.client import HookContext, PreparedRequest, make_response
from openrouter_images.models import ImageGenerationRequest

from tests.runtime.conftest import FakeTime
from tests.runtime.test_operations import GENERATED, LIST_MODELS, error_body
from tests.support.server import Reply, ScriptedServer

POLICY = RetryConfig(
    max_attempts=3, initial_interval=0.5, max_interval=10.0, exponent=2.0, jitter=0.0
)


def make_client(
    server_url: str, fake_time: FakeTime, hooks: list[Any], retries: RetryConfig | None = POLICY
) -> openrouter_images.Client:
    transport = Transport(
        clock=fake_time.clock, wall_clock=fake_time.wall, sleep=fake_time.sleep, random=lambda: 0.5
    )
    return openrouter_images.Client(
        api_key="sk-test-secret",
        server_url=server_url,
        timeout=2.0,
        retries=retries,
        transport=transport,
        hooks=hooks,
    )


class AddTrace:
    """A hook with ``before_request`` only."""

    def __init__(self) -> None:
        self.seen: list[tuple[HookContext, PreparedRequest]] = []

    def before_request(self, context: HookContext, request: PreparedRequest) -> PreparedRequest:
        self.seen.append((context, request))
        return request.with_header("X-Trace", f"try-{context.retries}")


def test_before_request_adds_a_header_the_server_sees_on_every_attempt(
    server: ScriptedServer, fake_time: FakeTime
) -> None:
    server.enqueue(Reply.json(error_body(500, "busy"), status=500), Reply.json(LIST_MODELS))
    hook = AddTrace()
    with make_client(server.url + "/api/v1", fake_time, [hook]) as client:
        result = client.images.list_models()
    assert result.data[0].id == "bytedance-seed/seedream-4.5"
    assert [r.headers["x-trace"] for r in server.requests] == ["try-0", "try-1"]
    contexts = [c for c, _ in hook.seen]
    assert [c.retries for c in contexts] == [0, 1]
    assert {c.operation_id for c in contexts} == {"listImageModels"}
    assert {c.base_url for c in contexts} == {server.url + "/api/v1"}
    # The hook sees the request as it goes on the wire, credentials included, and each attempt
    # starts from the client's request (the header is not added on top of the last attempt's).
    request = hook.seen[1][1]
    assert request.method == "GET"
    assert request.url == server.url + "/api/v1/images/models"
    assert request.headers["Authorization"] == "Bearer sk-test-secret"
    assert "X-Trace" not in request.headers


def test_before_request_may_change_the_url_and_body(
    server: ScriptedServer, fake_time: FakeTime
) -> None:
    class Rewrite:
        def before_request(self, context: HookContext, request: PreparedRequest) -> PreparedRequest:
            body = json.loads(request.body or b"{}")
            body["user"] = "hooked"
            return PreparedRequest(
                request.method,
                request.url + "?via=hook",
                request.headers,
                json.dumps(body).encode(),
            )

    server.enqueue(Reply.json(GENERATED))
    with make_client(server.url, fake_time, [Rewrite()]) as client:
        client.images.generate(ImageGenerationRequest(model="m", prompt="p"))
    sent = server.requests[0]
    assert sent.query == "via=hook"
    assert json.loads(sent.body) == {"model": "m", "prompt": "p", "user": "hooked"}


def test_after_success_rewrites_the_body_before_decoding(
    server: ScriptedServer, fake_time: FakeTime
) -> None:
    class Rename:
        def __init__(self) -> None:
            self.contexts: list[HookContext] = []

        def after_success(
            self, context: HookContext, response: urllib3.BaseHTTPResponse
        ) -> urllib3.BaseHTTPResponse:
            self.contexts.append(context)
            body = json.loads(response.data)
            body["data"][0]["name"] = "Renamed by a hook"
            return make_response(
                json.dumps(body).encode(), status=response.status, headers=response.headers
            )

    server.enqueue(Reply.json(error_body(502, "down"), status=502), Reply.json(LIST_MODELS))
    hook = Rename()
    with make_client(server.url, fake_time, [hook]) as client:
        raw = client.images.with_raw_response.list_models()
    assert raw.data.data[0].name == "Renamed by a hook"
    assert raw.status_code == 200
    # Once per call, on the final response, told how many retries came before it.
    assert [(c.operation_id, c.retries) for c in hook.contexts] == [("listImageModels", 1)]


class Replace:
    """Turns the typed 402 into an error of the caller's own."""

    class OutOfCredits(Exception):
        pass

    def __init__(self) -> None:
        self.seen: list[tuple[HookContext, urllib3.BaseHTTPResponse | None, Exception]] = []

    def after_error(
        self,
        context: HookContext,
        response: urllib3.BaseHTTPResponse | None,
        error: Exception,
    ) -> tuple[urllib3.BaseHTTPResponse | None, Exception | None]:
        self.seen.append((context, response, error))
        if isinstance(error, errors.PaymentRequiredResponseError):
            return None, self.OutOfCredits(f"top up: {error.data.error.message}")
        return response, error


def test_after_error_replaces_the_error(server: ScriptedServer, fake_time: FakeTime) -> None:
    server.enqueue(Reply.json(error_body(402, "no credits"), status=402))
    hook = Replace()
    with make_client(server.url, fake_time, [hook]) as client:
        with pytest.raises(Replace.OutOfCredits, match="top up: no credits") as info:
            client.images.generate(ImageGenerationRequest(model="m", prompt="p"))
    context, response, error = hook.seen[0]
    assert context.operation_id == "createImages"
    assert response is not None and response.status == 402
    # The hook saw the error the caller would have got, typed data included; it is chained.
    assert isinstance(error, errors.PaymentRequiredResponseError)
    assert isinstance(error.data, models.PaymentRequiredResponse)
    assert info.value.__cause__ is error


def test_after_error_returning_the_error_keeps_it(
    server: ScriptedServer, fake_time: FakeTime
) -> None:
    server.enqueue(Reply.json(error_body(404, "gone"), status=404))
    hook = Replace()
    with make_client(server.url, fake_time, [hook]) as client:
        with pytest.raises(errors.NotFoundResponseError) as info:
            client.images.list_model_endpoints(author="a", slug="b")
    assert info.value is hook.seen[0][2]
    assert info.value.__cause__ is None


class Fallback:
    """Answers a failed list_models with a cached body."""

    def __init__(self) -> None:
        self.seen: list[tuple[HookContext, urllib3.BaseHTTPResponse | None, Exception]] = []

    def after_error(
        self,
        context: HookContext,
        response: urllib3.BaseHTTPResponse | None,
        error: Exception,
    ) -> tuple[urllib3.BaseHTTPResponse | None, Exception | None]:
        self.seen.append((context, response, error))
        body = json.dumps(LIST_MODELS).encode()
        return make_response(body, headers={"Content-Type": "application/json"}), None


def test_after_error_turns_an_error_status_into_a_success(
    server: ScriptedServer, fake_time: FakeTime
) -> None:
    server.enqueue(Reply.json(error_body(503, "down"), status=503))
    hook = Fallback()
    with make_client(server.url, fake_time, [hook], retries=None) as client:
        raw = client.images.with_raw_response.list_models()
    assert raw.data.data[0].id == "bytedance-seed/seedream-4.5"
    assert raw.status_code == 200
    assert isinstance(hook.seen[0][2], errors.ServiceUnavailableStatusError)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_after_error_sees_connection_errors_without_a_response(fake_time: FakeTime) -> None:
    hook = Fallback()
    url = f"http://127.0.0.1:{_closed_port()}"
    with make_client(url, fake_time, [hook]) as client:
        result = client.images.list_models()
    assert result.data[0].name == "Seedream 4.5"
    context, response, error = hook.seen[0]
    assert response is None
    assert isinstance(error, errors.APIConnectionError)
    # Called once, after the retry policy gave up (three attempts).
    assert len(hook.seen) == 1 and context.retries == 2 == error.retries


def test_connection_error_stands_when_the_hook_keeps_it(fake_time: FakeTime) -> None:
    hook = Replace()
    with make_client(f"http://127.0.0.1:{_closed_port()}", fake_time, [hook], None) as client:
        with pytest.raises(errors.APIConnectionError) as info:
            client.images.list_models()
    assert info.value is hook.seen[0][2]


def test_after_error_can_answer_a_stream_call(server: ScriptedServer, fake_time: FakeTime) -> None:
    class PlainAnswer:
        def after_error(
            self,
            context: HookContext,
            response: urllib3.BaseHTTPResponse | None,
            error: Exception,
        ) -> tuple[urllib3.BaseHTTPResponse | None, Exception | None]:
            body = json.dumps(GENERATED).encode()
            return make_response(body, headers={"Content-Type": "application/json"}), None

    server.enqueue(Reply.json(error_body(400, "no streaming"), status=400))
    with make_client(server.url, fake_time, [PlainAnswer()]) as client:
        result = client.images.generate(ImageGenerationRequest(model="m", prompt="p"), stream=True)
    assert not isinstance(result, EventStream)
    assert result.data[0].b64_json == "aGVsbG8="


def test_on_init_is_called_once_with_the_client(
    server: ScriptedServer, fake_time: FakeTime
) -> None:
    class Init:
        def __init__(self) -> None:
            self.clients: list[Any] = []

        def on_init(self, client: openrouter_images.Client) -> None:
            self.clients.append(client)
            client.headers["X-Team"] = "imaging"

    hook = Init()
    server.enqueue(Reply.json(LIST_MODELS), Reply.json(LIST_MODELS))
    with make_client(server.url, fake_time, [hook]) as client:
        client.images.list_models()
        client.images.list_models()
    assert hook.clients == [client]
    assert client.images is not None
    assert [r.headers["x-team"] for r in server.requests] == ["imaging", "imaging"]


def test_hooks_with_some_methods_run_in_order(server: ScriptedServer, fake_time: FakeTime) -> None:
    calls: list[str] = []

    class First:
        def before_request(self, context: HookContext, request: PreparedRequest) -> PreparedRequest:
            calls.append("First.before_request")
            return request.with_header("X-Order", "first")

    class Second:
        def before_request(self, context: HookContext, request: PreparedRequest) -> PreparedRequest:
            calls.append("Second.before_request")
            return request.with_header("x-order", request.headers["X-Order"] + ",second")

        def after_success(
            self, context: HookContext, response: urllib3.BaseHTTPResponse
        ) -> urllib3.BaseHTTPResponse:
            calls.append("Second.after_success")
            return response

    class OnlyErrors:
        def after_error(
            self,
            context: HookContext,
            response: urllib3.BaseHTTPResponse | None,
            error: Exception,
        ) -> tuple[urllib3.BaseHTTPResponse | None, Exception | None]:
            calls.append("OnlyErrors.after_error")
            return response, error

    server.enqueue(Reply.json(LIST_MODELS))
    with make_client(server.url, fake_time, [First(), OnlyErrors(), Second()]) as client:
        client.images.list_models()
    assert calls == ["First.before_request", "Second.before_request", "Second.after_success"]
    assert server.requests[0].headers["x-order"] == "first,second"


def test_an_exception_in_a_hook_propagates_naming_the_hook(
    server: ScriptedServer, fake_time: FakeTime
) -> None:
    class Broken:
        def before_request(self, context: HookContext, request: PreparedRequest) -> PreparedRequest:
            raise ValueError("no trace id available")

    with make_client(server.url, fake_time, [Broken()]) as client:
        with pytest.raises(ValueError, match="no trace id available") as info:
            client.images.list_models()
    assert info.value.__notes__ == ["raised in hook Broken.before_request during listImageModels"]
    assert server.requests == []


def test_an_exception_in_after_success_propagates(
    server: ScriptedServer, fake_time: FakeTime
) -> None:
    class Validate:
        def after_success(
            self, context: HookContext, response: urllib3.BaseHTTPResponse
        ) -> urllib3.BaseHTTPResponse:
            raise RuntimeError("unexpected body")

    server.enqueue(Reply.json(LIST_MODELS))
    with make_client(server.url, fake_time, [Validate()]) as client:
        with pytest.raises(RuntimeError) as info:
            client.images.list_models()
    assert "Validate.after_success" in info.value.__notes__[0]


def test_a_hook_returning_the_wrong_thing_is_named(
    server: ScriptedServer, fake_time: FakeTime
) -> None:
    class Forgetful:
        def before_request(self, context: HookContext, request: PreparedRequest) -> None:
            request.with_header("X-Lost", "1")

    with make_client(server.url, fake_time, [Forgetful()]) as client:
        with pytest.raises(TypeError, match=r"hook Forgetful\.before_request returned NoneType"):
            client.images.list_models()


def test_an_object_with_no_hook_method_is_refused(fake_time: FakeTime) -> None:
    class Typo:
        def before_requests(self) -> None: ...

    with pytest.raises(TypeError, match=r"hooks\[1\] \(Typo\) has none of the hook methods"):
        make_client("http://127.0.0.1:9", fake_time, [AddTrace(), Typo()])


def test_hook_calls_are_logged_at_debug(
    server: ScriptedServer, fake_time: FakeTime, caplog: pytest.LogCaptureFixture
) -> None:
    server.enqueue(Reply.json(LIST_MODELS))
    with caplog.at_level(logging.DEBUG, logger="openrouter_images"):
        with make_client(server.url, fake_time, [AddTrace()]) as client:
            client.images.list_models()
    assert "hook AddTrace.before_request (listImageModels, retry 0)" in caplog.messages
    assert "sk-test-secret" not in caplog.text


def test_no_hooks_is_the_default(client: openrouter_images.Client, server: ScriptedServer) -> None:
    server.enqueue(Reply.json(LIST_MODELS))
    assert client.images.list_models().data[0].id == "bytedance-seed/seedream-4.5"
    assert "x-trace" not in server.requests[0].headers
