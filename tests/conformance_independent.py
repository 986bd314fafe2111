"""An independent conformance check: a generated package against its OpenAPI document.

The document is read here on its own (YAML/JSON loaded directly, ``$ref`` followed by the small
resolver below); nothing of the generator's intermediate model, naming or schema reading is
used, so a mistake there shows up as a disagreement here.

Spec names are mapped to Python names only through what the package itself records:

- an operation is the module under ``<pkg>.operations`` whose docstring starts ``METHOD /path``;
  its client method is the group method whose code calls that module;
- a parameter is the keyword of that method which, when given a value, changes the request
  under the parameter's wire name (found by sending: a recording transport keeps every request);
- a field is the attrs field whose ``metadata["wire"]`` (or, without it, whose name) is the
  property's name; an error class is found by its ``STATUS``;
- a component schema is the class in ``<pkg>.models`` named after it: the name with each run of
  characters other than letters and digits dropped and the letter after it upper-cased
  (``account_capabilities`` -> ``AccountCapabilities``, ``VLAN`` stays ``VLAN``); failing that,
  the one class whose name has the same letters and digits ignoring case (``io.k8s.X`` ->
  ``IoK8SX``).

Every disagreement is a :class:`Mismatch` with a short, stable fingerprint
``class|spec pointer|python path``. Deliberate conventions are listed in :data:`CONVENTIONS`
and accepted there only.

Run one spec: ``python -m tests.conformance_independent SPEC [--json]``.
"""

from __future__ import annotations

import base64
import builtins
import datetime
import enum
import fnmatch
import importlib
import inspect
import io
import json
import keyword
import math
import re
import sys
import tempfile
import time
import types
import typing
import uuid
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import attrs
import yaml

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
MAX_DEPTH = 3
"""Optional properties are synthesised down to this depth; below it only required ones."""
MAX_NODES = 300
"""A synthesised value stops adding optional properties after this many nodes."""


# --------------------------------------------------------------------------- conventions

CONVENTIONS: dict[str, str] = {
    "open-enum": "an enum-typed field also accepts the enum's base type (`Color | str`), so a "
    "value the server adds later does not break decoding",
    "read-write-only-optional": "a required property that is readOnly or writeOnly is optional "
    "in the model (it is absent in one direction)",
    "single-value-default": "a required property that allows exactly one value (`const`, or an "
    "`enum` of one) defaults to that value, so callers need not repeat it",
    "single-value-literal": "an enum of exactly one value is the type `Literal[value]`, not an "
    "enum class",
    "undeclared-properties-dropped": "properties a value carries that its schema does not "
    "declare are not kept, unless the schema declares `additionalProperties`",
    "untagged-union-first-fit": "a value that fits several members of a oneOf/anyOf without a "
    "discriminator is read as the first member it fits (what it decodes to is still valid)",
    "duplicate-operation-id": "a repeated operationId is made unique with a `_2`, `_3` suffix",
    "name-taken": "a component whose class name is taken by the package itself (`Client`, "
    "`Unset`, a module such as `operations`), is a Python builtin in any case (`PermissionError`, "
    "`Filter`), or differs only in case from another component's gets a `Model` suffix",
    "keyword-name": "a component whose class name would be a Python keyword or start with a "
    "digit is given a prefix or suffix",
    "speakeasy-ignore": "an operation, parameter, property or schema marked "
    "`x-speakeasy-ignore: true` (or a property whose schema is) is left out of the client",
    "idempotency-key-per-call": "a declared idempotency-key header the caller leaves out is "
    "filled with a fresh UUID per call (a key the caller passes is sent as given)",
    "typeless-required-object": "a schema with `properties` and a non-empty `required` list but "
    "no `type` is read as the object it describes (only an object can have required "
    "properties); without `required` it is the object or any other JSON value",
    "allof-nullable-part": '`allOf: [{$ref: X}, {nullable: true}]` is read as "X or null" '
    "(what real APIs send); read literally, `nullable` without a `type` beside it changes "
    "nothing",
}
"""Every deliberate difference between the spec's literal reading and the package. A mismatch
is accepted only when :func:`convention_for` names one of these for it."""

PACKAGE_MODULES = frozenset({"operations", "models", "errors", "client", "groups"})
PACKAGE_NAMES = frozenset(
    {"Client", "Unset", "UNSET", "RequestOptions", "Transport", "RetryConfig", "APIError"}
)


def convention_for(m: Mismatch) -> str | None:
    """The convention that makes ``m`` deliberate, or ``None``: the only place one is accepted."""
    if m.facts.get("ignored") and m.cls in (
        "operation-missing",
        "param-missing",
        "field-missing",
        "model-missing",
    ):
        return "speakeasy-ignore"
    if m.cls == "field-open-enum":
        return "open-enum"
    if m.cls == "typeless-properties-rejected" and m.facts.get("typeless_required"):
        return "typeless-required-object"
    if m.cls == "field-nullable" and m.facts.get("allof_nullable_part") and not m.facts.get("spec"):
        return "allof-nullable-part"
    if m.cls == "field-required" and m.facts.get("read_write_only") and not m.facts.get("py"):
        return "read-write-only-optional"
    if m.cls == "field-required" and m.facts.get("single_value_default") and not m.facts.get("py"):
        return "single-value-default"
    if m.cls == "operation-id" and re.fullmatch(
        re.escape(m.facts.get("spec", "")) + r"_\d+", m.facts.get("py", "")
    ):
        return "duplicate-operation-id"
    if m.cls == "union-first-fit":
        return "untagged-union-first-fit"
    if m.cls == "undeclared-dropped":
        return "undeclared-properties-dropped"
    if m.cls == "enum-as-literal" and len(m.facts.get("values", ())) == 1:
        return "single-value-literal"
    if m.cls == "header-per-call" and m.facts.get("declared") and m.facts.get("uuid"):
        return "idempotency-key-per-call"
    if m.cls == "model-renamed":
        spec_name = m.facts.get("want", "")
        taken = (
            spec_name in PACKAGE_NAMES
            or spec_name.lower() in PACKAGE_MODULES
            or spec_name in vars(builtins)
            or spec_name.lower() in vars(builtins)
        )
        if m.facts.get("py") == spec_name + "Model" and (taken or m.facts.get("case_twin")):
            return "name-taken"
        if keyword.iskeyword(spec_name) or spec_name[:1].isdigit():
            return "keyword-name"
    return None


# --------------------------------------------------------------------------- results


@attrs.define
class Mismatch:
    cls: str
    pointer: str
    python: str
    detail: str = ""
    facts: dict[str, Any] = attrs.field(factory=dict)

    @property
    def fingerprint(self) -> str:
        return f"{self.cls}|{self.pointer}|{self.python}"


@attrs.define
class Result:
    spec: str
    operations: int = 0
    schemas: int = 0
    responses: int = 0
    examples: int = 0
    mismatches: list[Mismatch] = attrs.field(factory=list)
    accepted: dict[str, int] = attrs.field(factory=dict)
    skipped: dict[str, int] = attrs.field(factory=dict)
    seconds: float = 0.0

    def add(self, m: Mismatch) -> None:
        conv = convention_for(m)
        if conv is not None:
            self.accepted[conv] = self.accepted.get(conv, 0) + 1
        else:
            self.mismatches.append(m)

    def skip(self, why: str) -> None:
        self.skipped[why] = self.skipped.get(why, 0) + 1

    def by_class(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for m in self.mismatches:
            out[m.cls] = out.get(m.cls, 0) + 1
        return dict(sorted(out.items()))

    def to_json(self) -> dict[str, Any]:
        return {
            "spec": self.spec,
            "operations": self.operations,
            "schemas": self.schemas,
            "responses": self.responses,
            "examples": self.examples,
            "mismatches": [
                {"fingerprint": m.fingerprint, "cls": m.cls, "detail": m.detail[:300]}
                for m in self.mismatches
            ],
            "accepted": self.accepted,
            "skipped": self.skipped,
            "seconds": round(self.seconds, 2),
        }


# --------------------------------------------------------------------------- the document


class Unsynthesisable(Exception):
    """The document does not say enough (a cycle of required properties, a reference that does
    not resolve) to build or judge a value here."""


def _find_anchor(node: Any, anchor: str, depth: int) -> Any:
    if depth > 12:
        return None
    if isinstance(node, dict):
        if node.get("$anchor") == anchor:
            return node
        for v in node.values():
            found = _find_anchor(v, anchor, depth + 1)
            if found is not None:
                return found
    elif isinstance(node, list):
        for v in node:
            found = _find_anchor(v, anchor, depth + 1)
            if found is not None:
                return found
    return None


def ptr_escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


class Doc:
    """The OpenAPI document, with a resolver for local ``$ref``s."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.v30 = str(data.get("openapi", "")).startswith("3.0")
        self.ids: dict[str, Any] = {}
        self._index(data, 0)

    def _index(self, node: Any, depth: int) -> None:
        """``$id`` -> schema, for references by id (3.1)."""
        if depth > 12:
            return
        if isinstance(node, dict):
            if isinstance(node.get("$id"), str):
                self.ids[node["$id"].rstrip("/")] = node
            for v in node.values():
                if isinstance(v, (dict, list)):
                    self._index(v, depth + 1)
        elif isinstance(node, list):
            for v in node:
                if isinstance(v, (dict, list)):
                    self._index(v, depth + 1)

    def by_id(self, ref: str) -> Any:
        base, _, anchor = ref.partition("#")
        node = self.ids.get(base.rstrip("/"))
        if node is None or not anchor:
            return node
        if anchor.startswith("/"):
            for token in anchor.split("/")[1:]:
                node = node[token] if isinstance(node, dict) else None
            return node
        return _find_anchor(node, anchor, 0)

    @classmethod
    def load(cls, path: Path) -> Doc:
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".json":
            return cls(json.loads(text))
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        return cls(yaml.load(text, Loader=loader))

    def pointer(self, ref: str) -> Any:
        node: Any = self.data
        for raw in ref.lstrip("#").split("/")[1:]:
            token = unquote(raw).replace("~1", "/").replace("~0", "~")
            node = node[int(token)] if isinstance(node, list) else node[token]
        return node

    def deref(self, node: Any) -> Any:
        seen = 0
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 50:
            ref = node["$ref"]
            if not ref.startswith("#"):
                found = self.by_id(ref)
                if found is None:
                    raise Unsynthesisable(f"unresolvable $ref {ref}")
                node = found
                seen += 1
                continue
            try:
                node = self.pointer(ref)
            except (KeyError, IndexError, ValueError, TypeError):
                raise Unsynthesisable(f"unresolvable $ref {ref}") from None
            seen += 1
        if isinstance(node, dict) and "$ref" in node and not isinstance(node["$ref"], str):
            raise Unsynthesisable("a $ref without a string value")
        return node

    # schema facts, read straight from the document

    def ignored(self, node: Any, depth: int = 0) -> bool:
        """``x-speakeasy-ignore: true`` on the node, or on the schema its ``$ref`` names."""
        if not isinstance(node, dict) or depth > 8:
            return False
        if node.get("x-speakeasy-ignore") is True:
            return True
        ref = node.get("$ref")
        if isinstance(ref, str):
            try:
                return self.ignored(self.deref(node), depth + 1)
            except Unsynthesisable:
                return False
        return False

    def types(self, s: dict[str, Any]) -> list[str]:
        t = s.get("type")
        out = [t] if isinstance(t, str) else list(t) if isinstance(t, list) else []
        if s.get("nullable") is True and out and "null" not in out:
            out.append("null")
        return out

    def nullable(self, schema: Any, depth: int = 0) -> bool:
        if isinstance(schema, dict) and "$ref" in schema and schema.get("nullable") is True:
            return True  # a 3.0 habit kept in 3.1 documents: `nullable` beside a `$ref`
        s = self.deref(schema)
        if not isinstance(s, dict) or depth > 10:
            return False
        if s.get("nullable") is True:
            return True
        if "const" in s:
            return s["const"] is None
        ts = self.types(s)
        if ts:
            return "null" in ts
        if isinstance(s.get("enum"), list) and None in s["enum"]:
            return True
        for key in ("oneOf", "anyOf"):
            if isinstance(s.get(key), list) and any(self.nullable(m, depth + 1) for m in s[key]):
                return True
        if self.constrains_objects_only(s):
            return True  # null passes, as every other value that is not an object
        parts = s.get("allOf")
        if isinstance(parts, list) and parts:
            # (`allOf: [{$ref: X}, {nullable: true}]` is X, read literally: `nullable` without a
            # `type` beside it has no effect; the package reads it as "X or null", a
            # convention, see `allof_nullable_part`)
            # a part that says nothing about the value (a description, an example) allows null
            return all(
                self.nullable(p, depth + 1) or self.type_neutral(self.deref(p)) for p in parts
            ) and not all(self.type_neutral(self.deref(p)) for p in parts)
        return False

    def allof_nullable_part(self, schema: Any) -> bool:
        """``allOf: [{$ref: X}, {nullable: true}]``: a part that is ``nullable`` and nothing
        else, the way real OpenAPI 3.0 documents write "X or null"."""
        s = self.deref(schema)
        parts = s.get("allOf") if isinstance(s, dict) else None
        return isinstance(parts, list) and any(_only_nullable(self.deref(p)) for p in parts)

    def only_null(self, schema: Any) -> bool:
        """The schema allows ``null`` and nothing else (``enum: [null]``, ``const: null``,
        ``type: "null"``)."""
        s = self.deref(schema)
        if not isinstance(s, dict):
            return False
        enum_ = s.get("enum")
        if isinstance(enum_, list) and enum_ and all(v is None for v in enum_):
            return True
        if "const" in s:
            return s["const"] is None
        return self.types(s) == ["null"]

    def constrains_objects_only(self, schema: Any) -> bool:
        """``properties`` or ``additionalProperties`` with nothing that rules a type in or out:
        an object must fit them, any other value passes."""
        s = self.deref(schema)
        if not isinstance(s, dict):
            return False
        s = {k: v for k, v in s.items() if k != "nullable"}  # (3.0) adds null, rules out nothing
        return self.type_neutral(s) and ("properties" in s or "additionalProperties" in s)

    def tag_property(self, schema: Any) -> str | None:
        """The discriminator property of a oneOf/anyOf with a discriminator."""
        s = self.deref(schema)
        disc = s.get("discriminator") if isinstance(s, dict) else None
        if not isinstance(disc, dict) or not isinstance(disc.get("propertyName"), str):
            return None
        if not any(isinstance(s.get(k), list) and s[k] for k in ("oneOf", "anyOf")):
            return None
        return str(disc["propertyName"])

    def type_neutral(self, schema: Any) -> bool:
        """Says nothing that rules a value's type in or out (``required`` and ``properties``
        apply to objects only)."""
        keys = {
            "type",
            "enum",
            "const",
            "$ref",
            "allOf",
            "oneOf",
            "anyOf",
            "not",
            "nullable",
            "items",
        }
        return isinstance(schema, dict) and not (keys & set(schema))

    def object_view(self, schema: Any, depth: int = 0) -> tuple[dict[str, Any], set[str], Any]:
        """Properties, required names and additionalProperties, ``allOf`` parts merged."""
        s = self.deref(schema)
        props: dict[str, Any] = {}
        required: set[str] = set()
        extra: Any = None
        if not isinstance(s, dict) or depth > 20:
            return props, required, extra
        for part in s.get("allOf") or []:
            p, r, e = self.object_view(part, depth + 1)
            props.update(p)
            required |= r
            extra = e if e is not None else extra
        if isinstance(s.get("properties"), dict):
            props.update(s["properties"])
        if isinstance(s.get("required"), list):
            required |= {r for r in s["required"] if isinstance(r, str)}
        if "additionalProperties" in s:
            extra = s["additionalProperties"]
        return props, required, extra

    def is_object_model(self, schema: Any) -> bool:
        """A schema that is an object with named properties and nothing that makes it a union."""
        s = self.deref(schema)
        if not isinstance(s, dict):
            return False
        if any(isinstance(s.get(k), list) and self._substantial(s[k]) for k in ("oneOf", "anyOf")):
            return False
        ts = [t for t in self.types(s) if t != "null"]
        if ts and ts != ["object"]:
            return False
        props, _, _ = self.object_view(s)
        return bool(props)

    def _substantial(self, members: list[Any]) -> bool:
        """A oneOf/anyOf with members that describe values (not just ``required`` lists)."""
        keys = {"required", "description", "title", "not"}
        return any(
            not (isinstance(m, dict) and "$ref" not in m and set(m) <= keys) for m in members
        )

    def enum_values(self, schema: Any) -> list[Any] | None:
        s = self.deref(schema)
        if isinstance(s, dict) and isinstance(s.get("enum"), list):
            return [v for v in s["enum"] if v is not None]
        return None


# --------------------------------------------------------------------------- synthesis


@attrs.define
class Synth:
    """A value that fits a schema, deterministic, with optional properties to a capped depth."""

    doc: Doc
    binary_as_bytes: bool = False
    nodes: int = 0
    seed: int = 0
    first_choice: int = 0
    """Which member the outermost union takes (the others take their first)."""

    def value(self, schema: Any, depth: int = 0, stack: tuple[str, ...] = ()) -> Any:
        self.nodes += 1
        if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            ref = schema["$ref"]
            if stack.count(ref) >= 1 and depth > 1:
                raise Unsynthesisable(ref)
            stack = (*stack, ref)
        s = self.doc.deref(schema)
        if s is True or s == {} or not isinstance(s, dict):
            return f"any{self.seed}"
        if "const" in s:
            return s["const"]
        if isinstance(s.get("enum"), list):
            vals = [v for v in s["enum"] if v is not None]
            if vals:
                return vals[0]
            if s["enum"]:
                return None  # `enum: [null]`: null is its one value
        for key in ("oneOf", "anyOf"):
            members = s.get(key)
            if isinstance(members, list) and self.doc._substantial(members):
                return self._union(s, key, members, depth, stack)
        if isinstance(s.get("allOf"), list) and s["allOf"]:
            return self._all_of(s, depth, stack)
        ts = [t for t in self.doc.types(s) if t != "null"]
        if not ts and self.doc.types(s) == ["null"]:
            return None  # `type: "null"`: null is its one value
        t = ts[0] if ts else self._infer(s)
        if t == "object":
            return self._object(s, depth, stack)
        if t == "array":
            item = self.value(s.get("items", {}), depth + 1, stack)
            return [item] * max(1, int(s.get("minItems") or 1))
        if t == "string":
            return self._string(s)
        if t == "integer":
            lo = s.get("minimum")
            return int(lo) + 1 if isinstance(lo, (int, float)) and not isinstance(lo, bool) else 7
        if t == "number":
            lo = s.get("minimum")
            return (
                float(lo) + 0.5
                if isinstance(lo, (int, float)) and not isinstance(lo, bool)
                else 1.5
            )
        if t == "boolean":
            return True
        if t == "null":
            return None
        return f"any{self.seed}"

    def _all_of(self, s: dict[str, Any], depth: int, stack: tuple[str, ...]) -> Any:
        """Parts that only describe (a description, an example, a ``required`` list) add no
        value of their own; one substantial part is the value, several are merged."""
        value_keys = {
            "type",
            "enum",
            "const",
            "$ref",
            "allOf",
            "oneOf",
            "anyOf",
            "not",
            "items",
            "properties",
            "additionalProperties",
        }
        parts = [
            r
            for r in s["allOf"]
            if not isinstance(self.doc.deref(r), dict) or value_keys & set(self.doc.deref(r))
        ]
        own = {k: v for k, v in s.items() if k != "allOf"}
        if not parts and not self._is_objecty(own) and self.doc.types(own):
            return self.value(own, depth, stack)  # `type: string` beside describing parts
        merged: dict[str, Any] = {}
        if len(parts) == 1 and self.doc.type_neutral(own) and "properties" not in own:
            single = self.value(parts[0], depth, stack)
            if not isinstance(single, dict):
                return single
            merged, parts = single, []
        for r in parts:
            v = self.value(r, depth, stack)
            if not isinstance(v, dict):
                return v
            merged.update(v)
        if "properties" in own or "additionalProperties" in own:
            merged.update(self._object(own, depth, stack))
        props, required, _ = self.doc.object_view(s)
        for name in sorted(required - set(merged)):
            if name in props:
                merged[name] = self.value(props[name], depth + 1, stack)
        return merged

    def _is_objecty(self, s: dict[str, Any]) -> bool:
        return "properties" in s or self.doc.types(s) == ["object"] or "additionalProperties" in s

    def _infer(self, s: dict[str, Any]) -> str:
        if "properties" in s or "additionalProperties" in s or "allOf" in s:
            return "object"
        if "items" in s:
            return "array"
        return "any"

    def _string(self, s: dict[str, Any]) -> Any:
        fmt = s.get("format")
        if fmt == "date-time":
            return "2024-01-02T03:04:05+00:00"
        if fmt == "date":
            return "2024-01-02"
        if fmt == "uuid":
            return "123e4567-e89b-42d3-a456-426614174000"
        if fmt == "binary" and self.binary_as_bytes:
            return b"file-bytes"
        if fmt == "byte":
            return base64.b64encode(b"bytes").decode()
        text = f"s{self.seed}"
        min_len = s.get("minLength")
        if isinstance(min_len, int) and len(text) < min_len:
            text = text + "x" * (min_len - len(text))
        max_len = s.get("maxLength")
        if isinstance(max_len, int) and 0 < max_len < len(text):
            text = text[:max_len]
        return text

    def _object(self, s: dict[str, Any], depth: int, stack: tuple[str, ...]) -> Any:
        props, required, extra = self.doc.object_view(s)
        out: dict[str, Any] = {}
        for name, sub in props.items():
            if not isinstance(name, str):
                continue
            subr = self.doc.deref(sub)
            if self.doc.ignored(sub):
                continue
            if name not in required:
                if depth >= MAX_DEPTH or self.nodes > MAX_NODES:
                    continue
                if isinstance(subr, dict) and (subr.get("readOnly") or subr.get("writeOnly")):
                    continue
                try:
                    out[name] = self.value(sub, depth + 1, stack)
                except Unsynthesisable:
                    continue
            else:
                out[name] = self.value(sub, depth + 1, stack)
        if not props and isinstance(extra, dict) and extra and depth < MAX_DEPTH:
            try:
                out["key1"] = self.value(extra, depth + 1, stack)
            except Unsynthesisable:
                pass
        return out

    def _union(
        self, s: dict[str, Any], key: str, members: list[Any], depth: int, stack: tuple[str, ...]
    ) -> Any:
        disc = s.get("discriminator") if isinstance(s.get("discriminator"), dict) else None
        candidates = [
            m
            for m in members
            if not (
                isinstance(self.doc.deref(m), dict)
                and self.doc.types(self.doc.deref(m)) == ["null"]
            )
        ]
        last: Exception | None = None
        start, self.first_choice = self.first_choice, 0
        for member in candidates[start:] + candidates[:start]:
            try:
                value = self.value(member, depth, stack)
            except Unsynthesisable as exc:
                last = exc
                continue
            if isinstance(value, dict):
                base_props, base_req, _ = self.doc.object_view(
                    {k: v for k, v in s.items() if k not in (key, "discriminator")}
                )
                for name, sub in base_props.items():
                    if name not in value and name in base_req:
                        value[name] = self.value(sub, depth + 1, stack)
            if disc and isinstance(value, dict) and isinstance(disc.get("propertyName"), str):
                name = disc["propertyName"]
                props, _, _ = self.doc.object_view(member)
                # the member's own one allowed value wins: anything else would not fit it
                fixed = single_value(self.doc.deref(props.get(name)))
                tag = self._tag(disc, member) if fixed is None else fixed[0]
                if tag is not None and name not in value:
                    value[name] = tag
                elif fixed is None and name in value and disc.get("mapping"):
                    value[name] = tag
            return value
        raise Unsynthesisable(str(last))

    def _tag(self, disc: dict[str, Any], member: Any) -> str | None:
        ref = member.get("$ref") if isinstance(member, dict) else None
        if not isinstance(ref, str):
            return None
        for tag, target in (disc.get("mapping") or {}).items():
            if target == ref or (
                not str(target).startswith("#") and ref.endswith("/" + str(target))
            ):
                return str(tag)
        return ref.rsplit("/", 1)[-1]


def synthesise(
    doc: Doc, schema: Any, *, seed: int = 0, binary_as_bytes: bool = False, choice: int = 0
) -> Any:
    return Synth(doc, binary_as_bytes=binary_as_bytes, seed=seed, first_choice=choice).value(schema)


MAX_MEMBERS = 12
"""A union component is round-tripped once per member, up to this many."""


def union_size(doc: Doc, schema: Any) -> int:
    s = doc.deref(schema)
    for key in ("oneOf", "anyOf"):
        members = s.get(key) if isinstance(s, dict) else None
        if isinstance(members, list) and doc._substantial(members):
            return min(len(members), MAX_MEMBERS)
    return 1


# --------------------------------------------------------------------------- validity


def fits(doc: Doc, value: Any, schema: Any, depth: int = 0) -> bool:
    """A lenient validity check, so a spec's own invalid example is not blamed on the client."""
    s = doc.deref(schema)
    if not isinstance(s, dict) or depth > 30:
        return True
    if value is None:
        return (
            doc.nullable(s)
            or doc.allof_nullable_part(s)
            or not (
                doc.types(s)
                or s.get("oneOf")
                or s.get("anyOf")
                or s.get("allOf")
                or s.get("properties")
            )
        )
    if isinstance(s.get("enum"), list) and value not in s["enum"]:
        return False
    for part in s.get("allOf") or []:
        if not fits(doc, value, part, depth + 1):
            return False
    for key in ("oneOf", "anyOf"):
        members = s.get(key)
        if isinstance(members, list) and doc._substantial(members):
            if not any(fits(doc, value, m, depth + 1) for m in members):
                return False
    ts = [t for t in doc.types(s) if t != "null"]
    if ts:
        kinds = {
            "object": dict,
            "array": list,
            "string": str,
            "boolean": bool,
            "integer": int,
            "number": (int, float),
        }
        ok = any(
            isinstance(value, kinds.get(t, object))
            and not (t in ("integer", "number") and isinstance(value, bool))
            for t in ts
        )
        if not ok:
            return False
    if isinstance(value, dict):
        props, required, _ = doc.object_view(s)
        if not required <= set(value):
            return False
        return all(fits(doc, v, props[k], depth + 1) for k, v in value.items() if k in props)
    if isinstance(value, list) and "items" in s:
        return all(fits(doc, v, s["items"], depth + 1) for v in value)
    return True


def passes_untagged_union(
    doc: Doc, schema: Any, depth: int = 0, seen: frozenset[str] = frozenset()
) -> bool:
    """Whether a value of ``schema`` can pass through a oneOf/anyOf without a discriminator."""
    if depth > 12:
        return False
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        if schema["$ref"] in seen:
            return False
        seen = seen | {schema["$ref"]}
    try:
        s = doc.deref(schema)
    except Unsynthesisable:
        return False
    if not isinstance(s, dict):
        return False
    for key in ("oneOf", "anyOf"):
        members = s.get(key)
        if isinstance(members, list) and doc._substantial(members):
            if not isinstance(s.get("discriminator"), dict) and len(members) > 1:
                return True
            if any(passes_untagged_union(doc, m, depth + 1, seen) for m in members):
                return True
    subs = [*(s.get("allOf") or []), *((s.get("properties") or {}).values())]
    for extra in (s.get("items"), s.get("additionalProperties")):
        if isinstance(extra, dict):
            subs.append(extra)
    return any(passes_untagged_union(doc, sub, depth + 1, seen) for sub in subs)


def same(a: Any, b: Any) -> bool:
    """JSON equality, numbers by value and date-times by instant."""
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(a, b) or a == b
    if isinstance(a, str) and isinstance(b, str) and a != b:
        return _instant(a) is not None and _instant(a) == _instant(b)
    return bool(a == b)


def first_difference(a: Any, b: Any, at: str = "") -> str:
    """Where two JSON values first differ, as ``/a/0/b: x != y``."""
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b), key=str):
            if k not in a or k not in b:
                return f"{at}/{k}: {'missing' if k not in a else repr(a[k])[:60]} != {'missing' if k not in b else repr(b[k])[:60]}"
            if not same(a[k], b[k]):
                return first_difference(a[k], b[k], f"{at}/{k}")
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            if not same(x, y):
                return first_difference(x, y, f"{at}/{i}")
    return f"{at or '/'}: {repr(a)[:60]} != {repr(b)[:60]}"


def _instant(text: str) -> datetime.datetime | None:
    try:
        value = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=datetime.UTC)


# --------------------------------------------------------------------------- the package


class BodyUnusable(Exception):
    """No request body could be built for an operation; its other checks are left out."""


class Recorded(Exception):
    """Raised by the recording pool after a request is kept, so nothing is sent."""


@attrs.define
class RecordingPool:
    """Stands in for ``urllib3.PoolManager``: keeps each request; answers with ``reply`` or
    raises :class:`Recorded`."""

    requests: list[dict[str, Any]] = attrs.field(factory=list)
    reply: tuple[int, str, bytes] | None = None

    def request(
        self, method: str, url: str, body: Any = None, headers: Any = None, **_: Any
    ) -> Any:
        self.requests.append(
            {"method": method, "url": url, "body": body, "headers": dict(headers or {})}
        )
        if self.reply is None:
            raise Recorded
        import urllib3

        status, ctype, payload = self.reply
        return urllib3.HTTPResponse(
            body=io.BytesIO(payload),
            status=status,
            headers={"Content-Type": ctype} if ctype else {},
            preload_content=False,
        )

    def clear(self) -> None:
        pass


@attrs.define
class Package:
    name: str
    root: Any
    models: Any
    converter: Any
    client: Any
    pool: RecordingPool
    operations: dict[tuple[str, str], list[Any]]
    """(method, path) -> its operation modules: one per request media type, the plain one first."""
    methods: dict[str, Callable[..., Any]]
    """Operation module name -> bound client method."""
    namespace: dict[str, Any]


def _dummy_credentials(client_cls: Any) -> dict[str, Any]:
    """A value for every credential argument of the generated ``Client`` (the client refuses to
    send an operation that needs one without it)."""
    known = {"server_url", "timeout", "retries", "headers", "transport", "self", "hooks", "server"}
    found: dict[str, Any] = {}
    for name, param in inspect.signature(client_cls.__init__).parameters.items():
        if name in known or param.kind is not inspect.Parameter.KEYWORD_ONLY:
            continue
        if param.default is not None and param.default is not inspect.Parameter.empty:
            continue  # a server variable (its default); credentials default to None
        found[name] = ("user", "secret") if "tuple" in str(param.annotation) else "secret"
    return found


def _module_of(value: Any) -> Any:
    """``value``, or the module a lazily imported stand-in (``LazyModule``) is for."""
    if type(value).__name__ == "LazyModule":
        return sys.modules.get(value.__name__) or importlib.import_module(value.__name__)
    return value


def load_package(name: str) -> Package:
    import pkgutil

    root = importlib.import_module(name)
    models = importlib.import_module(name + ".models")
    ser = importlib.import_module(name + "._serialization")
    ops_pkg = importlib.import_module(name + ".operations")
    operations: dict[tuple[str, str], list[Any]] = {}
    for info in pkgutil.iter_modules(ops_pkg.__path__):
        mod = importlib.import_module(f"{name}.operations.{info.name}")
        head = (mod.__doc__ or "").split("\n", 1)[0]
        method, _, rest = head.partition(" ")
        path = rest.split(": ", 1)[0].strip()
        operations.setdefault((method.lower(), path), []).append(mod)
    for mods in operations.values():
        mods.sort(key=lambda m: (media_variant(m) != "", m.__name__))
    pool = RecordingPool()
    transport = root.Transport(pool=pool, sleep=lambda _s: None)
    client = root.Client(
        transport=transport,
        retries=None,
        server_url="https://api.test/base",
        **_dummy_credentials(root.Client),
    )
    methods: dict[str, Callable[..., Any]] = {}
    by_id = {id(m): m for mods in operations.values() for m in mods}
    for attr in dir(client):
        group = getattr(client, attr, None)
        if attr.startswith("_") or not hasattr(group, "_client"):
            continue
        for mname in dir(group):
            fn = getattr(group, mname)
            if mname.startswith("_") or not callable(fn) or not hasattr(fn, "__func__"):
                continue
            func = inspect.unwrap(fn.__func__)  # through a @deprecated wrapper
            for gname in func.__code__.co_names:
                target = _module_of(func.__globals__.get(gname))
                if id(target) in by_id:
                    methods.setdefault(target.__name__, fn)
    # The models module loads its classes on first use (PEP 562): ask for each by name.
    classes = {n: getattr(models, n) for n in getattr(models, "__all__", ())}
    namespace = {**vars(models), **classes, "datetime": datetime, "uuid": uuid, "Any": Any}
    return Package(name, root, models, ser.converter, client, pool, operations, methods, namespace)


def media_variant(module: Any) -> str:
    """The request media kind an operation module sends, from its name: a body offered in several
    media types gets one module per type, the JSON one with the plain name and the others with
    ``_multipart`` / ``_form`` added ("" for the plain one)."""
    name = module.__name__.rsplit(".", 1)[-1]
    for kind in ("multipart", "form"):
        if name.endswith("_" + kind):
            return kind
    return ""


def request_object_call(module: Any, fn: Callable[..., Any]) -> Callable[..., Any]:
    """Above ``x-speakeasy-max-method-params`` a method takes one request object, an attrs class
    of the operation's module named in the method's first parameter. Then the call is made
    through a stand-in that takes what ``build_request`` takes (the body positionally, the
    parameters as keywords) and builds that object; otherwise ``fn`` itself."""
    params = list(inspect.signature(fn).parameters.values())
    first = params[0] if params else None
    if first is None or first.kind is first.KEYWORD_ONLY:
        return fn
    ann = str(first.annotation)
    own = [
        c
        for c in vars(module).values()
        if isinstance(c, type)
        and attrs.has(c)
        and c.__module__ == module.__name__
        and re.search(rf"\b{re.escape(c.__name__)}\b", ann)
    ]
    if len(own) != 1:
        return fn
    cls = own[0]
    inner = inspect.signature(module.build_request)
    shown = [p for p in inner.parameters.values() if p.name != "accept"]
    body_name = next((p.name for p in shown if p.kind is not p.KEYWORD_ONLY), None)

    def call(*args: Any, **kwargs: Any) -> Any:
        if body_name is not None and args:
            kwargs[body_name] = args[0]
        return fn(cls(**kwargs))

    call.__signature__ = inner.replace(parameters=shown)  # type: ignore[attr-defined]
    return call


def hints(pkg: Package, obj: Any) -> dict[str, Any]:
    module = sys.modules.get(getattr(obj, "__module__", ""), None)
    ns = {**(vars(module) if module else {}), **pkg.namespace}
    try:
        return typing.get_type_hints(obj, globalns=ns)
    except Exception:
        return {}


def arms(tp: Any) -> list[Any]:
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        return [a for x in typing.get_args(tp) for a in arms(x)]
    return [tp]


def is_unset(tp: Any) -> bool:
    return getattr(tp, "__name__", "") == "Unset"


def make_value(pkg: Package, tp: Any, seed: int, depth: int = 0) -> Any:
    """A value of a Python annotation; ``seed`` changes every scalar it contains."""
    choices = [a for a in arms(tp) if a is not type(None) and not is_unset(a)]
    if not choices:
        return None
    enums = [
        a for a in choices if isinstance(a, type) and issubclass(a, enum.Enum) and not is_unset(a)
    ]
    tp = enums[0] if enums else choices[0]
    origin = typing.get_origin(tp)
    if origin is typing.Literal:
        return typing.get_args(tp)[0]
    if origin in (list, tuple, set, frozenset) or tp in (list,):
        (inner,) = typing.get_args(tp)[:1] or (str,)
        return [
            make_value(pkg, inner, seed, depth + 1),
            make_value(pkg, inner, seed + 50, depth + 1),
        ]
    if origin is dict or tp is dict:
        args = typing.get_args(tp)
        return {f"k{seed}": make_value(pkg, args[1] if len(args) == 2 else str, seed, depth + 1)}
    if isinstance(tp, type):
        if issubclass(tp, enum.Enum):
            members = list(tp)
            return members[seed % len(members)] if members else f"v{seed}x"
        if tp is bool:
            return seed % 2 == 1
        if tp is int:
            return 100 + seed
        if tp is float:
            return 100.5 + seed
        if tp is str:
            return f"v{seed}x"
        if tp is bytes:
            return f"b{seed}".encode()
        if tp is datetime.datetime:
            return datetime.datetime(2024, 1, 2, 3, 4, seed % 60, tzinfo=datetime.UTC)
        if tp is datetime.date:
            return datetime.date(2024, 1, 1 + seed % 28)
        if tp is uuid.UUID:
            return uuid.UUID(int=seed)
        if attrs.has(tp):
            if depth > 8:
                raise Unsynthesisable(f"{tp.__name__} nests too deep")
            fh = hints(pkg, tp)
            kwargs = {}
            for f in attrs.fields(tp):
                if f.default is attrs.NOTHING or depth < 2:
                    if f.metadata.get("additional_properties"):
                        continue
                    kwargs[f.name] = make_value(
                        pkg, fh.get(f.name, str), seed + len(kwargs), depth + 1
                    )
            return tp(**kwargs)
    return f"v{seed}x"


# --------------------------------------------------------------------------- requests


DESCRIBING = frozenset(
    {
        "title",
        "description",
        "example",
        "examples",
        "default",
        "deprecated",
        "externalDocs",
        "readOnly",
        "writeOnly",
    }
)


def _only_nullable(part: Any) -> bool:
    """A schema that is ``nullable: true`` and otherwise only describes."""
    return (
        isinstance(part, dict)
        and part.get("nullable") is True
        and all(k == "nullable" or k in DESCRIBING or k.startswith("x-") for k in part)
    )


PER_CALL = "<made per call>"


def is_uuid(value: str | None) -> bool:
    try:
        return value is not None and str(uuid.UUID(value)) == value.lower()
    except ValueError:
        return False


@attrs.frozen
class Sent:
    path: str
    query: tuple[tuple[str, str], ...]
    fragment: str
    headers: tuple[tuple[str, str], ...]
    cookies: tuple[tuple[str, str], ...]
    body: bytes | None
    url: str

    @classmethod
    def of(cls, record: dict[str, Any]) -> Sent:
        url = record["url"]
        parts = urlsplit(url)
        headers = {k.lower(): str(v) for k, v in record["headers"].items()}
        cookie = headers.pop("cookie", "")
        cookies = tuple(
            (k.strip(), unquote(v))
            for k, _, v in (c.partition("=") for c in cookie.split(";") if c.strip())
        )
        body = record["body"]
        return cls(
            path=parts.path,
            query=tuple(parse_qsl(parts.query, keep_blank_values=True)),
            fragment=parts.fragment,
            headers=tuple(sorted(headers.items())),
            cookies=cookies,
            body=body if isinstance(body, bytes) or body is None else str(body).encode(),
            url=url,
        )


def scalar_text(v: Any) -> str:
    if isinstance(v, enum.Enum):
        return scalar_text(v.value)
    if isinstance(v, bool):
        return "true" if v else "false"
    if v is None:
        return ""
    if isinstance(v, float) and v == int(v) and abs(v) < 1e16:
        return str(int(v))
    return str(v)


def param_media(p: dict[str, Any]) -> str | None:
    """The media type of a parameter described with ``content`` (instead of ``schema``)."""
    content = p.get("content")
    if "schema" in p or not isinstance(content, dict) or not content:
        return None
    return str(next(iter(content)))


def param_schema(p: dict[str, Any]) -> Any:
    """A parameter's schema: its own, or the one under its ``content`` media type."""
    media = param_media(p)
    if media is None:
        return p.get("schema", {})
    described = p["content"][media]
    return described.get("schema", {}) if isinstance(described, dict) else {}


def param_defaults(p: dict[str, Any]) -> tuple[str, bool]:
    where = p.get("in")
    style = p.get("style") or ("form" if where in ("query", "cookie") else "simple")
    explode = p.get("explode")
    if not isinstance(explode, bool):
        explode = style == "form"
    return style, explode


def expected_query(name: str, v: Any, style: str, explode: bool) -> list[tuple[str, str]]:
    """Query pairs (not percent-encoded) as OpenAPI's style and explode say."""
    if v is None:
        return []
    if style == "deepObject" and isinstance(v, dict):
        return [
            (f"{name}[{k}]", scalar_text(x))
            for k, x in v.items()
            if not isinstance(x, (dict, list))
        ]
    if isinstance(v, dict):
        if explode and style == "form":
            return [(str(k), scalar_text(x)) for k, x in v.items()]
        return [(name, ",".join(f"{k},{scalar_text(x)}" for k, x in v.items()))]
    if isinstance(v, list):
        if explode and style == "form":
            return [(name, scalar_text(x)) for x in v]
        sep = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(style, ",")
        return [(name, sep.join(scalar_text(x) for x in v))]
    return [(name, scalar_text(v))]


def expected_simple(name: str, v: Any, style: str, explode: bool) -> str:
    """A path or header value (unencoded) as style and explode say."""
    if isinstance(v, dict):
        pairs = [(str(k), scalar_text(x)) for k, x in v.items()]
        inner = ",".join(f"{k}={x}" if explode else f"{k},{x}" for k, x in pairs)
        if style == "label":
            return "." + (".".join(f"{k}={x}" for k, x in pairs) if explode else inner)
        if style == "matrix":
            return "".join(f";{k}={x}" for k, x in pairs) if explode else f";{name}={inner}"
        return inner
    if isinstance(v, list):
        items = [scalar_text(x) for x in v]
        if style == "label":
            return "." + (".".join(items) if explode else ",".join(items))
        if style == "matrix":
            return (
                "".join(f";{name}={x}" for x in items) if explode else f";{name}=" + ",".join(items)
            )
        return ",".join(items)
    text = scalar_text(v)
    if style == "label":
        return "." + text
    if style == "matrix":
        return f";{name}={text}"
    return text


def split_template(path: str) -> tuple[str, list[tuple[str, str]], str]:
    """A path template's path, the query pairs written into it, and its fragment."""
    base, _, fragment = path.partition("#")
    base, _, query = base.partition("?")
    return base, parse_qsl(query, keep_blank_values=True), fragment


class PathMatcher:
    """Finds the value of each template variable in a sent path (the client's server URL, or
    a server the operation names, comes before it)."""

    def __init__(self, template: str) -> None:
        self.names: list[str] = []
        out = ""
        for piece in re.split(r"(\{[^}]+\})", template):
            if piece.startswith("{") and piece.endswith("}"):
                self.names.append(piece[1:-1])
                out += f"(?P<g{len(self.names) - 1}>.*?)"
            else:
                out += re.escape(piece)
        self.patterns = [re.compile(p + out + "$") for p in ("^/base", "^", "^.*?")]

    def match(self, path: str) -> re.Match[str] | None:
        for pattern in self.patterns:
            m = pattern.match(path)
            if m:
                return m
        return None


def form_pairs(value: Any, encoding: dict[str, Any]) -> list[tuple[str, str]] | None:
    """An ``application/x-www-form-urlencoded`` body's pairs, with OpenAPI's defaults (style
    form, explode true) unless an ``encoding`` entry says otherwise; ``None`` for shapes the
    specification leaves undefined (nested objects in form style)."""
    if not isinstance(value, dict):
        return None
    out: list[tuple[str, str]] = []
    for k, v in value.items():
        enc = encoding.get(k) if isinstance(encoding.get(k), dict) else {}
        style = enc.get("style") or "form"
        explode = enc.get("explode") if isinstance(enc.get("explode"), bool) else style == "form"
        if isinstance(v, dict) and style != "deepObject":
            if any(isinstance(x, (dict, list)) for x in v.values()):
                return None
        if style == "deepObject" and (
            not isinstance(v, dict) or any(isinstance(x, (dict, list)) for x in v.values())
        ):
            return None  # deepObject is defined for objects of scalars only
        if isinstance(v, list) and any(isinstance(x, (dict, list)) for x in v):
            return None
        out += expected_query(k, v, style, explode)
    return out


# --------------------------------------------------------------------------- the check


class Checker:
    def __init__(self, doc: Doc, pkg: Package, result: Result) -> None:
        self.doc = doc
        self.pkg = pkg
        self.result = result
        self.per_call: frozenset[str] = frozenset()
        self.variant: str | None = None
        """The media kind of the module being checked, when the body has several (see
        :func:`media_variant`); ``None`` when the operation has one module."""
        """Headers the client fills in afresh per call (see ``find_per_call_headers``)."""

    def mismatch(self, cls: str, pointer: str, python: str, detail: str = "", **facts: Any) -> None:
        self.result.add(Mismatch(cls, pointer, python, detail, facts))

    # ---- operations

    def operations(self) -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]:
        for path, item in (self.doc.data.get("paths") or {}).items():
            item = self.doc.deref(item)
            if not isinstance(item, dict):
                continue
            for method in METHODS:
                op = item.get(method)
                if isinstance(op, dict):
                    yield path, method, op, item

    def check_operations(self) -> None:
        seen_ids: dict[str, int] = {}
        for path, method, op, item in self.operations():
            self.result.operations += 1
            ptr = f"#/paths/{ptr_escape(path)}/{method}"
            modules = self.pkg.operations.get((method, path))
            if not modules:
                self.mismatch(
                    "operation-missing",
                    ptr,
                    f"operations:{method.upper()} {path}",
                    ignored=op.get("x-speakeasy-ignore") is True,
                )
                continue
            if op.get("x-speakeasy-ignore") is True:
                self.mismatch("ignored-present", ptr, f"operations.{modules[0].__name__}")
                continue
            for module in modules:
                self.check_module(ptr, path, method, op, item, module, len(modules) > 1, seen_ids)

    def check_module(
        self,
        ptr: str,
        path: str,
        method: str,
        op: dict[str, Any],
        item: dict[str, Any],
        module: Any,
        variants: bool,
        seen_ids: dict[str, int],
    ) -> None:
        if True:
            mname = module.__name__.rsplit(".", 1)[-1]
            op_id = op.get("operationId")
            if isinstance(op_id, str):
                seen_ids[op_id] = seen_ids.get(op_id, 0) + 1
                if getattr(module, "OPERATION", None) != op_id:
                    self.mismatch(
                        "operation-id",
                        ptr,
                        f"operations.{mname}.OPERATION",
                        spec=op_id,
                        py=str(getattr(module, "OPERATION", None)),
                    )
            method_fn = self.pkg.methods.get(module.__name__)
            if method_fn is None:
                self.mismatch("method-missing", ptr, f"operations.{mname}")
                return
            if op.get("deprecated") is True and not hasattr(method_fn, "__deprecated__"):
                self.mismatch("deprecation-missing", ptr, f"operations.{mname}")
            self.variant = media_variant(module) if variants else None
            try:
                self.check_operation(ptr, path, method, op, item, module, method_fn)
            except Unsynthesisable:
                self.result.skip("operation-unresolvable-ref")
            except BodyUnusable:
                self.result.skip("operation-without-usable-body")
            except Exception as exc:
                self.mismatch(
                    "operation-crash", ptr, f"operations.{mname}", f"{type(exc).__name__}: {exc}"
                )

    def check_servers(self) -> None:
        """Servers with an ``x-speakeasy-server-id`` are picked by ``Client(server=id)``; each server
        variable is a keyword argument of ``Client`` (named after the variable), its default the
        spec's."""
        servers = [s for s in self.doc.data.get("servers") or [] if isinstance(s, dict)]
        if not any(isinstance(s.get("x-speakeasy-server-id"), str) for s in servers):
            return
        root = self.pkg.root
        sig = inspect.signature(root.Client.__init__).parameters
        by_norm = {norm(n): n for n in sig}
        for i, server in enumerate(servers):
            sid = server.get("x-speakeasy-server-id")
            if not isinstance(sid, str):
                continue
            ptr = f"#/servers/{i}"
            url = str(server.get("url", ""))
            variables = server.get("variables") or {}
            kwargs: dict[str, Any] = {}
            for vname, var in variables.items():
                value = str((var or {}).get("default", ""))
                others = [str(e) for e in (var or {}).get("enum") or [] if str(e) != value]
                if others:
                    value = others[0]
                    py = by_norm.get(norm(str(vname)))
                    if py is None:
                        self.mismatch(
                            "server-variable-missing", f"{ptr}/variables/{vname}", "Client"
                        )
                        continue
                    kwargs[py] = value
                url = url.replace("{" + str(vname) + "}", value)
            try:
                client = root.Client(
                    server=sid,
                    retries=None,
                    transport=root.Transport(pool=RecordingPool(), sleep=lambda _s: None),
                    **kwargs,
                    **_dummy_credentials(root.Client),
                )
                got = str(client.server_url)
            except Exception as exc:
                self.mismatch("server-id", ptr, f"Client(server={sid!r})", repr(exc)[:200])
                continue
            if got.rstrip("/") != url.rstrip("/"):
                self.mismatch("server-id", ptr, f"Client(server={sid!r})", f"{got} != {url}")

    def params_of(self, op: dict[str, Any], item: dict[str, Any]) -> list[dict[str, Any]]:
        merged: dict[tuple[str, str], dict[str, Any]] = {}
        for raw in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
            p = self.doc.deref(raw)
            if isinstance(p, dict) and isinstance(p.get("name"), str):
                merged[(p["name"], str(p.get("in")))] = p
        return list(merged.values())

    def send(self, fn: Callable[..., Any], args: list[Any], kwargs: dict[str, Any]) -> Sent | None:
        pool = self.pkg.pool
        pool.requests.clear()
        pool.reply = None
        try:
            fn(*args, **kwargs)
        except Recorded:
            pass
        if not pool.requests:
            return None
        sent = Sent.of(pool.requests[-1])
        if not self.per_call:
            return sent
        # a header the client fills in afresh on each call compares equal across calls
        headers = tuple(
            (k, PER_CALL if k in self.per_call and is_uuid(v) else v) for k, v in sent.headers
        )
        return attrs.evolve(sent, headers=headers)

    def find_per_call_headers(
        self,
        ptr: str,
        mname: str,
        fn: Callable[..., Any],
        args: list[Any],
        base: dict[str, Any],
        params: list[dict[str, Any]],
    ) -> Sent | None:
        """Send the same call twice: a header whose value differs is made by the client per call.
        Accepted for a header parameter the operation declares, with a UUID value (an idempotency
        key); any other difference between two identical calls is a mismatch."""
        self.per_call = frozenset()
        first, second = self.send(fn, args, base), self.send(fn, args, base)
        if first is None or second is None:
            return first
        declared = {str(sp.get("name")).lower() for sp in params if sp.get("in") == "header"}
        a, b = dict(first.headers), dict(second.headers)
        changed = {k for k in a.keys() | b.keys() if a.get(k) != b.get(k)}
        if all(
            v.startswith("multipart/")
            for v in (a.get("content-type", ""), b.get("content-type", ""))
        ):
            changed.discard("content-type")  # a fresh multipart boundary, checked with the body
        for k in sorted(changed):
            self.mismatch(
                "header-per-call",
                f"{ptr}/parameters/header:{k}",
                f"operations.{mname}",
                f"{a.get(k)!r} then {b.get(k)!r}",
                declared=k in declared,
                uuid=is_uuid(a.get(k)) and is_uuid(b.get(k)),
            )
        self.per_call = frozenset(changed)
        return self.send(fn, args, base)

    def check_operation(
        self,
        ptr: str,
        path: str,
        method: str,
        op: dict[str, Any],
        item: dict[str, Any],
        module: Any,
        fn: Callable[..., Any],
    ) -> None:
        mname = module.__name__.rsplit(".", 1)[-1]
        fn = request_object_call(module, fn)
        sig = inspect.signature(fn)
        th = hints(self.pkg, module.build_request)
        positional = [
            p
            for p in sig.parameters.values()
            if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
        ]
        kw = [
            p
            for p in sig.parameters.values()
            if p.kind is p.KEYWORD_ONLY and p.name not in ("options", "stream", "accept")
        ]
        body_spec = self.doc.deref(op.get("requestBody")) if op.get("requestBody") else None
        args: list[Any] = []
        body_value: Any = None
        media: str | None = None
        if positional:
            body_param = positional[0]
            tp = th.get(body_param.name, Any)
            body_value, media = self.body_value(ptr, body_spec, tp, mname)
            args = [body_value]
        elif body_spec and isinstance(body_spec.get("content"), dict) and body_spec["content"]:
            if body_spec.get("required"):
                self.mismatch("body-missing", ptr + "/requestBody", f"operations.{mname}")
        base = {
            p.name: make_value(self.pkg, th.get(p.name, str), 1)
            for p in kw
            if p.default is inspect.Parameter.empty
        }
        sent0 = self.find_per_call_headers(ptr, mname, fn, args, base, self.params_of(op, item))
        if sent0 is None:
            self.mismatch("request-not-sent", ptr, f"operations.{mname}")
            return
        self.check_url(ptr, path, mname, sent0)
        # each keyword, varied alone: where does it land?
        spec_params = [
            p
            for p in self.params_of(op, item)
            if p.get("in") in ("query", "path", "header", "cookie")
        ]
        matched: set[int] = set()
        matcher = PathMatcher(split_template(path)[0])
        bad_url = sent0.url.count("?") > 1 or "#" in sent0.url
        for p in kw:
            value = make_value(self.pkg, th.get(p.name, str), 2)
            sent = self.send(fn, args, {**base, p.name: value})
            if sent is None:
                continue
            wire = self.pkg.converter.unstructure(value)
            if sent.url.count("?") > 1 or "#" in sent.url:
                if not bad_url:
                    self.mismatch("url-template", ptr, f"operations.{mname}", sent.url)
                bad_url = True
                continue
            found = self.locate(sent0, sent, matcher, spec_params)
            if found is None:
                if sent.fragment != sent0.fragment:
                    self.mismatch(
                        "param-in-fragment", ptr, f"operations.{mname}({p.name})", sent.url
                    )
                elif sent != sent0 and sent.body == sent0.body:
                    self.mismatch("param-unmatched", ptr, f"operations.{mname}({p.name})", sent.url)
                continue
            idx, sp = found
            matched.add(idx)
            self.check_param(ptr, mname, p, sp, wire, sent)
        for i, sp in enumerate(spec_params):
            if i in matched:
                continue
            only = single_value(self.doc.deref(sp.get("schema")))
            if only is not None and self.in_baseline(sp, only[0], sent0):
                continue
            if bad_url:
                continue
            if sp.get("in") == "header" and str(sp.get("name")).lower() in (
                "accept",
                "content-type",
                "authorization",
            ):
                continue
            self.mismatch(
                "param-missing",
                f"{ptr}/parameters/{sp.get('in')}:{sp.get('name')}",
                f"operations.{mname}",
                ignored=sp.get("x-speakeasy-ignore") is True,
            )
        if body_spec is not None and positional and media is not None:
            self.check_body(ptr, mname, body_spec, media, body_value, sent0)
            self.check_binary_lines(ptr, mname, body_spec, media, fn, base)
        self.check_responses(ptr, op, module, fn, args, base)

    def in_baseline(self, sp: dict[str, Any], value: Any, sent: Sent) -> bool:
        """A parameter with one allowed value is sent without being asked for."""
        name, where = str(sp["name"]), sp.get("in")
        if where == "query":
            return (name, scalar_text(value)) in sent.query
        if where == "header":
            return dict(sent.headers).get(name.lower()) == scalar_text(value)
        if where == "cookie":
            return dict(sent.cookies).get(name) == scalar_text(value)
        return scalar_text(value) in unquote(sent.path)

    def check_url(self, ptr: str, path: str, mname: str, sent: Sent) -> None:
        _, literal_query, _ = split_template(path)
        raw = sent.url
        if raw.count("?") > 1 or "#" in raw:
            self.mismatch("url-template", ptr, f"operations.{mname}", raw)
            return
        for pair in literal_query:
            if pair not in sent.query:
                self.mismatch("url-template", ptr, f"operations.{mname}", f"{pair} not in {raw}")

    def locate(
        self, a: Sent, b: Sent, matcher: PathMatcher, params: list[dict[str, Any]]
    ) -> tuple[int, dict[str, Any]] | None:
        def find(
            where: str, pred: Callable[[dict[str, Any]], bool]
        ) -> tuple[int, dict[str, Any]] | None:
            for i, sp in enumerate(params):
                if sp.get("in") == where and pred(sp):
                    return i, sp
            return None

        if a.path != b.path:
            ma, mb = matcher.match(a.path), matcher.match(b.path)
            if ma and mb:
                for i, name in enumerate(matcher.names):
                    if ma.group(f"g{i}") != mb.group(f"g{i}"):
                        return find("path", lambda sp, n=name: sp.get("name") == n)
            return None
        if a.query != b.query:
            changed = {k for k, _ in set(a.query) ^ set(b.query)}
            if not changed:
                changed = {k for k, _ in b.query}

            def named(sp: dict[str, Any]) -> bool:
                n = str(sp["name"])
                return all(c == n or c.startswith(n + "[") for c in changed)

            def exploded(sp: dict[str, Any]) -> bool:
                style, explode = param_defaults(sp)
                props, _, extra = self.doc.object_view(self.object_member(param_schema(sp)))
                return (
                    style == "form"
                    and explode
                    and ((bool(props) and changed <= set(props)) or extra not in (None, False))
                )

            return find("query", named) or find("query", exploded)
        if a.headers != b.headers:
            changed = {k for k, _ in set(a.headers) ^ set(b.headers)}
            return find("header", lambda sp: str(sp["name"]).lower() in changed)
        if a.cookies != b.cookies:
            changed = {k for k, _ in set(a.cookies) ^ set(b.cookies)}
            return find("cookie", lambda sp: sp["name"] in changed)
        return None

    def object_member(self, schema: Any) -> Any:
        """The object a parameter's schema allows (``anyOf: [object, null]`` gives the object)."""
        s = self.doc.deref(schema)
        for key in ("anyOf", "oneOf"):
            for m in s.get(key) or [] if isinstance(s, dict) else []:
                mm = self.doc.deref(m)
                if isinstance(mm, dict) and ("properties" in mm or "additionalProperties" in mm):
                    return mm
        return s

    def check_param(
        self, ptr: str, mname: str, p: inspect.Parameter, sp: dict[str, Any], wire: Any, sent: Sent
    ) -> None:
        where = sp["in"]
        pptr = f"{ptr}/parameters/{where}:{sp['name']}"
        py = f"operations.{mname}({p.name})"
        required = bool(sp.get("required")) or where == "path"
        if required != (p.default is inspect.Parameter.empty):
            self.mismatch("param-required", pptr, py, spec=required)
        style, explode = param_defaults(sp)
        name = str(sp["name"])
        media = param_media(sp)
        if media is not None and _is_json(media.split(";")[0].strip().lower()):
            return self.check_json_param(pptr, py, where, name, wire, sent)
        if isinstance(wire, list) and any(isinstance(x, (dict, list)) for x in wire):
            return self.result.skip("param-nested-value")
        if isinstance(wire, dict) and any(isinstance(x, (dict, list)) for x in wire.values()):
            return self.result.skip("param-nested-value")
        if style == "deepObject" and not isinstance(wire, dict):
            return self.result.skip("deepObject-of-a-non-object")  # undefined by OpenAPI
        if where == "query":
            want = sorted(expected_query(name, wire, style, explode))
            got = sorted(
                (k, v)
                for k, v in sent.query
                if k == name or k.startswith(name + "[") or (isinstance(wire, dict) and k in wire)
            )
            if want != got:
                self.mismatch("param-serialization", pptr, py, f"want {want} got {got}")
        elif where == "header":
            got_h = dict(sent.headers).get(name.lower())
            if got_h != expected_simple(name, wire, "simple", explode):
                self.mismatch("param-serialization", pptr, py, f"got {got_h!r}")
        elif where == "cookie":
            got_c = dict(sent.cookies).get(name)
            want_c = (
                expected_simple(name, wire, "simple", False)
                if not isinstance(wire, (dict, list)) or not explode
                else None
            )
            if want_c is not None and got_c != want_c:
                self.mismatch("param-serialization", pptr, py, f"got {got_c!r} want {want_c!r}")
        elif where == "path":
            matcher = PathMatcher(split_template(ptr_unescape_path(ptr))[0])
            m = matcher.match(sent.path)
            if m and name in matcher.names:
                slot = unquote(m.group(f"g{matcher.names.index(name)}"))
                want_p = expected_simple(name, wire, style, explode)
                if slot != want_p:
                    self.mismatch("param-serialization", pptr, py, f"got {slot!r} want {want_p!r}")
        return None

    def check_json_param(
        self, pptr: str, py: str, where: str, name: str, wire: Any, sent: Sent
    ) -> None:
        """A parameter described with a JSON media type under ``content``: one value, the JSON
        text of the argument (percent-encoded in a URL), whatever ``style`` would say."""
        if where == "query":
            texts = [v for k, v in sent.query if k == name]
        elif where == "header":
            texts = [v for k, v in sent.headers if k == name.lower()]
        elif where == "cookie":
            texts = [v for k, v in sent.cookies if k == name]
        else:
            matcher = PathMatcher(split_template(ptr_unescape_path(pptr))[0])
            m = matcher.match(sent.path)
            if not m or name not in matcher.names:
                return None
            texts = [unquote(m.group(f"g{matcher.names.index(name)}"))]
        want = json.loads(json.dumps(wire, default=str))
        try:
            got = [json.loads(t) for t in texts]
        except ValueError:
            got = texts
        if got != [want]:
            self.mismatch("param-serialization", pptr, py, f"want JSON {want!r} got {texts!r}")
        return None

    # ---- bodies

    def body_value(self, ptr: str, body_spec: Any, tp: Any, mname: str) -> tuple[Any, str | None]:
        content = body_spec.get("content") if isinstance(body_spec, dict) else None
        if not isinstance(content, dict) or not content:
            return make_value(self.pkg, tp, 3), None
        media = next(iter(content))
        for m in content:
            if m.split(";")[0].strip().lower() == "application/json":
                media = m
                break
        if self.variant:
            kind = {"multipart": "multipart/", "form": "application/x-www-form-urlencoded"}
            media = next(
                (m for m in content if m.strip().lower().startswith(kind[self.variant])), media
            )
        schema = (content[media] or {}).get("schema", {})
        binary = not _is_json(media)
        lines = _is_jsonl(media.split(";")[0].strip().lower())
        try:
            if lines:  # a sequence of documents, each of the line schema
                item = synthesise(self.doc, line_schema(self.doc, schema), seed=3)
                wire = [item, item]
            else:
                wire = synthesise(self.doc, schema, seed=3, binary_as_bytes=binary)
        except Unsynthesisable:
            self.result.skip("body-unsynthesisable")
            raise BodyUnusable from None
        try:
            value = self.pkg.converter.structure(wire, tp)
        except Exception as exc:
            self.mismatch(
                "body-type",
                ptr + "/requestBody",
                f"operations.{mname}(request)",
                f"{type(exc).__name__}: {exc}"[:200],
            )
            raise BodyUnusable from None
        return value, None if wire is None else media

    def check_body(
        self, ptr: str, mname: str, body_spec: dict[str, Any], media: str, value: Any, sent: Sent
    ) -> None:
        content = body_spec["content"]
        bptr = f"{ptr}/requestBody/content/{ptr_escape(media)}"
        py = f"operations.{mname}(request)"
        ctype = dict(sent.headers).get("content-type", "")
        documented = {m.split(";")[0].strip().lower() for m in content}
        if ctype.split(";")[0].strip().lower() not in documented:
            self.mismatch("body-content-type", bptr, py, f"sent {ctype!r}")
            return
        sent_media = next(
            m
            for m in content
            if m.split(";")[0].strip().lower() == ctype.split(";")[0].strip().lower()
        )
        if sent_media != media:
            return self.result.skip("body-other-media-type")
        wire = self.pkg.converter.unstructure(value)
        body = sent.body or b""
        base = media.split(";")[0].strip().lower()
        if _is_json(base):
            try:
                got = json.loads(body)
            except ValueError:
                self.mismatch("body-encoding", bptr, py, "not JSON")
                return None
            want = json.loads(
                json.dumps(wire, default=lambda b: b.decode() if isinstance(b, bytes) else str(b))
            )
            if not same(got, want):
                self.mismatch(
                    "body-encoding", bptr, py, f"got {str(got)[:120]} want {str(want)[:120]}"
                )
        elif _is_jsonl(base):
            try:
                got = [json.loads(line) for line in body.replace(b"\x1e", b"").splitlines() if line]
            except ValueError:
                self.mismatch("body-encoding", bptr, py, "a line is not JSON")
                return None
            want = json.loads(json.dumps(wire, default=str))
            if not same(got, want):
                self.mismatch(
                    "body-encoding", bptr, py, f"got {str(got)[:120]} want {str(want)[:120]}"
                )
        elif base == "application/x-www-form-urlencoded":
            encoding = content[media].get("encoding") or {}
            want_pairs = form_pairs(wire, encoding if isinstance(encoding, dict) else {})
            if want_pairs is None:
                return self.result.skip("form-nested-value")
            got_pairs = parse_qsl(body.decode("ascii", "replace"), keep_blank_values=True)
            if sorted(want_pairs) != sorted(got_pairs):
                self.mismatch(
                    "body-encoding", bptr, py, f"got {got_pairs[:6]} want {want_pairs[:6]}"
                )
        elif base.startswith("multipart/"):
            self.check_part_types(content[media], ctype, body, bptr, py)
            if isinstance(wire, dict):
                names = set(re.findall(rb'name="([^"]*)"', body))
                want_names = {k.encode() for k, v in wire.items() if v is not None}
                if not want_names <= names:
                    self.mismatch(
                        "body-encoding",
                        bptr,
                        py,
                        f"parts {sorted(names)} want {sorted(want_names)}",
                    )
            elif isinstance(wire, (bytes, str)):
                payload = wire if isinstance(wire, bytes) else wire.encode()
                if payload not in body:
                    self.mismatch(
                        "body-encoding",
                        bptr,
                        py,
                        f"the file is not in the body ({len(body)} bytes)",
                    )
        elif isinstance(wire, bytes):
            if body != wire:
                self.mismatch("body-encoding", bptr, py, f"{len(body)} bytes sent")
        return None

    def check_binary_lines(
        self,
        ptr: str,
        mname: str,
        body_spec: dict[str, Any],
        media: str,
        fn: Callable[..., Any],
        base: dict[str, Any],
    ) -> None:
        """A JSON-Lines body whose schema is a binary string takes bytes (a file's content),
        sent as they are."""
        schema = self.doc.deref((body_spec["content"].get(media) or {}).get("schema"))
        if not (
            _is_jsonl(media.split(";")[0].strip().lower())
            and isinstance(schema, dict)
            and schema.get("type") == "string"
            and schema.get("format") == "binary"
        ):
            return
        bptr = f"{ptr}/requestBody/content/{ptr_escape(media)}"
        py = f"operations.{mname}(request)"
        payload = b'{"probe": 1}\n[2]\n'
        try:
            sent = self.send(fn, [payload], base)
        except Exception as exc:
            self.mismatch("body-binary-lines", bptr, py, f"{type(exc).__name__}: {exc}"[:200])
            return
        if sent is None or sent.body != payload:
            got = sent.body if sent is not None else None
            self.mismatch("body-binary-lines", bptr, py, f"sent {got!r:.80}")

    def check_part_types(
        self, media_obj: dict[str, Any], ctype: str, body: bytes, bptr: str, py: str
    ) -> None:
        """A part named in the media type's ``encoding`` with a ``contentType`` carries one of
        the types listed (a wildcard entry matches its family). An object sent in a part whose
        listed types are not JSON ones is left unchecked: the client sends objects as JSON."""
        encoding = media_obj.get("encoding")
        boundary = ctype.partition("boundary=")[2].strip().strip('"').encode()
        if not isinstance(encoding, dict) or not boundary:
            return
        sent: dict[str, tuple[str, bytes]] = {}
        for chunk in body.split(b"--" + boundary)[1:-1]:
            head, _, payload = chunk.strip(b"\r\n").partition(b"\r\n\r\n")
            found = re.search(rb'name="([^"]*)"', head)
            kind = re.search(rb"(?im)^content-type:\s*(.+)$", head)
            if found:
                sent[found[1].decode()] = ((kind[1].decode().strip() if kind else ""), payload)
        for name, enc in encoding.items():
            listed = enc.get("contentType") if isinstance(enc, dict) else None
            if not isinstance(listed, str) or name not in sent:
                continue
            allowed = [t.strip().lower() for t in listed.split(",") if t.strip()]
            got = sent[name][0].lower() or "text/plain"
            if all("*" in t for t in allowed) and not any(fnmatch.fnmatch(got, t) for t in allowed):
                continue  # only families are named: nothing definite to send
            if sent[name][1][:1] in (b"{", b"[") and not any(
                _is_json(t.split(";")[0]) for t in allowed
            ):
                continue
            if not any(got == t or fnmatch.fnmatch(got, t) for t in allowed):
                self.mismatch(
                    "body-encoding", bptr, py, f"part {name!r} sent as {got!r}, want {listed!r}"
                )

    # ---- responses

    def check_responses(
        self,
        ptr: str,
        op: dict[str, Any],
        module: Any,
        fn: Callable[..., Any],
        args: list[Any],
        kwargs: dict[str, Any],
    ) -> None:
        responses = {str(k): v for k, v in (op.get("responses") or {}).items()}
        codes = list(responses)
        mname = module.__name__.rsplit(".", 1)[-1]
        cased = {getattr(c, "status", None) for c in getattr(module, "RESPONSES", ())}
        for code in codes:
            rptr = f"{ptr}/responses/{ptr_escape(code)}"
            if code.upper() != code and code != "default":
                continue
            if code not in cased and code.upper() not in cased:
                self.mismatch("response-missing", rptr, f"operations.{mname}.RESPONSES")
                continue
            status = status_for(code, codes)
            if status is None:
                continue
            resp = self.doc.deref(responses[code])
            content = resp.get("content") if isinstance(resp, dict) else None
            media, payload, want, schema = None, b"", None, None
            if isinstance(content, dict) and content:
                media = pick_media(content)
                if media is None:
                    continue
                schema = (content[media] or {}).get("schema")
                base = media.split(";")[0].strip().lower()
                if schema is None:
                    continue
                if _is_jsonl(base):
                    schema = line_schema(self.doc, schema)
                try:
                    value = synthesise(self.doc, schema, seed=5)
                except Unsynthesisable:
                    self.result.skip("response-unsynthesisable")
                    continue
                if _is_json(base):
                    payload, want = json.dumps(value).encode(), value
                elif _is_jsonl(base):
                    start = "\x1e" if base.endswith("json-seq") else ""
                    line = start + json.dumps(value) + "\n"
                    payload, want = (line * 2).encode(), [value, value]
                elif base.startswith("text/"):
                    payload, want = str(value).encode(), str(value)
                else:
                    payload, want = b"\x00binary", b"\x00binary"
            self.result.responses += 1
            self.pkg.pool.requests.clear()
            self.pkg.pool.reply = (status, media.split(";")[0] if media else "", payload)
            py = f"operations.{mname}[{code}]"
            err_base = self.pkg.root.APIError
            try:
                got = fn(*args, **kwargs)
            except err_base as exc:
                if 200 <= status < 300:
                    self.mismatch(
                        "response-decode", rptr, py, f"{type(exc).__name__}: {str(exc)[:160]}"
                    )
                    continue
                if getattr(type(exc), "STATUS", None) != code:
                    self.mismatch(
                        "response-error-class",
                        rptr,
                        py,
                        f"{type(exc).__name__} STATUS={getattr(type(exc), 'STATUS', None)}",
                    )
                    continue
                if want is not None and media and _is_json(media.split(";")[0].strip().lower()):
                    data = getattr(exc, "data", None)
                    self.compare_decoded(rptr, py, data, want, schema)
                continue
            except Exception as exc:
                self.mismatch(
                    "response-decode", rptr, py, f"{type(exc).__name__}: {str(exc)[:160]}"
                )
                continue
            finally:
                self.pkg.pool.reply = None
            if not 200 <= status < 300:
                self.mismatch("response-error-class", rptr, py, "no exception raised")
                continue
            if want is None:
                continue
            if type(got).__name__ == "Page" and type(got).__module__.endswith(
                "._runtime.pagination"
            ):
                got = got.data  # a paged method returns the first page; its body is `.data`
            if media and _is_jsonl(media.split(";")[0].strip().lower()):
                try:
                    got = list(got)
                except TypeError:
                    self.mismatch(
                        "response-decode",
                        rptr,
                        py,
                        f"{type(got).__name__} is not a sequence of lines",
                    )
                    continue
            self.compare_decoded(
                rptr,
                py,
                got,
                want,
                schema
                if not isinstance(want, list)
                or not media
                or not _is_jsonl(media.split(";")[0].strip().lower())
                else None,
            )

    def compare_decoded(self, rptr: str, py: str, got: Any, want: Any, schema: Any = None) -> None:
        if (isinstance(want, (bytes, str)) and not isinstance(want, str)) or isinstance(
            got, (bytes, str)
        ):
            if got != want:
                self.mismatch("response-decode", rptr, py, f"got {got!r:.80}")
            return
        back = self.pkg.converter.unstructure(got)
        back = json.loads(json.dumps(back, default=_text))
        if not same(back, want):
            if (
                schema is not None
                and fits(self.doc, back, schema)
                and passes_untagged_union(self.doc, schema)
            ):
                self.mismatch("union-first-fit", rptr, py, first_difference(back, want))
                return
            self.mismatch(
                "response-decode",
                rptr,
                py,
                "round trip changed the body (decoded != sent) " + first_difference(back, want),
            )

    # ---- schemas

    @property
    def norm_index(self) -> dict[str, list[str]]:
        if not hasattr(self, "_norm_index"):
            index: dict[str, list[str]] = {}
            for name in dir(self.pkg.models):
                if not name.startswith("_") and not isinstance(
                    getattr(self.pkg.models, name), types.ModuleType
                ):
                    index.setdefault(norm(name), []).append(name)
            self._norm_index = index
        return self._norm_index

    def check_schemas(self) -> None:
        comps = (self.doc.data.get("components") or {}).get("schemas") or {}
        lower: dict[str, int] = {}
        for name in comps:
            lower[class_name(str(name)).lower()] = lower.get(class_name(str(name)).lower(), 0) + 1
        for name, raw in comps.items():
            self.result.schemas += 1
            try:
                self.check_schema(str(name), raw, lower)
            except Unsynthesisable:
                self.result.skip("schema-unresolvable-ref")

    def check_schema(self, name: str, raw: Any, lower: dict[str, int]) -> None:
        if True:
            sptr = f"#/components/schemas/{ptr_escape(name)}"
            s = self.doc.deref(raw)
            if not isinstance(s, dict):
                return
            override = s.get("x-speakeasy-name-override")
            want = class_name(override if isinstance(override, str) and override else name)
            is_obj = self.doc.is_object_model(s)
            enum_vals = self.doc.enum_values(s)
            if not is_obj and enum_vals is None:
                cls = getattr(self.pkg.models, want, None)
                if cls is not None:
                    self.round_trip(sptr, name, raw, cls)
                else:
                    self.result.skip("schema-without-class")
                return
            cls = self.find_class(
                sptr, want, is_obj, lower.get(want.lower(), 0) > 1, self.doc.ignored(s)
            )
            if cls is None:
                return
            if is_obj:
                self.check_fields(sptr, cls, s)
                self.probe_fields(sptr, cls, self.doc.object_view(s)[0])
            elif enum_vals is not None:
                self.check_enum(sptr, f"models.{cls.__name__}", cls, enum_vals)
            self.round_trip(sptr, name, raw, cls)

    def find_class(
        self, sptr: str, want: str, is_obj: bool, case_twin: bool, ignored: bool = False
    ) -> Any:
        def fits_kind(c: Any) -> bool:
            if is_obj:
                return attrs.has(c) if isinstance(c, type) else False
            return isinstance(c, type) and issubclass(c, enum.Enum)

        cls = getattr(self.pkg.models, want, None)
        if cls is not None and fits_kind(cls):
            return cls
        if (
            cls is None
            and not case_twin
            and not any(
                hasattr(self.pkg.models, alt)
                for alt in (want + "Model", "Model" + want, want + "_")
            )
        ):
            same_letters = self.norm_index.get(norm(want), [])
            if len(same_letters) == 1:
                cls = getattr(self.pkg.models, same_letters[0])
                if fits_kind(cls):
                    return cls
        if not is_obj and typing.get_origin(cls) is typing.Literal:
            self.mismatch(
                "enum-as-literal", sptr, f"models.{want}", values=list(typing.get_args(cls))
            )
            return None
        for alt in (want + "Model", "Model" + want, want + "_"):
            other = getattr(self.pkg.models, alt, None)
            if other is not None and fits_kind(other):
                self.mismatch(
                    "model-renamed",
                    sptr,
                    f"models.{alt}",
                    f"models.{want} is {type(cls).__name__ if cls is not None else 'absent'}",
                    want=want,
                    py=alt,
                    case_twin=case_twin,
                )
                return other
        self.mismatch(
            "model-missing",
            sptr,
            f"models.{want}",
            "absent"
            if cls is None
            else f"is {cls!r:.80}, not {'an attrs class' if is_obj else 'an enum'}",
            ignored=ignored and cls is None,
        )
        return None

    def check_fields(self, sptr: str, cls: type, s: dict[str, Any]) -> None:
        props, required, _ = self.doc.object_view(s)
        fields = {
            f.metadata.get("wire", f.name): f
            for f in attrs.fields(cls)
            if not f.metadata.get("additional_properties")
        }
        py = f"models.{cls.__name__}"
        for name in props:
            if name not in fields:
                self.mismatch(
                    "field-missing",
                    f"{sptr}/properties/{ptr_escape(str(name))}",
                    py,
                    ignored=self.doc.ignored(props[name]),
                )
        for wire in fields:
            if wire not in props:
                self.mismatch(
                    "field-extra", sptr, f"{py}.{fields[wire].name}", f"wire name {wire!r}"
                )
        fh = hints(self.pkg, cls)
        for name, sub in props.items():
            f = fields.get(name)
            if f is None:
                continue
            fptr = f"{sptr}/properties/{ptr_escape(str(name))}"
            fpy = f"{py}.{f.name}"
            subr = self.doc.deref(sub)
            is_req = f.default is attrs.NOTHING
            if (name in required) != is_req:
                rw = isinstance(subr, dict) and bool(subr.get("readOnly") or subr.get("writeOnly"))
                only = single_value(subr)
                self.mismatch(
                    "field-required",
                    fptr,
                    fpy,
                    spec=name in required,
                    py=is_req,
                    read_write_only=rw,
                    single_value_default=only is not None and f.default == only[0],
                )
            tp = fh.get(f.name)
            if tp is None:
                self.result.skip("field-annotation-unresolved")
                continue
            parts = arms(tp)
            has_none = type(None) in parts
            if has_none != self.doc.nullable(sub) and Any not in parts:
                self.mismatch(
                    "field-nullable",
                    fptr,
                    fpy,
                    f"annotation {f.type}",
                    spec=self.doc.nullable(sub),
                    allof_nullable_part=self.doc.allof_nullable_part(sub),
                )
            if self.doc.only_null(sub) and [a for a in parts if not is_unset(a)] != [type(None)]:
                self.mismatch("field-null-only", fptr, fpy, f"annotation {f.type}")
            vals = self.doc.enum_values(sub)
            if vals is not None and vals and not isinstance(subr.get("type"), list):
                enums = [
                    a
                    for a in parts
                    if isinstance(a, type) and issubclass(a, enum.Enum) and not is_unset(a)
                ]
                if enums:
                    self.check_enum(fptr, fpy, enums[0], vals)
                    if any(a in (str, int) for a in parts):
                        self.mismatch("field-open-enum", fptr, fpy)
                elif all(isinstance(v, bool) for v in vals) or len(vals) == 1:
                    pass
                elif not any(typing.get_origin(a) is typing.Literal for a in parts):
                    self.mismatch("enum-not-typed", fptr, fpy, f"annotation {f.type}")

    def probe_fields(self, sptr: str, cls: type, props: dict[str, Any]) -> None:
        """Values a field must take and give back as they came, put into a synthesised object:
        a string where the property's schema constrains objects only (``properties`` without
        ``type``), and an object with an unlisted tag where it is a tagged union (or a list of
        one); the package promises to write an unknown member back as it came."""
        probes: list[tuple[str, str, Any]] = []
        typeless_required: dict[str, bool] = {}
        for name, sub in props.items():
            s = self.doc.deref(sub)
            if not isinstance(s, dict) or s.get("readOnly") or s.get("writeOnly"):
                continue
            if self.doc.constrains_objects_only(s):
                probes.append(("typeless-properties-rejected", str(name), "on"))
                required = s.get("required")
                typeless_required[str(name)] = isinstance(required, list) and bool(required)
            items = self.doc.deref(s.get("items")) if "array" in self.doc.types(s) else None
            tag = self.doc.tag_property(s) or self.doc.tag_property(items)
            if tag is not None:
                unknown = {tag: "unlisted-probe-tag", "probe": [1, {"a": None}]}
                probes.append(
                    (
                        "unknown-variant-write-back",
                        str(name),
                        unknown if items is None else [unknown],
                    )
                )
        if not probes:
            return
        try:
            base = synthesise(self.doc, {"$ref": sptr})
        except (Unsynthesisable, RecursionError):
            return self.result.skip("probe-unsynthesisable")
        if not isinstance(base, dict):
            return None
        fields = {f.metadata.get("wire", f.name): f.name for f in attrs.fields(cls)}
        for cls_name, name, value in probes:
            fptr = f"{sptr}/properties/{ptr_escape(name)}"
            fpy = f"models.{cls.__name__}.{fields.get(name, name)}"
            try:
                obj = self.pkg.converter.structure({**base, name: value}, cls)
            except Exception as exc:
                if cls_name == "unknown-variant-write-back":
                    # A union the package tells apart by shape (or one of a single member) has
                    # no place for an unlisted tag: counted, not what this probe is about.
                    self.result.skip("unknown-variant-not-decoded")
                else:
                    self.mismatch(
                        cls_name,
                        fptr,
                        fpy,
                        f"{type(exc).__name__}: {str(exc)[:160]}",
                        typeless_required=typeless_required.get(name, False),
                    )
                continue
            try:
                back = json.loads(json.dumps(self.pkg.converter.unstructure(obj), default=_text))
            except Exception as exc:
                self.mismatch(cls_name, fptr, fpy, f"{type(exc).__name__}: {str(exc)[:160]}")
                continue
            if not same(back.get(name), value):
                self.mismatch(cls_name, fptr, fpy, f"sent back as {str(back.get(name))[:120]}")
        return None

    def check_enum(self, ptr: str, py: str, cls: Any, values: list[Any]) -> None:
        got = [m.value for m in cls]
        if sorted(map(repr, got)) != sorted(map(repr, values)):
            self.mismatch("enum-values", ptr, py, f"got {got[:8]} want {values[:8]}")

    def round_trip(self, sptr: str, name: str, raw: Any, cls: Any) -> None:
        s = self.doc.deref(raw)
        samples: list[tuple[str, Any]] = []
        if "example" in s:
            samples.append(("example", s["example"]))
        if isinstance(s.get("examples"), list):
            samples += [("examples", e) for e in s["examples"][:3]]
        for _kind, example in samples:
            self.result.examples += 1
            if not fits(self.doc, example, raw):
                self.result.skip("spec-example-does-not-fit-its-schema")
                continue
            self.one_round_trip("example-round-trip", sptr, cls, example)
        for choice in range(union_size(self.doc, raw)):
            try:
                value = synthesise(self.doc, {"$ref": sptr}, choice=choice)
            except (Unsynthesisable, RecursionError):
                self.result.skip("schema-unsynthesisable")
                continue
            self.one_round_trip("synthesised-round-trip", sptr, cls, value, choice)

    def one_round_trip(
        self, cls_name: str, sptr: str, cls: Any, value: Any, choice: int = 0
    ) -> None:
        target = cls | None if value is None and isinstance(cls, type) else cls
        py = f"models.{getattr(cls, '__name__', None) or sptr.rsplit('/', 1)[-1]}"
        if choice:
            py += f"[member {choice}]"
        try:
            obj = self.pkg.converter.structure(value, target)
            back = json.loads(json.dumps(self.pkg.converter.unstructure(obj), default=_text))
        except Exception as exc:
            self.mismatch(cls_name, sptr, py, f"{type(exc).__name__}: {str(exc)[:160]}")
            return
        original = json.loads(json.dumps(value, default=str))
        if not same(back, original):
            if isinstance(original, dict) and isinstance(back, dict):
                props, _, extra = self.doc.object_view({"$ref": sptr})
                declared = {k: v for k, v in original.items() if k in props}
                if extra in (None, False) and same(back, declared):
                    self.mismatch(
                        "undeclared-dropped", sptr, py, str(sorted(set(original) - set(props)))
                    )
                    return
            if fits(self.doc, back, {"$ref": sptr}) and passes_untagged_union(
                self.doc, {"$ref": sptr}
            ):
                self.mismatch("union-first-fit", sptr, py, first_difference(back, original))
                return
            self.mismatch(
                cls_name, sptr, py, "changed (decoded != sent) " + first_difference(back, original)
            )


def single_value(s: Any) -> tuple[Any] | None:
    if not isinstance(s, dict):
        return None
    if "const" in s:
        return (s["const"],)
    if isinstance(s.get("enum"), list) and len(s["enum"]) == 1:
        return (s["enum"][0],)
    return None


def ptr_unescape_path(ptr: str) -> str:
    token = ptr.split("/")[2]
    return token.replace("~1", "/").replace("~0", "~")


def _text(value: Any) -> Any:
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode("utf-8", "replace")
    if isinstance(value, enum.Enum):
        return value.value
    return str(value)


def norm(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.lower())


def class_name(name: str) -> str:
    parts = [p for p in re.split(r"[^0-9A-Za-z]+", name) if p]
    return "".join(p[0].upper() + p[1:] for p in parts) or "Model"


def _is_json(media: str) -> bool:
    base = media.split(";")[0].strip().lower()
    return base == "application/json" or base.endswith("+json")


def _is_jsonl(media: str) -> bool:
    """A sequence of JSON documents: JSON Lines, NDJSON, or a JSON text sequence (RFC 7464)."""
    return media.endswith("+json-seq") or media in (
        "application/x-jsonl",
        "application/jsonl",
        "application/x-ndjson",
        "application/ndjson",
        "application/jsonlines",
        "application/x-jsonlines",
        "application/json-seq",
    )


def line_schema(doc: Doc, schema: Any) -> Any:
    """What each document of a line-delimited body is: the schema's ``x-line-schema`` (or
    ``itemSchema``, as OpenAPI 3.2 names it) when it gives one, the ``items`` of an array
    schema, any JSON value for a bare binary string, else the schema itself (which then
    describes one line: a whole JSON Lines body is no single JSON document)."""
    s = doc.deref(schema)
    if not isinstance(s, dict):
        return schema
    for key in ("x-line-schema", "itemSchema"):
        if key in s:
            return s[key]
    if s.get("type") == "array" and "items" in s:
        return s["items"]
    if s.get("type") == "string" and s.get("format") in ("binary", "byte"):
        return {}
    return schema


def pick_media(content: dict[str, Any]) -> str | None:
    keys = list(content)
    for m in keys:
        if _is_json(m):
            return m
    for m in keys:
        if m.split(";")[0].strip().lower() == "text/event-stream":
            return None
    return keys[0] if keys else None


def status_for(code: str, codes: list[str]) -> int | None:
    exact = {int(c) for c in codes if c.isdigit()}
    if code.isdigit():
        return int(code)
    if len(code) == 3 and code[1:].upper() == "XX" and code[0].isdigit():
        for n in range(int(code[0]) * 100, int(code[0]) * 100 + 100):
            if n not in exact:
                return n
        return None
    if code == "default":
        ranges = {c[0] for c in codes if len(c) == 3 and c[1:].upper() == "XX"}
        has_success = any(c.startswith("2") for c in codes)
        pool = [299, 200] if not has_success else [599, 418, 499, 555]
        for n in pool:
            if n not in exact and str(n)[0] not in ranges:
                return n
    return None


# --------------------------------------------------------------------------- entry points


def check_package(spec: Path, package: str, out: Path) -> Result:
    """Check the package ``package`` (importable from ``out``) against ``spec``."""
    start = time.perf_counter()
    result = Result(spec.name)
    doc = Doc.load(spec)
    sys.path.insert(0, str(out))
    try:
        # deprecated operations, parameters and fields warn when used; the check uses them all
        warnings.simplefilter("ignore", DeprecationWarning)
        pkg = load_package(package)
        checker = Checker(doc, pkg, result)
        checker.check_servers()
        checker.check_operations()
        checker.check_schemas()
    finally:
        sys.path.remove(str(out))
    result.mismatches.sort(key=lambda m: m.fingerprint)
    result.seconds = time.perf_counter() - start
    return result


def generate_and_check(spec: Path, out: Path | None = None) -> Result:
    from generator import pipeline
    from generator.output import write

    with tempfile.TemporaryDirectory() as tmp:
        target = out or Path(tmp)
        generated = pipeline.generate(spec)
        write.write_tree(target, generated.files)
        return check_package(spec, generated.package, target)


def main(argv: list[str]) -> int:
    spec = Path(argv[0])
    result = generate_and_check(spec)
    if "--json" in argv:
        print(json.dumps(result.to_json()))
    else:
        for m in result.mismatches:
            print(m.fingerprint, "  ", m.detail[:200])
        print(
            f"{result.spec}: {result.operations} operations, {result.schemas} schemas, "
            f"{len(result.mismatches)} mismatches {result.by_class()}, accepted {result.accepted}, "
            f"skipped {result.skipped}, {result.seconds:.1f}s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
