"""``mock``: the stand-in server answers the generated client as the spec documents, on
127.0.0.1, for every operation and every documented status."""

from __future__ import annotations

import json
import socket
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import urllib3
import yaml

from generator.cli import main
from generator.tools.conform import mock

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "openapi.yaml"
if str(ROOT / "generated") not in sys.path:
    sys.path.insert(0, str(ROOT / "generated"))

import openrouter_images  # noqa: E402
from openrouter_images import errors  # noqa: E402
from openrouter_images.models import ImageGenerationRequest  # noqa: E402

DOC = yaml.safe_load(SPEC.read_text())
REQUEST = ImageGenerationRequest(model="bytedance-seed/seedream-4.5", prompt="a red panda")


@pytest.fixture(scope="module")
def server() -> Iterator[mock.MockServer]:
    srv = mock.serve(SPEC).start()
    try:
        yield srv
    finally:
        srv.stop()


def client(server: mock.MockServer, **headers: str) -> openrouter_images.Client:
    return openrouter_images.Client(
        api_key="k", server_url=server.url + "/api/v1", headers=headers, retries=None
    )


def test_binds_loopback_only(server: mock.MockServer) -> None:
    assert server.server_address[0] == "127.0.0.1"


def test_every_operation_answers_with_its_example(server: mock.MockServer) -> None:
    with client(server) as c:
        models = c.images.list_models()
        endpoints = c.images.list_model_endpoints(author="bytedance-seed", slug="seedream-4.5")
        image = c.images.generate(REQUEST)
    example = DOC["paths"]["/images/models"]["get"]["responses"]["200"]["content"][
        "application/json"
    ]["example"]
    assert models.data[0].id == example["data"][0]["id"]
    assert endpoints.endpoints
    assert image.usage.total_tokens == 4175


def test_event_stream(server: mock.MockServer) -> None:
    with client(server) as c, c.images.generate(REQUEST, stream=True) as events:
        received = list(events)
    assert [type(e.data).__name__ for e in received] == ["ImageGenPartialImageEvent"]


def _documented() -> Iterator[Any]:
    for path, item in DOC["paths"].items():
        for method, op in item.items():
            for code in op["responses"]:
                if not code.startswith("2"):
                    yield pytest.param(path, method, int(code), id=f"{op['operationId']}-{code}")


@pytest.mark.parametrize(("path", "method", "status"), list(_documented()))
def test_every_documented_error_status_raises_its_class(
    server: mock.MockServer, path: str, method: str, status: int
) -> None:
    with client(server, Prefer=f"code={status}") as c, pytest.raises(errors.APIError) as caught:
        if path == "/images":
            c.images.generate(REQUEST)
        elif path == "/images/models":
            c.images.list_models()
        else:
            c.images.list_model_endpoints(author="a", slug="b")
    assert caught.value.status_code == status
    assert type(caught.value) is not errors.APIError, "the documented class was not raised"
    assert caught.value.data is not None


def raw(server: mock.MockServer, method: str, path: str, **kwargs: Any) -> urllib3.BaseHTTPResponse:
    headers = {"Authorization": "Bearer k", **kwargs.pop("headers", {})}
    return urllib3.request(
        method, server.url + path, retries=False, timeout=5, headers=headers, **kwargs
    )


def test_request_that_does_not_fit_gets_400_with_the_problems(server: mock.MockServer) -> None:
    response = raw(
        server,
        "POST",
        "/api/v1/images",
        body=json.dumps({"model": 3}),
        headers={"Content-Type": "application/json"},
    )
    # the documented 400: its body made from its schema, the problems in its message and header
    assert response.status == 400
    problems = [p["detail"] for p in json.loads(response.headers["X-Mock-Problems"])]
    assert any('"prompt" is a required property' in p for p in problems), problems
    assert any("not of type" in p for p in problems), problems
    assert '"prompt" is a required property' in response.json()["error"]["message"]


def test_missing_body_unknown_path_and_undocumented_status(server: mock.MockServer) -> None:
    assert raw(server, "POST", "/api/v1/images").status == 400
    assert raw(server, "GET", "/api/v1/nowhere").status == 404
    answer = raw(server, "GET", "/api/v1/images/models", headers={"Prefer": "code=418"})
    assert answer.status == 501 and "code=418" in answer.json()["detail"]
    assert "200" in answer.json()["documented"]


def test_named_example_and_synthesised_bodies(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        yaml.safe_dump(
            {
                "openapi": "3.1.0",
                "info": {"title": "T", "version": "1"},
                "paths": {
                    "/things/{id}": {
                        "get": {
                            "operationId": "getThing",
                            "parameters": [
                                {
                                    "name": "id",
                                    "in": "path",
                                    "required": True,
                                    "schema": {"type": "string"},
                                }
                            ],
                            "responses": {
                                "200": {
                                    "description": "ok",
                                    "content": {
                                        "application/json": {
                                            "schema": {"$ref": "#/components/schemas/Thing"},
                                            "examples": {
                                                "small": {"value": {"id": "s", "size": 1}},
                                                "big": {"value": {"id": "b", "size": 99}},
                                            },
                                        }
                                    },
                                },
                                "404": {
                                    "description": "missing",
                                    "content": {
                                        "application/json": {
                                            "schema": {
                                                "type": "object",
                                                "required": ["code", "at"],
                                                "properties": {
                                                    "code": {"type": "integer", "minimum": 4},
                                                    "at": {"type": "string", "format": "date-time"},
                                                    "kind": {"enum": ["gone", "never"]},
                                                },
                                            }
                                        }
                                    },
                                },
                            },
                        }
                    }
                },
                "components": {
                    "schemas": {
                        "Thing": {
                            "type": "object",
                            "properties": {"id": {"type": "string"}, "size": {"type": "integer"}},
                        }
                    }
                },
            },
            sort_keys=False,
        )
    )
    srv = mock.serve(spec).start()
    try:
        big = raw(srv, "GET", "/things/1", headers={"Prefer": "example=big"})
        assert big.json() == {"id": "b", "size": 99}
        assert raw(srv, "GET", "/things/1").json() == {"id": "s", "size": 1}
        missing = raw(srv, "GET", "/things/1", headers={"Prefer": "code=404"})
        assert missing.status == 404
        assert missing.json() == {"code": 4, "at": "2024-01-01T00:00:00Z", "kind": "gone"}
    finally:
        srv.stop()


def test_port_in_use_is_a_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["mock", str(SPEC), "--port", str(port)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and f"127.0.0.1:{port}" in err and "Traceback" not in err


def test_unusable_spec_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("openapi: 3.1.0\ninfo: {}\npaths: {}\n")
    assert main(["mock", str(bad), "--port", "0"]) == 2
    assert "Traceback" not in capsys.readouterr().err
