"""Request and response kinds beyond JSON, with the `bodies` golden package against a local
server: form-urlencoded with nested values, multipart uploads, octet-stream both ways, text,
no content; deepObject, header, cookie and matrix parameters; an API key in the query."""

from __future__ import annotations

import datetime
import json
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "golden" / "bodies" / "expected"))

from bodies import APIConnectionError, Client, RequestOptions
from bodies.models import (
    CreateChargeExpand,
    CreateChargeRequest,
    StoredFile,
    UploadFileRequest,
    UploadFileRequestPurpose,
)

from tests.support.server import Reply, ScriptedServer


@pytest.fixture
def bodies(server: ScriptedServer) -> Iterator[Client]:
    with Client(key="k 1", server_url=server.url, retries=None) as c:
        yield c


def test_form_body_deep_object_header_cookie(bodies: Client, server: ScriptedServer) -> None:
    server.enqueue(Reply.json({"id": "ch_1", "amount": 5}))
    result = bodies.charges.create_charge(
        CreateChargeRequest(amount=5, metadata={"order": "a b"}, tags=["x", "y"]),
        expand=CreateChargeExpand(customer=True, lines=["data"]),
        idempotency_key="idem-1",
        session="s1",
    )
    assert result.id == "ch_1"
    req = server.requests[0]
    # No encoding object: every property is style form, exploded (the OpenAPI defaults), so a
    # map gives its own keys and a list repeats its name.
    assert req.body == b"amount=5&order=a+b&tags=x&tags=y"
    assert req.headers["content-type"] == "application/x-www-form-urlencoded"
    assert req.query == "expand%5Bcustomer%5D=true&expand%5Blines%5D%5B0%5D=data&api_key=k%201"
    assert req.headers["idempotency-key"] == "idem-1"
    assert req.headers["cookie"] == "session=s1"


def test_multipart_upload_to_operation_server(bodies: Client, server: ScriptedServer) -> None:
    stored = {
        "id": "8c6f2a34-6a4e-4a7e-9c1e-3f4c5b2a1d00",
        "created": "2024-05-01T12:00:00Z",
        "size": 3,
    }
    server.enqueue(Reply.json(stored, status=201))
    result = bodies.files.upload_file(
        UploadFileRequest(file=b"\x00\x01\x02", purpose=UploadFileRequestPurpose.AVATAR),
        options=RequestOptions(server_url=server.url),  # the operation names a server of its own
    )
    assert isinstance(result, StoredFile)
    assert result.id == uuid.UUID(stored["id"])
    assert result.created == datetime.datetime(2024, 5, 1, 12, tzinfo=datetime.UTC)
    req = server.requests[0]
    ctype = req.headers["content-type"]
    assert ctype.startswith("multipart/form-data; boundary=")
    boundary = ctype.split("boundary=")[1].encode()
    assert req.body.startswith(b"--" + boundary)
    assert (
        b'name="file"; filename="file"\r\nContent-Type: application/octet-stream\r\n\r\n\x00\x01\x02\r\n'
        in req.body
    )
    assert b'name="purpose"\r\n\r\navatar\r\n' in req.body


def test_name_resolution_failure_is_not_a_timeout() -> None:
    # Built by hand: no lookup leaves the machine. urllib3 derives NameResolutionError from its
    # connect-timeout class, which once made this a "timeout".
    from bodies._runtime.http import _connection_error
    from urllib3.exceptions import MaxRetryError, NameResolutionError

    cause = NameResolutionError("nowhere.test", None, OSError("no such host"))  # type: ignore[arg-type]
    error = _connection_error(
        MaxRetryError(None, "/x", cause), "GET", "https://nowhere.test/x?k=secret"
    )  # type: ignore[arg-type]
    assert type(error) is APIConnectionError
    assert "secret" not in str(error)


def test_operation_server_is_used_by_default() -> None:
    from bodies.operations import upload_file

    request = upload_file.build_request(UploadFileRequest(file=b"x"))
    assert request.server_url == "https://uploads.files.test/v1"


def test_server_variables_have_their_defaults() -> None:
    from bodies import SERVERS

    assert SERVERS == ("https://files.test/v1",)


def test_octet_stream_both_ways(bodies: Client, server: ScriptedServer) -> None:
    server.enqueue(
        Reply(status=200, headers={"Content-Type": "application/octet-stream"}, body=b"\xff\xfe")
    )
    server.enqueue(Reply(status=204))
    assert bodies.files.download_file(id="f/1") == b"\xff\xfe"
    assert bodies.files.replace_file(b"new bytes", id="f1") is None
    get, put = server.requests
    assert get.path == "/files/f%2F1/content"
    assert put.body == b"new bytes" and put.headers["content-type"] == "application/octet-stream"


def test_text_response_matrix_path_and_no_auth(bodies: Client, server: ScriptedServer) -> None:
    server.enqueue(Reply(status=200, headers={"Content-Type": "text/plain"}, body="héllo".encode()))
    assert bodies.files.get_label(id="f1", style=["a", "b c"]) == "héllo"
    req = server.requests[0]
    assert req.path == "/files/f1/label;style=a;style=b%20c"
    assert "api_key" not in req.query


def test_models_round_trip_json() -> None:
    from bodies._serialization import converter

    stored = converter.structure(
        {"id": str(uuid.uuid4()), "created": "2024-01-01T00:00:00Z"}, StoredFile
    )
    assert (
        json.loads(json.dumps(converter.unstructure(stored)))["created"] == "2024-01-01T00:00:00Z"
    )
