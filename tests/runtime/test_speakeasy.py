"""The Speakeasy extensions at run time: the golden case ``speakeasy`` (its committed output)
called against the scripted server on 127.0.0.1."""

from __future__ import annotations

import json
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.server import Reply, ScriptedServer

CASE = Path(__file__).resolve().parents[1] / "golden" / "speakeasy" / "expected"
if str(CASE) not in sys.path:
    sys.path.insert(0, str(CASE))

import speakeasy  # noqa: E402
from speakeasy import models  # noqa: E402
from speakeasy._serialization import converter  # noqa: E402
from speakeasy.operations.clear_search import ClearSearchRequest  # noqa: E402
from speakeasy.operations.search import SearchRequest  # noqa: E402

SSE = {"Content-Type": "text/event-stream"}
CHUNKS = b'data: {"delta": "he"}\n\ndata: {"delta": "llo"}\n\ndata: [DONE]\n\n'


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as s:
        yield s


@pytest.fixture
def client(server: ScriptedServer) -> Iterator[speakeasy.Client]:
    with speakeasy.Client(bearer="t", server_url=server.url, retries=None) as c:
        yield c


def sent_json(server: ScriptedServer, index: int = 0) -> object:
    return json.loads(server.requests[index].body)


# -- x-speakeasy-stream-request-field ---------------------------------------------------------


def test_stream_true_sets_the_named_field(client: speakeasy.Client, server: ScriptedServer) -> None:
    server.enqueue(Reply(status=200, headers=SSE, body=CHUNKS))
    with client.chat.send(models.ChatRequest(prompt="hi"), stream=True) as events:
        assert [e.delta for e in events] == ["he", "llo"]
    assert sent_json(server) == {"prompt": "hi", "streaming": True}
    assert server.requests[0].headers["accept"] == "text/event-stream"


def test_request_with_the_field_true_returns_the_stream(
    client: speakeasy.Client, server: ScriptedServer
) -> None:
    server.enqueue(Reply(status=200, headers=SSE, body=CHUNKS))
    result = client.chat.send(models.ChatRequest(prompt="hi", streaming=True))
    assert isinstance(result, speakeasy.EventStream)
    with result as events:
        assert [e.delta for e in events] == ["he", "llo"]
    assert sent_json(server) == {"prompt": "hi", "streaming": True}


def test_field_unset_or_false_returns_the_response(
    client: speakeasy.Client, server: ScriptedServer
) -> None:
    server.enqueue(Reply.json({"text": "hello"}))
    server.enqueue(Reply.json({"text": "again"}))
    first = client.chat.send(models.ChatRequest(prompt="hi"))
    assert isinstance(first, models.ChatResponse) and first.text == "hello"
    # An explicit stream=False wins over the request's own field, and clears it on the wire.
    second = client.chat.send(models.ChatRequest(prompt="hi", streaming=True), stream=False)
    assert second.text == "again"
    assert sent_json(server, 0) == {"prompt": "hi"}
    assert sent_json(server, 1) == {"prompt": "hi", "streaming": False}


# -- deprecation ------------------------------------------------------------------------------


def test_deprecated_operation_warns_at_call_time(
    client: speakeasy.Client, server: ScriptedServer
) -> None:
    server.enqueue(Reply.json({"text": "old"}))
    with pytest.warns(
        DeprecationWarning, match=r"create_legacy_chat is deprecated: Use chat\.send"
    ) as caught:
        result = client.chat.create_legacy_chat(models.ChatRequest(prompt="hi"))
    assert result.text == "old"
    assert caught[0].filename == __file__  # attributed to the caller's line
    # PEP 702: type checkers and tools read __deprecated__.
    assert "Use chat.send instead." in type(client.chat).create_legacy_chat.__deprecated__


def test_deprecated_parameter_warns_only_when_given(
    client: speakeasy.Client, server: ScriptedServer
) -> None:
    server.enqueue(Reply.json(["a"]))
    server.enqueue(Reply.json(["b"]))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert client.search.search(SearchRequest(q="x", page_cursor="c1")) == ["a"]
    with pytest.warns(
        DeprecationWarning, match="'offset' of search is deprecated: Use cursor"
    ) as caught:
        assert client.search.search(SearchRequest(q="x", offset=10)) == ["b"]
    assert caught[0].filename == __file__
    assert server.requests[0].query == "q=x&cursor=c1"
    assert server.requests[1].query == "q=x&offset=10"


def test_deprecated_field_warns_when_the_caller_sets_it() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        plain = models.ChatRequest(prompt="hi")
        # Decoding a document that carries the field is the server's doing: no warning.
        decoded = converter.structure({"prompt": "x", "temperature": 0.5}, models.ChatRequest)
    assert decoded.temperature == 0.5
    with pytest.warns(
        DeprecationWarning, match="ChatRequest.temperature is deprecated: Use sampling"
    ) as caught:
        models.ChatRequest(prompt="hi", temperature=0.2)
    assert caught[0].filename == __file__
    with pytest.warns(DeprecationWarning, match="ChatRequest.temperature is deprecated") as caught:
        plain.temperature = 0.7
    assert caught[0].filename == __file__
    assert plain.temperature == 0.7


def test_deprecated_field_given_as_a_keyword_argument_warns_at_the_callers_line(
    client: speakeasy.Client, server: ScriptedServer
) -> None:
    server.enqueue(Reply.json({"text": "hello"}))
    with pytest.warns(DeprecationWarning, match="ChatRequest.temperature is deprecated") as caught:
        client.chat.send(prompt="hi", temperature=0.2)
    assert caught[0].filename == __file__
    assert sent_json(server) == {"prompt": "hi", "temperature": 0.2}


# -- x-speakeasy-ignore, max-method-params, media types, servers ---------------------------------


def test_ignored_operation_parameter_and_properties_are_left_out() -> None:
    assert not hasattr(speakeasy.Client().chat, "internal_chat")
    fields = {f.name for f in models.ChatRequest.__attrs_attrs__}
    assert fields == {"prompt", "streaming", "temperature"}
    assert not hasattr(models, "LegacyRoute")
    assert {f.name for f in SearchRequest.__attrs_attrs__} == {
        "q",
        "limit",
        "offset",
        "page_cursor",
    }


def test_request_object_above_max_method_params(
    client: speakeasy.Client, server: ScriptedServer
) -> None:
    server.enqueue(Reply(status=204))
    server.enqueue(Reply(status=204))
    assert client.search.clear_search() is None
    assert client.search.clear_search(ClearSearchRequest(scope="all")) is None
    assert [(r.method, r.raw_path) for r in server.requests] == [
        ("DELETE", "/search"),
        ("DELETE", "/search?scope=all"),
    ]


def test_one_method_per_body_media_type(client: speakeasy.Client, server: ScriptedServer) -> None:
    server.enqueue(Reply.json({"text": "json"}))
    server.enqueue(Reply.json({"text": "multipart"}))
    got = client.audio.create_transcription(models.TranscriptionRequest(audio="UklG", model="w"))
    assert isinstance(got, models.TranscriptionResult) and got.transcript == "json"
    got = client.audio.create_transcription_multipart(
        models.CreateTranscriptionMultipartRequest(file=b"RIFF", model="w")
    )
    assert got.transcript == "multipart"
    assert server.requests[0].headers["content-type"] == "application/json"
    assert sent_json(server) == {"audio": "UklG", "model": "w"}
    assert server.requests[1].headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'name="file"' in server.requests[1].body and b"RIFF" in server.requests[1].body


def test_named_server_and_variables(server: ScriptedServer) -> None:
    assert speakeasy.Client().server_url == "https://eu.api.example.com/v1"
    assert speakeasy.Client(region="us").server_url == "https://us.api.example.com/v1"
    assert speakeasy.Client(server="local").server_url == "http://127.0.0.1:8080"
    # server_url wins over the server id and the variables.
    assert (
        speakeasy.Client(server="local", server_url="http://x.test").server_url == "http://x.test"
    )
    server.enqueue(Reply.json({"text": "local"}))
    with speakeasy.Client(server="local", port=str(server.port), retries=None, bearer="t") as c:
        assert c.chat.create_legacy_chat.__name__ == "create_legacy_chat"
        with pytest.warns(DeprecationWarning):
            assert c.chat.create_legacy_chat(models.ChatRequest(prompt="hi")).text == "local"
    assert server.requests[0].path == "/chat/legacy"
