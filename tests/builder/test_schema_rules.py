"""The per-schema repairs ``validate.repair`` runs before the validator: one table row per rule
(what the schema was, what it becomes, where the warning points), and the document-level ones."""

from __future__ import annotations

from typing import Any

import pytest

from generator.model.diagnostics import WARNING
from generator.spec import schema_repairs, validate

PTR = "/components/schemas/S"

CASES: dict[str, tuple[schema_repairs.SchemaRule, dict[str, Any], dict[str, Any], list[str]]] = {
    "vocabulary-not-a-map": (
        schema_repairs.vocabulary_not_a_map,
        {"$vocabulary": True, "type": "string"},
        {"type": "string"},
        [f"{PTR}/$vocabulary"],
    ),
    "vocabulary-map-kept": (
        schema_repairs.vocabulary_not_a_map,
        {"$vocabulary": {"u": True}},
        {"$vocabulary": {"u": True}},
        [],
    ),
    "null-type": (schema_repairs.null_type, {"type": None}, {}, [f"{PTR}/type"]),
    "recursive-anchor": (
        schema_repairs.recursive_anchor,
        {"$recursiveAnchor": True, "type": "object"},
        {"type": "object"},
        [f"{PTR}/$recursiveAnchor"],
    ),
    "unfit-default": (
        schema_repairs.unfit_default,
        {"type": "integer", "default": "ten"},
        {"type": "integer"},
        [f"{PTR}/default"],
    ),
    "fitting-default-kept": (
        schema_repairs.unfit_default,
        {"type": "integer", "default": 10},
        {"type": "integer", "default": 10},
        [],
    ),
    "duplicate-required": (
        schema_repairs.duplicate_required,
        {"required": ["a", "b", "a"]},
        {"required": ["a", "b"]},
        [f"{PTR}/required"],
    ),
    "boolean-bounds": (
        schema_repairs.boolean_exclusive_bound,
        {"minimum": 1, "exclusiveMinimum": True, "maximum": 9, "exclusiveMaximum": False},
        {"exclusiveMinimum": 1, "maximum": 9},
        [f"{PTR}/exclusiveMinimum", f"{PTR}/exclusiveMaximum"],
    ),
    "numeric-bound-kept": (
        schema_repairs.boolean_exclusive_bound,
        {"exclusiveMinimum": 0},
        {"exclusiveMinimum": 0},
        [],
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_schema_rule(case: str) -> None:
    rule, schema, expected, pointers = CASES[case]
    diags = rule(PTR, schema)
    assert schema == expected
    assert [d.pointer for d in diags] == pointers
    assert all(d.level == WARNING for d in diags)


def test_every_schema_rule_has_a_case() -> None:
    rules = {*schema_repairs.SCHEMA_RULES, schema_repairs.boolean_exclusive_bound}
    assert {rule for rule, *_ in CASES.values()} == rules


def test_null_ref_is_read_back_from_the_source_line() -> None:
    text = "components:\n  schemas:\n    S:\n      $ref: #/components/schemas/T\n"
    schema: dict[str, Any] = {"$ref": None}
    diags = schema_repairs.null_ref(PTR, schema, text, {f"{PTR}/$ref": (4, 7)})
    assert schema == {"$ref": "#/components/schemas/T"}
    assert "read by YAML as a comment" in diags[0].message
    empty: dict[str, Any] = {"$ref": None}
    diags = schema_repairs.null_ref(PTR, empty, "", None)
    assert empty == {}
    assert "taken as free-form" in diags[0].message


def _doc(**schemas: Any) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": schemas},
    }


def test_recursive_ref_becomes_a_ref_to_its_anchor() -> None:
    doc = _doc(Tree={"$recursiveAnchor": True, "properties": {"kids": {"$recursiveRef": "#"}}})
    repaired, diags = validate.repair(doc, "", None)
    assert repaired["components"]["schemas"]["Tree"] == {
        "properties": {"kids": {"$ref": "#/components/schemas/Tree"}}
    }
    assert [d.pointer for d in diags] == ["/components/schemas/Tree/$recursiveAnchor"]


def test_duplicate_operation_ids_are_numbered() -> None:
    doc = _doc()
    op = {"operationId": "list", "responses": {"200": {"description": "ok"}}}
    doc["paths"] = {"/a": {"get": dict(op)}, "/b": {"get": dict(op), "post": dict(op)}}
    diags = validate.duplicate_operation_ids(doc)
    ids = [
        doc["paths"][p][m]["operationId"] for p, m in (("/a", "get"), ("/b", "get"), ("/b", "post"))
    ]
    assert ids == ["list", "list_2", "list_3"]
    assert [d.pointer for d in diags] == [
        "/paths/~1b/get/operationId",
        "/paths/~1b/post/operationId",
    ]
