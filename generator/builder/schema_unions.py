"""Telling the members of a union apart: the spec's discriminator, or a property every member
model fixes to a distinct constant."""

from __future__ import annotations

from typing import Any

from ..model import ir
from ..model.diagnostics import WARNING, Diagnostic


def discriminator(
    decls: dict[str, ir.Decl],
    schema: dict[str, Any],
    members: list[ir.TypeRef],
    ptr: str,
    diagnostics: list[Diagnostic],
) -> ir.Discriminator | None:
    """The property that tells members apart: the spec's discriminator, or a property every
    member model fixes to a distinct constant."""
    models = [decls.get(m.key) if isinstance(m, ir.Ref) else None for m in members]
    if not all(isinstance(m, ir.Model) for m in models):
        return None
    disc = schema.get("discriminator")
    if isinstance(disc, dict) and isinstance(disc.get("propertyName"), str):
        return _declared(decls, disc, members, ptr, diagnostics)
    # An implicit discriminator: a required property with one constant value per member.
    first = models[0]
    assert isinstance(first, ir.Model)
    for f in first.fields:
        tags = [constant_of(decls, m.key, f.wire) for m in members if isinstance(m, ir.Ref)]
        if all(tags) and len(set(tags)) == len(tags):
            return ir.Discriminator(
                f.wire,
                tuple(
                    (str(t), m.key)
                    for t, m in zip(tags, members, strict=True)
                    if isinstance(m, ir.Ref)
                ),
            )
    return None


def _declared(
    decls: dict[str, ir.Decl],
    disc: dict[str, Any],
    members: list[ir.TypeRef],
    ptr: str,
    diagnostics: list[Diagnostic],
) -> ir.Discriminator | None:
    """The spec's own discriminator, its mapping completed by the members' constants."""
    prop = disc["propertyName"]
    mapping: list[tuple[str, str]] = []
    explicit = disc.get("mapping")
    if not isinstance(explicit, dict):
        explicit = {}
    for tag, target in explicit.items():
        if not isinstance(target, str):
            continue
        tkey = target if target.startswith("#") else f"#/components/schemas/{target}"
        if any(isinstance(m, ir.Ref) and m.key == tkey for m in members):
            mapping.append((str(tag), tkey))
    mapped = {k for _, k in mapping}
    for m in members:
        assert isinstance(m, ir.Ref)
        if m.key not in mapped:
            # The value a payload of this member carries is the constant its schema
            # fixes (required or not); a member that fixes none is told apart by shape.
            tag = constant_of(decls, m.key, prop, required=False)
            if tag is None:
                return None
            mapping.append((tag, m.key))
    values = [t for t, _ in mapping]
    twice = next((t for t in values if values.count(t) > 1), None)
    if twice is not None:
        diagnostics.append(
            Diagnostic(
                WARNING,
                f"discriminator tag {twice!r} stands for two members; the union is told"
                " apart by shape",
                ptr,
            )
        )
        return None
    return ir.Discriminator(prop, tuple(mapping))


def constant_of(
    decls: dict[str, ir.Decl], key: str, wire: str, *, required: bool = True
) -> str | None:
    """The one constant value the model ``key`` fixes its property ``wire`` to (a string)."""
    model = decls.get(key)
    if not isinstance(model, ir.Model):
        return None
    for f in model.fields:
        if (
            f.wire == wire
            and (f.required or not required)
            and isinstance(f.type, ir.LiteralOf)
            and len(f.type.values) == 1
        ):
            value = f.type.values[0]
            return value if isinstance(value, str) else None
    return None
