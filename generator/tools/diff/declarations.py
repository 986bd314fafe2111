"""Comparing declarations: models and their fields, enums, aliases."""

from __future__ import annotations

from ...model import ir
from ...model.diagnostics import escape
from .base import DifferBase
from .relations import EQUIVALENT, REQUEST, RESPONSE, SAME, show


class DeclarationDiff(DifferBase):
    def decls(self) -> None:
        mapped_to = set(self.kmap.values())
        for key, a in self.da.items():
            kind = "enum" if isinstance(a, ir.Enum) else "model"
            if key not in self.kmap:
                self.add(
                    f"{kind}-removed",
                    self.model_path(self.a, a),
                    key,
                    a.name,
                    None,
                    f"{a.name} is gone",
                    side="old",
                )
                continue
            self._decl(key, a, kind)
        for key, b in self.db.items():
            if key not in mapped_to:
                kind = "enum" if isinstance(b, ir.Enum) else "model"
                self.add(
                    f"{kind}-added",
                    self.model_path(self.b, b),
                    key,
                    None,
                    b.name,
                    f"new class {b.name}",
                )

    def _kind_changed(self, py: str, a: ir.Decl, b: ir.Decl) -> None:
        self.add(
            "model-kind-changed",
            py,
            b.key,
            type(a).__name__,
            type(b).__name__,
            f"{a.name} is now a {type(b).__name__.lower()}",
        )

    def _decl(self, key: str, a: ir.Decl, kind: str) -> None:
        """One declaration matched to a new one: renamed, another kind, or its contents."""
        b = self.db[self.kmap[key]]
        py = self.model_path(self.a, a)
        if type(a) is not type(b) and (isinstance(a, ir.Enum) or isinstance(b, ir.Enum)):
            self._kind_changed(py, a, b)
            return
        if a.name != b.name:
            why = f"schema {key} is now {b.key}" if key != b.key else "naming collision"
            self.add(
                f"{kind}-renamed",
                py,
                b.key,
                a.name,
                b.name,
                f"{a.name} is now {b.name} ({why})",
            )
        if type(a) is not type(b):
            self._kind_changed(py, a, b)
            return
        sides = self.sides(key, b.key)
        if isinstance(a, ir.Model) and isinstance(b, ir.Model):
            self.model(py, a, b, sides)
        elif isinstance(a, ir.Enum) and isinstance(b, ir.Enum):
            self.enum(py, a, b)
        elif isinstance(a, ir.Alias) and isinstance(b, ir.Alias):
            self.alias(py, a, b, sides)

    def model(self, py: str, a: ir.Model, b: ir.Model, sides: set[str]) -> None:
        if b.deprecated and not a.deprecated:
            self.add("model-deprecated", py, b.key, None, "deprecated", f"{a.name} is deprecated")
        fb = {f.wire: f for f in b.fields}
        fa = {f.wire: f for f in a.fields}
        request = REQUEST in sides
        renamed = self._maybe_renamed(fa, fb)
        for wire, f in fa.items():
            fpy, ptr = f"{py}.{f.name}", f"{b.key}/properties/{escape(wire)}"
            g = fb.get(wire)
            if g is None:
                self.add(
                    "field-removed",
                    fpy,
                    f"{a.key}/properties/{escape(wire)}",
                    f.name,
                    None,
                    f"property {wire!r} is gone"
                    + (
                        f"; maybe renamed to {renamed[wire]!r} (same type)"
                        if wire in renamed
                        else ""
                    ),
                    side="old",
                )
                continue
            self._field(fpy, ptr, wire, f, g, sides)
        for wire, g in fb.items():
            if wire in fa:
                continue
            must = g.required and not g.has_default
            self.add(
                "field-added-required" if must and request else "field-added",
                f"{py}.{g.name}",
                f"{b.key}/properties/{escape(wire)}",
                None,
                g.name,
                f"new {'required ' if must else ''}property {wire!r}"
                + "".join(f"; maybe {o!r} renamed" for o, n in renamed.items() if n == wire),
            )

    def _maybe_renamed(self, fa: dict[str, ir.Field], fb: dict[str, ir.Field]) -> dict[str, str]:
        """Removed property -> added property, where one of each has the same type: a rename
        on the wire is likely (the diff cannot know; the finding says "maybe")."""
        gone = [f for w, f in fa.items() if w not in fb]
        new = [g for w, g in fb.items() if w not in fa]
        out: dict[str, str] = {}
        for f in gone:
            same = [g for g in new if self.types.relation(f.type, g.type) == SAME]
            back = [h for h in gone if same and self.types.relation(h.type, same[0].type) == SAME]
            if len(same) == 1 and len(back) == 1:
                out[f.wire] = same[0].wire
        return out

    def _field(
        self, fpy: str, ptr: str, wire: str, f: ir.Field, g: ir.Field, sides: set[str]
    ) -> None:
        """One property in both: renamed, required or not, its type, default, deprecated."""
        request, response = REQUEST in sides, RESPONSE in sides
        if f.name != g.name:
            self.add(
                "field-renamed",
                fpy,
                ptr,
                f.name,
                g.name,
                f"property {wire!r} is now the field {g.name}",
            )
        self._field_required(fpy, ptr, wire, f, g, request=request, response=response)
        newly_null = isinstance(g.type, ir.Nullable) and not isinstance(f.type, ir.Nullable)
        rule = self.type_rule("field", sides, f.type, g.type)
        if (
            newly_null
            and response
            and self.types.relation(
                f.type, g.type.inner if isinstance(g.type, ir.Nullable) else g.type
            )
            in (SAME, EQUIVALENT)
        ):
            rule = "field-may-be-null"
        if (
            request
            and isinstance(f.type, ir.Nullable)
            and not isinstance(g.type, ir.Nullable)
            and self.types.relation(f.type.inner, g.type) in (SAME, EQUIVALENT)
        ):
            rule = "field-no-longer-nullable"
        if rule:
            self.add(
                rule,
                fpy,
                ptr,
                show(f.type, self.da),
                show(g.type, self.db),
                f"property {wire!r}: type changed",
            )
        if (f.has_default, f.default) != (g.has_default, g.default):
            self.add(
                "field-default-changed",
                fpy,
                ptr,
                repr(f.default) if f.has_default else None,
                repr(g.default) if g.has_default else None,
                f"property {wire!r}: default changed",
            )
        if g.deprecated and not f.deprecated:
            self.add(
                "field-deprecated",
                fpy,
                ptr,
                None,
                "deprecated",
                f"property {wire!r} is deprecated",
            )

    def _field_required(
        self,
        fpy: str,
        ptr: str,
        wire: str,
        f: ir.Field,
        g: ir.Field,
        *,
        request: bool,
        response: bool,
    ) -> None:
        must_a, must_b = f.required and not f.has_default, g.required and not g.has_default
        if must_b and not must_a and request:
            self.add(
                "field-became-required",
                fpy,
                ptr,
                "optional",
                "required",
                f"property {wire!r} must now be given",
            )
        elif f.required and not g.required and response:
            self.add(
                "field-may-be-unset",
                fpy,
                ptr,
                "required",
                "optional",
                f"property {wire!r} may now be missing (UNSET)",
            )
        elif must_a and not must_b and request:
            self.add(
                "field-became-optional",
                fpy,
                ptr,
                "required",
                "optional",
                f"property {wire!r} is no longer required",
            )

    def enum(self, py: str, a: ir.Enum, b: ir.Enum) -> None:
        mb = {m.value: m for m in b.members}
        ma = {m.value: m for m in a.members}
        for v, m in ma.items():
            if v not in mb:
                self.add(
                    "enum-member-removed",
                    f"{py}.{m.name}",
                    a.key,
                    repr(v),
                    None,
                    f"value {v!r} is gone",
                    side="old",
                )
            elif mb[v].name != m.name:
                self.add(
                    "enum-member-renamed",
                    f"{py}.{m.name}",
                    b.key,
                    m.name,
                    mb[v].name,
                    f"value {v!r} is now {mb[v].name}",
                )
        for v, m in mb.items():
            if v not in ma:
                self.add(
                    "enum-member-added",
                    f"{self.model_path(self.b, b)}.{m.name}",
                    b.key,
                    None,
                    repr(v),
                    f"new value {v!r}",
                )

    def alias(self, py: str, a: ir.Alias, b: ir.Alias, sides: set[str]) -> None:
        rule = self.type_rule("alias", sides, a.target, b.target)
        if rule:
            self.add(
                rule,
                py,
                b.key,
                show(a.target, self.da),
                show(b.target, self.db),
                f"{a.name} changed",
            )
        self._discriminator(py, b.key, a.discriminator, b.discriminator)

    def _discriminator(
        self, py: str, key_b: str, da: ir.Discriminator | None, db: ir.Discriminator | None
    ) -> None:
        if da is None or db is None:
            if da is not None:
                self.add(
                    "discriminator-changed",
                    py,
                    key_b,
                    da.property,
                    None,
                    "the union is no longer told apart by a tag",
                )
            return
        if da.property != db.property:
            self.add(
                "discriminator-changed",
                py,
                f"{key_b}/discriminator",
                da.property,
                db.property,
                "the tag property changed",
            )
            return
        tb = dict(db.mapping)
        for tag, key in da.mapping:
            if tag not in tb:
                self.add(
                    "discriminator-changed",
                    py,
                    f"{key_b}/discriminator",
                    tag,
                    None,
                    f"tag {tag!r} is gone",
                )
            elif self.kmap.get(key, key) != tb[tag]:
                self.add(
                    "discriminator-changed",
                    py,
                    f"{key_b}/discriminator",
                    f"{tag} -> {self.da[key].name if key in self.da else key}",
                    f"{tag} -> {self.db[tb[tag]].name if tb[tag] in self.db else tb[tag]}",
                    f"tag {tag!r} selects another model",
                )
        for tag, _ in db.mapping:
            if tag not in dict(da.mapping):
                self.add(
                    "discriminator-tag-added",
                    py,
                    f"{key_b}/discriminator",
                    None,
                    tag,
                    f"new tag {tag!r}",
                )
