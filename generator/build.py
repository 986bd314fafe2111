"""Stage 4: the normalised document to the intermediate model (names come later, in naming)."""

from __future__ import annotations

from typing import Any

import attrs

from . import ir, kinds, pagination
from .diagnostics import WARNING, Diagnostic, escape
from .naming import field_name
from .schemas import Registry
from .walk import Operation, as_mapping, operations, parameters

DEFAULT_STYLE: dict[ir.ParamLocation, ir.ParamStyle] = {
    "path": "simple",
    "query": "form",
    "header": "simple",
    "cookie": "form",
}


# JSON documents one per line (JSON Lines, NDJSON) or one per record (RFC 7464 JSON text sequences).
LINE_MEDIA_TYPES = frozenset(
    {
        "application/jsonl",
        "application/x-jsonl",
        "application/jsonlines",
        "application/x-jsonlines",
        "application/ndjson",
        "application/x-ndjson",
        "application/json-seq",
    }
)


def media_kind(media_type: str) -> ir.MediaKind:
    """How a body of ``media_type`` is read or written. Parameters (``; charset=utf-8``) and
    case do not matter; JSON is ``application/json`` or a ``+json`` suffix, matched exactly
    (``application/x-jsonl`` is a line format, not one JSON document)."""
    mt = media_type.split(";")[0].strip().lower()
    if mt == "text/event-stream":
        return "sse"
    if mt == "application/json" or mt.endswith("+json"):
        return "json"
    if mt in LINE_MEDIA_TYPES or mt.endswith("+json-seq"):
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


def build(
    doc: dict[str, Any], package: str, *, max_method_params: int | None = None
) -> tuple[ir.Api, list[Diagnostic]]:
    """``max_method_params``: the generator-wide default of ``x-speakeasy-max-method-params``
    (``None``: no limit), used where neither the operation nor the document sets one."""
    reg = Registry(doc)
    diags: list[Diagnostic] = []
    info = doc.get("info") or {}
    # Every component schema is a declaration, used or not (unless x-speakeasy-ignore'd).
    for name, schema in as_mapping(as_mapping(doc.get("components")).get("schemas")).items():
        if not ignored(schema):
            reg.named(f"/components/schemas/{escape(str(name))}")
    doc_max = _max_params(doc, "", diags)
    if doc_max is None:
        doc_max = max_method_params
    schemes = _security_schemes(doc, diags)
    global_security = _security(doc.get("security"), schemes)
    api_retries = _retries(doc, "", diags)
    built: list[ir.Operation] = []
    ctx = OperationContext(reg, diags, schemes, global_security)
    for found in operations(doc, ("paths",)):
        if ignored(found.op):
            continue
        op, ptr = found.op, found.pointer
        main = _grouped(_operation(ctx, found), op, doc)
        for variant in [main, *_variants(reg, main, op, ptr)]:
            built.append(_limit_params(variant, op, ptr, doc_max, diags))
    webhooks = _webhooks(reg, doc)
    groups = _groups(doc, built)
    api = ir.Api(
        title=str(info.get("title") or package),
        version=str(info.get("version") or "0"),
        description=str(info.get("description") or "").strip(),
        package=package,
        dist_name=package.replace("_", "-"),
        servers=tuple(_server_url(s) for s in doc.get("servers") or [] if isinstance(s, dict))
        or ("/",),
        decls=break_alias_cycles(tuple(reg.decls.values())),
        groups=groups,
        errors=(),
        security=tuple(schemes.values()),
        retries=api_retries,
        webhooks=webhooks,
        server_list=_server_list(doc),
    )
    return api, diags + reg.diagnostics


def _grouped(main: ir.Operation, op: dict[str, Any], doc: dict[str, Any]) -> ir.Operation:
    """An operation that ``x-speakeasy-group`` puts in a group spelled like one of the
    document's tags but for case and separators (``chat`` and ``Chat``) joins that tag."""
    group = op.get("x-speakeasy-group")
    if not isinstance(group, str):
        return main

    def norm(text: str) -> str:
        return "".join(c for c in text.lower() if c.isalnum())

    for t in doc.get("tags") or []:
        name = str(t.get("name")) if isinstance(t, dict) else ""
        if name and norm(name) == norm(main.tag):
            return attrs.evolve(main, tag=name)
    return main


def ignored(node: Any) -> bool:
    """Whether ``x-speakeasy-ignore: true`` leaves ``node`` (an operation, parameter or schema)
    out of the client."""
    return isinstance(node, dict) and node.get("x-speakeasy-ignore") is True


def deprecation(node: dict[str, Any]) -> str:
    """The message of a deprecated node: ``x-speakeasy-deprecation-message``, else empty."""
    return str(node.get("x-speakeasy-deprecation-message") or "").strip()


def _max_params(holder: dict[str, Any], ptr: str, diags: list[Diagnostic]) -> int | None:
    value = holder.get("x-speakeasy-max-method-params")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        diags.append(
            Diagnostic(
                WARNING,
                f"x-speakeasy-max-method-params must be a whole number >= 0, not {value!r}; "
                "ignored",
                f"{ptr}/x-speakeasy-max-method-params",
            )
        )
        return None
    return value


def _limit_params(
    op: ir.Operation, raw: dict[str, Any], ptr: str, default: int | None, diags: list[Diagnostic]
) -> ir.Operation:
    """Parameters past the operation's (else the document's, else the generator's) limit go in
    one request object. The body counts as one; a body alone is already one object."""
    limit = _max_params(raw, ptr, diags)
    if limit is None:
        limit = default
    count = len(op.params) + (1 if op.body else 0)
    if limit is None or not op.params or count <= limit:
        return op
    return attrs.evolve(op, request_object=True)


VARIANT_KINDS = ("json", "form", "multipart")


def _variants(
    reg: Registry, main: ir.Operation, op: dict[str, Any], ptr: str
) -> list[ir.Operation]:
    """One more operation per other media type the body is offered in (JSON, form, multipart;
    one of each kind), each named with the kind as suffix (``create_multipart``)."""
    body = op.get("requestBody")
    if main.body is None or not isinstance(body, dict):
        return []
    kinds = {media_kind(str(mt)) for mt in as_mapping(body.get("content"))}
    out = []
    for kind in VARIANT_KINDS:
        if kind in kinds and kind != main.body.kind:
            variant_body = _body(reg, body, ptr, f"{main.operation_id}_{kind}", (kind,))
            if variant_body is not None:
                out.append(
                    attrs.evolve(main, key=f"{main.key} ({kind})", variant=kind, body=variant_body)
                )
    return out


def _server_list(doc: dict[str, Any]) -> tuple[ir.Server, ...]:
    """The servers with ids and variables; empty when no server has either."""
    out = []
    for s in doc.get("servers") or []:
        if not isinstance(s, dict):
            continue
        variables = []
        for name, var in as_mapping(s.get("variables")).items():
            if not isinstance(var, dict):
                continue
            enum = var.get("enum")
            variables.append(
                ir.ServerVariable(
                    wire=str(name),
                    default=str(var.get("default") if var.get("default") is not None else ""),
                    enum=tuple(str(e) for e in enum) if isinstance(enum, list) else (),
                    description=str(var.get("description") or "").strip(),
                )
            )
        out.append(
            ir.Server(
                url=str(s.get("url") or "/"),
                id=str(s.get("x-speakeasy-server-id") or ""),
                description=str(s.get("description") or "").strip(),
                variables=tuple(variables),
            )
        )
    if not any(s.id or s.variables for s in out):
        return ()
    return tuple(out)


def break_alias_cycles(decls: tuple[ir.Decl, ...]) -> tuple[ir.Decl, ...]:
    """Aliases that refer to themselves through other aliases (``A = dict[str, A] | B``) cannot be
    evaluated at import time; inside such a cycle, the self-reference becomes ``Any``."""
    aliases = {d.key: d for d in decls if isinstance(d, ir.Alias)}
    edges = {
        k: {n.key for n in ir.walk(a.target) if isinstance(n, ir.Ref) and n.key in aliases}
        for k, a in aliases.items()
    }
    cyclic: set[str] = set()
    for start in aliases:
        stack, seen = list(edges[start]), set()
        while stack:
            k = stack.pop()
            if k == start:
                cyclic.add(start)
                break
            if k not in seen:
                seen.add(k)
                stack.extend(edges[k])
    if not cyclic:
        return decls
    out = []
    for d in decls:
        if isinstance(d, ir.Alias) and d.key in cyclic:
            target = ir.replace(
                d.target, lambda n: ir.ANY if isinstance(n, ir.Ref) and n.key in cyclic else n
            )
            d = attrs.evolve(d, target=target, discriminator=None)
        out.append(d)
    return tuple(out)


def _server_url(server: dict[str, Any]) -> str:
    url = str(server.get("url") or "/")
    for name, var in (server.get("variables") or {}).items():
        default = var.get("default") if isinstance(var, dict) else None
        url = url.replace("{" + str(name) + "}", str(default if default is not None else ""))
    return url


def _security_schemes(doc: dict[str, Any], diags: list[Diagnostic]) -> dict[str, ir.SecurityScheme]:
    out: dict[str, ir.SecurityScheme] = {}
    for key, s in as_mapping(as_mapping(doc.get("components")).get("securitySchemes")).items():
        if not isinstance(s, dict):
            continue
        kind = s.get("type")
        desc = str(s.get("description") or "").strip()
        if kind == "http" and str(s.get("scheme", "")).lower() == "basic":
            out[key] = ir.SecurityScheme(key, "basic", description=desc)
        elif kind == "http" or kind in ("oauth2", "openIdConnect"):
            out[key] = ir.SecurityScheme(key, "bearer", description=desc)
        elif kind == "apiKey" and s.get("in") in ("header", "query", "cookie"):
            out[key] = ir.SecurityScheme(
                key, s["in"], param_name=str(s.get("name") or key), description=desc
            )
        elif kind == "mutualTLS":
            diags.append(
                Diagnostic(
                    WARNING,
                    "mutual TLS is set up on the connection pool (Transport(pool=urllib3."
                    "PoolManager(cert_file=..., key_file=...))), not by the client's arguments",
                    f"/components/securitySchemes/{escape(key)}",
                )
            )
        else:
            diags.append(
                Diagnostic(
                    WARNING,
                    f"security scheme type {kind!r} is not supported; send its credentials "
                    "with the client's headers=... or a call's extra_headers",
                    f"/components/securitySchemes/{escape(key)}",
                )
            )
    return out


def _security(value: Any, schemes: dict[str, ir.SecurityScheme]) -> tuple[tuple[str, ...], ...]:
    if not isinstance(value, list):
        return ()
    out = []
    for req in value:
        if isinstance(req, dict):
            names = tuple(k for k in req if k in schemes)
            if len(names) == len(req):
                out.append(names)
    return tuple(out)


def _retries(holder: dict[str, Any], ptr: str, diags: list[Diagnostic]) -> ir.Retries | None:
    """The retry policy of ``x-speakeasy-retries`` (or ``x-retries``) and ``x-retry-strategy``;
    a malformed one is ignored with a warning."""
    key = "x-speakeasy-retries" if "x-speakeasy-retries" in holder else "x-retries"
    r = holder.get(key)
    strategy = holder.get("x-retry-strategy")
    if r is None and strategy is None:
        return None
    r = {} if r is None else r
    strategy = {} if strategy is None else strategy
    backoff = r.get("backoff", {}) if isinstance(r, dict) else None
    codes = r.get("statusCodes", ["5XX"]) if isinstance(r, dict) else None
    numbers: list[Any] = []
    if isinstance(backoff, dict):
        numbers += [backoff.get(k, 0) for k in ("initialInterval", "maxInterval", "exponent")]
        numbers.append(backoff.get("maxElapsedTime", 0))
    if isinstance(strategy, dict):
        numbers += [strategy.get(k, 0) for k in ("initialDelay", "maxDelay", "maxAttempts")]
    else:
        numbers.append(None)
    if not (
        isinstance(backoff, dict)
        and isinstance(codes, list)
        and all(isinstance(n, (int, float)) and not isinstance(n, bool) for n in numbers)
    ):
        diags.append(Diagnostic(WARNING, f"{key} / x-retry-strategy is malformed; ignored", ptr))
        return None
    assert isinstance(strategy, dict)
    return ir.Retries(
        initial_interval=float(backoff.get("initialInterval", strategy.get("initialDelay", 500)))
        / 1000,
        max_interval=float(backoff.get("maxInterval", strategy.get("maxDelay", 60000))) / 1000,
        exponent=float(backoff.get("exponent", 1.5)),
        max_elapsed_time=float(backoff.get("maxElapsedTime", 3600000)) / 1000,
        max_attempts=int(strategy["maxAttempts"]) if "maxAttempts" in strategy else None,
        status_codes=tuple(str(c) for c in codes),
        retry_connection_errors=bool(r.get("retryConnectionErrors", True)),
    )


@attrs.frozen
class OperationContext:
    """What every operation of a document is built with."""

    reg: Registry
    diags: list[Diagnostic]
    schemes: dict[str, ir.SecurityScheme]
    global_security: tuple[tuple[str, ...], ...]


def _operation(ctx: OperationContext, found: Operation) -> ir.Operation:
    reg, diags = ctx.reg, ctx.diags
    path, method, op, ptr, item = found.path, found.method, found.op, found.pointer, found.item
    op_id = str(op.get("operationId") or f"{method}{path}")
    if op.get("callbacks"):
        diags.append(
            Diagnostic(
                WARNING,
                f"callbacks ({', '.join(map(str, op['callbacks']))}) describe requests the API "
                "makes to you; a client has nothing to call, so they are skipped",
                f"{ptr}/callbacks",
            )
        )
    declared = [p for _, p in parameters(found) if "name" in p and "in" in p]
    params = _params(reg, declared, ptr, op_id, diags)
    body = _body(reg, op.get("requestBody"), ptr, op_id)
    stream_field = op.get("x-speakeasy-stream-request-field")
    if body is not None and isinstance(stream_field, str) and stream_field:
        body = _stream_request_field(reg, body, stream_field, ptr, diags)
    responses, errors = _responses(reg, op.get("responses") or {}, ptr, op_id)
    tags = op.get("tags") or []
    group = op.get("x-speakeasy-group")
    if isinstance(group, str) and group.strip():
        tags = [group.strip()]
    security = _security(op["security"], ctx.schemes) if "security" in op else ctx.global_security
    servers = op.get("servers") or item.get("servers") or []
    name_hint = (
        op.get("x-speakeasy-name-override") or op.get("x-python-name") or op.get("x-name") or ""
    )
    return ir.Operation(
        key=f"{method.upper()} {path}",
        operation_id=op_id,
        method=method.upper(),
        path=path,
        tag=str(tags[0]) if tags else "",
        summary=str(op.get("summary") or "").strip(),
        description=str(op.get("description") or "").strip(),
        params=params,
        body=body,
        responses=responses,
        errors=errors,
        security=security,
        servers=tuple(_server_url(s) for s in servers if isinstance(s, dict)),
        deprecated=bool(op.get("deprecated")),
        name_hint=str(name_hint),
        retries=_retries(op, ptr, diags),
        pagination=pagination.from_operation(op, params, body, responses, reg.decls, ptr, diags),
        deprecation=deprecation(op) if op.get("deprecated") else "",
    )


def _stream_request_field(
    reg: Registry, body: ir.Body, wire: str, ptr: str, diags: list[Diagnostic]
) -> ir.Body:
    """The body with ``x-speakeasy-stream-request-field`` as its stream flag, when the body is
    a model with that boolean field (else a warning, and the body as it was)."""
    decl = reg.decls.get(body.type.key) if isinstance(body.type, ir.Ref) else None
    if isinstance(decl, ir.Model):
        for f in decl.fields:
            if f.wire == wire and ir.Prim("bool") in ir.walk(f.type):
                return attrs.evolve(
                    body, stream_flag=field_name(f.name_hint or wire), stream_request_field=True
                )
    diags.append(
        Diagnostic(
            WARNING,
            f"x-speakeasy-stream-request-field names {wire!r}, which is not a boolean property "
            "of the request body; ignored",
            f"{ptr}/x-speakeasy-stream-request-field",
        )
    )
    return body


def _params(
    reg: Registry,
    declared: list[dict[str, Any]],
    ptr: str,
    op_id: str,
    diags: list[Diagnostic] | None = None,
) -> tuple[ir.Param, ...]:
    """``declared``: the operation's parameters, the path item's merged in."""
    out = []
    for i, p in enumerate(declared):
        name, loc = str(p["name"]), kinds.member(p["in"], kinds.PARAM_LOCATIONS)
        if loc is None:
            continue
        if ignored(p):
            if (p.get("required") or loc == "path") and diags is not None:
                diags.append(
                    Diagnostic(
                        WARNING,
                        f"required {loc} parameter {name!r} is x-speakeasy-ignore'd: the client "
                        "never sends it (add it with a call's extra headers or the server URL)",
                        f"{ptr}/parameters/{i}",
                    )
                )
            continue
        schema = p.get("schema")
        if schema is None and isinstance(p.get("content"), dict) and p["content"]:
            schema = next(iter(p["content"].values())).get("schema")
        t = reg.type_of(schema, f"{ptr}/parameters/{i}/schema", f"{op_id}_{name}")
        style = kinds.member(p.get("style"), kinds.PARAM_STYLES) or DEFAULT_STYLE[loc]
        example = p.get("example", schema.get("example") if isinstance(schema, dict) else None)
        out.append(
            ir.Param(
                wire=name,
                location=loc,
                type=t,
                required=bool(p.get("required")) or loc == "path",
                style=style,
                explode=bool(p.get("explode", style == "form")),
                allow_reserved=bool(p.get("allowReserved")),
                description=str(p.get("description") or "").strip(),
                example=example,
                has_example=example is not None,
                deprecated=bool(p.get("deprecated")),
                deprecation=deprecation(p) if p.get("deprecated") else "",
                name_hint=str(p.get("x-speakeasy-name-override") or "").strip(),
            )
        )
    # Required first, then in spec order: the order of keyword arguments.
    return tuple(sorted(out, key=lambda p: not p.required))


def _body(
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
        t: ir.TypeRef = ir.ListOf(reg.type_of(schema, schema_ptr, f"{op_id}_request_item"))
    else:
        t = reg.type_of(obj.get("schema"), schema_ptr, f"{op_id}_request")
    if kind == "binary":
        t = ir.Prim("bytes")
    encoding = _form_encoding(obj) if kind == "form" else ()
    part = ""
    if kind == "multipart" and not _is_object(reg, t):
        part = _single_part_name(obj)
    stream_flag = ""
    if isinstance(t, ir.Ref):
        decl = reg.decls.get(t.key)
        if isinstance(decl, ir.Model):
            for f in decl.fields:
                if f.wire == "stream" and f.type == ir.Prim("bool"):
                    stream_flag = "stream"
    return ir.Body(
        media_type=mt,
        kind=kind,
        type=t,
        required=bool(body.get("required")),
        description=str(body.get("description") or "").strip(),
        stream_flag=stream_flag,
        encoding=encoding,
        part=part,
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


def _is_object(reg: Registry, t: ir.TypeRef) -> bool:
    """Whether a body of type ``t`` is a set of named values (a model or a map; ``Any`` is
    taken as one too), rather than a single value such as a file."""
    seen: set[str] = set()
    while True:
        if isinstance(t, ir.Nullable):
            t = t.inner
        elif isinstance(t, ir.Ref) and t.key not in seen:
            seen.add(t.key)
            decl = reg.decls.get(t.key)
            if isinstance(decl, ir.Alias):
                t = decl.target
            else:
                return isinstance(decl, ir.Model) or decl is None
        elif isinstance(t, ir.UnionOf):
            return all(_is_object(reg, m) for m in t.members)
        else:
            return isinstance(t, ir.MapOf) or t == ir.ANY or isinstance(t, ir.Ref)


def _single_part_name(media: dict[str, Any]) -> str:
    """The part a multipart body that is one value (``type: string, format: binary``) goes
    in: the one property its ``encoding`` names, else ``file`` (what upload APIs expect)."""
    names = list(as_mapping(media.get("encoding")))
    return str(names[0]) if len(names) == 1 else "file"


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
    if schema.get("type") == "string" and schema.get("format") in ("binary", "byte"):
        return None, ptr
    return schema, ptr


RESPONSE_PREFERENCE = ("json", "jsonl", "binary", "text", "form", "multipart")


def _responses(
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
        hint = f"{op_id}_response" if success else f"{op_id}_{code}_error"
        for mt, media in medias or [("", {})]:
            response = _response(reg, code, mt, media, f"{ptr}/responses/{escape(code)}", hint)
            (ok if success else bad).append(
                attrs.evolve(response, description=str(r.get("description") or "").strip())
            )
    return tuple(ok), tuple(bad)


def _response(
    reg: Registry, code: str, mt: str, media: dict[str, Any], ptr: str, hint: str
) -> ir.Response:
    read = media_kind(mt) if mt else "empty"
    kind: ir.ResponseKind = "json" if read == "form" else "binary" if read == "multipart" else read
    t: ir.TypeRef | None = None
    if kind in ("json", "sse", "jsonl"):
        schema = media.get("schema")
        schema_ptr = f"{ptr}/content/{escape(mt)}/schema"
        if kind == "jsonl":
            schema, schema_ptr = _line_schema(schema, schema_ptr)
            hint = hint.replace("_response", "_item")
        stream_hint = hint.replace("_response", "_stream") if kind == "sse" else hint
        t = reg.type_of(schema, schema_ptr, stream_hint) if schema is not None else ir.ANY
    sentinel = ""
    if kind == "sse":
        sentinel = str(media.get("x-speakeasy-sse-sentinel") or media.get("x-sse-sentinel") or "")
    return ir.Response(status=code, kind=kind, media_type=mt, type=t, sentinel=sentinel)


def _webhooks(reg: Registry, doc: dict[str, Any]) -> tuple[ir.Webhook, ...]:
    out = []
    for found in operations(doc, ("webhooks",)):
        name = found.path
        body = _body(reg, found.op.get("requestBody"), found.pointer, f"{name}_webhook")
        out.append(ir.Webhook(name, found.method.upper(), body.type if body else None))
    return tuple(out)


def _groups(doc: dict[str, Any], operations: list[ir.Operation]) -> tuple[ir.Group, ...]:
    described = {
        str(t.get("name")): str(t.get("description") or "").strip()
        for t in doc.get("tags") or []
        if isinstance(t, dict)
    }
    order: dict[str, list[ir.Operation]] = {}
    for op in operations:
        order.setdefault(op.tag, []).append(op)
    return tuple(
        ir.Group(tag=tag, description=described.get(tag, ""), operations=tuple(ops))
        for tag, ops in order.items()
    )
