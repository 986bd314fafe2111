"""Naming phase for error classes: one exception class per error status and body (the rule
is in :mod:`generator.naming.phases`'s docstring)."""

from __future__ import annotations

from collections.abc import Hashable

from ..model import ir
from ..model.runtime_facts import STATUS_ERRORS
from .rules import (
    OPERATION_SCOPE,
    RESERVED_TYPES,
    STATUS_NAMES,
    Claim,
    Namer,
    is_component,
    pascal,
    settle,
)

ErrorKey = tuple[str, ir.TypeRef | None]


def error_classes(api: ir.Api, decls: dict[str, ir.Decl]) -> tuple[ir.ErrorClass, ...]:
    """One exception class per documented error status and body type, named as the module
    docstring says, in three phases: component bodies' own names, then status + body, then
    status names."""
    seen: dict[ErrorKey, ir.Response] = {}
    for group in api.groups:
        for op in group.operations:
            for r in op.errors:
                seen.setdefault((r.status, r.type), r)
    owner: dict[str, ErrorKey] = {}  # component body -> the status that gets its name
    for status, t in sorted(seen, key=lambda k: (_status_rank(k[0]), str(k[1]))):
        ref = _ref(t)
        if ref is not None and is_component(ref.key):
            owner.setdefault(ref.key, (status, t))
    named, shared, plain = [], [], []
    for status, t in seen:
        stem = _status_stem(status)
        rank = _status_rank(status)
        ref = _ref(t)
        if ref is not None:
            body = decls[ref.key].name
            both = stem + body + ("" if body.endswith("Error") else "Error")
            if owner.get(ref.key) == (status, t):
                named.append(Claim((status, t), rank, (body + "Error", both)))
            else:
                shared.append(Claim((status, t), (*rank, str(t)), (both,)))
        else:
            plain.append(
                Claim(
                    (status, t),
                    (*rank, t is not None, t != ir.ANY, str(t)),
                    (stem + "Error", stem + _type_word(t) + "Error"),
                )
            )
    shared_classes = {stem + "StatusError" for stem in STATUS_NAMES.values()}  # the runtime's
    namer = Namer(
        {d.name for d in decls.values()} | RESERVED_TYPES | OPERATION_SCOPE | shared_classes,
        fold=True,
    )
    names: dict[Hashable, str] = {}
    for phase in (named, shared, plain):
        names |= settle(namer, phase)
    return tuple(
        ir.ErrorClass(
            name=names[k], status=k[0], type=k[1], description=r.description, base=_base(k[0])
        )
        for k, r in sorted(seen.items(), key=lambda kv: (kv[0][0], str(kv[0][1])))
    )


def _base(status: str) -> str:
    """The runtime's class an error class derives from: its status's class, the 4XX / 5XX
    class for a range or an unlisted code, ``APIError`` for ``default``."""
    if status.isdigit() and int(status) in STATUS_ERRORS:
        return STATUS_ERRORS[int(status)]
    return {"4": "ClientStatusError", "5": "ServerStatusError"}.get(status[:1], "APIError")


def _ref(t: ir.TypeRef | None) -> ir.Ref | None:
    """The declaration an error body is (possibly null)."""
    if isinstance(t, ir.Nullable):
        t = t.inner
    return t if isinstance(t, ir.Ref) else None


def _status_rank(status: str) -> tuple[int, str]:
    """``default`` first, then ranges, then codes in numeric order."""
    if status == "default":
        return (0, "")
    if not status.isdigit():
        return (1, status)
    return (2, status.zfill(3))


def _type_word(t: ir.TypeRef | None) -> str:
    if isinstance(t, ir.Nullable):
        t = t.inner
    if isinstance(t, ir.Prim):
        return pascal(t.kind)
    return {ir.ListOf: "List", ir.MapOf: "Map", ir.UnionOf: "Union", ir.LiteralOf: "Literal"}.get(
        type(t), "Body"
    )


REDIRECT_NAMES = {
    300: "MultipleChoices",
    301: "MovedPermanently",
    302: "Found",
    303: "SeeOther",
    304: "NotModified",
    305: "UseProxy",
    307: "TemporaryRedirect",
    308: "PermanentRedirect",
}
"""Class name stems of documented 3XX statuses (raised, as the client follows no redirect)."""


def _status_stem(status: str) -> str:
    if status == "default":
        return "Default"
    if status.isdigit():
        code = int(status)
        return STATUS_NAMES.get(code) or REDIRECT_NAMES.get(code) or f"Status{status}"
    return {"3XX": "Redirect", "4XX": "Client", "5XX": "Server"}.get(status, f"Status{status}")
