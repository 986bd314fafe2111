"""Where requests go and what their bodies hold, with the `wire` golden package against a local
server: path templates that carry a literal query or a fragment, form bodies under the OpenAPI
defaults and an `encoding` object, exact media types with line-delimited JSON read item by item,
and a multipart body that is a single file."""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "golden" / "wire" / "expected"))

from wire import (
    Client,
    JsonLines,
    ResponseValidationError,
    StreamInterruptedError,
)
from wire.errors import ProblemError
from wire.models import (
    Batch,
    CreateCallRequest,
    CreateCallRequestOptions,
    Result,
    StartSessionRequest,
    StartSessionRequestSession,
)

from tests.support.server import Reply, ScriptedServer

JSONL = {"Content-Type": "application/x-jsonl"}


@pytest.fixture
def wire(server: ScriptedServer) -> Iterator[Client]:
    with Client(server_url=server.url, retries=None) as c:
        yield c


# -- path templates with "?" and "#" ----------------------------------------------------------


def test_literal_query_of_the_template_comes_first_then_the_parameters(
    wire: Client, server: ScriptedServer
) -> None:
    page = [{"id": "b1", "state": "done"}]
    headers = {"Content-Type": "Application/JSON; charset=utf-8"}
    server.enqueue(Reply.json(page, headers=headers), Reply.json(page, headers=headers))
    first = wire.batches.list_batches(limit=2, before_id="b 0")
    assert first == [Batch(id="b1", state="done")]
    wire.batches.list_batches()
    with_params, without = server.requests
    assert with_params.raw_path == "/batches?beta=true&limit=2&before_id=b%200"
    assert without.raw_path == "/batches?beta=true"


def test_literal_query_after_a_path_parameter(wire: Client, server: ScriptedServer) -> None:
    server.enqueue(Reply(status=200, headers=JSONL, body=b""))
    with wire.batches.batch_results(batch_id="a/b") as items:
        assert list(items) == []
    assert server.requests[0].raw_path == "/batches/a%2Fb/results?beta=true"


def test_fragment_is_not_sent_and_query_parameters_are(
    wire: Client, server: ScriptedServer
) -> None:
    server.enqueue(
        Reply.json(["b1"], headers={"Content-Type": "application/vnd.requests.v1+json"}),
        Reply(
            status=200,
            headers={"Content-Type": "application/x-json-listing"},
            body=b'{"not": "one JSON document"}',
        ),
    )
    assert wire.search.search_by_tag(tag="red") == ["b1"]
    # The operation without an operationId is named after its method, path and fragment.
    listing = wire.search.get_search_by_owner(owner="me")
    assert listing == b'{"not": "one JSON document"}'  # a name holding "json" is not JSON
    by_tag, by_owner = server.requests
    assert by_tag.raw_path == "/search?tag=red"
    assert by_owner.raw_path == "/search?owner=me"


# -- form bodies ------------------------------------------------------------------------------


def test_form_body_follows_openapi_defaults_and_encoding(
    wire: Client, server: ScriptedServer
) -> None:
    server.enqueue(Reply.json({"sid": "CA1"}, status=201))
    created = wire.calls.create_call(
        CreateCallRequest(
            to="+15550100",
            status_callback_event=["initiated", "ringing"],
            codecs=["PCMU", "VP8"],
            metadata={"order": "a b"},
            options=CreateCallRequestOptions(record=True, channels=2),
        )
    )
    assert created.sid == "CA1"
    sent = server.requests[0]
    assert sent.headers["content-type"] == "application/x-www-form-urlencoded"
    assert sent.body.split(b"&") == [
        b"To=%2B15550100",
        # No encoding: style form, explode true.
        b"StatusCallbackEvent=initiated",
        b"StatusCallbackEvent=ringing",
        # encoding: explode false.
        b"Codecs=PCMU%2CVP8",
        # encoding: deepObject.
        b"Metadata%5Border%5D=a+b",
        # An object under form, exploded: its own properties.
        b"record=true",
        b"channels=2",
    ]


# -- line-delimited JSON ------------------------------------------------------------------------


def test_json_lines_are_decoded_item_by_item(wire: Client, server: ScriptedServer) -> None:
    body = (
        b'{"custom_id": "r1", "ok": true}\n'
        b"\n"
        b'{"custom_id": "r2", "ok": false}\r\n'
        b'{"custom_id": "r3"}'  # the last line may lack its newline
    )
    chunks = [body[:5], body[5:33], body[33:34], body[34:70], body[70:]]
    server.enqueue(Reply(status=200, headers=JSONL, chunks=chunks))
    with wire.batches.batch_results(batch_id="b1") as items:
        assert isinstance(items, JsonLines)
        got = list(items)
    assert got == [
        Result(custom_id="r1", ok=True),
        Result(custom_id="r2", ok=False),
        Result(custom_id="r3"),
    ]
    assert server.requests[0].headers["accept"] == "application/x-jsonl"


def test_json_lines_yield_before_the_body_ends(wire: Client, server: ScriptedServer) -> None:
    release = threading.Event()
    server.enqueue(
        Reply(
            status=200,
            headers={"Content-Type": "application/x-ndjson"},
            chunks=[b'{"id": "b1"}\n', b'{"id": "b2"}\n'],
            hold=release,
        )
    )
    items = wire.batches.export_batches()
    assert next(items) == Batch(id="b1")  # the second chunk is still held back
    release.set()
    assert list(items) == [Batch(id="b2")]


def test_json_lines_cut_short_and_bad_lines(wire: Client, server: ScriptedServer) -> None:
    server.enqueue(
        Reply(status=200, headers=JSONL, chunks=[b'{"custom_id": "r1"}\n', b'{"cus'], cut_after=2),
        Reply(status=200, headers=JSONL, body=b'{"custom_id": "r1"}\nnot json\n'),
        Reply(status=200, headers=JSONL, body=b'{"ok": true}\n'),
    )
    got: list[Result] = []
    with pytest.raises(StreamInterruptedError):
        for item in wire.batches.batch_results(batch_id="b1"):
            got.append(item)
    assert got == [Result(custom_id="r1")]
    items = wire.batches.batch_results(batch_id="b1")
    assert next(items) == Result(custom_id="r1")
    with pytest.raises(ResponseValidationError, match="a line is not JSON"):
        next(items)
    with pytest.raises(ResponseValidationError, match="does not fit the documented schema"):
        list(wire.batches.batch_results(batch_id="b1"))


def test_json_lines_operation_reads_a_json_answer_and_errors(
    wire: Client, server: ScriptedServer
) -> None:
    server.enqueue(
        Reply.json([{"custom_id": "r1"}, {"custom_id": "r2"}]),
        Reply.json(
            {"title": "no such batch", "status": 404},
            status=404,
            headers={"Content-Type": "application/problem+json"},
        ),
    )
    # The Content-Type decides: a JSON answer is one document, its items yielded.
    assert list(wire.batches.batch_results(batch_id="b1")) == [
        Result(custom_id="r1"),
        Result(custom_id="r2"),
    ]
    with pytest.raises(ProblemError) as caught:
        wire.batches.batch_results(batch_id="nope")
    assert caught.value.status_code == 404
    assert caught.value.data.title == "no such batch"


def test_json_lines_request_body(wire: Client, server: ScriptedServer) -> None:
    server.enqueue(Reply(status=204))
    wire.batches.import_batches([Batch(id="b1"), Batch(id="b2", state="new")])
    sent = server.requests[0]
    assert sent.headers["content-type"] == "application/jsonl"
    assert [json.loads(line) for line in sent.body.splitlines()] == [
        {"id": "b1"},
        {"id": "b2", "state": "new"},
    ]
    assert sent.body.endswith(b"\n")


# -- multipart body that is one file ----------------------------------------------------------


def test_multipart_binary_body_is_sent_as_a_file_part(wire: Client, server: ScriptedServer) -> None:
    server.enqueue(Reply.json([{"filename": "file", "size": 6}]))
    stored = wire.issues.add_attachment(b"\x00hello", issue="T-1")
    assert stored[0].size == 6
    sent = server.requests[0]
    assert sent.raw_path == "/issues/T-1/attachments"
    ctype = sent.headers["content-type"]
    assert ctype.startswith("multipart/form-data; boundary=")
    boundary = ctype.split("boundary=")[1].encode()
    assert sent.body == (
        b"--" + boundary + b"\r\n"
        b'Content-Disposition: form-data; name="file"; filename="file"\r\n'
        b"Content-Type: application/octet-stream\r\n\r\n"
        b"\x00hello\r\n"
        b"--" + boundary + b"--\r\n"
    )


def test_multipart_binary_body_goes_in_the_part_its_encoding_names(
    wire: Client, server: ScriptedServer
) -> None:
    server.enqueue(Reply(status=204), Reply(status=204))
    wire.avatars.put_avatar(b"\x89PNG", user="u1")
    wire.avatars.put_avatar(user="u1")  # an optional body left out: no parts at all
    with_file, without = server.requests
    assert b'Content-Disposition: form-data; name="image"; filename="image"' in with_file.body
    assert b"\x89PNG" in with_file.body
    assert without.body == b""


def _parts(body: bytes, boundary: bytes) -> dict[str, tuple[list[bytes], bytes]]:
    """Each part of a multipart body by name: its header lines and its payload."""
    out = {}
    for chunk in body.split(b"--" + boundary)[1:-1]:
        head, _, payload = chunk.strip(b"\r\n").partition(b"\r\n\r\n")
        lines = head.split(b"\r\n")
        name = lines[0].split(b'name="')[1].split(b'"')[0].decode()
        out[name] = (lines[1:], payload)
    return out


def test_multipart_parts_carry_the_types_their_encoding_gives(
    wire: Client, server: ScriptedServer
) -> None:
    """encoding.contentType: the first type of a list; a wildcard type leaves the default; an
    object part keeps JSON; a part the encoding says nothing of keeps its default."""
    server.enqueue(
        Reply(status=201, headers={"Content-Type": "application/sdp"}, body=b"v=0 answer")
    )
    answer = wire.sessions.start_session(
        StartSessionRequest(
            sdp="v=0 offer",
            session=StartSessionRequestSession(model="m1"),
            audio=b"RIFF",
            notes="hi",
        )
    )
    assert answer == b"v=0 answer"
    sent = server.requests[0]
    boundary = sent.headers["content-type"].split("boundary=")[1].encode()
    parts = _parts(sent.body, boundary)
    assert parts["sdp"] == ([b"Content-Type: application/sdp"], b"v=0 offer")
    assert parts["session"] == (
        [b"Content-Type: application/json; charset=utf-8"],
        b'{"model": "m1"}',
    )
    assert parts["audio"] == ([b"Content-Type: audio/wav"], b"RIFF")
    assert parts["notes"] == ([], b"hi")  # text/* names no type to send: plain text


def test_a_single_file_part_carries_its_encoding_type(wire: Client, server: ScriptedServer) -> None:
    server.enqueue(Reply(status=204))
    wire.avatars.put_avatar(b"\x89PNG", user="u1")
    boundary = server.requests[0].headers["content-type"].split("boundary=")[1].encode()
    head, payload = _parts(server.requests[0].body, boundary)["image"]
    assert head == [b"Content-Type: image/png"]
    assert payload == b"\x89PNG"


def test_url_and_form_helpers() -> None:
    from wire._runtime import urls

    assert urls.build_url("http://h/api/", "/x?a=1#frag", "b=2") == "http://h/api/x?a=1&b=2"
    assert urls.build_url("http://h", "/x#frag", "b=2") == "http://h/x?b=2"
    assert urls.build_url("http://h", "/x?", "b=2") == "http://h/x?b=2"
    assert urls.build_url("http://h", "/x?a=1", "") == "http://h/x?a=1"
    # Values the form style cannot express are nested; explode false joins with commas.
    body = urls.form_urlencode(
        {"items": [{"id": 1}], "ids": [1, 2], "flag": None},
        {"ids": ("form", False)},
    )
    assert body == b"items%5B0%5D%5Bid%5D=1&ids=1%2C2"
