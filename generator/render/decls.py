"""Python source for types and declarations, which the templates place: the annotation of a
type, the return annotation of a method from its responses, the declaration of a model field.
The templates hold the layout around them."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence

from ..model import ir
from ..model.runtime_facts import WIRE
from .filters import py_literal

PRIM_ANNOTATIONS: dict[str, str] = {
    "str": "str",
    "int": "int",
    "float": "float",
    "bool": "bool",
    "bytes": "bytes",
    "date": "datetime.date",
    "datetime": "datetime.datetime",
    "uuid": "uuid.UUID",
    "any": "Any",
    "none": "None",
}
"""The annotation of each primitive kind (``Any``, ``datetime``, ``uuid`` are imported by the
module that uses them)."""

BODY_ANNOTATIONS: dict[str, str] = {"empty": "None", "binary": "bytes", "text": "str"}
"""The annotation of a response body of a kind that has no declared type."""


def annotation(t: ir.TypeRef | None, decls: Mapping[str, ir.Decl]) -> str:
    """The Python annotation of ``t``; a reference names its declaration (an enum's also
    admits its base type, so that a plain value type-checks)."""
    if isinstance(t, ir.Prim):
        return PRIM_ANNOTATIONS[t.kind]
    if isinstance(t, ir.ListOf):
        return f"list[{annotation(t.item, decls)}]"
    if isinstance(t, ir.MapOf):
        return f"dict[str, {annotation(t.value, decls)}]"
    if isinstance(t, ir.Ref) and not isinstance(decls[t.key], ir.Enum):
        return decls[t.key].name
    if isinstance(t, ir.LiteralOf):
        return f"Literal[{', '.join(py_literal(v) for v in t.values)}]"
    if isinstance(t, ir.UnionOf | ir.Nullable | ir.Ref):
        return union(members(t, decls))
    return ""


Member = str | tuple[str, ...]
"""One member of a union's annotation: its text, or a literal's values (as Python source)."""


def members(t: ir.TypeRef | None, decls: Mapping[str, ir.Decl]) -> list[Member]:
    """The members of ``t``'s annotation as one flat union: a nullable's inner members and
    ``None``, an enum's name and base type, a union's members' members."""
    if isinstance(t, ir.UnionOf):
        return [m for member in t.members for m in members(member, decls)]
    if isinstance(t, ir.Nullable):
        return [*members(t.inner, decls), "None"]
    if isinstance(t, ir.Ref) and isinstance(decls[t.key], ir.Enum):
        enum = decls[t.key]
        assert isinstance(enum, ir.Enum)
        return [enum.name, enum.base]
    if isinstance(t, ir.LiteralOf):
        return [tuple(py_literal(v) for v in t.values)]
    return [annotation(t, decls)]


def union(parts: Iterable[Member], *, argument: bool = False) -> str:
    """``parts`` joined by ``|`` in the form ruff's fixes leave a union in: two or more
    literals merged into one ``Literal``, first (PYI030), a member or literal value given twice
    kept once; for a function's ``argument``, ``int`` left out beside ``float`` (PYI041)."""
    values: list[str] = []
    literals = 0
    texts: list[str] = []
    for part in parts:
        if isinstance(part, tuple):
            literals += 1
            values += [v for v in part if v not in values]
            texts.append("")  # where a lone literal stands
        elif part not in texts:
            texts.append(part)
    if argument and "float" in texts and "int" in texts:
        texts.remove("int")
    literal = f"Literal[{', '.join(values)}]"
    if literals > 1:
        return " | ".join([literal, *(t for t in texts if t)])
    return " | ".join(literal if not t else t for t in texts)


def std_imports(uses: set[str], extra: Sequence[str] = ()) -> str:
    """Import lines for the primitive kinds in ``uses`` (see ``render_context.prim_kinds``)
    that name a module (``datetime``, ``uuid``, ``typing``), and the ``typing`` names in
    ``extra``."""
    lines = []
    if "date" in uses or "datetime" in uses:
        lines.append("import datetime")
    if "uuid" in uses:
        lines.append("import uuid")
    names = [n for kind, n in (("any", "Any"), ("literal", "Literal")) if kind in uses]
    names += extra
    if names:
        lines.append(f"from typing import {', '.join(sorted(set(names), key=str.lower))}")
    return "\n".join(lines)


def response_annotation(r: ir.Response, decls: Mapping[str, ir.Decl]) -> str:
    """What reading one response gives: its body's type, or a reader of a stream of them."""
    if r.kind == "sse":
        return f"EventStream[{annotation(r.type, decls)}]"
    if r.kind == "jsonl":
        return f"JsonLines[{annotation(r.type, decls)}]"
    return BODY_ANNOTATIONS.get(r.kind) or annotation(r.type, decls)


def result_type(cases: list[ir.Response], decls: Mapping[str, ir.Decl]) -> str:
    """The return annotation of a method from its (non-event-stream) success responses: a line
    reader when one is line-delimited JSON, else the union of the bodies' types."""
    lines = [r for r in cases if r.kind == "jsonl"]
    if lines:
        return response_annotation(lines[0], decls)
    out: list[str] = []
    for r in cases:
        t = response_annotation(r, decls)
        if t not in out:
            out.append(t)
    return " | ".join(out) if out else "None"


def field_declaration(
    f: ir.Field, decls: Mapping[str, ir.Decl], deprecation: Callable[[], str]
) -> str:
    """The attrs declaration of one model field (``name: type = default``), its wire name and
    deprecation warning in the field's metadata; ``deprecation`` gives the warning's text."""
    ann = annotation(f.type, decls)
    meta = "" if f.name == f.wire else f', metadata={{"{WIRE}": {py_literal(f.wire)}}}'
    if f.deprecated:
        meta += f", on_setattr=field_setter({py_literal(deprecation())})"
    if f.required and f.has_default:
        value = py_literal(f.default)
        if not meta:
            return f"{f.name}: {ann} = {value}"
        return f"{f.name}: {ann} = attrs.field(default={value}{meta})"
    if f.required:
        return f"{f.name}: {ann} = attrs.field({meta[2:]})" if meta else f"{f.name}: {ann}"
    if not meta:
        return f"{f.name}: {ann} | Unset = UNSET"
    return f"{f.name}: {ann} | Unset = attrs.field(default=UNSET{meta})"


def parameter(
    name: str,
    t: ir.TypeRef | None,
    required: bool,
    decls: Mapping[str, ir.Decl],
    *,
    argument: bool = True,
) -> str:
    """The declaration of one argument (or, not an ``argument``, request-object field):
    ``name: type``, and ``| None = None`` when it may be left out."""
    parts = members(t, decls)
    if required:
        return f"{name}: {union(parts, argument=argument)}"
    return f"{name}: {union([*parts, 'None'], argument=argument)} = None"


def parameters(op: ir.Operation, decls: Mapping[str, ir.Decl], *, star: bool) -> list[str]:
    """The declarations of an operation's arguments: the request body's (``request``), then
    one per parameter; with ``star``, a ``*`` after the body, so that the parameters are
    keyword-only (a signature's); without, the fields of the request object."""
    body = op.body
    out = [parameter("request", body.type, body.required, decls, argument=star)] if body else []
    if star:
        out.append("*")
    return out + [parameter(p.name, p.type, p.required, decls, argument=star) for p in op.params]


BUILTIN_TYPES = frozenset({"list", "dict", "str", "int", "float", "bool", "bytes"})
"""Builtins an annotation names, which a method of the same name hides in its class's body."""

_BUILTIN = re.compile(r"(?<![\w.])(list|dict|str|int|float|bool|bytes)(?=[\[\],| )]|$)")


def qualified(text: str, shadowed: Iterable[str]) -> str:
    """``text`` (an annotation or a declaration) with the builtin types in ``shadowed`` spelled
    ``builtins.<name>``: a class that defines a method ``list`` cannot say ``list[int]``."""
    hidden = set(shadowed)
    if not hidden:
        return text
    return _BUILTIN.sub(lambda m: f"builtins.{m[1]}" if m[1] in hidden else m[1], text)


def request_object_required(op: ir.Operation) -> bool:
    """Whether a method's request object must be given (something in it is required)."""
    return any(p.required for p in op.params) or bool(op.body and op.body.required)


Signature = tuple[list[str], str]
"""A method's arguments after ``self`` (one declaration a line) and its return annotation."""

OPTIONS_ARG = "options: RequestOptions | None = None"


def body_arguments(op: ir.Operation, decls: Mapping[str, ir.Decl]) -> list[str]:
    """The body's fields as keyword arguments of an overload: a required field is required,
    the others default to ``UNSET``. (The implementation takes them as ``**_fields``.)"""
    assert op.body is not None
    fields = {f.name: f for f in ir.body_arg_fields(op, decls)}
    out = []
    for arg, name in op.body.args:
        f = fields[name]
        parts = members(f.type, decls)
        out.append(
            f"{arg}: {union(parts, argument=True)}"
            if f.required and not f.has_default
            else f"{arg}: {union([*parts, 'Unset'], argument=True)} = UNSET"
        )
    return out


def _request_form(op: ir.Operation, decls: Mapping[str, ir.Decl], *, overload: bool) -> list[str]:
    """Arguments of the request-object form: the object, ``*``, the parameters. Beside the
    keyword form, an overload takes the object without a default (a call without it is the
    keyword form's)."""
    if op.request_object:
        t = f"_{op.module}.{op.request_class}"
        return [f"request: {t}{'' if request_object_required(op) else ' | None = None'}", "*"]
    lines = parameters(op, decls, star=True)
    if overload and op.body and op.body.args:
        lines[0] = lines[0].removesuffix(" = None")
    return lines


def method_signatures(
    op: ir.Operation,
    decls: Mapping[str, ir.Decl],
    returns: str,
    stream_returns: str = "",
    shadowed: Iterable[str] = (),
) -> tuple[list[Signature], Signature]:
    """A group method's overloads (none when one signature says it all) and the signature of
    its implementation. ``returns`` is what it gives; ``stream_returns``, when set, what it
    gives with ``stream=True`` (an ``EventStream``, or the plain result when the server does
    not stream). With the body's fields as keyword arguments, each overload comes in both
    forms: the request object, or its fields (the object's stream flag then starts unset, so
    leaving ``stream`` out gives the plain result). Builtin types the class's methods hide
    (``shadowed``) are spelled ``builtins.<name>``."""
    overloads, impl = _signatures(op, decls, returns, stream_returns)

    def spelled(sig: Signature) -> Signature:
        return [qualified(line, shadowed) for line in sig[0]], qualified(sig[1], shadowed)

    return [spelled(sig) for sig in overloads], spelled(impl)


def _signatures(
    op: ir.Operation, decls: Mapping[str, ir.Decl], returns: str, stream_returns: str
) -> tuple[list[Signature], Signature]:
    params = [parameter(p.name, p.type, p.required, decls) for p in op.params]
    either = f"{returns} | {stream_returns}"
    streamed = f"{stream_returns} | {returns}"
    by_form: list[tuple[list[str], list[tuple[str, str]]]] = []
    if not stream_returns:
        tails, impl_tail = [("", returns)], ("", returns)
    elif op.body and op.body.stream_request_field:
        tails = [
            ("stream: None = None", either),
            ("stream: Literal[False]", returns),
            ("stream: Literal[True]", streamed),
        ]
        impl_tail = ("stream: bool | None = None", either)
    else:
        tails = [("stream: Literal[False] = False", returns), ("stream: Literal[True]", streamed)]
        impl_tail = ("stream: bool = False", either)
    keywords = bool(op.body and op.body.args)
    by_form.append((_request_form(op, decls, overload=keywords), tails))
    if keywords:
        kw_tails = tails
        if op.body and op.body.stream_request_field:
            kw_tails = [("stream: Literal[False] | None = None", returns), tails[2]]
        by_form.append((["*", *body_arguments(op, decls), *params], kw_tails))
    overloads: list[Signature] = []
    if keywords or len(tails) > 1:
        for head, form_tails in by_form:
            for stream, ret in form_tails:
                overloads.append(([*head, *([stream] if stream else []), OPTIONS_ARG], ret))
    head = _request_form(op, decls, overload=False)
    rest = []
    if keywords:
        assert op.body is not None
        head = [parameter("request", op.body.type, False, decls), "*", *params]
        rest = ["**_fields: Any"]
    stream, ret = impl_tail
    return overloads, ([*head, *([stream] if stream else []), OPTIONS_ARG, *rest], ret)


def body_from_arguments(op: ir.Operation, decls: Mapping[str, ir.Decl]) -> str:
    """The statement that makes the request object of the body's fields, when they are given
    as keyword arguments (``**_fields``; the model is found through ``_models``, the package's
    ``models`` imported on first use), with the arguments named apart from their field."""
    if op.body is None or not op.body.args:
        return ""
    t = ir.unwrap(decls, op.body.type)
    assert isinstance(t, ir.Ref)
    helper = "from_fields" if op.body.required else "from_fields_or_none"
    renamed = ", ".join(f"{py_literal(a)}: {py_literal(n)}" for a, n in op.body.args if a != n)
    tail = f", {{{renamed}}}" if renamed else ""
    return f"request = {helper}(request, _models.{decls[t.key].name}, _fields{tail})"
