"""No response is lost, and streams release their connection, against 127.0.0.1."""

from __future__ import annotations

import copy
import gc
import json
import weakref

import pytest
from openrouter_images import (
    Client,
    EventStream,
    ResponseValidationError,
    UnknownVariant,
    models,
    unknown_fields,
)
from openrouter_images._serialization import converter

from tests.runtime.test_operations import GENERATED, LIST_MODELS
from tests.runtime.test_streaming import COMPLETED, PARTIAL, SSE, TEXT, frame, request
from tests.support.server import Reply, ScriptedServer


def test_a_json_answer_to_a_stream_request_arrives_typed(
    client: Client, server: ScriptedServer
) -> None:
    # A provider that cannot stream answers with the plain result (as the spec says it may).
    server.enqueue(Reply.json(GENERATED))
    result = client.images.generate(request(), stream=True)
    assert not isinstance(result, EventStream)
    assert isinstance(result, models.ImageGenerationResponse)
    assert result.data[0].b64_json == "aGVsbG8="
    # The connection went back to the pool: the next call works.
    server.enqueue(Reply.json({"data": []}))
    assert client.images.list_models().data == []


def test_an_undocumented_success_status_is_not_returned_as_none(
    client: Client, server: ScriptedServer
) -> None:
    server.enqueue(Reply(status=204))
    with pytest.raises(ResponseValidationError) as info:
        client.images.list_models()
    assert info.value.status_code == 204
    assert "HTTP 204 is not a documented response" in str(info.value)


def test_a_misfit_success_body_names_the_field_and_chains_the_cause(
    client: Client, server: ScriptedServer
) -> None:
    server.enqueue(Reply.json({"data": [{"id": "x", "created": "yesterday"}]}))
    with pytest.raises(ResponseValidationError) as info:
        client.images.list_models()
    assert "at $.data[0]." in str(info.value)
    assert info.value.__cause__ is not None
    assert b"yesterday" in info.value.body


def _stream_reply() -> Reply:
    return Reply(
        status=200,
        headers=SSE,
        chunks=[frame(PARTIAL), frame(TEXT), frame(COMPLETED), b"data: [DONE]\n\n"],
    )


def _open(client: Client) -> EventStream[models.ImageStreamingResponse]:
    stream = client.images.generate(request(), stream=True)
    assert isinstance(stream, EventStream)
    return stream


def test_stream_iterated_to_the_end_releases_its_connection(
    client: Client, server: ScriptedServer
) -> None:
    server.enqueue(_stream_reply())
    stream = _open(client)
    response = stream.response
    assert len(list(stream)) == 3
    assert response.closed


def test_stream_left_by_break_and_dropped_releases_its_connection(
    client: Client, server: ScriptedServer
) -> None:
    server.enqueue(_stream_reply())
    stream = _open(client)
    response = stream.response
    ref = weakref.ref(stream)
    gc_was_enabled = gc.isenabled()
    gc.disable()  # the release must not depend on a collector pass
    try:
        for _ in stream:
            break
        assert not response.closed
        del stream
        assert ref() is None
        assert response.closed
    finally:
        if gc_was_enabled:
            gc.enable()


def test_stream_in_a_with_block_releases_its_connection(
    client: Client, server: ScriptedServer
) -> None:
    server.enqueue(_stream_reply())
    with _open(client) as stream:
        response = stream.response
        next(iter(stream))
    assert response.closed


def test_a_for_loop_over_a_fresh_stream_sees_every_event(
    client: Client, server: ScriptedServer
) -> None:
    # Nothing but the loop holds the stream: it must stay open until the loop is done.
    server.enqueue(_stream_reply())
    kinds = [type(event.data).__name__ for event in _open(client)]
    assert kinds == [
        "ImageGenPartialImageEvent",
        "ImageGenTextChunkEvent",
        "ImageGenCompletedEvent",
    ]


def test_decoding_leaves_the_garbage_collector_alone(
    client: Client, server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    import openrouter_images._runtime.responses as responses

    seen: list[bool] = []
    original = responses.json.loads

    def spy(body: str | bytes) -> object:
        seen.append(gc.isenabled())  # while the body is being decoded
        return original(body)

    monkeypatch.setattr(responses.json, "loads", spy)
    server.enqueue(Reply.json({"data": []}))
    client.images.list_models()
    assert seen == [True]


def test_an_unknown_event_type_does_not_end_the_stream(
    client: Client, server: ScriptedServer
) -> None:
    novel = {"type": "image_generation.progress", "percent": 40}
    server.enqueue(
        Reply(
            status=200,
            headers=SSE,
            chunks=[frame(PARTIAL), frame(novel), frame(COMPLETED), b"data: [DONE]\n\n"],
        )
    )
    with _open(client) as stream:
        got = [event.data for event in stream]
    assert isinstance(got[1], UnknownVariant)
    assert got[1].tag == "image_generation.progress" and got[1].data == novel
    assert isinstance(got[2], models.ImageGenCompletedEvent)  # the finished image arrives


def test_an_unknown_capability_in_a_list_keeps_the_rest(
    client: Client, server: ScriptedServer
) -> None:
    body = copy.deepcopy(LIST_MODELS)
    body["data"][0]["supported_parameters"]["style"] = {"type": "palette", "colors": 3}
    server.enqueue(Reply.json(body))
    item = client.images.list_models().data[0]
    style = item.supported_parameters["style"]
    assert isinstance(style, UnknownVariant) and style["colors"] == 3
    assert isinstance(item.supported_parameters["seed"], models.BooleanCapability)
    # Sent again, the unknown member is written back exactly as it came.
    assert converter.unstructure(item)["supported_parameters"]["style"] == {
        "type": "palette",
        "colors": 3,
    }


def test_unknown_fields_are_kept_and_written_back(client: Client, server: ScriptedServer) -> None:
    body = copy.deepcopy(LIST_MODELS)
    body["data"][0]["release_notes"] = {"v": 2}
    server.enqueue(Reply.json(body))
    item = client.images.list_models().data[0]
    assert unknown_fields(item) == {"release_notes": {"v": 2}}
    assert converter.unstructure(item)["release_notes"] == {"v": 2}
    # A request model decoded from data (a saved job, say) is sent with what it carried.
    saved = {"model": "m", "prompt": "p", "future_option": True}
    req = converter.structure(saved, models.ImageGenerationRequest)
    server.enqueue(Reply.json(GENERATED))
    client.images.generate(req)
    assert json.loads(server.requests[1].body)["future_option"] is True
    assert unknown_fields(models.ImageGenerationRequest(model="m", prompt="p")) == {}
