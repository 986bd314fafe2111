"""Repair rules for schemas (see :mod:`generator.repairs` for the document-level ones): JSON
Schema / OpenAPI 3.1 keywords in a 3.0 document, and examples that break their own ``format``."""

from __future__ import annotations

import datetime
import uuid
from typing import Any

from .diagnostics import WARNING, Diagnostic, escape
from .walk import iter_document_schemas


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
    diags = []
    for ptr, schema in iter_document_schemas(doc):
        for key in newer_in_30(schema):
            diags.append(Diagnostic(WARNING, _newer_message(key), f"{ptr}/{escape(str(key))}"))
    return diags


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
    diags = []
    for ptr, schema in iter_document_schemas(doc):
        fmt = schema.get("format")
        if fmt not in ("date-time", "date", "uuid"):
            continue
        found = []
        if "example" in schema:
            found.append(("example", schema["example"]))
        if isinstance(schema.get("examples"), list):
            found.extend((f"examples/{i}", v) for i, v in enumerate(schema["examples"]))
        for where, value in found:
            if not _readable_as(value, fmt):
                diags.append(
                    Diagnostic(
                        WARNING,
                        f"example {value!r} is not a {fmt}; kept as documentation",
                        f"{ptr}/{where}",
                    )
                )
    return diags
