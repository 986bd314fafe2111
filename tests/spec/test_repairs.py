"""Table tests of each repair rule in ``generator/spec/repairs.py``: the document before, the
document after, and the diagnostics (level, pointer, words of the message)."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from generator.model.diagnostics import ERROR, WARNING, Diagnostic
from generator.spec import repairs, schema_repairs, validate

V30 = {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}}
V31 = {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}}


def doc(head: dict[str, Any], **parts: Any) -> dict[str, Any]:
    return {**copy.deepcopy(head), **parts}


def get(responses: Any = None, **fields: Any) -> dict[str, Any]:
    """``paths`` with one GET operation at ``/a``."""
    op = dict(fields)
    if responses is not None:
        op["responses"] = responses
    return {"/a": {"get": op}}


def body(schema: dict[str, Any]) -> dict[str, Any]:
    return get({"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}})


SCHEMA = "/paths/~1a/get/responses/200/content/application~1json/schema"
OK = {"200": {"description": "ok"}}

Expect = tuple[str, str, str]  # level, pointer, words of the message

# rule, document before, document after (None: unchanged), diagnostics
CASES: dict[str, tuple[repairs.Rule, dict[str, Any], dict[str, Any] | None, list[Expect]]] = {
    "version-3.0": (
        repairs.version_without_patch,
        doc(V30, openapi="3.0"),
        doc(V30, openapi="3.0.0"),
        [(WARNING, "/openapi", "read as 3.0.0")],
    ),
    "version-3.1": (
        repairs.version_without_patch,
        doc(V31, openapi="3.1"),
        doc(V31, openapi="3.1.0"),
        [(WARNING, "/openapi", "read as 3.1.0")],
    ),
    "version-complete": (repairs.version_without_patch, doc(V30), None, []),
    "info-version-float": (
        repairs.info_version_not_string,
        doc(V30, info={"title": "T", "version": 1.0}),
        doc(V30, info={"title": "T", "version": "1.0"}),
        [(WARNING, "/info/version", "the string '1.0'")],
    ),
    "info-version-string": (repairs.info_version_not_string, doc(V30), None, []),
    "info-version-object-left-to-validator": (
        repairs.info_version_not_string,
        doc(V30, info={"title": "T", "version": {"a": 1}}),
        None,
        [],
    ),
    "no-paths-30": (
        repairs.document_without_paths,
        doc(V30, components={}),
        doc(V30, components={}, paths={}),
        [(WARNING, "", "no 'paths'")],
    ),
    "no-paths-31": (repairs.document_without_paths, doc(V31, components={}), None, []),
    "responses-empty": (
        repairs.operation_without_responses,
        doc(V31, paths=get({})),
        doc(V31, paths=get({"default": {"description": ""}})),
        [(WARNING, "/paths/~1a/get/responses", "documents no response")],
    ),
    "responses-missing-30": (
        repairs.operation_without_responses,
        doc(V30, paths=get()),
        doc(V30, paths=get({"default": {"description": ""}})),
        [(WARNING, "/paths/~1a/get", "documents no response")],
    ),
    "responses-missing-31-is-valid": (
        repairs.operation_without_responses,
        doc(V31, paths=get()),
        None,
        [],
    ),
    "status-lower-case": (
        repairs.status_key_case,
        doc(V30, paths=get({"2xx": {"description": "a"}, "4xx": {"description": "b"}})),
        doc(V30, paths=get({"2XX": {"description": "a"}, "4XX": {"description": "b"}})),
        [
            (WARNING, "/paths/~1a/get/responses/2xx", "'2xx' read as '2XX'"),
            (WARNING, "/paths/~1a/get/responses/4xx", "'4xx' read as '4XX'"),
        ],
    ),
    "status-Default": (
        repairs.status_key_case,
        doc(V30, paths=get({"DEFAULT": {"description": "a"}})),
        doc(V30, paths=get({"default": {"description": "a"}})),
        [(WARNING, "/paths/~1a/get/responses/DEFAULT", "read as 'default'")],
    ),
    "status-lower-case-clash-left-alone": (
        repairs.status_key_case,
        doc(V30, paths=get({"4xx": {"description": "a"}, "4XX": {"description": "b"}})),
        None,
        [],
    ),
    "status-not-a-status": (
        repairs.invalid_status_keys,
        doc(V30, paths=get({"200": {"description": "a"}, "abcdef": {"description": "b"}})),
        doc(V30, paths=get({"200": {"description": "a"}})),
        [(ERROR, "/paths/~1a/get/responses/abcdef", "'abcdef' is not a response status")],
    ),
    "status-valid-keys": (
        repairs.invalid_status_keys,
        doc(
            V30,
            paths=get({"200": {}, "4XX": {}, "default": {}, "x-note": 1}),
        ),
        None,
        [],
    ),
    "response-no-description": (
        repairs.response_without_description,
        doc(V30, paths=get({"204": {}}), components={"responses": {"R": {}}}),
        doc(
            V30,
            paths=get({"204": {"description": ""}}),
            components={"responses": {"R": {"description": ""}}},
        ),
        [
            (WARNING, "/paths/~1a/get/responses/204", "no description"),
            (WARNING, "/components/responses/R", "no description"),
        ],
    ),
    "response-ref-left-alone": (
        repairs.response_without_description,
        doc(V30, paths=get({"204": {"$ref": "#/components/responses/R"}})),
        None,
        [],
    ),
    "parameter-no-schema": (
        repairs.parameter_without_schema,
        doc(V30, paths=get(OK, parameters=[{"name": "q", "in": "query"}])),
        doc(
            V30,
            paths=get(OK, parameters=[{"name": "q", "in": "query", "schema": {"type": "string"}}]),
        ),
        [(WARNING, "/paths/~1a/get/parameters/0", "no schema; read as a string")],
    ),
    "parameter-content-is-enough": (
        repairs.parameter_without_schema,
        doc(V30, paths=get(OK, parameters=[{"name": "q", "in": "query", "content": {}}])),
        None,
        [],
    ),
    "path-parameter-required-false": (
        repairs.path_parameter_not_required,
        doc(V30, paths=get(OK, parameters=[{"name": "id", "in": "path", "required": False}])),
        doc(V30, paths=get(OK, parameters=[{"name": "id", "in": "path", "required": True}])),
        [(WARNING, "/paths/~1a/get/parameters/0/required", "read as required")],
    ),
    "query-parameter-optional": (
        repairs.path_parameter_not_required,
        doc(V30, paths=get(OK, parameters=[{"name": "q", "in": "query"}])),
        None,
        [],
    ),
    "unknown-operation-key": (
        repairs.unknown_object_keys,
        doc(V30, paths=get(OK, title="T", **{"x-title": "kept"})),
        doc(V30, paths=get(OK, **{"x-title": "kept"})),
        [(WARNING, "/paths/~1a/get/title", "not a field of an operation in OpenAPI 3.0")],
    ),
    "webhooks-in-30": (
        repairs.unknown_object_keys,
        doc(V30, paths={}, webhooks={}),
        doc(V30, paths={}),
        [(WARNING, "/webhooks", "not a field of a document in OpenAPI 3.0")],
    ),
    "webhooks-in-31": (repairs.unknown_object_keys, doc(V31, paths={}, webhooks={}), None, []),
    "unknown-media-type-key": (
        repairs.unknown_object_keys,
        doc(V31, paths=get({"200": {"description": "ok", "content": {"text/plain": {"note": 1}}}})),
        doc(V31, paths=get({"200": {"description": "ok", "content": {"text/plain": {}}}})),
        [
            (
                WARNING,
                "/paths/~1a/get/responses/200/content/text~1plain/note",
                "not a field of a media type in OpenAPI 3.1",
            )
        ],
    ),
    "known-keys-only": (
        repairs.unknown_object_keys,
        doc(V31, paths=body({"type": "string", "whatever": 1})),
        None,
        [],
    ),
    "const-in-30": (
        schema_repairs.newer_schema_keywords,
        doc(V30, paths=body({"const": "x"})),
        None,
        [(WARNING, f"{SCHEMA}/const", "'const' is OpenAPI 3.1")],
    ),
    "type-list-in-30": (
        schema_repairs.newer_schema_keywords,
        doc(V30, paths=body({"type": ["string", "null"]})),
        None,
        [(WARNING, f"{SCHEMA}/type", "a list of types is OpenAPI 3.1")],
    ),
    "numeric-bound-in-30": (
        schema_repairs.newer_schema_keywords,
        doc(V30, paths=body({"type": "number", "exclusiveMaximum": 5})),
        None,
        [(WARNING, f"{SCHEMA}/exclusiveMaximum", "a numeric exclusiveMaximum")],
    ),
    "boolean-bound-in-30": (
        schema_repairs.newer_schema_keywords,
        doc(V30, paths=body({"type": "number", "maximum": 5, "exclusiveMaximum": True})),
        None,
        [],
    ),
    "unknown-schema-key-in-30": (
        schema_repairs.newer_schema_keywords,
        doc(V30, paths=body({"type": "string", "optional": True, "x-ok": 1})),
        None,
        [(WARNING, f"{SCHEMA}/optional", "not a schema keyword; ignored")],
    ),
    "const-in-31": (
        schema_repairs.newer_schema_keywords,
        doc(V31, paths=body({"const": "x"})),
        None,
        [],
    ),
    "example-not-a-date-time": (
        schema_repairs.example_breaks_format,
        doc(V30, paths=body({"type": "string", "format": "date-time", "example": "<timestamp>"})),
        None,
        [(WARNING, f"{SCHEMA}/example", "'<timestamp>' is not a date-time")],
    ),
    "examples-not-a-date": (
        schema_repairs.example_breaks_format,
        doc(V31, paths=body({"format": "date", "examples": ["2024-01-02", "today"]})),
        None,
        [(WARNING, f"{SCHEMA}/examples/1", "'today' is not a date")],
    ),
    "example-good-date-time": (
        schema_repairs.example_breaks_format,
        doc(V30, paths=body({"format": "date-time", "example": "2024-01-02T03:04:05Z"})),
        None,
        [],
    ),
    "example-other-format": (
        schema_repairs.example_breaks_format,
        doc(V30, paths=body({"format": "email", "example": "nobody"})),
        None,
        [],
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_rule(case: str) -> None:
    rule, before, after, expected = CASES[case]
    document = copy.deepcopy(before)
    diags = rule(document)
    assert document == (before if after is None else after)
    assert len(diags) == len(expected), diags
    for d, (level, pointer, words) in zip(diags, expected, strict=True):
        assert (d.level, d.pointer) == (level, pointer)
        assert words in d.message


def test_every_rule_has_a_case() -> None:
    # schema_notes runs two rules in one walk: each has cases of its own
    notes = {schema_repairs.newer_schema_keywords, schema_repairs.example_breaks_format}
    assert schema_repairs.schema_notes in repairs.RULES
    expected = set(repairs.RULES) - {schema_repairs.schema_notes} | notes
    assert {rule for rule, *_ in CASES.values()} == expected


@pytest.mark.parametrize(
    "case",
    [
        name
        for name, (rule, *_) in CASES.items()
        if rule in (schema_repairs.newer_schema_keywords, schema_repairs.example_breaks_format)
    ],
)
def test_schema_notes_are_both_rules_in_one_walk(case: str) -> None:
    _, document, *_ = CASES[case]
    both = schema_repairs.newer_schema_keywords(document) + schema_repairs.example_breaks_format(
        document
    )
    assert schema_repairs.schema_notes(document) == both


def test_schema_notes_give_the_newer_keywords_first() -> None:
    document = doc(
        V30,
        paths=body(
            {
                "type": "object",
                "properties": {
                    "when": {"type": "string", "format": "date", "example": "today"},
                    "what": {"const": "x"},
                },
            }
        ),
    )
    found = [d.pointer for d in schema_repairs.schema_notes(document)]
    assert found == [f"{SCHEMA}/properties/what/const", f"{SCHEMA}/properties/when/example"]


def test_repair_runs_the_rules_on_a_copy() -> None:
    before = doc(V30, paths=get({"4xx": {"description": "b"}}))
    kept = copy.deepcopy(before)
    repaired, diags = validate.repair(before, "", None)
    assert before == kept
    assert "4XX" in repaired["paths"]["/a"]["get"]["responses"]
    assert [d.pointer for d in diags] == ["/paths/~1a/get/responses/4xx"]


def test_hidden_from_30_validator_removes_what_the_rules_accepted() -> None:
    document = doc(
        V30,
        paths=body({"const": "x", "type": ["string", "null"], "exclusiveMinimum": 1, "title": "t"}),
    )
    schema_repairs.hidden_from_30_validator(document)
    assert document == doc(V30, paths=body({"title": "t"}))


def test_validator_errors_about_a_place_a_repair_named_are_dropped() -> None:
    found = [
        Diagnostic(ERROR, "{} has less than 1 property", "/paths/~1a/get/responses"),
        Diagnostic(ERROR, "other", "/paths/~1b"),
        Diagnostic(ERROR, "whole document", ""),
    ]
    named = [Diagnostic(ERROR, "not a status", "/paths/~1a/get/responses/abc")]
    assert validate.merged(found, named) == [found[1], found[2], named[0]]
