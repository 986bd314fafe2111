"""How two types relate (same, wider, narrower, unrelated), how they read, and which
declarations sit on the request or the response side."""

from __future__ import annotations

import re

from ...model import ir
from ...model.diagnostics import escape

REQUEST = "request"
RESPONSE = "response"

# -- type relations -------------------------------------------------------------------------

SAME, WIDER, NARROWER, UNRELATED = "same", "wider", "narrower", "unrelated"
EQUIVALENT = "equivalent"
"""Written differently, the same values either way: an open enum (``Scope | str``) and its base
(``str``), since a str Enum's members are strs."""


class TypeRelations:
    """Compares a type of the old model with one of the new, old keys mapped to new ones."""

    def __init__(self, old: dict[str, ir.Decl], new: dict[str, ir.Decl], kmap: dict[str, str]):
        self.old, self.new, self.kmap = old, new, kmap
        self._bases: dict[str, str] | None = None

    def mapped(self, t: ir.TypeRef) -> ir.TypeRef:
        return ir.replace(
            t, lambda n: ir.Ref(self.kmap.get(n.key, n.key)) if isinstance(n, ir.Ref) else n
        )

    def _expand(self, t: ir.TypeRef, depth: int = 0) -> ir.TypeRef:
        """Aliases replaced by what they name (a few levels deep: aliases may be recursive), and
        enums by what their annotation accepts."""
        if depth > 4:
            return t

        def fn(n: ir.TypeRef) -> ir.TypeRef:
            if isinstance(n, ir.Ref):
                d = self.new.get(n.key) or self.old.get(n.key)
                if isinstance(d, ir.Alias):
                    return self._expand(d.target, depth + 1)
                if isinstance(d, ir.Enum):  # open enums: annotated ``Enum | str``
                    return ir.UnionOf((n, ir.Prim(d.base)))
            return n

        return ir.replace(t, fn)

    def _enum_bases(self) -> dict[str, str]:
        """Enum key -> the primitive its members are (a ``str`` enum's members are strs)."""
        if self._bases is None:
            self._bases = {
                k: d.base
                for decls in (self.old, self.new)  # the new declaration wins a shared key
                for k, d in decls.items()
                if isinstance(d, ir.Enum)
            }
        return self._bases

    def relation(self, old: ir.TypeRef | None, new: ir.TypeRef | None) -> str:
        a = self._expand(self.mapped(old if old is not None else ir.Prim("none")))
        b = self._expand(new if new is not None else ir.Prim("none"))
        if a == b:
            return SAME
        wider, narrower = _accepts(b, a, {}), _accepts(a, b, {})
        if wider and narrower:
            return SAME
        bases = self._enum_bases()
        wider, narrower = _accepts(b, a, bases), _accepts(a, b, bases)
        if wider and narrower:
            return EQUIVALENT
        return WIDER if wider else NARROWER if narrower else UNRELATED


def _members(t: ir.TypeRef) -> list[ir.TypeRef]:
    if isinstance(t, ir.UnionOf):
        return [m for x in t.members for m in _members(x)]
    if isinstance(t, ir.Nullable):
        return [ir.Prim("none"), *_members(t.inner)]
    if isinstance(t, ir.LiteralOf):
        return [ir.LiteralOf((v,)) for v in t.values]
    return [t]


def _accepts(a: ir.TypeRef, b: ir.TypeRef, bases: dict[str, str]) -> bool:
    """Whether every value of ``b`` is a value of ``a`` (``bases``: enum key -> the primitive
    its members are)."""
    wide = _members(a)
    if ir.ANY in wide:
        return True
    return all(any(_accepts_one(x, y, bases) for x in wide) for y in _members(b))


def _accepts_one(a: ir.TypeRef, b: ir.TypeRef, bases: dict[str, str]) -> bool:
    if a == b:
        return True
    if isinstance(a, ir.Prim) and isinstance(b, ir.Ref) and b.key in bases:
        return a.kind == bases[b.key]  # a str Enum's members are strs
    if isinstance(a, ir.Prim) and isinstance(b, ir.LiteralOf):
        v = b.values[0]
        kind = "bool" if isinstance(v, bool) else "int" if isinstance(v, int) else "str"
        return a.kind == kind or (a.kind == "float" and kind == "int")
    if isinstance(a, ir.Prim) and isinstance(b, ir.Prim):
        return a.kind == "float" and b.kind == "int"
    if isinstance(a, ir.ListOf) and isinstance(b, ir.ListOf):
        return _accepts(a.item, b.item, bases)
    if isinstance(a, ir.MapOf) and isinstance(b, ir.MapOf):
        return _accepts(a.value, b.value, bases)
    return False


def show(t: ir.TypeRef | None, decls: dict[str, ir.Decl]) -> str:
    """A type as its Python annotation (roughly what the templates write)."""
    if t is None:
        return "None"
    if isinstance(t, ir.Prim):
        return {
            "none": "None",
            "any": "Any",
            "date": "datetime.date",
            "datetime": "datetime.datetime",
            "uuid": "uuid.UUID",
        }.get(t.kind, t.kind)
    if isinstance(t, ir.Ref):
        d = decls.get(t.key)
        return d.name if d is not None else t.key
    if isinstance(t, ir.ListOf):
        return f"list[{show(t.item, decls)}]"
    if isinstance(t, ir.MapOf):
        return f"dict[str, {show(t.value, decls)}]"
    if isinstance(t, ir.LiteralOf):
        return f"Literal[{', '.join(repr(v) for v in t.values)}]"
    if isinstance(t, ir.UnionOf):
        return " | ".join(show(m, decls) for m in t.members)
    return f"{show(t.inner, decls)} | None"


# -- the comparison -------------------------------------------------------------------------


def _template(path: str) -> str:
    """``/pets/{petId}`` -> ``/pets/{}``: parameter names are not part of a path's identity."""
    out, depth = [], 0
    for ch in path:
        if ch == "{":
            depth += 1
            out.append("{}")
        elif ch == "}":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(ch)
    return "".join(out)


def op_pointer(op: ir.Operation) -> str:
    return f"#/paths/{escape(op.path)}/{op.method.lower()}"


def is_component_key(key: str) -> bool:
    return key.startswith("#/components/")


def path_param_names(path: str) -> list[str]:
    return re.findall(r"\{([^{}]*)\}", path)


def ops_by_key(api: ir.Api) -> dict[str, tuple[ir.Group, ir.Operation]]:
    return {f"{op.method} {_template(op.path)}": (g, op) for g in api.groups for op in g.operations}


def plain_return(op: ir.Operation) -> ir.TypeRef | None:
    types: list[ir.TypeRef] = []
    for r in op.responses:
        if r.kind == "sse":
            continue
        t = {"empty": ir.Prim("none"), "binary": ir.Prim("bytes"), "text": ir.Prim("str")}.get(
            r.kind, r.type or ir.ANY
        )
        if t not in types:
            types.append(t)
    if not types:
        return None
    return types[0] if len(types) == 1 else ir.UnionOf(tuple(types))


def sse_response(op: ir.Operation) -> ir.Response | None:
    return next((r for r in op.responses if r.kind == "sse"), None)


def directions(api: ir.Api) -> dict[str, set[str]]:
    """Declaration key -> {"request", "response"}: the sides that reach it from an operation."""
    decls = {d.key: d for d in api.decls}
    out: dict[str, set[str]] = {}

    def reach(t: ir.TypeRef | None, side: str) -> None:
        stack = [t]
        while stack:
            for n in ir.walk(stack.pop()):
                if not isinstance(n, ir.Ref) or side in out.setdefault(n.key, set()):
                    continue
                out[n.key].add(side)
                d = decls.get(n.key)
                if isinstance(d, ir.Model):
                    stack.extend(f.type for f in d.fields)
                    stack.append(d.additional)
                elif isinstance(d, ir.Alias):
                    stack.append(d.target)

    for g in api.groups:
        for op in g.operations:
            for p in op.params:
                reach(p.type, REQUEST)
            if op.body is not None:
                reach(op.body.type, REQUEST)
            for r in (*op.responses, *op.errors):
                reach(r.type, RESPONSE)
    for w in api.webhooks:
        reach(w.body, RESPONSE)
    return out


def retry_text(r: ir.Retries | None) -> str:
    if r is None:
        return "none"
    return (
        f"{r.initial_interval:g}s..{r.max_interval:g}s x{r.exponent:g}, "
        f"max {r.max_elapsed_time:g}s, on {','.join(r.status_codes)}"
    )
