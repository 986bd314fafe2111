"""Parameters as a request carries them: read by their ``style`` and ``explode``, then made the
typed values their schemas describe (how ``mock`` and ``conform`` see a parameter)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import unquote

from . import traffic
from .traffic import Request


def deref(doc: Mapping[str, Any], schema: Any) -> dict[str, Any]:
    seen = 0
    while isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and seen < 20:
        schema = traffic.lookup_or_none(doc, schema["$ref"][1:])
        seen += 1
    return schema if isinstance(schema, dict) else {}


def _types(schema: Mapping[str, Any], doc: Mapping[str, Any]) -> set[str]:
    kind = schema.get("type")
    if isinstance(kind, str):
        return {kind}
    if isinstance(kind, list):
        return {str(k) for k in kind}
    found: set[str] = set()
    for key in ("allOf", "oneOf", "anyOf"):
        for member in schema.get(key) or []:
            found |= _types(deref(doc, member), doc)
    for value in schema.get("enum") or ([schema["const"]] if "const" in schema else []):
        found.add({bool: "boolean", int: "integer", float: "number"}.get(type(value), "string"))
    return found


def kind_of(schema: Mapping[str, Any], doc: Mapping[str, Any]) -> str:
    types = _types(schema, doc) - {"null"}
    if types == {"array"} or (not types and "items" in schema):
        return "array"
    if types == {"object"} or (not types and "properties" in schema):
        return "object"
    return "primitive"


def coerce(value: Any, schema: Mapping[str, Any], doc: Mapping[str, Any]) -> Any:
    """A parameter's text (or list, or dict of texts) as the typed value its schema describes."""
    if isinstance(value, list):
        items = deref(doc, schema.get("items"))
        return [coerce(v, items, doc) for v in value]
    if isinstance(value, dict):
        props = schema.get("properties") or {}
        return {k: coerce(v, deref(doc, props.get(k)), doc) for k, v in value.items()}
    types = _types(schema, doc)
    if "integer" in types and value.lstrip("-").isdigit():
        return int(value)
    if "number" in types:
        try:
            return float(value) if not value.lstrip("-").isdigit() else int(value)
        except ValueError:
            pass
    if "boolean" in types and value in ("true", "false"):
        return value == "true"
    if "null" in types and value in ("", "null") and "string" not in types:
        return None
    return value


def _split(text: str, sep: str, kind: str, explode: bool) -> Any:
    parts = text.split(sep) if text else []
    if kind == "array":
        return parts
    if kind != "object":
        return text
    if explode and sep != "&":
        return dict(p.partition("=")[::2] for p in parts)
    return dict(zip(parts[::2], parts[1::2], strict=False))


def read(p: traffic.Param, kind: str, schema: dict[str, Any], request: Request) -> Any:
    """The parameter's value as text, a list of texts or a dict of texts; None when absent."""
    if p.location == "path":
        return _path_value(p, kind, request.path_params.get(p.name))
    if p.location == "header":
        text = request.headers.get(p.name.lower())
        return None if text is None else _split(text, ",", kind, p.explode)
    if p.location == "cookie":
        text = request.cookies.get(p.name)
        return None if text is None else _split(unquote(text), ",", kind, False)
    return _query_value(p, kind, schema, request.query)


def _path_value(p: traffic.Param, kind: str, raw: str | None) -> Any:
    if raw is None:
        return None
    if p.style == "label":
        if not raw.startswith("."):
            raise ValueError("a label-style value starts with '.'")
        return _split(unquote(raw[1:]), "." if p.explode else ",", kind, p.explode)
    if p.style == "matrix":
        prefix = f";{p.name}="
        if not raw.startswith(prefix):
            raise ValueError(f"a matrix-style value starts with {prefix!r}")
        return _split(unquote(raw[len(prefix) :]), ",", kind, p.explode)
    return _split(unquote(raw), ",", kind, p.explode)


def _query_value(
    p: traffic.Param, kind: str, schema: dict[str, Any], query: list[tuple[str, str]]
) -> Any:
    if kind == "object" and p.style == "deepObject":
        prefix = p.name + "["
        found = {
            k[len(prefix) : -1]: v for k, v in query if k.startswith(prefix) and k.endswith("]")
        }
        return found or None
    if kind == "object" and p.explode:
        props = schema.get("properties") or {}
        found = {k: v for k, v in query if k in props}
        return found or None
    values = [v for k, v in query if k == p.name]
    if not values:
        return None
    if kind != "array":
        return _split(values[0], ",", kind, False) if kind == "object" else values[0]
    if p.explode and p.style == "form":
        return values
    sep = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(p.style, ",")
    return values[0].split(sep) if values[0] else []
