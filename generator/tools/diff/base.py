"""Matching the declarations of the old model to the new one, and recording findings."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ...model import ir
from .relations import (
    NARROWER,
    REQUEST,
    RESPONSE,
    SAME,
    UNRELATED,
    WIDER,
    TypeRelations,
    directions,
    is_component_key,
    ops_by_key,
)
from .rules import RANK, RULES, Finding


class DifferBase:
    """Matching of the two models and the helpers every comparison uses."""

    def __init__(self, old: ir.Api, new: ir.Api, old_file: str, new_file: str) -> None:
        self.a, self.b = old, new
        self.old_file, self.new_file = old_file, new_file
        self.da = {d.key: d for d in old.decls}
        self.db = {d.key: d for d in new.decls}
        # Component schemas are the same by key; inline ones by where the walk finds them.
        self.kmap: dict[str, str] = {k: k for k in self.da if k in self.db and is_component_key(k)}
        self.types = TypeRelations(self.da, self.db, self.kmap)
        self.dir_a, self.dir_b = directions(old), directions(new)
        self.out: list[Finding] = []

    # -- helpers ----------------------------------------------------------------------------

    def add(
        self,
        rule: str,
        python: str,
        pointer: str,
        old: Any,
        new: Any,
        message: str,
        *,
        side: str = "new",
    ) -> None:
        assert rule in RULES, rule
        self.out.append(
            Finding(
                rule=rule,
                python=python,
                pointer=pointer,
                old="" if old is None else str(old),
                new="" if new is None else str(new),
                message=message,
                file=self.old_file if side == "old" else self.new_file,
            )
        )

    def model_path(self, api: ir.Api, decl: ir.Decl) -> str:
        return f"{api.package}.models.{decl.name}"

    def method_path(self, api: ir.Api, g: ir.Group, op: ir.Operation) -> str:
        return f"{api.client_name}.{g.name}.{op.name}"

    def sides(self, old_key: str, new_key: str) -> set[str]:
        s = self.dir_a.get(old_key, set()) | self.dir_b.get(new_key, set())
        return s or {REQUEST, RESPONSE}  # unused schemas: assume callers use them either way

    def type_rule(
        self, prefix: str, sides: set[str], old: ir.TypeRef | None, new: ir.TypeRef | None
    ) -> str | None:
        rel = self.types.relation(old, new)
        if rel == SAME:
            return None
        if rel == UNRELATED:
            return {"body": "body-model-changed"}.get(prefix, f"{prefix}-type-changed")
        rules = []  # an EQUIVALENT type is compatible on either side
        if REQUEST in sides:
            rules.append(
                f"{prefix}-type-narrowed" if rel == NARROWER else f"{prefix}-type-compatible"
            )
        if RESPONSE in sides:
            rules.append(f"{prefix}-type-widened" if rel == WIDER else f"{prefix}-type-compatible")
        rules = [r for r in rules if r in RULES]
        return max(rules, key=lambda r: RANK[RULES[r][0]]) if rules else None

    # -- matching ---------------------------------------------------------------------------

    def match(self) -> None:
        """Pair declarations reached at the same wire position, then by shape."""
        pairs: list[tuple[ir.TypeRef | None, ir.TypeRef | None]] = []
        ops_b = ops_by_key(self.b)
        for key, (_, op) in ops_by_key(self.a).items():
            if key not in ops_b:
                continue
            other = ops_b[key][1]
            pb = {(p.location, p.wire): p for p in other.params}
            pairs += [
                (p.type, pb[(p.location, p.wire)].type)
                for p in op.params
                if (p.location, p.wire) in pb
            ]
            if op.body is not None and other.body is not None:
                pairs.append((op.body.type, other.body.type))
            rb = {(r.status, r.kind): r for r in (*other.responses, *other.errors)}
            pairs += [
                (r.type, rb[(r.status, r.kind)].type)
                for r in (*op.responses, *op.errors)
                if (r.status, r.kind) in rb
            ]
        seen: set[tuple[str, str]] = set()
        targets = set(self.kmap.values())
        while pairs:
            ta, tb = pairs.pop()
            if ta is None or tb is None:
                continue
            for x, y in self._parallel(ta, tb):
                ka, kb = x.key, y.key
                if (
                    ka in self.da
                    and kb in self.db
                    and ka not in self.kmap
                    and kb not in targets
                    and not (is_component_key(kb) and kb in self.da)
                ):
                    self.kmap[ka] = kb
                    targets.add(kb)
                if self.kmap.get(ka) != kb or (ka, kb) in seen:
                    continue
                seen.add((ka, kb))
                pairs += self._children(self.da.get(ka), self.db.get(kb))
        # Inline schemas the walk did not reach: the same pointer.
        for k in self.da:
            if k not in self.kmap and k in self.db and k not in targets:
                self.kmap[k] = k
                targets.add(k)
        # Schemas nothing reaches: a unique equal shape is a renamed key.
        gone = [d for k, d in self.da.items() if k not in self.kmap]
        fresh = [d for k, d in self.db.items() if k not in targets]
        shapes: dict[Any, list[ir.Decl]] = {}
        for d in fresh:
            shapes.setdefault(self._shape(d, mapped=False), []).append(d)
        for d in gone:
            same = [x for x in shapes.get(self._shape(d, mapped=True), []) if x.key not in targets]
            if len(same) == 1 and is_component_key(d.key) == is_component_key(same[0].key):
                self.kmap[d.key] = same[0].key
                targets.add(same[0].key)

    def _parallel(self, a: ir.TypeRef, b: ir.TypeRef) -> Iterator[tuple[ir.Ref, ir.Ref]]:
        if isinstance(a, ir.Nullable):
            a = a.inner
        if isinstance(b, ir.Nullable):
            b = b.inner
        if isinstance(a, ir.Ref) and isinstance(b, ir.Ref):
            yield a, b
        elif isinstance(a, ir.ListOf) and isinstance(b, ir.ListOf):
            yield from self._parallel(a.item, b.item)
        elif isinstance(a, ir.MapOf) and isinstance(b, ir.MapOf):
            yield from self._parallel(a.value, b.value)
        elif (
            isinstance(a, ir.UnionOf)
            and isinstance(b, ir.UnionOf)
            and len(a.members) == len(b.members)
        ):
            for x, y in zip(a.members, b.members, strict=True):
                yield from self._parallel(x, y)

    def _children(
        self, a: ir.Decl | None, b: ir.Decl | None
    ) -> list[tuple[ir.TypeRef | None, ir.TypeRef | None]]:
        if isinstance(a, ir.Model) and isinstance(b, ir.Model):
            fb = {f.wire: f for f in b.fields}
            out: list[tuple[ir.TypeRef | None, ir.TypeRef | None]] = [
                (f.type, fb[f.wire].type) for f in a.fields if f.wire in fb
            ]
            return [*out, (a.additional, b.additional)]
        if isinstance(a, ir.Alias) and isinstance(b, ir.Alias):
            out = [(a.target, b.target)]
            if a.discriminator and b.discriminator:
                tags = dict(b.discriminator.mapping)
                out += [
                    (ir.Ref(k), ir.Ref(tags[t])) for t, k in a.discriminator.mapping if t in tags
                ]
            return out
        return []

    def _shape(self, d: ir.Decl, *, mapped: bool) -> Any:
        def t(x: ir.TypeRef | None) -> Any:
            return self.types.mapped(x) if (mapped and x is not None) else x

        if isinstance(d, ir.Model):
            return ("model", tuple((f.wire, t(f.type), f.required) for f in d.fields))
        if isinstance(d, ir.Enum):
            return ("enum", tuple(m.value for m in d.members))
        return ("alias", t(d.target))

    # -- the rules --------------------------------------------------------------------------
