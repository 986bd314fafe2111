"""Server-sent events from ``POST /images`` with ``stream=True``, against a real local server."""

from __future__ import annotations

import json
import threading

import pytest
from openrouter_images import (
    Client,
    EventStream,
    RequestOptions,
    StreamInterruptedError,
    errors,
    models,
)
from openrouter_images.models import ImageGenerationRequest

from tests.runtime.test_operations import error_body
from tests.support.server import Reply, ScriptedServer

PARTIAL = {"type": "image_generation.partial_image", "b64_json": "AAA", "partial_image_index": 0}
COMPLETED = {"type": "image_generation.completed", "b64_json": "BBB", "created": 1748372400}
TEXT = {"type": "image_generation.text_chunk", "text": "<svg>", "phase": "content"}
ERROR = {"type": "error", "error": {"message": "provider failed", "code": "upstream_error"}}
SSE = {"Content-Type": "text/event-stream"}


def frame(payload: object) -> bytes:
    return f"data: {json.dumps(payload)}\n\n".encode()


def request() -> ImageGenerationRequest:
    return ImageGenerationRequest(model="openai/gpt-image-1", prompt="a red panda")


def test_stream_yields_typed_events_and_stops_at_done(
    client: Client, server: ScriptedServer
) -> None:
    body = (
        frame(PARTIAL)
        + b": keep-alive comment\n\n"
        + frame(TEXT)
        + frame(COMPLETED)
        + b"data: [DONE]\n\n"
    )
    # Split at awkward places: inside a JSON string, between \n and \n.
    chunks = [body[:7], body[7:50], body[50:51], body[51:120], body[120:]]
    server.enqueue(Reply(status=200, headers=SSE, chunks=chunks))
    with client.images.generate(request(), stream=True) as events:
        assert isinstance(events, EventStream)
        got = [e.data for e in events]
    assert isinstance(got[0], models.ImageGenPartialImageEvent) and got[0].b64_json == "AAA"
    assert isinstance(got[1], models.ImageGenTextChunkEvent) and got[1].text == "<svg>"
    assert isinstance(got[2], models.ImageGenCompletedEvent) and got[2].created == 1748372400
    assert len(got) == 3
    sent = server.requests[0]
    assert json.loads(sent.body)["stream"] is True
    assert sent.headers["accept"] == "text/event-stream"


def test_events_arrive_before_the_body_ends(client: Client, server: ScriptedServer) -> None:
    gate = threading.Event()
    server.enqueue(
        Reply(
            status=200,
            headers=SSE,
            chunks=[frame(PARTIAL), frame(COMPLETED) + b"data: [DONE]\n\n"],
            hold=gate,
        )
    )
    with client.images.generate(request(), stream=True) as events:
        it = iter(events)
        first = next(it)  # the server has not sent the second chunk yet
        assert isinstance(first.data, models.ImageGenPartialImageEvent)
        gate.set()
        rest = list(it)
    assert [type(e.data) for e in rest] == [models.ImageGenCompletedEvent]


def test_mid_stream_error_event_is_an_event(client: Client, server: ScriptedServer) -> None:
    server.enqueue(
        Reply(status=200, headers=SSE, chunks=[frame(PARTIAL), frame(ERROR), b"data: [DONE]\n\n"])
    )
    with client.images.generate(request(), stream=True) as events:
        got = [e.data for e in events]
    assert isinstance(got[1], models.ImageGenStreamErrorEvent)
    assert got[1].error.message == "provider failed"


def test_connection_cut_before_done(client: Client, server: ScriptedServer) -> None:
    server.enqueue(
        Reply(
            status=200,
            headers=SSE,
            chunks=[frame(PARTIAL), frame(TEXT), frame(COMPLETED)],
            cut_after=1,
        )
    )
    seen = []
    with (
        pytest.raises(StreamInterruptedError),
        client.images.generate(request(), stream=True) as events,
    ):
        for e in events:
            seen.append(e)
    assert len(seen) == 1


def test_eof_before_done_marker(client: Client, server: ScriptedServer) -> None:
    server.enqueue(Reply(status=200, headers=SSE, body=frame(PARTIAL), close_without_length=True))
    with (
        pytest.raises(StreamInterruptedError),
        client.images.generate(request(), stream=True) as events,
    ):
        list(events)


def test_error_status_on_stream_request_raises(client: Client, server: ScriptedServer) -> None:
    server.enqueue(Reply.json(error_body(402, "no credits"), status=402))
    with pytest.raises(errors.PaymentRequiredResponseError) as info:
        client.images.generate(request(), stream=True)
    assert info.value.data.error.message == "no credits"


def test_stream_is_retried_before_it_starts(client: Client, server: ScriptedServer) -> None:
    server.enqueue(Reply.json(error_body(502, "x"), status=502))
    server.enqueue(Reply(status=200, headers=SSE, chunks=[frame(COMPLETED), b"data: [DONE]\n\n"]))
    with client.images.generate(request(), stream=True) as events:
        assert len(list(events)) == 1
    assert len(server.requests) == 2


def test_breaking_out_releases_the_connection(client: Client, server: ScriptedServer) -> None:
    server.enqueue(
        Reply(
            status=200,
            headers=SSE,
            chunks=[frame(PARTIAL), frame(TEXT), frame(COMPLETED), b"data: [DONE]\n\n"],
        )
    )
    server.enqueue(
        Reply(status=200, headers={"Content-Type": "application/json"}, body=b'{"data": []}')
    )
    with client.images.generate(request(), stream=True) as events:
        for _ in events:
            break
    # The client still works afterwards (the pool is not left with a half-read connection).
    assert client.images.list_models(options=RequestOptions(retries=None)).data == []


def test_non_stream_call_keeps_body_flag(client: Client, server: ScriptedServer) -> None:
    server.enqueue(Reply.json({"created": 1, "data": []}))
    client.images.generate(request())
    assert "stream" not in json.loads(server.requests[0].body)
