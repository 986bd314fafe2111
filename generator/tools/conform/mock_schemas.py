"""The one schema validator ``mock`` and ``conform`` share.

Values are checked against a copy of the document's schemas rewritten to OpenAPI's reading of
them: a ``oneOf``/``anyOf`` with a ``discriminator`` lets the tag pick the branch (the value is
checked against that branch alone), and a ``oneOf`` without one accepts a value that fits
several branches (a spec ambiguity, noted, not a fault of the value). Formats are checked.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import jsonschema_rs

from ...model.diagnostics import escape
from ...spec.walk import lookup

_UNIONS = ("oneOf", "anyOf")


def pinned(doc: Mapping[str, Any], schema: Any, prop: str, depth: int = 0) -> list[str]:
    """The values a schema itself allows for ``prop`` (its ``const`` or ``enum``), through
    ``$ref`` and ``allOf``."""
    if depth > 10 or not isinstance(schema, dict):
        return []
    if isinstance(schema.get("$ref"), str):
        try:
            return pinned(doc, lookup(doc, schema["$ref"][1:]), prop, depth + 1)
        except (KeyError, IndexError, ValueError):
            return []
    sub = (schema.get("properties") or {}).get(prop)
    if isinstance(sub, dict) and "const" in sub:
        return [str(sub["const"])]
    if isinstance(sub, dict) and isinstance(sub.get("enum"), list):
        return [str(v) for v in sub["enum"]]
    return [t for part in schema.get("allOf") or [] for t in pinned(doc, part, prop, depth + 1)]


def _tags(doc: Mapping[str, Any], disc: Mapping[str, Any], member: Any) -> list[str]:
    """The discriminator values that pick ``member``: its mapping entries, else its name and
    the values the member itself pins for the property (specs often mean those)."""
    ref = member.get("$ref") if isinstance(member, dict) else None
    if not isinstance(ref, str):
        return []
    mapping = disc.get("mapping") or {}
    tags = [str(tag) for tag, target in mapping.items() if target == ref]
    if not tags and not any(str(t).startswith("#") for t in mapping.values()):
        tags = [str(tag) for tag, target in mapping.items() if ref.endswith("/" + str(target))]
    if tags:
        return tags
    name = ref.rsplit("/", 1)[-1]
    return [name, *(t for t in pinned(doc, member, str(disc.get("propertyName"))) if t != name)]


def _by_tag(doc: Mapping[str, Any], schema: dict[str, Any], key: str) -> bool:
    """Rewrite a discriminated union so the tag picks the branch; False when it cannot be."""
    disc = schema.get("discriminator")
    prop = disc.get("propertyName") if isinstance(disc, dict) else None
    members = schema.get(key)
    if not isinstance(prop, str) or not isinstance(members, list):
        return False
    branches = []
    for member in members:
        tags = _tags(doc, disc, member) if isinstance(disc, dict) else []
        if not tags:
            return False
        guard = {"properties": {prop: {"enum": tags}}, "required": [prop]}
        branches.append({"allOf": [guard, member]})
    schema[key] = branches
    return True


# The ranges OpenAPI's integer formats stand for.
_INT_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


def _rewrite(doc: Mapping[str, Any], node: Any) -> Any:
    if isinstance(node, list):
        return [_rewrite(doc, n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {k: _rewrite(doc, v) for k, v in node.items()}
    bounds = _INT_RANGES.get(str(out.get("format")))
    kinds = out.get("type")
    numeric = {"integer", "number"} & {
        str(k) for k in (kinds if isinstance(kinds, list) else [kinds])
    }
    if bounds is not None and numeric:
        out.setdefault("minimum", bounds[0])
        out.setdefault("maximum", bounds[1])
    for key in _UNIONS:
        if isinstance(out.get(key), list) and not _by_tag(doc, out, key) and key == "oneOf":
            out["anyOf"] = out.pop("oneOf") if "anyOf" not in out else out["anyOf"]
    return out


class Schemas:
    """Compiled JSON Schema validators for the document's schemas, by JSON pointer."""

    def __init__(self, doc: Mapping[str, Any]) -> None:
        self._doc = doc
        parts = {k: v for k, v in doc.items() if k in ("components", "paths", "webhooks")}
        self._root = {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            **_rewrite(doc, parts),
        }
        self._map: Any = None
        self._as_written: Any = None  # the schemas unrewritten, compiled when first asked

    def schema(self, pointer: str) -> Any:
        return lookup(self._doc, pointer)

    def problems(self, pointer: str, value: Any, *, limit: int = 5) -> list[str]:
        """What is wrong with ``value`` against the schema at ``pointer`` (at most ``limit``)."""
        return [
            f"at {where}: {m}" if where else m for where, m in self.located(pointer, value, limit)
        ]

    def located(self, pointer: str, value: Any, limit: int = 5) -> list[tuple[str, str]]:
        """Each problem as (JSON pointer into ``value``, message)."""
        if self._map is None:  # every schema compiled once, on first use
            self._map = jsonschema_rs.validator_map_for(self._root, validate_formats=True)
        validator = self._map.get("#" + pointer)
        if validator is None:
            return []
        found = []
        for error in validator.iter_errors(value):
            where = "".join("/" + escape(str(p)) for p in error.instance_path)
            found.append((where, error.message))
            if len(found) >= limit:
                break
        return found

    def ambiguities(self, pointer: str, value: Any) -> list[str]:
        """Where ``value`` (valid) fits several branches of a ``oneOf`` without a discriminator:
        JSON pointers into it, each an ambiguity of the spec."""
        if self._as_written is None:
            parts = {k: v for k, v in self._doc.items() if k in ("components", "paths", "webhooks")}
            root = {"$schema": "https://json-schema.org/draft/2020-12/schema", **parts}
            self._as_written = jsonschema_rs.validator_map_for(root, validate_formats=True)
        validator = self._as_written.get("#" + pointer)
        if validator is None:
            return []
        return [
            "".join("/" + escape(str(p)) for p in error.instance_path)
            for error in validator.iter_errors(value)
            if "more than one of the schemas listed in the 'oneOf'" in error.message
        ]
