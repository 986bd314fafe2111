"""Values made from schemas: what ``mock`` answers with when the spec gives no example."""

from __future__ import annotations

import base64
import math
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from ...spec.walk import lookup
from .mock_pattern import from_pattern
from .mock_schemas import pinned

_FORMATS = {
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "time": "00:00:00Z",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "email": "user@example.com",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "hostname": "example.com",
    "ipv4": "127.0.0.1",
    "byte": base64.b64encode(b"example").decode(),
    "ipv6": "::1",
    "uri-reference": "https://example.com/",
    "iri": "https://example.com/",
    "iri-reference": "https://example.com/",
    "uri-template": "https://example.com/{id}",
    "idn-email": "user@example.com",
    "idn-hostname": "example.com",
    "duration": "P1D",
    "regex": ".*",
    "json-pointer": "/a",
    "relative-json-pointer": "0",
}


def example_of(media: Mapping[str, Any], name: str | None = None) -> tuple[bool, Any]:
    """The documented example of a media type object (``examples`` by name, then ``example``)."""
    examples = media.get("examples")
    if isinstance(examples, dict) and examples:
        chosen = examples.get(name) if name else next(iter(examples.values()))
        if isinstance(chosen, dict) and "value" in chosen:
            return True, chosen["value"]
    if "example" in media:
        return True, media["example"]
    return False, None


def synthesise(
    doc: Mapping[str, Any],
    schema: Any,
    *,
    depth: int = 0,
    fits: Callable[[Any], bool] | None = None,
) -> Any:
    """A value that fits ``schema``: its example where it has one, else built from its keywords.

    Deterministic; optional properties are left out below a few levels and recursion ends with
    the smallest value the schema allows. With ``fits``, a value it refuses (the spec's own
    examples can break its schema) is made again from the keywords alone.
    """
    value = _Synth(doc).value(schema, depth, frozenset())
    if fits is None or fits(value):
        return value
    return _Synth(doc, examples=False).value(schema, depth, frozenset())


@attrs.define
class _Synth:
    doc: Mapping[str, Any]
    examples: bool = True

    def value(self, schema: Any, depth: int, seen: frozenset[str]) -> Any:
        if not isinstance(schema, dict):
            return None
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith("#"):
            if ref in seen:
                return None
            return self.value(lookup(self.doc, ref), depth, seen | {ref})
        if "const" in schema:
            return schema["const"]
        if schema.get("enum"):
            return schema["enum"][0]
        if self.examples and "example" in schema:
            return schema["example"]
        if self.examples and isinstance(schema.get("examples"), list) and schema["examples"]:
            return schema["examples"][0]
        if self.examples and "default" in schema:
            return schema["default"]
        if "allOf" in schema:
            return self._all_of(schema, depth, seen)
        for key in ("oneOf", "anyOf"):
            members = [m for m in schema.get(key) or [] if not _null_only(m)]
            if members:
                return self._member(schema, members[0], depth, seen)
            if schema.get(key):
                return None
        return self._typed(schema, depth, seen)

    def _member(self, outer: dict[str, Any], member: Any, depth: int, seen: frozenset[str]) -> Any:
        value = self.value(member, depth, seen)
        disc = outer.get("discriminator")
        if isinstance(disc, dict) and isinstance(value, dict):
            prop = disc.get("propertyName")
            ref = member.get("$ref") if isinstance(member, dict) else None
            for tag, target in (disc.get("mapping") or {}).items():
                if target == ref:
                    value[prop] = tag
                    break
            else:
                if ref and prop not in value:
                    found = pinned(self.doc, member, str(prop))
                    value[prop] = found[0] if found else ref.rsplit("/", 1)[-1]
        return value

    def _all_of(self, schema: dict[str, Any], depth: int, seen: frozenset[str]) -> Any:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            v = self.value(part, depth, seen)
            if isinstance(v, dict):
                merged.update(v)
            elif v is not None and not merged:
                return v
        rest = {k: v for k, v in schema.items() if k != "allOf"}
        if rest.get("properties"):
            extra = self._typed({**rest, "type": "object"}, depth, seen)
            merged.update(extra)
        # a part may require what another part describes
        parts = [self._deref(p) for p in [rest, *schema["allOf"]]]
        props = {k: v for p in parts for k, v in (p.get("properties") or {}).items()}
        for name in (n for p in parts for n in p.get("required") or []):
            if name not in merged and name in props:
                merged[name] = self.value(props[name], depth + 1, seen)
        return merged

    def _deref(self, schema: Any) -> dict[str, Any]:
        for _ in range(20):
            if not (isinstance(schema, dict) and isinstance(schema.get("$ref"), str)):
                break
            schema = lookup(self.doc, schema["$ref"][1:])
        return schema if isinstance(schema, dict) else {}

    def _typed(self, schema: dict[str, Any], depth: int, seen: frozenset[str]) -> Any:
        types = schema.get("type")
        if isinstance(types, list):
            types = next((t for t in types if t != "null"), "null")
        if types is None:
            types = "object" if "properties" in schema else ("array" if "items" in schema else "")
        if types == "object":
            return self._object(schema, depth, seen)
        if types == "array":
            return self._array(schema, depth, seen)
        if types == "string":
            return _string(schema)
        if types in ("integer", "number"):
            return _number(schema, types == "integer")
        if types == "boolean":
            return True
        return None if types == "null" else {}

    def _object(self, schema: dict[str, Any], depth: int, seen: frozenset[str]) -> dict[str, Any]:
        required = set(schema.get("required") or [])
        out: dict[str, Any] = {}
        for name, sub in (schema.get("properties") or {}).items():
            if name in required or depth < 2:
                value = self.value(sub, depth + 1, seen)
                if value is not None or name in required:  # None: a cycle cut short, or null
                    out[name] = value
        return out

    def _array(self, schema: dict[str, Any], depth: int, seen: frozenset[str]) -> list[Any]:
        """The prefix items, then items up to ``minItems`` (one when the schema allows)."""
        out = [self.value(s, depth + 1, seen) for s in schema.get("prefixItems") or []]
        items = schema.get("items", {})
        low = int(schema.get("minItems", 0 if out or items is False else 1))
        if items is False or len(out) >= low:
            return out
        item = self.value(items, depth + 1, seen)
        if item is None and not _nullable(items):
            return out
        extra = low - len(out)
        if schema.get("uniqueItems") and isinstance(item, int) and not isinstance(item, bool):
            return out + [item + n for n in range(extra)]
        return out + [item] * extra


def _number(schema: Mapping[str, Any], integer: bool) -> int | float:
    """The smallest number the bounds allow (a multiple of ``multipleOf`` when it is one)."""
    n: float = 0
    if "minimum" in schema:
        n = schema["minimum"]
    elif isinstance(schema.get("exclusiveMinimum"), (int, float)):
        n = schema["exclusiveMinimum"] + (1 if integer else 0.5)
    elif "maximum" in schema or "exclusiveMaximum" in schema:
        high = schema.get("maximum", schema.get("exclusiveMaximum"))
        n = min(0, high - (1 if "maximum" not in schema else 0))
    step = schema.get("multipleOf")
    if isinstance(step, (int, float)) and step > 0:
        n = math.ceil(n / step) * step
    return math.ceil(n) if integer else float(n)


def _string(schema: Mapping[str, Any]) -> str:
    fmt = schema.get("format")
    if fmt in _FORMATS:
        return _FORMATS[str(fmt)]
    if fmt == "binary":
        return ""
    low = int(schema.get("minLength", 0))
    high = schema.get("maxLength")
    pattern = schema.get("pattern")
    if isinstance(pattern, str):
        made = from_pattern(pattern, low)
        if made is not None and (not isinstance(high, int) or len(made) <= high):
            return made
    text = "string"
    if len(text) < low:
        text = text + "x" * (low - len(text))
    if isinstance(high, int) and len(text) > high:
        text = text[:high]
    return text


def _nullable(schema: Any) -> bool:
    kinds = schema.get("type") if isinstance(schema, dict) else None
    return kinds == "null" or (isinstance(kinds, list) and "null" in kinds)


def _null_only(schema: Any) -> bool:
    return isinstance(schema, dict) and (schema.get("type") == "null" or schema == {"const": None})
