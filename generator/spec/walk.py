"""Walking an OpenAPI document: its path items and operations (paths x methods, with the path
item's parameters beside the operation's), parameters, request bodies, responses, media types,
every schema under any keyword with its JSON pointer, and local ``$ref`` lookup.

Every stage reads the document through these functions rather than writing the loops again.
Nothing here changes the document or reports problems: objects of the wrong type are skipped
(the validator names them).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, NamedTuple
from urllib.parse import unquote

from ..model.diagnostics import escape

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
"""The operation keys of a Path Item Object, in the order operations are read."""

SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
"""Keywords whose value maps names to subschemas."""
SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
"""Keywords whose value is a list of subschemas."""
SCHEMA_ONE = (
    "items",
    "additionalProperties",
    "not",
    "contains",
    "propertyNames",
    "unevaluatedProperties",
    "unevaluatedItems",
    "if",
    "then",
    "else",
    "additionalItems",
    "x-line-schema",
)
"""Keywords whose value is one subschema (``x-line-schema``: the schema of each line of a
line-delimited JSON body, a vendor extension read like a keyword)."""

_SUBSCHEMA_KEYWORDS = frozenset(SCHEMA_MAPS + SCHEMA_LISTS + SCHEMA_ONE)

Pointed = tuple[str, dict[str, Any]]
"""A JSON pointer (without ``#``) and the object at it."""


def lookup(doc: Any, pointer: str) -> Any:
    """The value at a local JSON pointer (``#/a/b`` or ``/a/b``); KeyError when absent."""
    node = doc
    ptr = pointer[1:] if pointer.startswith("#") else pointer
    if not ptr:
        return doc
    for raw in ptr.split("/")[1:]:
        token = unquote(raw).replace("~1", "/").replace("~0", "~")
        if isinstance(node, list):
            node = node[int(token)]
        elif isinstance(node, dict):
            node = node[token]
        else:
            raise KeyError(pointer)
    return node


def as_mapping(value: Any) -> dict[str, Any]:
    """``value`` if it is a mapping, else an empty one (the validator reports the problem)."""
    return value if isinstance(value, dict) else {}


class OperationSite(NamedTuple):
    """One Operation Object of the document: where it is and what surrounds it (the IR's
    operation is :class:`generator.model.ir.Operation`; traffic's is :class:`generator.tools.conform.traffic.Route`)."""

    section: str
    """``paths`` or ``webhooks``."""
    path: str
    """The path template (or the webhook's name)."""
    method: str
    """Lower case, one of :data:`HTTP_METHODS`."""
    pointer: str
    op: dict[str, Any]
    item: dict[str, Any]
    """The path item the operation sits in."""

    @property
    def item_pointer(self) -> str:
        return self.pointer.rsplit("/", 1)[0]


def path_items(
    doc: Mapping[str, Any],
    sections: tuple[str, ...] = ("paths", "webhooks"),
    *,
    with_refs: bool = True,
) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """``(key, pointer, item)`` for every Path Item Object under ``sections`` (with
    ``with_refs=False``, not those that are still a ``$ref``)."""
    for section in sections:
        items = doc.get(section)
        if not isinstance(items, dict):
            continue
        for key, item in items.items():
            if isinstance(item, dict) and (with_refs or "$ref" not in item):
                yield str(key), f"/{section}/{escape(str(key))}", item


def operations(
    doc: Mapping[str, Any],
    sections: tuple[str, ...] = ("paths", "webhooks"),
    *,
    with_refs: bool = True,
) -> Iterator[OperationSite]:
    """Every operation under ``sections``: path items in document order, methods in the order
    of :data:`HTTP_METHODS`."""
    for key, ptr, item in path_items(doc, sections, with_refs=with_refs):
        section = ptr.split("/", 2)[1]
        for method, op_ptr, op in item_operations(item, ptr):
            yield OperationSite(section, key, method, op_ptr, op, item)


def item_operations(item: dict[str, Any], ptr: str) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """``(method, pointer, Operation Object)`` of one path item at ``ptr``."""
    for method in HTTP_METHODS:
        op = item.get(method)
        if isinstance(op, dict):
            yield method, f"{ptr}/{method}", op


def parameters(op: OperationSite) -> list[Pointed]:
    """The parameters of an operation with their pointers, the path item's and the operation's
    merged: one per (location, name), at the place it first appears, the operation's own
    declaration winning over the path item's."""
    merged: dict[tuple[Any, Any], Pointed] = {}
    for base, plist in (
        (op.item_pointer, op.item.get("parameters")),
        (op.pointer, op.op.get("parameters")),
    ):
        for i, p in enumerate(_list(plist)):
            if isinstance(p, dict):
                merged[(p.get("in"), p.get("name"))] = (f"{base}/parameters/{i}", p)
    return list(merged.values())


def media_types(content: Any, ptr: str) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """``(media type, pointer, Media Type Object)`` of a ``content`` map at ``ptr``."""
    if isinstance(content, dict):
        for mt, obj in content.items():
            if isinstance(obj, dict):
                yield str(mt), f"{ptr}/{escape(str(mt))}", obj


def responses(op: OperationSite) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """``(status key, pointer, Response Object)`` of an operation."""
    resps = op.op.get("responses")
    if isinstance(resps, dict):
        for code, r in resps.items():
            if isinstance(r, dict):
                yield str(code), f"{op.pointer}/responses/{escape(str(code))}", r


def iter_schemas(schema: Any, ptr: str) -> Iterator[Pointed]:
    """Yield ``(pointer, schema)`` for ``schema`` and every subschema in it."""
    stack = [(ptr, schema)]
    while stack:
        p, s = stack.pop()
        if not isinstance(s, dict):
            continue
        yield p, s
        if s.keys().isdisjoint(_SUBSCHEMA_KEYWORDS):  # most schemas: nothing nested
            continue
        for key in SCHEMA_MAPS:
            sub = s.get(key)
            if isinstance(sub, dict):
                stack.extend((f"{p}/{key}/{escape(k)}", v) for k, v in sub.items())
        for key in SCHEMA_LISTS:
            sub = s.get(key)
            if isinstance(sub, list):
                stack.extend((f"{p}/{key}/{i}", v) for i, v in enumerate(sub))
        for key in SCHEMA_ONE:
            if isinstance(s.get(key), dict):
                stack.append((f"{p}/{key}", s[key]))


def _only(schema: Any, ptr: str) -> Iterator[Pointed]:
    yield ptr, schema


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


class _SchemaWalk:
    """The schemas of one document, outermost ones (or all, ``nested``) with their pointers."""

    def __init__(self, nested: bool) -> None:
        self.each = iter_schemas if nested else _only

    def media(self, content: Any, ptr: str) -> Iterator[Any]:
        if isinstance(content, dict):
            for mt, obj in content.items():
                if isinstance(obj, dict) and "schema" in obj:
                    yield from self.each(obj["schema"], f"{ptr}/{escape(mt)}/schema")

    def params(self, plist: Any, ptr: str) -> Iterator[Any]:
        for i, p in enumerate(_list(plist)):
            if isinstance(p, dict):
                if "schema" in p:
                    yield from self.each(p["schema"], f"{ptr}/{i}/schema")
                yield from self.media(p.get("content"), f"{ptr}/{i}/content")

    def responses(self, resps: Any, ptr: str) -> Iterator[Any]:
        if not isinstance(resps, dict):
            return
        for code, r in resps.items():
            if isinstance(r, dict):
                rp = f"{ptr}/{escape(code)}"
                yield from self.media(r.get("content"), f"{rp}/content")
                for hname, h in as_mapping(r.get("headers")).items():
                    if isinstance(h, dict) and "schema" in h:
                        yield from self.each(h["schema"], f"{rp}/headers/{escape(hname)}/schema")

    def path_items(self, doc: dict[str, Any], section: str) -> Iterator[Any]:
        for _, ip, item in path_items(doc, (section,)):
            yield from self.params(item.get("parameters"), f"{ip}/parameters")
            for _, op_ptr, op in item_operations(item, ip):
                yield from self.params(op.get("parameters"), f"{op_ptr}/parameters")
                body = op.get("requestBody")
                if isinstance(body, dict):
                    yield from self.media(body.get("content"), f"{op_ptr}/requestBody/content")
                yield from self.responses(op.get("responses"), f"{op_ptr}/responses")

    def document(self, doc: dict[str, Any]) -> Iterator[Pointed]:
        comps = as_mapping(doc.get("components"))
        for name, schema in as_mapping(comps.get("schemas")).items():
            yield from self.each(schema, f"/components/schemas/{escape(name)}")
        yield from self.path_items(doc, "paths")
        yield from self.path_items(doc, "webhooks")
        section = comps.get("parameters") or {}
        if isinstance(section, dict):
            yield from self.params(list(section.values()), "/components/parameters")
        for name, body in as_mapping(comps.get("requestBodies")).items():
            if isinstance(body, dict):
                yield from self.media(
                    body.get("content"), f"/components/requestBodies/{escape(name)}/content"
                )
        yield from self.responses(comps.get("responses"), "/components/responses")


def iter_document_schemas(doc: dict[str, Any], *, nested: bool = True) -> Iterator[Pointed]:
    """Every schema object of an OpenAPI document with its pointer (with ``nested=False``,
    only the outermost ones: components and the schemas of parameters, bodies, responses)."""
    return _SchemaWalk(nested).document(doc)
