"""Unit tests of normalising (generator.spec.resolve): 3.0 schemas in 3.1 terms, $id/$anchor references
made local, component references inlined."""

from __future__ import annotations

from typing import Any

import pytest

from generator.spec import resolve


def _doc(paths: dict[str, Any] | None = None, **components: Any) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": paths or {},
        "components": components,
    }


OK = {"200": {"description": "ok"}}


def _resolved_schema(schema: dict[str, Any], version: str = "3.0.3") -> Any:
    doc = _doc(schemas={"S": schema, "T": {"type": "string"}})
    doc["openapi"] = version
    out, diags = resolve.resolve(doc)
    assert not diags
    return out["components"]["schemas"]["S"]


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"type": "string", "nullable": True}, {"type": ["string", "null"]}),
        ({"type": "string", "nullable": False}, {"type": "string"}),
        (
            {"$ref": "#/components/schemas/T", "nullable": True},
            {"anyOf": [{"$ref": "#/components/schemas/T"}, {"type": "null"}]},
        ),
        (
            {"oneOf": [{"type": "string"}, {"type": "integer"}], "nullable": True},
            {"oneOf": [{"type": "string"}, {"type": "integer"}, {"type": "null"}]},
        ),
        (
            {"type": "string", "enum": ["a"], "nullable": True},
            {"type": ["string", "null"], "enum": ["a", None]},
        ),
        (
            {"type": "number", "minimum": 0, "exclusiveMinimum": True},
            {"type": "number", "exclusiveMinimum": 0},
        ),
        (
            {"type": "number", "maximum": 5, "exclusiveMaximum": False},
            {"type": "number", "maximum": 5},
        ),
        (
            {"allOf": [{"$ref": "#/components/schemas/T"}, {"nullable": True, "description": "d"}]},
            {
                "anyOf": [
                    {"allOf": [{"$ref": "#/components/schemas/T"}, {"description": "d"}]},
                    {"type": "null"},
                ]
            },
        ),
    ],
)
def test_30_schemas_in_31_terms(schema: dict[str, Any], expected: Any) -> None:
    assert _resolved_schema(schema) == expected


def test_refs_through_id_and_anchor_become_local_pointers() -> None:
    doc = _doc(
        schemas={
            "Pet": {"$id": "https://example.com/pet", "type": "object"},
            "Tag": {"$anchor": "tag", "type": "string"},
            "UsesId": {"$ref": "https://example.com/pet"},
            "UsesAnchor": {"$ref": "#tag"},
        }
    )
    out, diags = resolve.resolve(doc)
    schemas = out["components"]["schemas"]
    assert schemas["UsesId"] == {"$ref": "#/components/schemas/Pet"}
    assert schemas["UsesAnchor"] == {"$ref": "#/components/schemas/Tag"}
    assert diags == []
    assert doc["components"]["schemas"]["UsesAnchor"] == {"$ref": "#tag"}, "input left as it was"


def test_remote_ref_is_free_form_with_a_warning() -> None:
    doc = _doc(schemas={"R": {"$ref": "https://elsewhere.example/x.json"}})
    out, diags = resolve.resolve(doc)
    assert out["components"]["schemas"]["R"] == {}
    assert [(d.level, d.pointer) for d in diags] == [("warning", "/components/schemas/R")]
    assert "cannot follow $ref" in diags[0].message


def test_parameter_and_response_refs_are_inlined() -> None:
    doc = _doc(
        {
            "/a": {
                "get": {
                    "parameters": [{"$ref": "#/components/parameters/P"}],
                    "responses": {"200": {"$ref": "#/components/responses/R"}},
                }
            }
        },
        parameters={"P": {"name": "p", "in": "query", "schema": {"type": "string"}}},
        responses={"R": {"description": "ok"}},
    )
    out, diags = resolve.resolve(doc)
    op = out["paths"]["/a"]["get"]
    assert op["parameters"] == [{"name": "p", "in": "query", "schema": {"type": "string"}}]
    assert op["responses"]["200"] == {"description": "ok"}
    assert diags == []


def test_dangling_ref_is_an_error_at_its_place() -> None:
    doc = _doc(
        {"/a": {"get": {"parameters": [{"$ref": "#/components/parameters/Nope"}], "responses": OK}}}
    )
    _, diags = resolve.resolve(doc)
    assert [(d.level, d.pointer) for d in diags] == [("error", "/paths/~1a/get/parameters/0")]


def test_a_line_schema_is_normalised_like_any_schema() -> None:
    """``x-line-schema`` (each line of a line-delimited body) is read as a schema by every
    stage: a 3.0 ``nullable`` inside it becomes a 3.1 ``null`` type, as anywhere else."""
    body = {
        "type": "string",
        "x-line-schema": {
            "type": "object",
            "properties": {"note": {"type": "string", "nullable": True}},
        },
    }
    doc = _doc(
        {
            "/a": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "lines",
                            "content": {"application/x-ndjson": {"schema": body}},
                        }
                    }
                }
            }
        }
    )
    doc["openapi"] = "3.0.3"
    out, _ = resolve.resolve(doc)
    media = out["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/x-ndjson"]
    note = media["schema"]["x-line-schema"]["properties"]["note"]
    assert note["type"] == ["string", "null"] and "nullable" not in note
