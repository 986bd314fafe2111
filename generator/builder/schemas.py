"""Schemas to types: each JSON Schema becomes a :data:`~generator.model.ir.TypeRef`, and named or
structured ones become declarations (models, enums, aliases) kept in a :class:`Registry`."""

from __future__ import annotations

from typing import Any

from ..model import ir
from ..model.diagnostics import Diagnostic, escape
from ..model.origins import Item, Origin, Override, Pointer, Property, Title, Value, Variant
from ..spec.walk import lookup
from .schema_shapes import (
    PRIMS,
    STRING_FORMATS,
    _deprecation,
    _enum_base,
    _example,
    _is_structural,
    _literal,
    _name_override,
    _split_null,
    _text,
    _unique,
    declares_required,
    merge_all_of,
    only_null,
    only_object,
    or_not_object,
)
from .schema_unions import discriminator


class Registry:
    """Builds declarations on demand; each schema location is built once (cycles are fine: the
    declaration's key is known before its fields are)."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc
        self.decls: dict[str, ir.Decl] = {}
        self._named: dict[str, ir.TypeRef] = {}
        self._building: set[str] = set()
        self._resolving: set[str] = set()
        self.diagnostics: list[Diagnostic] = []

    # -- entry points ---------------------------------------------------------------------

    def named(self, ptr: str) -> ir.TypeRef:
        """The type of the schema at ``ptr`` (a component or any other ``$ref`` target)."""
        key = "#" + ptr
        if key in self._named:
            return self._named[key]
        if key in self.decls or key in self._building or key in self._resolving:
            return ir.Ref(key)  # a cycle: the declaration is on its way
        try:
            schema = lookup(self.doc, ptr)
        except (KeyError, IndexError, ValueError):
            return ir.ANY
        origin: Origin = Pointer(ptr)
        if (
            isinstance(schema, dict)
            and isinstance(schema.get("title"), str)
            and not ptr.startswith("/components/schemas/")
        ):
            origin = Title(schema["title"])
        self._resolving.add(key)
        try:
            t = self._declare(key, schema, origin, ptr, always=True)
        finally:
            self._resolving.discard(key)
        self._named[key] = t
        return t

    def type_of(self, schema: Any, ptr: str, origin: Origin) -> ir.TypeRef:
        """The type of an inline schema at ``ptr``; ``origin`` names it if it needs a
        declaration."""
        if schema is True or schema is None or schema == {}:
            return ir.ANY
        if schema is False or not isinstance(schema, dict):
            return ir.ANY
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith("#"):
            return self.named(ref[1:])
        return self._declare("#" + ptr, schema, origin, ptr, always=False)

    # -- the rules ------------------------------------------------------------------------

    def _declare(
        self, key: str, schema: Any, origin: Origin, ptr: str, *, always: bool
    ) -> ir.TypeRef:
        """Type of ``schema``; a declaration is made when the schema needs one (object,
        enum, discriminated union) or when ``always`` (a named schema)."""
        if not isinstance(schema, dict) or schema == {}:
            if always:
                return self._alias(key, origin, ir.ANY, schema if isinstance(schema, dict) else {})
            return ir.ANY
        override = schema.get("x-speakeasy-name-override")
        if isinstance(override, str) and override.strip():
            origin = Override(override.strip())
        if "$ref" in schema and isinstance(schema["$ref"], str):
            target = self.named(schema["$ref"][1:])
            return self._alias(key, origin, target, schema) if always else target
        nullable, schema = _split_null(schema)
        t = self._structural(key, schema, origin, ptr, always)
        if nullable and not isinstance(t, ir.Nullable) and t != ir.Prim("none"):
            return ir.Nullable(t)
        return t

    def _structural(
        self, key: str, schema: dict[str, Any], origin: Origin, ptr: str, always: bool
    ) -> ir.TypeRef:
        if only_null(schema):
            return self._wrap(key, origin, ir.Prim("none"), schema, always)
        if "const" in schema:
            return self._wrap(key, origin, _literal([schema["const"]]), schema, always)
        if isinstance(schema.get("enum"), list):
            values = [v for v in schema["enum"] if v is not None]
            if len(values) == 1 or (values and all(isinstance(v, bool) for v in values)):
                return self._wrap(key, origin, _literal(values), schema, always)
            return self._enum(key, schema, values, origin, always)
        if "allOf" in schema:
            return self._all_of(key, schema, origin, ptr, always)
        for combo in ("oneOf", "anyOf"):
            # Variants that only constrain (``required`` lists: "at least one of these") leave
            # the type as the rest of the schema says.
            if (
                isinstance(schema.get(combo), list)
                and schema[combo]
                and any(_is_structural(v) for v in schema[combo])
            ):
                return self._union(key, schema, combo, origin, ptr, always)
        types = schema.get("type")
        if isinstance(types, list):
            kinds = [t for t in types if t != "null"]
            if len(kinds) > 1:
                members = tuple(
                    self._structural(key, {**schema, "type": k}, origin, ptr, False) for k in kinds
                )
                return self._wrap(key, origin, ir.UnionOf(members), schema, always)
            types = kinds[0] if kinds else None
        if types is None and ("properties" in schema or "additionalProperties" in schema):
            return self._object_or_other(key, schema, origin, ptr, always)
        if types == "object":
            return self._object(key, schema, origin, ptr, always)
        if types == "array" or (types is None and "items" in schema):
            items = schema.get("items")
            item = (
                self.type_of(items, f"{ptr}/items", Item(origin)) if items is not None else ir.ANY
            )
            return self._wrap(key, origin, ir.ListOf(item), schema, always)
        if types == "string":
            return self._wrap(
                key,
                origin,
                ir.Prim(STRING_FORMATS.get(schema.get("format", ""), "str")),
                schema,
                always,
            )
        if types in PRIMS:
            return self._wrap(key, origin, ir.Prim(PRIMS[types]), schema, always)
        return self._wrap(key, origin, ir.ANY, schema, always)

    def _enum(
        self, key: str, schema: dict[str, Any], values: list[Any], origin: Origin, always: bool
    ) -> ir.TypeRef:
        base = _enum_base(values)
        if base is None:
            return self._wrap(key, origin, ir.ANY, schema, always)
        if key not in self.decls:
            self.decls[key] = ir.Enum(
                key=key,
                origin=origin,
                base=base,
                members=tuple(ir.EnumMember(v) for v in _unique(values)),
                description=_text(schema.get("description")),
                example=_example(schema)[1],
                has_example=_example(schema)[0],
            )
        return ir.Ref(key)

    def _wrap(
        self, key: str, origin: Origin, target: ir.TypeRef, schema: dict[str, Any], always: bool
    ) -> ir.TypeRef:
        return self._alias(key, origin, target, schema) if always else target

    def _alias(
        self,
        key: str,
        origin: Origin,
        target: ir.TypeRef,
        schema: dict[str, Any],
        disc: ir.Discriminator | None = None,
    ) -> ir.TypeRef:
        if key not in self.decls:
            self.decls[key] = ir.Alias(
                key=key,
                origin=origin,
                target=target,
                discriminator=disc,
                description=_text(schema.get("description")),
                example=_example(schema)[1],
                has_example=_example(schema)[0],
            )
        return ir.Ref(key)

    # objects

    def _object(
        self, key: str, schema: dict[str, Any], origin: Origin, ptr: str, always: bool
    ) -> ir.TypeRef:
        props = schema.get("properties")
        ap = schema.get("additionalProperties")
        if not props:
            value = (
                ir.ANY
                if ap in (None, True, False)
                else self.type_of(ap, f"{ptr}/additionalProperties", Value(origin))
            )
            return self._wrap(key, origin, ir.MapOf(value), schema, always)
        if key in self.decls or key in self._building:
            return ir.Ref(key)
        self._building.add(key)
        try:
            fields = self._fields(props, schema.get("required") or [], ptr, origin)
            additional: ir.TypeRef | None = None
            if ap is True or (isinstance(ap, dict) and ap == {}):
                additional = ir.ANY
            elif isinstance(ap, dict):
                additional = self.type_of(ap, f"{ptr}/additionalProperties", Value(origin))
            self.decls[key] = ir.Model(
                key=key,
                origin=origin,
                fields=fields,
                additional=additional,
                description=_text(schema.get("description")),
                example=_example(schema)[1],
                has_example=_example(schema)[0],
                deprecated=bool(schema.get("deprecated")),
            )
        finally:
            self._building.discard(key)
        return ir.Ref(key)

    def _object_or_other(
        self, key: str, schema: dict[str, Any], origin: Origin, ptr: str, always: bool
    ) -> ir.TypeRef:
        """``properties`` (or ``additionalProperties``) without ``type`` constrain objects
        only: the model or map, or any other JSON value as it came (JSON Schema lets every
        non-object through). A ``required`` list says every instance has those properties,
        which only an object can: such a schema is read as the object it describes."""
        model = self._object(key, schema, origin, ptr, always)
        return model if declares_required(schema) else or_not_object(model)

    def _fields(
        self, props: dict[str, Any], required: list[Any], ptr: str, origin: Origin
    ) -> tuple[ir.Field, ...]:
        fields = []
        req = {str(r) for r in required}
        for wire, prop in props.items():
            wire = str(wire)
            prop_ptr = f"{ptr}/properties/{escape(wire)}"
            if self._ignored(prop):
                continue
            t = self.type_of(prop, prop_ptr, Property(origin, wire))
            p = prop if isinstance(prop, dict) else {}
            literal = t if isinstance(t, ir.LiteralOf) and len(t.values) == 1 else None
            # A read-only property is never sent and a write-only one never received: one model
            # serves both directions, so neither can be required of it.
            one_way = bool(p.get("readOnly")) or bool(p.get("writeOnly"))
            fields.append(
                ir.Field(
                    wire=wire,
                    type=t,
                    required=wire in req and not one_way,
                    description=_text(p.get("description")) or self._description_of(t),
                    default=literal.values[0] if literal is not None and wire in req else None,
                    has_default=literal is not None and wire in req and not one_way,
                    read_only=bool(p.get("readOnly")),
                    write_only=bool(p.get("writeOnly")),
                    deprecated=bool(p.get("deprecated")),
                    deprecation=_deprecation(p),
                    name_hint=_name_override(p),
                )
            )
        return tuple(fields)

    def _ignored(self, prop: Any) -> bool:
        """``x-speakeasy-ignore: true`` on the property, or on the schema it only refers to."""
        if not isinstance(prop, dict):
            return False
        if prop.get("x-speakeasy-ignore") is True:
            return True
        ref = prop.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            try:
                target = lookup(self.doc, ref[1:])
            except (KeyError, IndexError, ValueError):
                return False
            return isinstance(target, dict) and target.get("x-speakeasy-ignore") is True
        return False

    def _description_of(self, t: ir.TypeRef) -> str:
        """The description of the declaration a property refers to, for a bare ``$ref``."""
        t = only_object(t)
        if isinstance(t, ir.Nullable):
            t = t.inner
        decl = self.decls.get(t.key) if isinstance(t, ir.Ref) else None
        return decl.description if decl is not None else ""

    def _all_of(
        self, key: str, schema: dict[str, Any], origin: Origin, ptr: str, always: bool
    ) -> ir.TypeRef:
        parts = [p for p in schema["allOf"] if isinstance(p, dict)]
        structural = [p for p in parts if _is_structural(p)]
        own = {k: v for k, v in schema.items() if k != "allOf"}
        if not structural:
            # Parts that only annotate (description, examples, title) change no type; a
            # ``required`` list among them still counts.
            for part in parts:
                for k, v in part.items():
                    if k == "required" and isinstance(v, list):
                        mine = own.get("required")
                        own[k] = [*(mine if isinstance(mine, list) else []), *v]
                    else:
                        own.setdefault(k, v)
            return self._structural(key, own, origin, ptr, always)
        if len(structural) == 1 and not _is_structural(own):
            only = structural[0]
            required = own.get("required")
            if not isinstance(required, list) or not (
                {str(r) for r in required}
                - {str(r) for r in merge_all_of(self.doc, only, set())["required"]}
            ):
                idx = parts.index(only)
                t = self.type_of(only, f"{ptr}/allOf/{idx}", origin)
                return self._wrap(key, origin, t, schema, always)
        merged = merge_all_of(self.doc, schema, set())
        if merged.get("type") is None and merged.get("properties"):
            return self._object_or_other(key, merged, origin, ptr, always)
        if merged.get("type") in (None, "object") or merged.get("properties"):
            return self._object(key, merged, origin, ptr, always)
        return self._structural(key, merged, origin, ptr, always)

    # unions

    def _union(
        self, key: str, schema: dict[str, Any], combo: str, origin: Origin, ptr: str, always: bool
    ) -> ir.TypeRef:
        members: list[ir.TypeRef] = []
        nullable = False
        # A ``type`` beside the variants constrains them: without "null" in it (it was split off
        # before), no variant makes the union nullable.
        null_allowed = "type" not in schema
        for i, variant in enumerate(schema[combo]):
            if isinstance(variant, dict) and variant.get("type") == "null" and len(variant) <= 2:
                nullable = True
                continue
            title = variant.get("title") if isinstance(variant, dict) else None
            vorigin = Title(title) if isinstance(title, str) else Variant(origin, i)
            t = self.type_of(variant, f"{ptr}/{combo}/{i}", vorigin)
            widened = only_object(t) != t
            if widened and "discriminator" in schema:  # its members are objects
                t, widened = only_object(t), False
            if isinstance(t, ir.Nullable):
                nullable, t = True, t.inner
            for m in t.members if widened and isinstance(t, ir.UnionOf) else (t,):
                if m not in members:
                    members.append(m)
        nullable = nullable and null_allowed
        if not members:
            return ir.Nullable(ir.ANY) if nullable else ir.ANY
        # An enum here is open (it takes unlisted values of its base type), so a plain member of
        # that base type adds nothing.
        for m in list(members):
            decl = self.decls.get(m.key) if isinstance(m, ir.Ref) else None
            if isinstance(decl, ir.Enum) and ir.Prim(decl.base) in members and len(members) > 1:
                members.remove(ir.Prim(decl.base))
        result: ir.TypeRef
        if len(members) == 1:
            result = self._wrap(key, origin, members[0], schema, always)
        else:
            disc = discriminator(self.decls, schema, members, ptr, self.diagnostics)
            union = ir.UnionOf(tuple(members))
            if disc is not None or always:
                result = self._alias(key, origin, union, schema, disc)
            else:
                result = union
        return ir.Nullable(result) if nullable else result
