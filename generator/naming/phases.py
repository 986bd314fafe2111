"""Stage 5: every Python name, decided once.

Names are stable: the same spec always gives the same names, reordering a spec changes none, and
a change that only adds things (a schema, an operation, a property, a status) renames nothing
that exists, except in the one case named below.

- Every name is derived from its own source (schema name, property wire name, operationId, tag,
  status), never from what else the spec contains or in which order.
- Collisions are settled in fixed phases, over one scope per kind of name that holds every name
  the generated modules using it import. Declarations first: the spec's component schemas, then
  declarations named after their location (``Pet.owner`` -> ``PetOwner``), so a component keeps
  its own name. Error classes and group classes come later and avoid every model name, as the
  modules that define or import them import models too (a group class yields ``ImagesOperations``
  to a schema ``ImagesApi``).
- Within a phase, a contested name goes to the claimant whose source is spelled exactly like the
  name, else to the one with the shorter source, else to the lexicographically smaller one; for
  names derived from a location, to the one at the smaller JSON pointer (token by token). The
  others take their alternatives (``PetModel``, ``id_query``), else a number. So a newcomer
  takes a name from an existing holder only when its source ranks better by this rule.
- Error classes: a component body schema ``S`` gives ``SError`` to one status, the most general
  (``default``, else a range such as ``4XX``, else the lowest code), so adding a more specific
  status keeps it. Other statuses with that body, and bodies declared inline, are named status +
  body (``NotFoundProblemError``; a body name ending in ``Error`` gets no second one). A body
  without a schema, or of a plain type, gets the status name (``NotFoundError``): one per
  status, the others status + type (``BadRequestListError``).
- Names differing only by case get distinct module names, as files on case-insensitive file
  systems would clash.
- A method's arguments: parameters first, then the keyword arguments an object body's fields
  become, which avoid the parameters and the method's own arguments (``request``, ``options``,
  ``stream`` where it streams) by taking ``<name>_body``. A field argument never takes a
  parameter's name, so a parameter added later ranks better and takes the plain name from a
  field argument (that one case above).
"""

from __future__ import annotations

import keyword
from collections.abc import Hashable
from typing import Any

import attrs

from ..model import ir
from .errors import ErrorKey, error_classes
from .origins import origin_text
from .paging import plan
from .rules import (
    CLIENT_ATTRS,
    CLIENT_KEYWORDS,
    CLIENT_SCOPE,
    METHOD_ARGS,
    MODEL_METHODS,
    OPERATION_SCOPE,
    RESERVED_FIELDS,
    RESERVED_PARAMS,
    RESERVED_TYPES,
    STATUS_NAMES,
    Claim,
    Namer,
    _identifier,
    by_source,
    dist_version,
    enum_member_name,
    field_name,
    is_component,
    package_name,
    pascal,
    settle,
    snake,
    words,
)


def name_api(api: ir.Api) -> ir.Api:
    decls = _name_decls(api.decls)
    errors = error_classes(api, {d.key: d for d in decls})
    error_names = {(e.status, e.type): e.name for e in errors}
    groups = _name_groups(api.groups, error_names, {d.key: d for d in decls})
    groups = _plan_paging(groups, {d.key: d for d in decls})
    schemes = _name_security(api)
    return attrs.evolve(
        api,
        decls=decls,
        groups=groups,
        errors=errors,
        security=schemes,
        server_list=_name_server_variables(api.server_list, {s.arg for s in schemes}),
        dist_version=dist_version(api.version),
    )


def _plan_paging(
    groups: tuple[ir.Group, ...], named_decls: dict[str, ir.Decl]
) -> tuple[ir.Group, ...]:
    """Each paging operation's plan, in the names just settled."""
    return tuple(
        attrs.evolve(
            g,
            operations=tuple(
                attrs.evolve(op, paging=plan(named_decls, op)) if op.pagination else op
                for op in g.operations
            ),
        )
        for g in groups
    )


def _class_base(decl: ir.Decl) -> str:
    base = _identifier(pascal(origin_text(decl.origin)), "Model", "Model")
    return base + "_" if keyword.iskeyword(base) else base


def _decl_rank(decl: ir.Decl, base: str) -> tuple[Any, ...]:
    if is_component(decl.key):
        return by_source(origin_text(decl.origin), base)
    return tuple(part.replace("~1", "/").replace("~0", "~") for part in decl.key.split("/"))


def _name_decls(decls: tuple[ir.Decl, ...]) -> tuple[ir.Decl, ...]:
    # Phase 1 the spec's component schemas, phase 2 declarations named after their location.
    ordered = sorted(decls, key=lambda d: not is_component(d.key))
    bases = {d.key: _class_base(d) for d in ordered}
    ranks = {d.key: _decl_rank(d, bases[d.key]) for d in ordered}
    classes = Namer(RESERVED_TYPES | OPERATION_SCOPE, fold=True)
    modules = Namer({"__init__"}, fold=True, sep="_")
    names: dict[Hashable, str] = {}
    files: dict[Hashable, str] = {}
    for phase in (True, False):
        members = [d for d in ordered if is_component(d.key) == phase]
        names |= settle(
            classes,
            [
                Claim(d.key, ranks[d.key], (b, b + "Model", b + "Schema"))
                for d in members
                for b in [bases[d.key]]
            ],
        )
        files |= settle(
            modules, [Claim(d.key, ranks[d.key], (_module(names[d.key]),)) for d in members]
        )
    out = []
    for decl in ordered:
        decl = attrs.evolve(decl, name=names[decl.key], module=files[decl.key])
        if isinstance(decl, ir.Model):
            decl = _name_fields(decl)
        elif isinstance(decl, ir.Enum):
            decl = _name_members(decl)
        out.append(decl)
    return tuple(out)


def _module(name: str) -> str:
    module = snake(name) or "model"
    return module + "_" if keyword.iskeyword(module) else module


def _name_members(enum: ir.Enum) -> ir.Enum:
    wanted = [enum_member_name(m.value) for m in enum.members]
    names = settle(
        Namer(fold=False, sep="_"),
        [
            Claim(i, by_source(str(m.value), n), (n,))
            for i, (m, n) in enumerate(zip(enum.members, wanted, strict=True))
        ],
    )
    members = tuple(attrs.evolve(m, name=names[i]) for i, m in enumerate(enum.members))
    return attrs.evolve(enum, members=members)


def _name_fields(model: ir.Model) -> ir.Model:
    namer = Namer(MODEL_METHODS, sep="_")
    wanted = [field_name(f.name_hint or f.wire) for f in model.fields]
    names = settle(
        namer,
        [
            Claim(i, by_source(f.wire, n), (n, f"{n}_") if n in MODEL_METHODS else (n,))
            for i, (f, n) in enumerate(zip(model.fields, wanted, strict=True))
        ],
    )
    fields = tuple(attrs.evolve(f, name=names[i]) for i, f in enumerate(model.fields))
    extra = namer.take("additional_properties") if model.additional is not None else ""
    return attrs.evolve(model, fields=fields, extra_name=extra)


def _name_groups(
    groups: tuple[ir.Group, ...],
    error_names: dict[ErrorKey, str],
    named_decls: dict[str, ir.Decl],
) -> tuple[ir.Group, ...]:
    decl_names = {d.name for d in named_decls.values()}
    # A group module imports models beside its class, and client.py imports the group classes.
    classes = Namer(RESERVED_TYPES | CLIENT_SCOPE | decl_names, fold=True)
    ranks = {g.tag: (len(g.tag), g.tag) for g in groups}
    attr_names = settle(
        Namer(CLIENT_ATTRS, fold=True, sep="_"),
        [Claim(g.tag, ranks[g.tag], (_group_attr(g.tag),)) for g in groups],
    )
    class_names = settle(
        classes,
        [
            Claim(g.tag, ranks[g.tag], (base + "Api", base + "Operations"))
            for g in groups
            for base in [_identifier(pascal(g.tag) or "Default", "Default", "Api")]
        ],
    )
    ops = [op for g in groups for op in g.operations]
    op_modules = settle(
        Namer({"__init__"}, fold=True, sep="_"),
        [
            Claim(op.key, (*by_source(op.operation_id, m), op.key), (m,))
            for op in ops
            for m in [_op_module(op)]
        ],
    )
    out = []
    for g in groups:
        named = _name_operations(g, op_modules, error_names, named_decls, decl_names)
        attr = attr_names[g.tag]
        out.append(
            attrs.evolve(g, name=attr, class_name=class_names[g.tag], module=attr, operations=named)
        )
    return tuple(out)


def _name_operations(
    group: ir.Group,
    op_modules: dict[Hashable, str],
    error_names: dict[ErrorKey, str],
    named_decls: dict[str, ir.Decl],
    decl_names: set[str],
) -> tuple[ir.Operation, ...]:
    """The operations of one group: method, module, request class, parameters, body, errors."""
    methods = settle(
        Namer({"close", "with_raw_response"}, sep="_"),
        [
            Claim(op.key, (*by_source(op.name_hint or op.operation_id, m), op.key), (m,))
            for op in group.operations
            for m in [_method(op)]
        ],
    )
    out = []
    for op in group.operations:
        params = _name_params(op.params)
        out.append(
            attrs.evolve(
                op,
                name=methods[op.key],
                module=op_modules[op.key],
                request_class=_request_class(op_modules[op.key], decl_names)
                if op.request_object
                else "",
                params=params,
                body=_body_args(op, _name_body(op.body, named_decls), params, named_decls),
                errors=tuple(
                    attrs.evolve(r, error_class=error_names[(r.status, r.type)]) for r in op.errors
                ),
            )
        )
    return tuple(out)


def _op_module(op: ir.Operation) -> str:
    module = _identifier(snake(op.operation_id) or _method(op), "op", "op_")
    if op.variant:
        module = f"{module}_{op.variant}"
    return module + "_" if keyword.iskeyword(module) else module


def _name_body(body: ir.Body | None, named_decls: dict[str, ir.Decl]) -> ir.Body | None:
    """The body, its stream flag named as the request model names that field."""
    if body is None or not body.stream_flag_wire or not isinstance(body.type, ir.Ref):
        return body
    model = named_decls.get(body.type.key)
    fields = model.fields if isinstance(model, ir.Model) else ()
    name = next((f.name for f in fields if f.wire == body.stream_flag_wire), "")
    return attrs.evolve(body, stream_flag=name)


def _body_args(
    op: ir.Operation,
    body: ir.Body | None,
    params: tuple[ir.Param, ...],
    named_decls: dict[str, ir.Decl],
) -> ir.Body | None:
    """The keyword arguments an object body's fields become: each field's own name, unless a
    parameter of the operation or an argument of the method has it (parameters are named
    first, without regard to the body); then ``<name>_body``. Required fields come first, then
    the others, each in the model's order."""
    if body is None or not body.fields_as_args:
        return body
    fields = ir.body_arg_fields(attrs.evolve(op, body=body), named_decls)
    taken = METHOD_ARGS | ({"stream"} if ir.streams(op) else set()) | {p.name for p in params}
    names = settle(
        Namer(taken, sep="_"),
        [
            Claim(f.wire, by_source(f.wire, f.name), (f.name, f"{f.name.rstrip('_')}_body"))
            for f in fields
        ],
    )
    ordered = sorted(fields, key=lambda f: not (f.required and not f.has_default))
    return attrs.evolve(body, args=tuple((names[f.wire], f.name) for f in ordered))


def _request_class(module: str, decl_names: set[str]) -> str:
    """The class of an operation's request object: from its module's name, which is unique;
    ``...Params`` where a model already has that name."""
    base = pascal(module) or "Operation"
    name = base + "Request"
    return name if name not in decl_names else base + "Params"


def _group_attr(tag: str) -> str:
    base = snake(tag) or "default"
    return base + "_" if keyword.iskeyword(base) else _identifier(base, "default", "api_")


def _method(op: ir.Operation) -> str:
    method = snake(op.name_hint) or snake(op.operation_id) or "call"
    method = _identifier(method, "call", "op_")
    if op.variant:
        method = f"{method}_{op.variant}"
    return method + "_" if keyword.iskeyword(method) else method


LOCATIONS = ("path", "query", "header", "cookie")


def _name_params(params: tuple[ir.Param, ...]) -> tuple[ir.Param, ...]:
    claims = []
    for i, p in enumerate(params):
        name = field_name(p.name_hint or p.wire)
        where = LOCATIONS.index(p.location) if p.location in LOCATIONS else len(LOCATIONS)
        alt = f"{name.rstrip('_')}_{p.location}"
        claims.append(Claim(i, (where, *by_source(p.wire, name)), (name, alt)))
    names = settle(Namer(RESERVED_PARAMS, sep="_"), claims)
    return tuple(attrs.evolve(p, name=names[i]) for i, p in enumerate(params))


def _name_server_variables(
    servers: tuple[ir.Server, ...], taken: set[str]
) -> tuple[ir.Server, ...]:
    """Client keyword arguments for server variables (one per variable name, shared by the
    servers that use it)."""
    wires = sorted({v.wire for s in servers for v in s.variables})
    namer = Namer(CLIENT_KEYWORDS | taken, sep="_")
    names = settle(namer, [Claim(w, by_source(w, field_name(w)), (field_name(w),)) for w in wires])
    return tuple(
        attrs.evolve(s, variables=tuple(attrs.evolve(v, name=names[v.wire]) for v in s.variables))
        for s in servers
    )


def _name_security(api: ir.Api) -> tuple[ir.SecurityScheme, ...]:
    used = {name for g in api.groups for op in g.operations for req in op.security for name in req}
    kept = [s for s in api.security if s.key in used]
    namer = Namer(CLIENT_KEYWORDS, sep="_")
    args = settle(
        namer,
        [Claim(s.key, by_source(s.key, field_name(s.key)), (field_name(s.key),)) for s in kept],
    )
    return tuple(attrs.evolve(s, arg=args[s.key]) for s in kept)


__all__ = [
    "CLIENT_ATTRS",
    "CLIENT_KEYWORDS",
    "CLIENT_SCOPE",
    "OPERATION_SCOPE",
    "RESERVED_FIELDS",
    "RESERVED_PARAMS",
    "RESERVED_TYPES",
    "STATUS_NAMES",
    "Claim",
    "Namer",
    "by_source",
    "dist_version",
    "enum_member_name",
    "field_name",
    "is_component",
    "name_api",
    "package_name",
    "pascal",
    "settle",
    "snake",
    "words",
]
