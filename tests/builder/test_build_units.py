"""Unit tests of the document to the intermediate model (generator.builder.api): operations, parameters,
bodies, responses, media kinds."""

from __future__ import annotations

from typing import Any

import pytest

from generator.builder import api as build
from generator.model import ir, kinds
from generator.spec import resolve


def _doc(paths: dict[str, Any] | None = None, **components: Any) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": paths or {},
        "components": components,
    }


OK = {"200": {"description": "ok"}}


def _api(paths: dict[str, Any], **components: Any) -> ir.Api:
    api, _ = build.build(resolve.resolve(_doc(paths, **components))[0], "pkg")
    return api


def _only_op(api: ir.Api) -> ir.Operation:
    (op,) = [op for g in api.groups for op in g.operations]
    return op


def test_operation_key_tag_and_summary() -> None:
    api = _api(
        {
            "/pets/{id}": {
                "get": {
                    "operationId": "getPet",
                    "tags": ["pets", "other"],
                    "summary": " Get one. ",
                    "deprecated": True,
                    "responses": OK,
                },
                "post": {"x-speakeasy-ignore": True, "responses": OK},
            }
        }
    )
    op = _only_op(api)
    assert (op.key, op.operation_id, op.method, op.tag) == (
        "GET /pets/{id}",
        "getPet",
        "GET",
        "pets",
    )
    assert op.summary == "Get one." and op.deprecated


def test_parameters_locations_styles_and_required() -> None:
    api = _api(
        {
            "/a/{id}": {
                "parameters": [{"name": "id", "in": "path", "schema": {"type": "integer"}}],
                "get": {
                    "parameters": [
                        {
                            "name": "q",
                            "in": "query",
                            "schema": {"type": "array", "items": {"type": "string"}},
                        },
                        {
                            "name": "X-T",
                            "in": "header",
                            "required": True,
                            "schema": {"type": "string"},
                        },
                        {
                            "name": "c",
                            "in": "cookie",
                            "style": "form",
                            "explode": False,
                            "schema": {},
                        },
                        {
                            "name": "d",
                            "in": "query",
                            "style": "deepObject",
                            "schema": {"type": "object"},
                        },
                    ],
                    "responses": OK,
                },
            }
        }
    )
    params = {p.wire: p for p in _only_op(api).params}
    assert {w: (p.location, p.style, p.explode, p.required) for w, p in params.items()} == {
        "id": ("path", "simple", False, True),
        "q": ("query", "form", True, False),
        "X-T": ("header", "simple", False, True),
        "c": ("cookie", "form", False, False),
        "d": ("query", "deepObject", False, False),
    }
    assert params["q"].type == ir.ListOf(ir.Prim("str"))
    assert all(
        p.location in kinds.PARAM_LOCATIONS and p.style in kinds.PARAM_STYLES
        for p in params.values()
    )


@pytest.mark.parametrize(
    ("content", "kind", "type_"),
    [
        ({"application/json": {"schema": {"type": "string"}}}, "json", ir.Prim("str")),
        ({"application/merge-patch+json": {"schema": {"type": "integer"}}}, "json", ir.Prim("int")),
        ({"application/octet-stream": {}}, "binary", ir.Prim("bytes")),
        ({"text/plain": {"schema": {"type": "string"}}}, "text", ir.Prim("str")),
        (
            {"application/x-ndjson": {"schema": {"type": "integer"}}},
            "jsonl",
            ir.ListOf(ir.Prim("int")),
        ),
        (
            {"text/plain": {}, "application/json": {"schema": {"type": "boolean"}}},
            "json",
            ir.Prim("bool"),
        ),
    ],
)
def test_request_body_kind_and_type(content: dict[str, Any], kind: str, type_: ir.TypeRef) -> None:
    api = _api(
        {"/a": {"post": {"requestBody": {"required": True, "content": content}, "responses": OK}}}
    )
    body = _only_op(api).body
    assert body is not None
    assert (body.kind, body.type, body.required) == (kind, type_, True)


def test_responses_split_into_results_and_errors() -> None:
    api = _api(
        {
            "/a": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"type": "string"}}},
                        },
                        "204": {"description": "none"},
                        "404": {
                            "description": "missing",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "properties": {"m": {"type": "string"}},
                                    }
                                }
                            },
                        },
                        "default": {"description": "other"},
                    }
                }
            }
        }
    )
    op = _only_op(api)
    assert [(r.status, r.kind, r.type) for r in op.responses] == [
        ("200", "json", ir.Prim("str")),
        ("204", "empty", None),
    ]
    assert [(r.status, r.kind) for r in op.errors] == [("404", "json"), ("default", "empty")]
    assert isinstance(op.errors[0].type, ir.Ref)


@pytest.mark.parametrize(
    ("media_type", "kind"),
    [
        ("application/json; charset=utf-8", "json"),
        ("Application/Problem+JSON", "json"),
        ("text/event-stream", "sse"),
        ("application/x-ndjson", "jsonl"),
        ("application/vnd.x+json-seq", "jsonl"),
        ("application/x-www-form-urlencoded", "form"),
        ("multipart/form-data", "multipart"),
        ("text/csv", "text"),
        ("image/png", "binary"),
    ],
)
def test_media_kind(media_type: str, kind: str) -> None:
    assert build.media_kind(media_type) == kind


@pytest.mark.parametrize(
    ("value", "expected"),
    [("query", "query"), ("body", None), (None, None), (3, None)],
)
def test_member_narrows_to_a_closed_set(value: object, expected: str | None) -> None:
    assert kinds.member(value, kinds.PARAM_LOCATIONS) == expected
