"""Stage 4, bodies: request bodies and responses by media type (how each is read or written)."""

from __future__ import annotations

from typing import Any

import attrs

from ..model import ir
from ..model.diagnostics import WARNING, Diagnostic, escape
from ..model.origins import OperationBody
from ..model.runtime_facts import essence, is_json, is_json_lines
from ..spec.walk import as_mapping
from .schema_shapes import only_object
from .schemas import Registry


def media_kind(media_type: str) -> ir.MediaKind:
    """How a body of ``media_type`` is read or written. Parameters (``; charset=utf-8``) and
    case do not matter; JSON and the line formats are the runtime's rules
    (:func:`~generator.model.runtime_facts.is_json`, :func:`~generator.model.runtime_facts.is_json_lines`)."""
    mt = essence(media_type)
    if mt == "text/event-stream":
        return "sse"
    if is_json(mt):
        return "json"
    if is_json_lines(mt):
        return "jsonl"
    if mt == "application/x-www-form-urlencoded":
        return "form"
    if mt.startswith("multipart/"):
        return "multipart"
    if mt.startswith("text/"):
        return "text"
    return "binary"


def _pick_media(
    content: dict[str, Any], prefer: tuple[str, ...]
) -> tuple[str, dict[str, Any]] | None:
    if not isinstance(content, dict) or not content:
        return None
    items = [(str(k), v if isinstance(v, dict) else {}) for k, v in content.items()]
    for kind in prefer:
        for mt, obj in items:
            if media_kind(mt) == kind:
                return mt, obj
    return items[0]


def stream_request_field(
    reg: Registry, body: ir.Body, wire: str, ptr: str, diags: list[Diagnostic]
) -> ir.Body:
    """The body with ``x-speakeasy-stream-request-field`` as its stream flag, when the body is
    a model with that boolean field (else a warning, and the body as it was)."""
    decl = reg.decls.get(body.type.key) if isinstance(body.type, ir.Ref) else None
    if isinstance(decl, ir.Model):
        for f in decl.fields:
            if f.wire == wire and ir.Prim("bool") in ir.walk(f.type):
                return attrs.evolve(body, stream_flag_wire=wire, stream_request_field=True)
    diags.append(
        Diagnostic(
            WARNING,
            f"x-speakeasy-stream-request-field names {wire!r}, which is not a boolean property "
            "of the request body; ignored",
            f"{ptr}/x-speakeasy-stream-request-field",
        )
    )
    return body


def request_body(
    reg: Registry,
    body: Any,
    ptr: str,
    op_id: str,
    prefer: tuple[str, ...] = ("json", "form", "multipart", "jsonl", "binary", "text"),
) -> ir.Body | None:
    if not isinstance(body, dict):
        return None
    picked = _pick_media(body.get("content") or {}, prefer)
    if picked is None:
        return None
    mt, obj = picked
    read = media_kind(mt)
    kind: ir.BodyKind = "text" if read == "sse" else read
    schema_ptr = f"{ptr}/requestBody/content/{escape(mt)}/schema"
    if kind == "jsonl":
        schema, schema_ptr = _line_schema(obj.get("schema"), schema_ptr)
        t: ir.TypeRef = ir.ListOf(
            reg.type_of(schema, schema_ptr, OperationBody(op_id, "request", part="item"))
        )
        if _is_binary(obj.get("schema")):  # the lines as they are, or items to write as lines
            t = ir.UnionOf((ir.Prim("bytes"), t))
    else:
        # What the caller sends: the model, even where the schema would let other values by.
        t = only_object(reg.type_of(obj.get("schema"), schema_ptr, OperationBody(op_id, "request")))
    if kind == "binary":
        t = ir.Prim("bytes")
    encoding = _form_encoding(obj) if kind == "form" else ()
    part = ""
    if kind == "multipart" and not _is_object(reg, t):
        part = _single_part_name(obj)
    part_types = _part_types(obj) if kind == "multipart" else ()
    stream_flag = ""
    if isinstance(t, ir.Ref):
        decl = reg.decls.get(t.key)
        if isinstance(decl, ir.Model):
            for f in decl.fields:
                if f.wire == "stream" and f.type == ir.Prim("bool"):
                    stream_flag = f.wire
    return ir.Body(
        media_type=mt,
        kind=kind,
        type=t,
        required=bool(body.get("required")),
        description=str(body.get("description") or "").strip(),
        stream_flag_wire=stream_flag,
        encoding=encoding,
        part=part,
        part_types=part_types,
    )


def _form_encoding(media: dict[str, Any]) -> tuple[tuple[str, str, bool], ...]:
    """The ``style``/``explode`` an ``encoding`` object gives form properties, where it gives
    either (the others keep the defaults: ``form``, exploded)."""
    out = []
    for name, enc in as_mapping(media.get("encoding")).items():
        if isinstance(enc, dict) and ("style" in enc or "explode" in enc):
            style = str(enc.get("style") or "form")
            out.append((str(name), style, bool(enc.get("explode", style == "form"))))
    return tuple(out)


def _part_types(media: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    """The ``Content-Type`` a multipart body's ``encoding`` gives its parts: the first type of
    each ``contentType`` list that is one type (``image/*`` tells what is accepted, not what to
    send; such a part keeps its default)."""
    out = []
    for name, enc in as_mapping(media.get("encoding")).items():
        given = enc.get("contentType") if isinstance(enc, dict) else None
        first = str(given).split(",", 1)[0].strip() if isinstance(given, str) else ""
        if first and "*" not in first:
            out.append((str(name), first))
    return tuple(out)


def _is_object(reg: Registry, t: ir.TypeRef) -> bool:
    """Whether a body of type ``t`` is a set of named values (a model or a map; ``Any`` is
    taken as one too), rather than a single value such as a file."""
    found = ir.unwrap(reg.decls, t)
    if isinstance(found, ir.Ref):  # an alias here names itself: taken as an object too
        decl = reg.decls.get(found.key)
        return decl is None or isinstance(decl, (ir.Model, ir.Alias))
    if isinstance(found, ir.UnionOf):
        return all(_is_object(reg, m) for m in found.members)
    return isinstance(found, ir.MapOf) or found == ir.ANY


def _single_part_name(media: dict[str, Any]) -> str:
    """The part a multipart body that is one value (``type: string, format: binary``) goes
    in: the one property its ``encoding`` names, else ``file`` (what upload APIs expect)."""
    names = list(as_mapping(media.get("encoding")))
    return str(names[0]) if len(names) == 1 else "file"


def _is_binary(schema: Any) -> bool:
    """A binary string: the body is bytes (a file's content, say) whatever they hold."""
    return (
        isinstance(schema, dict)
        and schema.get("type") == "string"
        and schema.get("format") in ("binary", "byte")
    )


def _line_schema(schema: Any, ptr: str) -> tuple[Any, str]:
    """The schema of each item of a line-delimited JSON body, with its pointer: the
    ``x-line-schema`` of a schema that gives one, the ``items`` of an array (the whole body as
    a sequence), ``Any`` for a bare binary string, else the schema itself."""
    if not isinstance(schema, dict):
        return schema, ptr
    if "x-line-schema" in schema:
        return schema["x-line-schema"], f"{ptr}/x-line-schema"
    if schema.get("type") == "array" and "items" in schema:
        return schema["items"], f"{ptr}/items"
    if _is_binary(schema):
        return None, ptr
    return schema, ptr


RESPONSE_PREFERENCE = ("json", "jsonl", "binary", "text", "form", "multipart")


def operation_responses(
    reg: Registry, resps: dict[str, Any], ptr: str, op_id: str
) -> tuple[tuple[ir.Response, ...], tuple[ir.Response, ...]]:
    """Success responses (one body representation, plus an event stream where offered) and
    error responses (their JSON representation), each with the type of its body."""
    ok: list[ir.Response] = []
    bad: list[ir.Response] = []
    has_success = any(str(c).startswith("2") for c in resps)
    for raw_code, r in resps.items():
        code = "default" if str(raw_code).lower() == "default" else str(raw_code).upper()
        if not isinstance(r, dict):
            continue
        success = code.startswith("2") or (code == "default" and not has_success)
        if not (success or code[0] in "345" or code == "default"):
            continue  # 1XX: informational, never a final answer
        # A documented 3XX is raised like an error status, its body decoded: the client does
        # not follow redirects, so the caller gets the status, Location and body to act on.
        content = r.get("content")
        if not isinstance(content, dict):
            content = {}
        if success:
            plain = {mt: o for mt, o in content.items() if media_kind(str(mt)) != "sse"}
            streams = {mt: o for mt, o in content.items() if media_kind(str(mt)) == "sse"}
            medias = [
                m
                for m in (_pick_media(plain, RESPONSE_PREFERENCE), _pick_media(streams, ("sse",)))
                if m
            ]
        else:
            medias = [m for m in (_pick_media(content, ("json",)),) if m]
        origin = (
            OperationBody(op_id, "response") if success else OperationBody(op_id, "error", code)
        )
        for mt, media in medias or [("", {})]:
            response = _response(reg, code, mt, media, f"{ptr}/responses/{escape(code)}", origin)
            (ok if success else bad).append(
                attrs.evolve(response, description=str(r.get("description") or "").strip())
            )
    return tuple(ok), tuple(bad)


def _response(
    reg: Registry, code: str, mt: str, media: dict[str, Any], ptr: str, origin: OperationBody
) -> ir.Response:
    read = media_kind(mt) if mt else "empty"
    kind: ir.ResponseKind = "json" if read == "form" else "binary" if read == "multipart" else read
    t: ir.TypeRef | None = None
    if kind in ("json", "sse", "jsonl"):
        schema = media.get("schema")
        schema_ptr = f"{ptr}/content/{escape(mt)}/schema"
        if kind == "jsonl":
            schema, schema_ptr = _line_schema(schema, schema_ptr)
            origin = attrs.evolve(origin, part="item")
        elif kind == "sse":
            origin = attrs.evolve(origin, part="stream")
        t = reg.type_of(schema, schema_ptr, origin) if schema is not None else ir.ANY
    sentinel = ""
    if kind == "sse":
        sentinel = str(media.get("x-speakeasy-sse-sentinel") or media.get("x-sse-sentinel") or "")
    return ir.Response(status=code, kind=kind, media_type=mt, type=t, sentinel=sentinel)
