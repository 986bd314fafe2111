"""Python source for types and declarations, which the templates place: the annotation of a
type, the return annotation of a method from its responses, the declaration of a model field.
The templates hold the layout around them."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from . import ir
from .render_filters import py_literal
from .runtime_facts import WIRE

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
    if isinstance(t, ir.Ref):
        d = decls[t.key]
        return f"{d.name} | {d.base}" if isinstance(d, ir.Enum) else d.name
    if isinstance(t, ir.LiteralOf):
        return f"Literal[{', '.join(py_literal(v) for v in t.values)}]"
    if isinstance(t, ir.UnionOf):
        return " | ".join(annotation(m, decls) for m in t.members)
    if isinstance(t, ir.Nullable):
        return f"{annotation(t.inner, decls)} | None"
    return ""


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
        lines.append(f"from typing import {', '.join(sorted(names, key=str.lower))}")
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


def parameter(name: str, t: ir.TypeRef | None, required: bool, decls: Mapping[str, ir.Decl]) -> str:
    """The declaration of one argument (or request-object field): ``name: type``, and
    ``| None = None`` when it may be left out."""
    if required:
        return f"{name}: {annotation(t, decls)}"
    admits_none = isinstance(t, ir.Nullable) or (isinstance(t, ir.Prim) and t.kind == "none")
    return f"{name}: {annotation(t, decls)}{'' if admits_none else ' | None'} = None"


def parameters(op: ir.Operation, decls: Mapping[str, ir.Decl], *, star: bool) -> list[str]:
    """The declarations of an operation's arguments: the request body's (``request``), then
    one per parameter; with ``star``, a ``*`` after the body, so that the parameters are
    keyword-only."""
    out = [parameter("request", op.body.type, op.body.required, decls)] if op.body else []
    if star:
        out.append("*")
    return out + [parameter(p.name, p.type, p.required, decls) for p in op.params]
