"""Stage 4: the normalised document to the intermediate model (names come later, in naming)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import attrs

from ..model import ir, kinds
from ..model.diagnostics import WARNING, Diagnostic, escape
from ..model.origins import Parameter
from ..spec.walk import OperationSite, as_mapping, operations, parameters
from . import pagination
from .bodies import media_kind, operation_responses, request_body, stream_request_field
from .client import (
    break_alias_cycles,
    retries_of,
    security_of,
    security_schemes,
    server_list,
    server_url,
)
from .schemas import Registry

DEFAULT_STYLE: dict[ir.ParamLocation, ir.ParamStyle] = {
    "path": "simple",
    "query": "form",
    "header": "simple",
    "cookie": "form",
}


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
    schemes = security_schemes(doc, diags)
    global_security = security_of(doc.get("security"), schemes)
    api_retries = retries_of(doc, "", diags)
    built: list[ir.Operation] = []
    ctx = OperationContext(reg, diags, schemes, global_security)
    for found in operations(doc, ("paths",)):
        if ignored(found.op):
            continue
        op, ptr = found.op, found.pointer
        main = _grouped(_operation(ctx, found), op, doc)
        for variant in [main, *_variants(reg, main, op, ptr)]:
            built.append(_limit_params(variant, op, ptr, doc_max, diags, reg.decls))
    webhooks = _webhooks(reg, doc)
    groups = _groups(doc, built)
    api = ir.Api(
        title=str(info.get("title") or package),
        version=str(info.get("version") or ""),
        description=str(info.get("description") or "").strip(),
        package=package,
        dist_name=package.replace("_", "-"),
        servers=tuple(server_url(s) for s in doc.get("servers") or [] if isinstance(s, dict))
        or ("/",),
        decls=break_alias_cycles(tuple(reg.decls.values())),
        groups=groups,
        errors=(),
        security=tuple(schemes.values()),
        retries=api_retries,
        webhooks=webhooks,
        server_list=server_list(doc),
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
    op: ir.Operation,
    raw: dict[str, Any],
    ptr: str,
    default: int | None,
    diags: list[Diagnostic],
    decls: Mapping[str, ir.Decl],
) -> ir.Operation:
    """Parameters past the operation's (else the document's, else the generator's) limit go in
    one request object; there the body counts as one, and a body alone is already one object.
    An object body's fields are also keyword arguments while the parameters and those fields,
    one each, stay within the limit."""
    limit = _max_params(raw, ptr, diags)
    if limit is None:
        limit = default
    count = len(op.params) + (1 if op.body else 0)
    if limit is not None and op.params and count > limit:
        return attrs.evolve(op, request_object=True)
    fields = ir.body_arg_fields(op, decls)
    if op.body and fields and (limit is None or len(op.params) + len(fields) <= limit):
        return attrs.evolve(op, body=attrs.evolve(op.body, fields_as_args=True))
    return op


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
            variant_body = request_body(reg, body, ptr, f"{main.operation_id}_{kind}", (kind,))
            if variant_body is not None:
                out.append(
                    attrs.evolve(main, key=f"{main.key} ({kind})", variant=kind, body=variant_body)
                )
    return out


@attrs.frozen
class OperationContext:
    """What every operation of a document is built with."""

    reg: Registry
    diags: list[Diagnostic]
    schemes: dict[str, ir.SecurityScheme]
    global_security: tuple[tuple[str, ...], ...]


def _operation(ctx: OperationContext, found: OperationSite) -> ir.Operation:
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
    body = request_body(reg, op.get("requestBody"), ptr, op_id)
    stream_field = op.get("x-speakeasy-stream-request-field")
    if body is not None and isinstance(stream_field, str) and stream_field:
        body = stream_request_field(reg, body, stream_field, ptr, diags)
    responses, errors = operation_responses(reg, op.get("responses") or {}, ptr, op_id)
    tags = op.get("tags") or []
    group = op.get("x-speakeasy-group")
    if isinstance(group, str) and group.strip():
        tags = [group.strip()]
    security = security_of(op["security"], ctx.schemes) if "security" in op else ctx.global_security
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
        servers=tuple(server_url(s) for s in servers if isinstance(s, dict)),
        deprecated=bool(op.get("deprecated")),
        name_hint=str(name_hint),
        retries=retries_of(op, ptr, diags),
        pagination=pagination.from_operation(op, params, body, responses, reg.decls, ptr, diags),
        deprecation=deprecation(op) if op.get("deprecated") else "",
    )


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
        schema, media = p.get("schema"), ""
        if schema is None and isinstance(p.get("content"), dict) and p["content"]:
            media, described = next(iter(p["content"].items()))
            schema = described.get("schema") if isinstance(described, dict) else None
        t = reg.type_of(schema, f"{ptr}/parameters/{i}/schema", Parameter(op_id, name))
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
                as_json=bool(media) and media_kind(str(media)) == "json",
            )
        )
    # Required first, then in spec order: the order of keyword arguments.
    return tuple(sorted(out, key=lambda p: not p.required))


def _webhooks(reg: Registry, doc: dict[str, Any]) -> tuple[ir.Webhook, ...]:
    out = []
    for found in operations(doc, ("webhooks",)):
        name = found.path
        body = request_body(reg, found.op.get("requestBody"), found.pointer, f"{name}_webhook")
        out.append(ir.Webhook(name, found.method.upper(), body.type if body else None))
    return tuple(out)


def _groups(doc: dict[str, Any], operations: list[ir.Operation]) -> tuple[ir.Group, ...]:
    """The operations by tag, in order of first appearance; in a spec where no operation has a
    tag (or ``x-speakeasy-group``), by the resource of their path (see :func:`resource_of`)."""
    described = {
        str(t.get("name")): str(t.get("description") or "").strip()
        for t in doc.get("tags") or []
        if isinstance(t, dict)
    }
    tagless = not any(op.tag for op in operations)
    order: dict[str, list[ir.Operation]] = {}
    for op in operations:
        order.setdefault(resource_of(op.path) if tagless else op.tag, []).append(op)
    return tuple(
        ir.Group(tag=tag, description=described.get(tag, ""), operations=tuple(ops))
        for tag, ops in order.items()
    )


_VERSION_SEGMENT = re.compile(
    r"v\d+(?:(?:alpha|beta|preview)\d*)?|\d{4}-\d{2}-\d{2}", re.IGNORECASE
)
"""A path segment that names a version of the API, not a resource: ``v1``, ``v2beta1``,
``2010-04-01``."""


def resource_of(path: str) -> str:
    """The resource a path acts on: its first segment that is neither a version prefix nor a
    path parameter (``/v1/customers/{id}`` -> ``customers``); "" for none (``/``, ``/v1``).
    A path's query or fragment suffix (``/batches?beta=true``) is not part of it."""
    for segment in re.split(r"[?#]", path, maxsplit=1)[0].split("/"):
        if segment and not segment.startswith("{") and not _VERSION_SEGMENT.fullmatch(segment):
            return segment
    return ""
