"""Repair rules for schemas (see :mod:`generator.spec.repairs` for the document-level ones): JSON
Schema / OpenAPI 3.1 keywords in a 3.0 document, examples that break their own ``format``, and
the per-schema rules ``validate.repair`` runs on every schema before the validator sees it."""

from __future__ import annotations

import datetime
import re
import uuid
from collections.abc import Callable, Mapping
from typing import Any

from ..model.diagnostics import WARNING, Diagnostic, Position, escape
from .walk import iter_document_schemas, iter_schemas, lookup


def _is30(doc: dict[str, Any]) -> bool:
    return str(doc.get("openapi", "")).startswith("3.0")


SCHEMA_30_KEYWORDS = frozenset(
    "title multipleOf maximum exclusiveMaximum minimum exclusiveMinimum maxLength minLength"
    " pattern maxItems minItems uniqueItems maxProperties minProperties required enum type not"
    " allOf oneOf anyOf items properties additionalProperties description format default"
    " nullable discriminator readOnly writeOnly example externalDocs deprecated xml $ref".split()
)
SCHEMA_31_KEYWORDS = frozenset(
    "const examples $defs $id $schema $anchor $comment $dynamicRef $dynamicAnchor prefixItems"
    " contains minContains maxContains patternProperties propertyNames dependentRequired"
    " dependentSchemas unevaluatedProperties unevaluatedItems if then else contentMediaType"
    " contentEncoding contentSchema".split()
)


def newer_in_30(schema: dict[str, Any]) -> list[str]:
    """The keys of a schema in a 3.0 document that the 3.0 Schema Object does not define,
    including 3.1 spellings of 3.0 keywords (a ``type`` list, a numeric exclusive bound)."""
    keys = [k for k in schema if k not in SCHEMA_30_KEYWORDS and not str(k).startswith("x-")]
    if isinstance(schema.get("type"), list):
        keys.append("type")
    for bound in ("exclusiveMinimum", "exclusiveMaximum"):
        value = schema.get(bound)
        if isinstance(value, int | float) and not isinstance(value, bool):
            keys.append(bound)
    return keys


def newer_schema_keywords(doc: dict[str, Any]) -> list[Diagnostic]:
    """JSON Schema / OpenAPI 3.1 keywords (``const``, ``examples``, ``type: [string, null]`` ...)
    in a 3.0 document: read as 3.1 defines them (the 3.0 validator does not see them, see
    :func:`hidden_from_30_validator`); other unknown schema keys are ignored."""
    if not _is30(doc):
        return []
    return [d for ptr, schema in iter_document_schemas(doc) for d in _newer_keywords(ptr, schema)]


def _newer_keywords(ptr: str, schema: dict[str, Any]) -> list[Diagnostic]:
    return [
        Diagnostic(WARNING, _newer_message(key), f"{ptr}/{escape(str(key))}")
        for key in newer_in_30(schema)
    ]


def schema_notes(doc: dict[str, Any]) -> list[Diagnostic]:
    """:func:`newer_schema_keywords`, then :func:`example_breaks_format`, in one walk of the
    document's schemas (neither changes them)."""
    is30 = _is30(doc)
    newer: list[Diagnostic] = []
    examples: list[Diagnostic] = []
    for ptr, schema in iter_document_schemas(doc):
        if is30:
            newer += _newer_keywords(ptr, schema)
        if schema.get("format") in _READABLE:
            examples += _examples_breaking_format(ptr, schema)
    return newer + examples


def _newer_message(key: str) -> str:
    read = "is OpenAPI 3.1 (JSON Schema), not 3.0; read as 3.1 defines it"
    if key == "type":
        return f"a list of types {read}"
    if key in _BOUNDS:
        return f"a numeric {key} {read}"
    if key in SCHEMA_31_KEYWORDS:
        return f"{key!r} {read}"
    return f"{key!r} is not a schema keyword; ignored"


_BOUNDS = ("exclusiveMinimum", "exclusiveMaximum")


def hidden_from_30_validator(doc: dict[str, Any]) -> None:
    """Remove, in place, what :func:`newer_schema_keywords` accepted from a 3.0 document, so
    that the 3.0 validator checks the rest. Only for the validator's own copy."""
    if not _is30(doc):
        return
    for _, schema in list(iter_document_schemas(doc)):
        for key in newer_in_30(schema):
            schema.pop(key, None)


def _readable_as(value: Any, fmt: str) -> bool:
    """Can the generated client read ``value`` as a string of format ``fmt``?"""
    if not isinstance(value, str):
        return True
    text = value[:-1] + "+00:00" if value.endswith(("Z", "z")) else value
    try:
        if fmt == "date-time":
            datetime.datetime.fromisoformat(text)
        elif fmt == "date":
            datetime.date.fromisoformat(value)
        elif fmt == "uuid":
            uuid.UUID(value)
    except ValueError:
        return False
    return True


def example_breaks_format(doc: dict[str, Any]) -> list[Diagnostic]:
    """A schema example that is no valid date-time, date or uuid (``"<timestamp>"``, ``"a
    while ago"``): documentation, kept as it is, with a warning."""
    return [
        d
        for ptr, schema in iter_document_schemas(doc)
        if schema.get("format") in _READABLE
        for d in _examples_breaking_format(ptr, schema)
    ]


_READABLE = ("date-time", "date", "uuid")
"""The formats :func:`_readable_as` checks."""


def _examples_breaking_format(ptr: str, schema: dict[str, Any]) -> list[Diagnostic]:
    fmt = schema["format"]
    found = []
    if "example" in schema:
        found.append(("example", schema["example"]))
    if isinstance(schema.get("examples"), list):
        found.extend((f"examples/{i}", v) for i, v in enumerate(schema["examples"]))
    return [
        Diagnostic(
            WARNING, f"example {value!r} is not a {fmt}; kept as documentation", f"{ptr}/{where}"
        )
        for where, value in found
        if not _readable_as(value, fmt)
    ]


SchemaRule = Callable[[str, dict[str, Any]], list[Diagnostic]]
"""A repair of one schema at a pointer, in place: a warning for what it fixed."""


def vocabulary_not_a_map(ptr: str, schema: dict[str, Any]) -> list[Diagnostic]:
    if "$vocabulary" not in schema or isinstance(schema["$vocabulary"], dict):
        return []
    del schema["$vocabulary"]
    return [
        Diagnostic(
            WARNING,
            "$vocabulary must map vocabulary URIs to booleans; ignored",
            f"{ptr}/$vocabulary",
        )
    ]


def null_type(ptr: str, schema: dict[str, Any]) -> list[Diagnostic]:
    if "type" not in schema or schema["type"] is not None:
        return []
    del schema["type"]
    return [Diagnostic(WARNING, "'type' is null; read as no type constraint", f"{ptr}/type")]


def recursive_anchor(ptr: str, schema: dict[str, Any]) -> list[Diagnostic]:
    """2019-09's ``$recursiveAnchor: true``: dropped here; :func:`recursive_refs` turns the
    ``$recursiveRef`` under it into a ``$ref``."""
    if schema.get("$recursiveAnchor") is not True:
        return []
    del schema["$recursiveAnchor"]
    return [
        Diagnostic(
            WARNING,
            "$recursiveAnchor is from JSON Schema 2019-09, not OpenAPI 3.1; its $recursiveRef is read as a $ref to this schema",
            f"{ptr}/$recursiveAnchor",
        )
    ]


def unfit_default(ptr: str, schema: dict[str, Any]) -> list[Diagnostic]:
    if "default" not in schema or _fits(schema["default"], schema):
        return []
    value = schema.pop("default")
    return [
        Diagnostic(
            WARNING,
            f"default {value!r} does not fit the schema's type or enum; ignored",
            f"{ptr}/default",
        )
    ]


def duplicate_required(ptr: str, schema: dict[str, Any]) -> list[Diagnostic]:
    req = schema.get("required")
    if not isinstance(req, list) or len(set(map(str, req))) == len(req):
        return []
    dupes = sorted({r for r in req if req.count(r) > 1})
    schema["required"] = list(dict.fromkeys(req))
    return [
        Diagnostic(
            WARNING,
            f"'required' lists {', '.join(map(str, dupes))} more than once; duplicates dropped",
            f"{ptr}/required",
        )
    ]


def boolean_exclusive_bound(ptr: str, schema: dict[str, Any]) -> list[Diagnostic]:
    """3.0's boolean ``exclusiveMinimum``/``exclusiveMaximum`` in a 3.1 document (where the
    validator wants a number), read as 3.0 would."""
    return [
        Diagnostic(
            WARNING, f"boolean {bound} is OpenAPI 3.0 syntax; read as 3.0 would", f"{ptr}/{bound}"
        )
        for bound in exclusive_bounds_as_numbers(schema)
    ]


def exclusive_bounds_as_numbers(schema: dict[str, Any]) -> list[str]:
    """Boolean ``exclusiveMinimum``/``exclusiveMaximum`` (OpenAPI 3.0) in 3.1 terms, in place:
    ``true`` takes the number of ``minimum``/``maximum``, ``false`` is dropped. Returns the
    bounds that were booleans. Runs before the validator in a 3.1 document (through
    :func:`boolean_exclusive_bound`, whose validator wants numbers) and after it in a 3.0 one
    (``resolve``: the 3.0 validator wants the booleans)."""
    changed = []
    for bound, limit in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        value = schema.get(bound)
        if isinstance(value, bool):
            del schema[bound]
            if value and limit in schema:
                schema[bound] = schema.pop(limit)
            changed.append(bound)
    return changed


SCHEMA_RULES: tuple[SchemaRule, ...] = (
    vocabulary_not_a_map,
    null_type,
    recursive_anchor,
    unfit_default,
    duplicate_required,
)
"""The schema rules :func:`repair` runs on every schema, in order (then, in 3.1,
:func:`boolean_exclusive_bound`, then :func:`null_ref`)."""


def null_ref(
    ptr: str, schema: dict[str, Any], text: str, lines: Mapping[str, Position] | None
) -> list[Diagnostic]:
    """A ``$ref`` YAML read as null: an unquoted ``#/...`` is a comment to YAML; the target is
    read back from the source line where there is one."""
    if "$ref" not in schema or schema["$ref"] is not None:
        return []
    target = _ref_from_comment(text, lines, f"{ptr}/$ref") if lines is not None else None
    if target:
        schema["$ref"] = target
        message = f"unquoted $ref was read by YAML as a comment; using {target!r} (quote it)"
    else:
        del schema["$ref"]
        message = "$ref is empty (null); the schema is taken as free-form"
    return [Diagnostic(WARNING, message, f"{ptr}/$ref")]


def recursive_refs(doc: dict[str, Any], anchors: list[str]) -> None:
    """``$recursiveRef: "#"`` under a ``$recursiveAnchor`` schema becomes a ``$ref`` to it."""
    for anchor in anchors:
        for _, schema in iter_schemas(lookup(doc, anchor), anchor):
            if schema.get("$recursiveRef") == "#":
                del schema["$recursiveRef"]
                schema["$ref"] = "#" + anchor


_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
    "null": (type(None),),
}


def _fits(value: Any, schema: dict[str, Any]) -> bool:
    """A shallow check of a default against its schema's ``type`` and ``enum``."""
    if value is None:
        return _admits_null(schema)
    types = schema.get("type")
    if isinstance(types, str):
        types = [types]
    if isinstance(types, list) and types:
        ok = False
        for t in types:
            allowed = _JSON_TYPES.get(str(t), (object,))
            if isinstance(value, allowed) and not (
                isinstance(value, bool) and t in ("integer", "number")
            ):
                ok = True
        if value is None and schema.get("nullable") is True:
            ok = True
        if not ok:
            return False
    enum = schema.get("enum")
    return not (
        isinstance(enum, list)
        and value not in enum
        and not (value is None and schema.get("nullable"))
    )


def _admits_null(schema: Any) -> bool:
    if not isinstance(schema, dict) or schema.get("nullable") is True:
        return True
    types = schema.get("type")
    if types == "null" or (isinstance(types, list) and "null" in types):
        return True
    if isinstance(schema.get("enum"), list) and None in schema["enum"]:
        return True
    branches = [b for k in ("oneOf", "anyOf") for b in schema.get(k) or []]
    if branches:
        return any(isinstance(b, dict) and "$ref" not in b and _admits_null(b) for b in branches)
    return types is None and "enum" not in schema and "$ref" not in schema and "allOf" not in schema


def _ref_from_comment(text: str, lines: Mapping[str, Position], ptr: str) -> str | None:
    place = lines.get(ptr)
    if place is None:
        return None
    line = place[0]
    source = text.splitlines()[line - 1] if line - 1 < len(text.splitlines()) else ""
    m = re.search(r"\$ref:\s*(#/\S+)", source)
    return m.group(1).strip("'\"") if m else None
