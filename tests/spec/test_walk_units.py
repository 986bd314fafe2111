"""Unit tests of walking a spec (generator.spec.walk): path items, operations, merged parameters,
schemas with their pointers, lookup."""

from __future__ import annotations

from typing import Any

import pytest

from generator.spec import walk


def _doc(paths: dict[str, Any] | None = None, **components: Any) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": paths or {},
        "components": components,
    }


OK = {"200": {"description": "ok"}}


def test_operations_in_document_order_with_pointers() -> None:
    doc = _doc(
        {
            "/a/{id}": {"post": {"responses": OK}, "get": {"responses": OK}, "summary": "x"},
            "/b": {"delete": {"responses": OK}},
            "/c": "not a path item",
        }
    )
    doc["webhooks"] = {"ping": {"post": {"responses": OK}}}
    found = [(o.section, o.path, o.method, o.pointer) for o in walk.operations(doc)]
    assert found == [
        ("paths", "/a/{id}", "get", "/paths/~1a~1{id}/get"),
        ("paths", "/a/{id}", "post", "/paths/~1a~1{id}/post"),
        ("paths", "/b", "delete", "/paths/~1b/delete"),
        ("webhooks", "ping", "post", "/webhooks/ping/post"),
    ]
    assert [o.path for o in walk.operations(doc, ("paths",))] == ["/a/{id}", "/a/{id}", "/b"]


def test_parameters_merge_path_item_and_operation() -> None:
    doc = _doc(
        {
            "/a": {
                "parameters": [
                    {"name": "x", "in": "query", "description": "item"},
                    {"name": "y", "in": "header"},
                ],
                "get": {
                    "parameters": [
                        {"name": "z", "in": "query"},
                        {"name": "x", "in": "query", "description": "operation"},
                    ],
                    "responses": OK,
                },
            }
        }
    )
    (op,) = walk.operations(doc)
    merged = walk.parameters(op)
    # The operation's x replaces the path item's, at the place x first appeared.
    assert [(p["name"], p.get("description"), ptr) for ptr, p in merged] == [
        ("x", "operation", "/paths/~1a/get/parameters/1"),
        ("y", None, "/paths/~1a/parameters/1"),
        ("z", None, "/paths/~1a/get/parameters/0"),
    ]


def test_path_items_without_refs() -> None:
    doc = _doc({"/a": {"$ref": "#/components/pathItems/A"}, "/b": {"get": {"responses": OK}}})
    assert [k for k, _, _ in walk.path_items(doc)] == ["/a", "/b"]
    assert [k for k, _, _ in walk.path_items(doc, with_refs=False)] == ["/b"]


def test_document_schemas_under_every_keyword() -> None:
    doc = _doc(
        {
            "/a": {
                "parameters": [{"name": "p", "in": "query", "schema": {"type": "string"}}],
                "post": {
                    "requestBody": {
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/A"}}
                        }
                    },
                    "responses": {
                        "200": {
                            "description": "ok",
                            "headers": {"X-N": {"schema": {"type": "integer"}}},
                            "content": {"text/plain": {"schema": {"type": "string"}}},
                        }
                    },
                },
            }
        },
        schemas={
            "A": {
                "properties": {"a/b": {"items": {"type": "string"}}},
                "oneOf": [{"type": "object"}],
                "additionalProperties": {"type": "integer"},
            }
        },
    )
    pointers = {p for p, _ in walk.iter_document_schemas(doc)}
    assert pointers == {
        "/components/schemas/A",
        "/components/schemas/A/properties/a~1b",
        "/components/schemas/A/properties/a~1b/items",
        "/components/schemas/A/oneOf/0",
        "/components/schemas/A/additionalProperties",
        "/paths/~1a/parameters/0/schema",
        "/paths/~1a/post/requestBody/content/application~1json/schema",
        "/paths/~1a/post/responses/200/headers/X-N/schema",
        "/paths/~1a/post/responses/200/content/text~1plain/schema",
    }
    outer = {p for p, _ in walk.iter_document_schemas(doc, nested=False)}
    assert "/components/schemas/A/oneOf/0" not in outer
    assert "/components/schemas/A" in outer


@pytest.mark.parametrize(
    ("pointer", "expected"),
    [
        ("#/components/schemas/A/properties/a~1b", {"type": "string"}),
        ("/components/schemas/A/enum/1", "y"),
        ("#", "whole"),
    ],
)
def test_lookup(pointer: str, expected: Any) -> None:
    doc = _doc(schemas={"A": {"properties": {"a/b": {"type": "string"}}, "enum": ["x", "y"]}})
    assert walk.lookup(doc, pointer) == (doc if expected == "whole" else expected)


def test_lookup_of_nothing_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        walk.lookup(_doc(), "/components/schemas/Missing")
