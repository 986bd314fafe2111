"""The intermediate model's types: JSON Schema types described as data, never as Python
source (:mod:`generator.render.decls` turns them into annotations). Re-exported by
:mod:`generator.model.ir`, where the rest of the model is."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Literal

import attrs

PrimKind = Literal[
    "str", "int", "float", "bool", "bytes", "date", "datetime", "uuid", "any", "none"
]


@attrs.frozen
class Prim:
    """A JSON primitive as a Python type."""

    kind: PrimKind


@attrs.frozen
class ListOf:
    item: TypeRef


@attrs.frozen
class MapOf:
    value: TypeRef


@attrs.frozen
class Ref:
    """A named declaration (model, enum, alias or union) by its key in :attr:`Api.decls`."""

    key: str


@attrs.frozen
class LiteralOf:
    values: tuple[str | int | bool, ...]


@attrs.frozen
class UnionOf:
    members: tuple[TypeRef, ...]


@attrs.frozen
class Nullable:
    inner: TypeRef


TypeRef = Prim | ListOf | MapOf | Ref | LiteralOf | UnionOf | Nullable

ANY = Prim("any")


def walk(t: TypeRef | None) -> Iterator[TypeRef]:
    """``t`` and every type nested in it, outermost first."""
    stack = [t] if t is not None else []
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, ListOf):
            stack.append(node.item)
        elif isinstance(node, MapOf):
            stack.append(node.value)
        elif isinstance(node, Nullable):
            stack.append(node.inner)
        elif isinstance(node, UnionOf):
            stack.extend(reversed(node.members))


def replace(t: TypeRef, fn: Callable[[TypeRef], TypeRef]) -> TypeRef:
    """``t`` rebuilt bottom-up with ``fn`` applied to every node."""
    if isinstance(t, ListOf):
        t = ListOf(replace(t.item, fn))
    elif isinstance(t, MapOf):
        t = MapOf(replace(t.value, fn))
    elif isinstance(t, Nullable):
        t = Nullable(replace(t.inner, fn))
    elif isinstance(t, UnionOf):
        t = UnionOf(tuple(replace(m, fn) for m in t.members))
    return fn(t)
