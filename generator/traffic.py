"""What a resolved spec says about HTTP traffic: which operation a request is, which documented
response a status and media type select, whether a value fits a schema, and a value made from a
schema. Shared by ``conform`` (checking recorded traffic) and ``mock`` (answering as the API would).

Works on the document the resolve stage returns (OpenAPI 3.1 terms, non-schema ``$ref``s inlined,
schema ``$ref``s local pointers), never on the intermediate model: it is a second reading of the
spec, independent of how the client was generated.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterator, Mapping
from typing import Any, Literal
from urllib.parse import urlsplit

import attrs
import jsonschema_rs

from . import runtime_facts
from .walk import OperationSite, lookup, parameters
from .walk import operations as walk_operations

ParamLocation = Literal["path", "query", "header", "cookie"]
SSE_MEDIA = "text/event-stream"
SENTINEL_KEYS = ("x-speakeasy-sse-sentinel", "x-sse-sentinel")


@attrs.frozen
class Param:
    name: str
    location: ParamLocation
    required: bool
    schema_pointer: str | None


@attrs.frozen
class Route:
    """One operation of the spec as traffic meets it: the method and path template a request is
    matched against, and its parameters (the IR's operation is :class:`generator.ir.Operation`)."""

    method: str
    path: str
    pointer: str
    operation_id: str
    params: tuple[Param, ...]
    regex: re.Pattern[str]
    literal_segments: int

    @property
    def label(self) -> str:
        return f"{self.operation_id} ({self.method.upper()} {self.path})"


def lookup_or_none(doc: Any, pointer: str) -> Any:
    """The value at ``pointer``, or ``None`` when the document has nothing there."""
    try:
        return lookup(doc, pointer)
    except (KeyError, IndexError, ValueError):
        return None


_CONCRETE = {"*/*": "application/octet-stream", "audio/*": "audio/mpeg", "image/*": "image/png"}


def concrete(mt: str) -> str:
    """A media type to send for a documented media range (``image/*`` -> ``image/png``)."""
    if "*" not in mt:
        return mt
    return _CONCRETE.get(media_type(mt), mt.split("/", 1)[0] + "/octet-stream")


media_type = runtime_facts.essence
"""``Application/JSON; charset=utf-8`` -> ``application/json``."""
is_json = runtime_facts.is_json
"""One JSON document: the runtime's rule, so a check reads a body as the client does."""


def media_matches(documented: str, actual: str) -> bool:
    """Whether ``actual`` is covered by the documented media range (``image/*``, ``*/*``)."""
    doc, act = media_type(documented), media_type(actual)
    if doc in ("*/*", act):
        return True
    if doc.endswith("/*"):
        return act.split("/", 1)[0] == doc[:-2]
    return False


def find_media(content: Mapping[str, Any], actual: str) -> tuple[str, dict[str, Any]] | None:
    """The documented media type entry that ``actual`` falls under, exact names first."""
    ranked = sorted(content, key=lambda mt: ("*" in mt, mt.count("*")))
    for mt in ranked:
        if media_matches(mt, actual) and isinstance(content[mt], dict):
            return mt, content[mt]
    return None


def status_key(responses: Mapping[str, Any], status: int) -> str | None:
    """The response key that documents ``status``: exact, then ``4XX`` ranges, then ``default``."""
    if str(status) in responses:
        return str(status)
    for key in responses:
        if len(key) == 3 and key[1:].upper() == "XX" and key[0] == str(status)[0]:
            return key
    return "default" if "default" in responses else None


def _template_regex(path: str) -> tuple[re.Pattern[str], int]:
    path = re.split(r"[?#]", path, maxsplit=1)[0]
    parts: list[str] = []
    literal = 0
    for piece in re.split(r"(\{[^}/]+\})", path):
        if piece.startswith("{") and piece.endswith("}"):
            parts.append(f"(?P<p{len(parts)}>[^/]+)")
        elif piece:
            literal += piece.count("/") + len(piece)
            parts.append(re.escape(piece))
    return re.compile("^" + "".join(parts) + "/?$"), literal


def _params(op: OperationSite) -> tuple[Param, ...]:
    return tuple(
        Param(
            str(p.get("name")),
            p["in"],
            bool(p.get("required")),
            f"{ptr}/schema" if "schema" in p else None,
        )
        for ptr, p in parameters(op)
        if p.get("in") in ("path", "query", "header", "cookie")
    )


def operations(doc: Mapping[str, Any]) -> list[Route]:
    """Every operation of the document, most specific path template first."""
    ops: list[Route] = []
    for found in walk_operations(doc, ("paths",)):
        path, method, op = found.path, found.method, found.op
        regex, literal = _template_regex(path)
        op_id = str(op.get("operationId") or f"{method} {path}")
        ops.append(Route(method, path, found.pointer, op_id, _params(found), regex, literal))
    ops.sort(key=lambda o: (-o.literal_segments, o.path, o.method))
    return ops


def base_paths(doc: Mapping[str, Any]) -> list[str]:
    """The path parts of the servers' URLs (variables at their defaults), longest first."""
    found = {""}
    for server in doc.get("servers") or []:
        if not isinstance(server, dict):
            continue
        url = str(server.get("url", ""))
        for name, var in (server.get("variables") or {}).items():
            if isinstance(var, dict):
                url = url.replace("{" + name + "}", str(var.get("default", "")))
        found.add(urlsplit(url).path.rstrip("/"))
    return sorted(found, key=len, reverse=True)


def match(
    ops: list[Route], bases: list[str], method: str, path: str
) -> tuple[Route, dict[str, str]] | None:
    """The operation a request is, with its path parameters (still percent-encoded)."""
    for base in bases:
        if base and not path.startswith(base + "/") and path != base:
            continue
        rest = path[len(base) :] or "/"
        for op in ops:
            if op.method != method.lower():
                continue
            m = op.regex.match(rest)
            if m:
                names = re.findall(r"\{([^}/]+)\}", re.split(r"[?#]", op.path, maxsplit=1)[0])
                return op, dict(zip(names, m.groups(), strict=True))
    return None


class Schemas:
    """Compiled JSON Schema validators for the document's schemas, by JSON pointer."""

    def __init__(self, doc: Mapping[str, Any]) -> None:
        self._doc = doc
        self._root = {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            **{k: v for k, v in doc.items() if k in ("components", "paths", "webhooks")},
        }
        self._map: Any = None

    def schema(self, pointer: str) -> Any:
        return lookup(self._doc, pointer)

    def problems(self, pointer: str, value: Any, *, limit: int = 5) -> list[str]:
        """What is wrong with ``value`` against the schema at ``pointer`` (at most ``limit``)."""
        if self._map is None:  # every schema compiled once, on first use
            self._map = jsonschema_rs.validator_map_for(self._root)
        validator = self._map.get("#" + pointer)
        if validator is None:
            return []
        found = []
        for error in validator.iter_errors(value):
            where = "/".join(str(p) for p in error.instance_path)
            found.append(f"at /{where}: {error.message}" if where else error.message)
            if len(found) >= limit:
                break
        return found


# --- values made from schemas ----------------------------------------------------------------

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


def synthesise(doc: Mapping[str, Any], schema: Any, *, depth: int = 0) -> Any:
    """A value that fits ``schema``: its example where it has one, else built from its keywords.

    Deterministic; optional properties are left out below a few levels and recursion ends with
    the smallest value the schema allows.
    """
    return _Synth(doc).value(schema, depth, frozenset())


@attrs.define
class _Synth:
    doc: Mapping[str, Any]

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
        if "example" in schema:
            return schema["example"]
        if isinstance(schema.get("examples"), list) and schema["examples"]:
            return schema["examples"][0]
        if "default" in schema:
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
                    value[prop] = ref.rsplit("/", 1)[-1]
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
        return merged

    def _typed(self, schema: dict[str, Any], depth: int, seen: frozenset[str]) -> Any:
        types = schema.get("type")
        if isinstance(types, list):
            types = next((t for t in types if t != "null"), "null")
        if types is None:
            types = "object" if "properties" in schema else ("array" if "items" in schema else "")
        if types == "object":
            return self._object(schema, depth, seen)
        if types == "array":
            item = self.value(schema.get("items", {}), depth + 1, seen)
            return [item] * max(1, int(schema.get("minItems", 1))) if item is not None else []
        if types == "string":
            return self._string(schema)
        if types in ("integer", "number"):
            low = schema.get("minimum", schema.get("exclusiveMinimum", 0))
            n = low + (1 if "exclusiveMinimum" in schema and "minimum" not in schema else 0)
            return int(n) if types == "integer" else float(n)
        if types == "boolean":
            return True
        return None if types == "null" else {}

    def _object(self, schema: dict[str, Any], depth: int, seen: frozenset[str]) -> dict[str, Any]:
        required = set(schema.get("required") or [])
        out: dict[str, Any] = {}
        for name, sub in (schema.get("properties") or {}).items():
            if name in required or depth < 2:
                out[name] = self.value(sub, depth + 1, seen)
        return out

    def _string(self, schema: dict[str, Any]) -> str:
        fmt = schema.get("format")
        if fmt in _FORMATS:
            return _FORMATS[fmt]
        if fmt == "binary":
            return ""
        text = "string"
        low = int(schema.get("minLength", 0))
        high = schema.get("maxLength")
        if len(text) < low:
            text = text + "x" * (low - len(text))
        if isinstance(high, int) and len(text) > high:
            text = text[:high]
        return text


def _null_only(schema: Any) -> bool:
    return isinstance(schema, dict) and (schema.get("type") == "null" or schema == {"const": None})


def iter_sse(text: str) -> Iterator[dict[str, str]]:
    """Server-sent events of a complete stream body: dicts with ``data`` and optional ``event``
    and ``id`` (comments and events without data are skipped)."""
    for block in re.split(r"\r\n\r\n|\n\n|\r\r", text):
        fields: dict[str, list[str]] = {}
        for line in re.split(r"\r\n|\n|\r", block):
            if not line or line.startswith(":"):
                continue
            name, _, value = line.partition(":")
            fields.setdefault(name, []).append(value[1:] if value.startswith(" ") else value)
        if "data" in fields:
            event = {"data": "\n".join(fields["data"])}
            for key in ("event", "id"):
                if key in fields:
                    event[key] = fields[key][-1]
            yield event


def sentinel_of(media: Mapping[str, Any]) -> str | None:
    for key in SENTINEL_KEYS:
        if isinstance(media.get(key), str):
            return str(media[key])
    return None


def describes_envelope(doc: Mapping[str, Any], schema: Any) -> bool:
    """Whether an event-stream schema describes the whole event (``{data: ...}``), as
    Speakeasy-style descriptions do, rather than the data of each event."""
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        schema = lookup(doc, schema["$ref"])
    return isinstance(schema, dict) and "data" in (schema.get("properties") or {})
