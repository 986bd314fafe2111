"""What a schema says about its type, read without building anything: nullability, whether it
constrains structure, literal and enum values, examples, annotations, and ``allOf`` merged into
one object schema."""

from __future__ import annotations

from typing import Any

from ..model import ir
from ..spec.walk import lookup

PRIMS: dict[str, ir.PrimKind] = {
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "string": "str",
    "null": "none",
}
STRING_FORMATS: dict[str, ir.PrimKind] = {
    "date-time": "datetime",
    "date": "date",
    "uuid": "uuid",
    "binary": "bytes",
}


NOT_OBJECT: tuple[ir.TypeRef, ...] = (
    ir.Prim("str"),
    ir.Prim("int"),
    ir.Prim("float"),
    ir.Prim("bool"),
    ir.ListOf(ir.ANY),
)
"""Every JSON value that is not an object, null aside: what a schema that constrains objects
only (``properties`` and no ``type``) lets through besides them."""


def or_not_object(t: ir.TypeRef) -> ir.TypeRef:
    """``t`` (the model or map of an object) or any other JSON value: the type of a schema
    with ``properties`` and no ``type``, which constrains objects only."""
    return ir.Nullable(ir.UnionOf((t, *NOT_OBJECT)))


def declares_required(schema: dict[str, Any]) -> bool:
    """The schema lists properties every instance must have (a non-empty ``required``)."""
    required = schema.get("required")
    return isinstance(required, list) and bool(required)


def only_object(t: ir.TypeRef) -> ir.TypeRef:
    """``t`` without what :func:`or_not_object` added: where the value is known to be an
    object (a discriminated union's member), or is what the caller sends (a request body)."""
    if isinstance(t, ir.Nullable) and isinstance(t.inner, ir.UnionOf):
        members = t.inner.members
        if members[1:] == NOT_OBJECT:
            return members[0]
    return t


def only_null(schema: dict[str, Any]) -> bool:
    """The schema allows ``null`` and nothing else (``enum: [null]``, ``const: null``)."""
    enum = schema.get("enum")
    if isinstance(enum, list) and enum and all(v is None for v in enum):
        return True
    return "const" in schema and schema["const"] is None


def _split_null(schema: dict[str, Any]) -> tuple[bool, dict[str, Any]]:
    types = schema.get("type")
    if isinstance(types, list) and "null" in types:
        rest = [t for t in types if t != "null"]
        schema = (
            {**schema, "type": rest[0] if len(rest) == 1 else rest}
            if rest
            else {k: v for k, v in schema.items() if k != "type"}
        )
        return True, schema
    if isinstance(schema.get("enum"), list) and None in schema["enum"] and len(schema["enum"]) > 1:
        return True, schema
    return False, schema


def _is_structural(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    return any(
        k in schema
        for k in (
            "$ref",
            "properties",
            "type",
            "allOf",
            "oneOf",
            "anyOf",
            "enum",
            "const",
            "items",
            "additionalProperties",
        )
    )


def _literal(values: list[Any]) -> ir.TypeRef:
    if all(isinstance(v, (str, int, bool)) for v in values) and values:
        return ir.LiteralOf(tuple(_unique(values)))
    return ir.ANY


def _enum_base(values: list[Any]) -> ir.EnumBase | None:
    if all(isinstance(v, str) for v in values):
        return "str"
    if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return "int"
    return None


def _unique(values: list[Any]) -> list[Any]:
    out: list[Any] = []
    for v in values:
        if v not in out:
            out.append(v)
    return out


def _example(schema: dict[str, Any]) -> tuple[bool, Any]:
    """The schema's ``example``, or the first of its 3.1 ``examples``."""
    if "example" in schema:
        return True, schema["example"]
    examples = schema.get("examples")
    if isinstance(examples, list) and examples:
        return True, examples[0]
    return False, None


def _name_override(p: dict[str, Any]) -> str:
    override = p.get("x-speakeasy-name-override")
    return override.strip() if isinstance(override, str) else ""


def _deprecation(p: dict[str, Any]) -> str:
    """The ``x-speakeasy-deprecation-message`` of a deprecated property, else empty."""
    if not p.get("deprecated"):
        return ""
    return str(p.get("x-speakeasy-deprecation-message") or "").strip()


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def merge_all_of(doc: Any, schema: dict[str, Any], seen: set[str]) -> dict[str, Any]:
    """Fold ``allOf`` parts (following ``$ref``s) into one object schema."""
    own = {k: v for k, v in schema.items() if k != "allOf"}
    # The schema's own annotations (description, example) win over those of its parts.
    out: dict[str, Any] = {"properties": {}, "required": []}
    out.update({k: v for k, v in own.items() if k not in ("properties", "required", "$ref")})
    for part in [*schema.get("allOf", []), own]:
        if not isinstance(part, dict):
            continue
        ref = part.get("$ref")
        if isinstance(ref, str) and ref.startswith("#"):
            if ref in seen:
                continue
            try:
                part = merge_all_of(doc, lookup(doc, ref[1:]), seen | {ref})
            except (KeyError, IndexError, ValueError):
                continue
        elif "allOf" in part:
            part = merge_all_of(doc, part, seen)
        out["properties"].update(part.get("properties") or {})
        out["required"].extend(r for r in part.get("required") or [] if r not in out["required"])
        for k, v in part.items():
            if k not in ("properties", "required", "allOf", "$ref"):
                out.setdefault(k, v)
    if out.get("type") is None:
        out["type"] = "object"
    return out
