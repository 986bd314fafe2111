"""What a resolved spec says about HTTP traffic: which operation a request is, which documented
response a status and media type select, whether a value fits a schema, and a value made from a
schema. Shared by ``conform`` (checking recorded traffic) and ``mock`` (answering as the API would).

Works on the document the resolve stage returns (OpenAPI 3.1 terms, non-schema ``$ref``s inlined,
schema ``$ref``s local pointers), never on the intermediate model: it is a second reading of the
spec, independent of how the client was generated.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any, Literal
from urllib.parse import urlsplit

import attrs

from ...model import runtime_facts
from ...model.diagnostics import escape
from ...spec.walk import OperationSite, lookup, parameters
from ...spec.walk import operations as walk_operations
from .mock_schemas import Schemas
from .mock_values import example_of, synthesise

ParamLocation = Literal["path", "query", "header", "cookie"]
SSE_MEDIA = "text/event-stream"
SENTINEL_KEYS = ("x-speakeasy-sse-sentinel", "x-sse-sentinel")


@attrs.frozen
class Param:
    name: str
    location: ParamLocation
    required: bool
    schema_pointer: str | None
    style: str = "form"
    explode: bool = True
    json_content: bool = False  # described by ``content`` (a JSON value) rather than ``schema``


@attrs.frozen
class Route:
    """One operation of the spec as traffic meets it: the method and path template a request is
    matched against, and its parameters (the IR's operation is :class:`generator.model.ir.Route`)."""

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


_STYLE = {"path": "simple", "header": "simple", "query": "form", "cookie": "form"}


def _param(ptr: str, p: Mapping[str, Any]) -> Param:
    style = str(p.get("style") or _STYLE[p["in"]])
    schema_ptr, json_content = (f"{ptr}/schema", False) if "schema" in p else (None, False)
    content = p.get("content")
    if schema_ptr is None and isinstance(content, dict):
        for mt, media in content.items():
            if isinstance(media, dict) and "schema" in media:
                schema_ptr, json_content = f"{ptr}/content/{escape(mt)}/schema", is_json(mt)
                break
    return Param(
        str(p.get("name")),
        p["in"],
        bool(p.get("required")),
        schema_ptr,
        style,
        bool(p.get("explode", style == "form")),
        json_content,
    )


def _params(op: OperationSite) -> tuple[Param, ...]:
    return tuple(
        _param(ptr, p)
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


def _located(ops: list[Route], bases: list[str], path: str) -> tuple[str, dict[str, str]] | None:
    """The most specific documented path template ``path`` falls under, with its path
    parameters (still percent-encoded)."""
    for base in bases:
        if base and not path.startswith(base + "/") and path != base:
            continue
        rest = path[len(base) :] or "/"
        for op in ops:
            m = op.regex.match(rest)
            if m:
                names = re.findall(r"\{([^}/]+)\}", re.split(r"[?#]", op.path, maxsplit=1)[0])
                return op.path, dict(zip(names, m.groups(), strict=True))
    return None


def allowed(ops: list[Route], bases: list[str], path: str) -> list[str]:
    """The methods documented for the path template ``path`` falls under (upper case)."""
    found = _located(ops, bases, path)
    return [op.method.upper() for op in ops if found and op.path == found[0]]


def match(
    ops: list[Route], bases: list[str], method: str, path: str
) -> tuple[Route, dict[str, str]] | None:
    """The operation a request is, with its path parameters (still percent-encoded): the
    method on the most specific path template the request's path falls under."""
    found = _located(ops, bases, path)
    if found is None:
        return None
    for op in ops:
        if op.path == found[0] and op.method == method.lower():
            return op, found[1]
    return None


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


__all__ = ["Schemas", "example_of", "synthesise"]


@attrs.frozen
class Request:
    """A request as received: path parameters still percent-encoded, header names lower case."""

    path_params: Mapping[str, str]
    query: list[tuple[str, str]]
    headers: Mapping[str, str]
    body: bytes

    @property
    def cookies(self) -> dict[str, str]:
        return dict(
            part.strip().split("=", 1)
            for part in self.headers.get("cookie", "").split(";")
            if "=" in part
        )
