"""Unit tests of schemas to types (generator.builder.schemas): a table of schema -> type, and the
declarations built on the way."""

from __future__ import annotations

from typing import Any

import pytest

from generator.builder.schemas import Registry
from generator.model import ir
from generator.model.origins import Item, Override, Pointer, Property, Title, Variant
from generator.naming.origins import origin_text


def _doc(paths: dict[str, Any] | None = None, **components: Any) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": paths or {},
        "components": components,
    }


OK = {"200": {"description": "ok"}}


REF_T = ir.Ref("#/components/schemas/T")


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"type": "string"}, ir.Prim("str")),
        ({"type": "string", "format": "date-time"}, ir.Prim("datetime")),
        ({"type": "string", "format": "binary"}, ir.Prim("bytes")),
        ({"type": "string", "format": "email"}, ir.Prim("str")),
        ({"type": "integer"}, ir.Prim("int")),
        ({"type": "number"}, ir.Prim("float")),
        ({"type": "boolean"}, ir.Prim("bool")),
        ({"type": "null"}, ir.Prim("none")),
        ({}, ir.ANY),
        (True, ir.ANY),
        ({"type": ["string", "null"]}, ir.Nullable(ir.Prim("str"))),
        ({"type": ["string", "integer"]}, ir.UnionOf((ir.Prim("str"), ir.Prim("int")))),
        ({"type": "array", "items": {"type": "integer"}}, ir.ListOf(ir.Prim("int"))),
        ({"type": "array"}, ir.ListOf(ir.ANY)),
        ({"type": "object"}, ir.MapOf(ir.ANY)),
        (
            {"type": "object", "additionalProperties": {"type": "number"}},
            ir.MapOf(ir.Prim("float")),
        ),
        ({"const": "x"}, ir.LiteralOf(("x",))),
        ({"enum": ["only"]}, ir.LiteralOf(("only",))),
        ({"enum": [True, False]}, ir.LiteralOf((True, False))),
        ({"enum": [1, "a"]}, ir.ANY),
        ({"$ref": "#/components/schemas/T"}, REF_T),
        ({"anyOf": [{"$ref": "#/components/schemas/T"}, {"type": "null"}]}, ir.Nullable(REF_T)),
        (
            {"oneOf": [{"type": "string"}, {"type": "integer"}]},
            ir.UnionOf((ir.Prim("str"), ir.Prim("int"))),
        ),
        ({"oneOf": [{"type": "string"}], "required": ["a"]}, ir.Prim("str")),
        ({"allOf": [{"$ref": "#/components/schemas/T"}]}, REF_T),
        ({"allOf": [{"description": "only annotates"}], "type": "integer"}, ir.Prim("int")),
    ],
)
def test_schema_to_type(schema: Any, expected: ir.TypeRef) -> None:
    reg = Registry(_doc(schemas={"T": {"type": "object", "properties": {"a": {"type": "string"}}}}))
    assert reg.type_of(schema, "/paths/x", Pointer("/paths/x")) == expected


def test_object_becomes_a_model_with_fields() -> None:
    reg = Registry(_doc())
    schema = {
        "type": "object",
        "description": " A pet. ",
        "required": ["id", "kind", "ro"],
        "properties": {
            "id": {"type": "integer"},
            "kind": {"const": "dog"},
            "ro": {"type": "string", "readOnly": True},
            "tags": {"type": "array", "items": {"type": "object", "properties": {"n": {}}}},
            "skip": {"type": "string", "x-speakeasy-ignore": True},
        },
    }
    t = reg.type_of(schema, "/components/schemas/Pet", Pointer("/components/schemas/Pet"))
    assert t == ir.Ref("#/components/schemas/Pet")
    model = reg.decls["#/components/schemas/Pet"]
    assert isinstance(model, ir.Model)
    assert model.description == "A pet."
    fields = {f.wire: f for f in model.fields}
    assert list(fields) == ["id", "kind", "ro", "tags"]
    assert fields["id"].required and fields["id"].type == ir.Prim("int")
    assert fields["kind"].has_default and fields["kind"].default == "dog"
    assert not fields["ro"].required, "read-only properties are never required"
    item_key = "#/components/schemas/Pet/properties/tags/items"
    assert fields["tags"].type == ir.ListOf(ir.Ref(item_key))
    item_origin = reg.decls[item_key].origin
    assert item_origin == Item(Property(Pointer("/components/schemas/Pet"), "tags"))
    assert origin_text(item_origin) == "Pet_tagsItem"


def test_string_enum_becomes_an_enum_declaration() -> None:
    reg = Registry(_doc())
    t = reg.type_of(
        {"enum": ["a", "b", "a", None]}, "/components/schemas/E", Pointer("/components/schemas/E")
    )
    assert t == ir.Nullable(ir.Ref("#/components/schemas/E"))
    enum = reg.decls["#/components/schemas/E"]
    assert isinstance(enum, ir.Enum)
    assert (enum.base, [m.value for m in enum.members]) == ("str", ["a", "b"])


def test_named_schema_is_an_alias_and_cycles_end() -> None:
    doc = _doc(
        schemas={
            "Id": {"type": "string"},
            "Node": {
                "type": "object",
                "properties": {"next": {"$ref": "#/components/schemas/Node"}},
            },
        }
    )
    reg = Registry(doc)
    assert reg.named("/components/schemas/Id") == ir.Ref("#/components/schemas/Id")
    alias = reg.decls["#/components/schemas/Id"]
    assert isinstance(alias, ir.Alias) and alias.target == ir.Prim("str")
    node = reg.named("/components/schemas/Node")
    model = reg.decls["#/components/schemas/Node"]
    assert isinstance(model, ir.Model)
    assert model.fields[0].type == node == ir.Ref("#/components/schemas/Node")


def test_discriminated_union_gets_its_mapping() -> None:
    def member(tag: str) -> dict[str, Any]:
        return {"type": "object", "required": ["kind"], "properties": {"kind": {"const": tag}}}

    doc = _doc(schemas={"Cat": member("cat"), "Dog": member("dog")})
    reg = Registry(doc)
    union = {
        "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
        "discriminator": {"propertyName": "kind", "mapping": {"c": "#/components/schemas/Cat"}},
    }
    t = reg.type_of(union, "/components/schemas/Pet", Pointer("/components/schemas/Pet"))
    alias = reg.decls["#/components/schemas/Pet"]
    assert t == ir.Ref("#/components/schemas/Pet") and isinstance(alias, ir.Alias)
    assert alias.discriminator == ir.Discriminator(
        "kind", (("c", "#/components/schemas/Cat"), ("dog", "#/components/schemas/Dog"))
    )


def test_duplicate_discriminator_tag_warns_and_falls_back_to_shape() -> None:
    same = {"type": "object", "required": ["k"], "properties": {"k": {"const": "x"}}}
    union = {
        "oneOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}],
        "discriminator": {"propertyName": "k"},
    }
    reg = Registry(_doc(schemas={"A": same, "B": dict(same), "U": union}))
    assert reg.named("/components/schemas/U") == ir.Ref("#/components/schemas/U")
    alias = reg.decls["#/components/schemas/U"]
    assert isinstance(alias, ir.Alias) and alias.discriminator is None
    assert isinstance(alias.target, ir.UnionOf)
    assert [d.pointer for d in reg.diagnostics] == ["/components/schemas/U"]


def test_inline_declarations_record_their_origin() -> None:
    reg = Registry(_doc())
    union = {
        "oneOf": [
            {"type": "object", "properties": {"a": {"type": "string"}}},
            {"title": "Named", "type": "object", "properties": {"b": {"type": "string"}}},
            {
                "x-speakeasy-name-override": "Over",
                "properties": {"c": {"type": "object", "properties": {"d": {}}}},
            },
        ]
    }
    reg.type_of(union, "/paths/x", Pointer("/paths/x"))
    origins = {k: d.origin for k, d in reg.decls.items()}
    assert origins["#/paths/x/oneOf/0"] == Variant(Pointer("/paths/x"), 0)
    assert origins["#/paths/x/oneOf/1"] == Title("Named")
    assert origins["#/paths/x/oneOf/2"] == Override("Over")
    assert origins["#/paths/x/oneOf/2/properties/c"] == Property(Override("Over"), "c")
