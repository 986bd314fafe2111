"""Naming phase for paging: an operation's paging description (:mod:`generator.builder.pagination`)
in Python names: the keyword arguments or body fields its inputs are, the item type, and the
path to the items (attribute names where the response's types lead to a list)."""

from __future__ import annotations

from ..builder.pagination import body_field
from ..model import ir


def plan(decls: dict[str, ir.Decl], op: ir.Operation) -> ir.PagePlan | None:
    """How ``op`` pages, in the Python names naming gave its parameters and fields."""
    p = op.pagination
    if p is None:
        return None
    inputs = []
    for i in p.inputs:
        if i.location == "param":
            name = next(x.name for x in op.params if x.wire == i.wire)
        else:
            field = body_field(op.body, decls, i.wire)
            assert field is not None
            name = field.name
        inputs.append((i.role, i.location, name))
    item: ir.TypeRef = ir.ANY
    typed = False
    results = p.results
    if p.results is not None:
        body_type = next(r.type for r in op.responses if r.kind == "json")
        found = _typed_path(decls, body_type, p.results)
        if found is not None:
            results, item = found
            typed = True
    return ir.PagePlan(
        kind=p.kind,
        inputs=tuple(inputs),
        item=item,
        typed=typed,
        results=results,
        next_cursor=p.next_cursor,
        num_pages=p.num_pages,
        next_url=p.next_url,
    )


def _typed_path(
    decls: dict[str, ir.Decl], t: ir.TypeRef | None, steps: tuple[str | int, ...]
) -> tuple[tuple[str | int, ...], ir.TypeRef] | None:
    """The attribute path to a list inside the typed response, and the list's item type;
    ``None`` where the types do not lead to a list (the items are then read untyped)."""
    out: list[str | int] = []
    for i, step in enumerate(steps):
        t = ir.unwrap(decls, t)
        if isinstance(t, ir.UnionOf):
            # Every member must lead to a list by the same attributes; the items are then
            # any of the members' item types.
            found = [_typed_path(decls, m, steps[i:]) for m in t.members]
            paths = {f[0] for f in found if f is not None}
            if None in found or len(paths) != 1:
                return None
            items: list[ir.TypeRef] = []
            for f in found:
                assert f is not None
                for member in f[1].members if isinstance(f[1], ir.UnionOf) else (f[1],):
                    if member not in items:
                        items.append(member)
            item = items[0] if len(items) == 1 else ir.UnionOf(tuple(items))
            return (*out, *paths.pop()), item
        if isinstance(step, int) and isinstance(t, ir.ListOf):
            out.append(step)
            t = t.item
        elif isinstance(step, str) and isinstance(t, ir.MapOf):
            out.append(step)
            t = t.value
        elif isinstance(step, str) and isinstance(t, ir.Ref):
            model = decls.get(t.key)
            field = (
                next((f for f in model.fields if f.wire == step), None)
                if isinstance(model, ir.Model)
                else None
            )
            if field is None:
                return None
            out.append(field.name)
            t = field.type
        else:
            return None
    t = ir.unwrap(decls, t)
    if not isinstance(t, ir.ListOf):
        return None
    return tuple(out), t.item
