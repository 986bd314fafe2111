"""Schema shapes real specs use, each generated into a package of its own that is imported and
fed real JSON through its converter: what the spec allows must decode, and encode back."""

from __future__ import annotations

import importlib
import itertools
import json
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import attrs
import pytest

from generator import pipeline
from generator.model import ir
from generator.output import write

Generate = Callable[..., SimpleNamespace]
_counter = itertools.count()


@pytest.fixture
def generate(tmp_path: Path) -> Iterator[Generate]:
    """Generate a package from component schemas into ``tmp_path`` and import it: its models,
    and its converter as ``converter``."""
    names: list[str] = []

    def run(schemas: dict[str, Any], *, openapi: str = "3.1.0") -> SimpleNamespace:
        name = f"shapes{next(_counter)}"
        doc = {
            "openapi": openapi,
            "info": {"title": "Shapes", "version": "1.0.0"},
            "paths": {},
            "components": {"schemas": schemas},
        }
        spec = tmp_path / f"{name}.json"
        spec.write_text(json.dumps(doc), encoding="utf-8")
        result = pipeline.generate(spec, package=name, formatted=False)
        write.write_tree(tmp_path / name, result.files)
        sys.path.insert(0, str(tmp_path / name))
        names.append(name)
        models = importlib.import_module(f"{name}.models")
        converter = importlib.import_module(f"{name}._serialization").converter
        # Every model by name (the package imports each model's module on first use).
        every = {n: getattr(models, n) for n in models.__all__}
        return SimpleNamespace(**every, converter=converter)

    yield run
    for name in names:
        for mod in [m for m in sys.modules if m == name or m.startswith(name + ".")]:
            del sys.modules[mod]
    sys.path[:] = [p for p in sys.path if not p.startswith(str(tmp_path))]


def round_trip(models: SimpleNamespace, data: Any, target: Any) -> Any:
    """Structure ``data`` as ``target``, check it unstructures back to ``data``; the value."""
    value = models.converter.structure(data, target)
    assert models.converter.unstructure(value) == data
    return value


def field_type(models: SimpleNamespace, cls: str, field: str) -> str:
    """A field's annotation, names without their modules: ``dict[str, str] | Unset``."""
    return re.sub(r"[\w.]+\.(\w+)", r"\1", str(attrs.fields_dict(getattr(models, cls))[field].type))


# --- a property whose only type is null --------------------------------------------------------


def test_null_only_property_decodes_and_encodes(generate: Generate) -> None:
    models = generate(
        {
            "RoleTags": {
                "type": "object",
                "required": ["always_null"],
                "properties": {
                    "premium_subscriber": {"type": "null"},
                    "bot_id": {"type": "string"},
                    "always_null": {"type": "null"},
                },
            }
        }
    )
    data = {"premium_subscriber": None, "bot_id": "42", "always_null": None}
    tags = round_trip(models, data, models.RoleTags)
    assert tags.premium_subscriber is None and tags.bot_id == "42"
    assert round_trip(models, {"always_null": None}, models.RoleTags).bot_id is not None
    with pytest.raises(Exception, match="expected null"):
        models.converter.structure({"always_null": True}, models.RoleTags)


# --- discriminators ------------------------------------------------------------------------------


def test_discriminator_without_mapping_uses_the_members_constants(generate: Generate) -> None:
    """The members fix ``type`` to a constant without requiring it: the constant is the tag."""
    models = generate(
        {
            "Track": {
                "type": "object",
                "properties": {
                    "type": {"type": "string", "enum": ["track"]},
                    "name": {"type": "string"},
                },
            },
            "Episode": {
                "type": "object",
                "properties": {
                    "type": {"type": "string", "enum": ["episode"]},
                    "name": {"type": "string"},
                },
            },
            "PlaylistTrack": {
                "type": "object",
                "properties": {
                    "track": {
                        "oneOf": [
                            {"$ref": "#/components/schemas/Track"},
                            {"$ref": "#/components/schemas/Episode"},
                        ],
                        "discriminator": {"propertyName": "type"},
                    }
                },
            },
        }
    )
    item = round_trip(models, {"track": {"type": "track", "name": "a"}}, models.PlaylistTrack)
    assert isinstance(item.track, models.Track)
    item = round_trip(models, {"track": {"type": "episode", "name": "b"}}, models.PlaylistTrack)
    assert isinstance(item.track, models.Episode)


def test_discriminator_falls_back_to_shape_when_a_member_fixes_no_tag(
    generate: Generate,
) -> None:
    """Two members share the constant ``message`` (one requires it, one does not): no tag tells
    them apart, so the union is told apart by shape; every documented payload decodes."""
    models = generate(
        {
            "InputMessage": {
                "type": "object",
                "required": ["role", "content"],
                "properties": {
                    "type": {"type": "string", "enum": ["message"]},
                    "role": {"type": "string", "enum": ["user", "system"]},
                    "content": {"type": "string"},
                },
            },
            "OutputMessage": {
                "type": "object",
                "required": ["id", "type", "role", "content"],
                "properties": {
                    "id": {"type": "string"},
                    "type": {"type": "string", "enum": ["message"]},
                    "role": {"type": "string", "enum": ["assistant"]},
                    "content": {"type": "string"},
                },
            },
            "FunctionCall": {
                "type": "object",
                "required": ["type", "name"],
                "properties": {
                    "type": {"type": "string", "enum": ["function_call"]},
                    "name": {"type": "string"},
                },
            },
            "Loose": {
                "type": "object",
                "required": ["note"],
                "properties": {"type": {"type": "string"}, "note": {"type": "string"}},
            },
            "Item": {
                "type": "object",
                "oneOf": [
                    {"$ref": "#/components/schemas/InputMessage"},
                    {"$ref": "#/components/schemas/OutputMessage"},
                    {"$ref": "#/components/schemas/FunctionCall"},
                ],
                "discriminator": {"propertyName": "type"},
            },
            "Note": {
                "oneOf": [
                    {"$ref": "#/components/schemas/FunctionCall"},
                    {"$ref": "#/components/schemas/Loose"},
                ],
                "discriminator": {"propertyName": "type"},
            },
        }
    )
    cases = [
        ({"type": "message", "role": "user", "content": "hi"}, models.InputMessage),
        ({"role": "system", "content": "be brief"}, models.InputMessage),
        (
            {"id": "m1", "type": "message", "role": "assistant", "content": "hello"},
            models.OutputMessage,
        ),
        ({"type": "function_call", "name": "f"}, models.FunctionCall),
    ]
    for data, cls in cases:
        assert isinstance(round_trip(models, data, models.Item), cls), data
    # A member that fixes no value (Loose) is no reason to invent a tag such as "Loose".
    assert isinstance(round_trip(models, {"type": "x", "note": "n"}, models.Note), models.Loose)
    assert isinstance(
        round_trip(models, {"type": "function_call", "name": "g"}, models.Note),
        models.FunctionCall,
    )


def test_no_tag_is_a_schema_name() -> None:
    """The intermediate model agrees: tags come from the members' constants only, and a
    constant two members share is named in a warning."""
    from generator.builder import api as build
    from generator.spec import resolve

    def union(*members: str) -> dict[str, Any]:
        return {
            "oneOf": [{"$ref": f"#/components/schemas/{m}"} for m in members],
            "discriminator": {"propertyName": "kind"},
        }

    doc = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {
            "schemas": {
                "A": {"type": "object", "properties": {"kind": {"const": "a"}}},
                "B": {"type": "object", "properties": {"kind": {"type": "string"}}},
                "C": {"type": "object", "properties": {"kind": {"enum": ["c"]}}},
                "A2": {"type": "object", "properties": {"kind": {"enum": ["a"]}}},
                "AB": union("A", "B"),
                "AC": union("A", "C"),
                "AA2": union("A", "A2"),
            }
        },
    }
    api, diags = build.build(resolve.resolve(doc)[0], "t")
    decls = {d.key.rsplit("/", 1)[-1]: d for d in api.decls}
    assert isinstance(decls["AB"], ir.Alias) and decls["AB"].discriminator is None
    assert isinstance(decls["AA2"], ir.Alias) and decls["AA2"].discriminator is None
    assert decls["AC"].discriminator == ir.Discriminator(  # type: ignore[union-attr]
        "kind", (("a", "#/components/schemas/A"), ("c", "#/components/schemas/C"))
    )
    assert [d.pointer for d in diags if "'a'" in d.message] == ["/components/schemas/AA2"]


# --- properties beside combinators ---------------------------------------------------------------


def test_any_of_required_lists_keep_the_model(generate: Generate) -> None:
    """``anyOf`` of ``required`` lists says "at least one of these"; the model stays a model
    with its properties, those listed optional."""
    models = generate(
        {
            "ImageRef": {
                "type": "object",
                "description": "Exactly one of image_url or file_id.",
                "properties": {
                    "image_url": {"type": "string"},
                    "file_id": {"type": "string"},
                },
                "anyOf": [{"required": ["image_url"]}, {"required": ["file_id"]}],
                "not": {"required": ["image_url", "file_id"]},
                "additionalProperties": False,
            },
            "Batch": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string"},
                    "file_ids": {"type": "array", "items": {"type": "string"}},
                    "files": {"type": "array", "items": {"$ref": "#/components/schemas/ImageRef"}},
                },
                "oneOf": [{"required": ["file_ids"]}, {"required": ["files"]}],
            },
        }
    )
    ref = round_trip(models, {"file_id": "file-1"}, models.ImageRef)
    assert isinstance(ref, models.ImageRef) and ref.file_id == "file-1"
    batch = round_trip(
        models, {"name": "b", "files": [{"image_url": "https://x.test/a.png"}]}, models.Batch
    )
    assert batch.files[0].image_url == "https://x.test/a.png"
    assert "Unset" in field_type(models, "Batch", "file_ids")


def test_annotation_only_all_of_parts_change_no_type(generate: Generate) -> None:
    models = generate(
        {
            "Labels": {
                "type": "object",
                "properties": {
                    "labels": {
                        "type": "object",
                        "additionalProperties": {
                            "type": "string",
                            "allOf": [{"description": "a label"}, {"examples": ["x"]}],
                        },
                    },
                    "names": {
                        "additionalProperties": {"allOf": [{"description": "a name"}]},
                        "allOf": [{"title": "Names"}],
                    },
                    "tags": {"items": {"type": "string"}, "allOf": [{"description": "tags"}]},
                    "free": {"allOf": [{"description": "anything"}]},
                },
                "example": {
                    "labels": {"env": "prod"},
                    "names": {"a": "b", "c": 1},
                    "tags": ["t"],
                    "free": "text",
                },
            }
        }
    )
    example = {
        "labels": {"env": "prod"},
        "names": {"a": "b", "c": 1},
        "tags": ["t"],
        "free": "text",
    }
    value = round_trip(models, example, models.Labels)
    assert value.labels == {"env": "prod"} and value.tags == ["t"]
    assert field_type(models, "Labels", "labels") == "dict[str, str] | Unset"
    # additionalProperties without a type constrain objects only: any other value passes
    assert field_type(models, "Labels", "names") == (
        "dict[str, Any] | str | int | float | bool | list[Any] | None | Unset"
    )


def test_one_of_member_nullability_stays_inside_a_non_null_type(generate: Generate) -> None:
    models = generate(
        {
            "A": {"type": "object", "required": ["a"], "properties": {"a": {"type": "string"}}},
            "B": {
                "type": ["object", "null"],
                "required": ["b"],
                "properties": {"b": {"type": "integer"}},
            },
            "Holder": {
                "type": "object",
                "required": ["strict", "open"],
                "properties": {
                    "strict": {
                        "type": "object",
                        "oneOf": [
                            {"$ref": "#/components/schemas/A"},
                            {"$ref": "#/components/schemas/B"},
                            {"type": "null"},
                        ],
                    },
                    "open": {
                        "type": ["object", "null"],
                        "oneOf": [
                            {"$ref": "#/components/schemas/A"},
                            {"$ref": "#/components/schemas/B"},
                        ],
                    },
                    "bare": {
                        "oneOf": [{"$ref": "#/components/schemas/A"}, {"type": "null"}],
                    },
                },
            },
        }
    )
    assert "None" not in field_type(models, "Holder", "strict")
    assert "None" in field_type(models, "Holder", "open")
    assert "None" in field_type(models, "Holder", "bare")
    value = round_trip(models, {"strict": {"b": 1}, "open": None, "bare": None}, models.Holder)
    assert isinstance(value.strict, models.B) and value.open is None
    with pytest.raises(Exception):  # noqa: B017 - any structuring error will do
        models.converter.structure({"strict": None, "open": None}, models.Holder)


# --- OpenAPI 3.0 -------------------------------------------------------------------------------


def test_nullable_all_of_keeps_the_sibling_required_list(generate: Generate) -> None:
    models = generate(
        {
            "Base": {
                "type": "object",
                "properties": {"id": {"type": "string"}, "name": {"type": "string"}},
            },
            "Extra": {"type": "object", "properties": {"size": {"type": "integer"}}},
            "Holder": {
                "type": "object",
                "properties": {
                    "both": {
                        "nullable": True,
                        "description": "Base and Extra, or null",
                        "allOf": [
                            {"$ref": "#/components/schemas/Base"},
                            {"$ref": "#/components/schemas/Extra"},
                        ],
                        "required": ["id", "size"],
                    },
                    "one": {
                        "nullable": True,
                        "allOf": [{"$ref": "#/components/schemas/Base"}],
                        "required": ["id"],
                    },
                    "plain": {"allOf": [{"$ref": "#/components/schemas/Base"}]},
                },
            },
        },
        openapi="3.0.3",
    )
    value = round_trip(models, {"both": {"id": "1", "size": 2}, "one": None}, models.Holder)
    assert value.both.id == "1" and value.one is None
    both_cls = type(value.both)
    one_cls = type(round_trip(models, {"one": {"id": "x"}}, models.Holder).one)
    for cls, missing in ((both_cls, {"id": "1"}), (one_cls, {"name": "n"})):
        fields = attrs.fields_dict(cls)
        assert fields["id"].default is attrs.NOTHING, cls
        with pytest.raises(Exception):  # noqa: B017 - a required property is missing
            models.converter.structure(missing, cls)
    # Without a required list of its own, a one-part allOf is the part itself.
    assert field_type(models, "Holder", "plain") == "Base | Unset"


def test_an_all_of_part_that_only_says_nullable_makes_the_whole_nullable(
    generate: Generate,
) -> None:
    """``allOf: [{$ref: Base}, {nullable: true, description: ...}]`` is ``Base | None``."""
    models = generate(
        {
            "Base": {"type": "object", "properties": {"id": {"type": "string"}}},
            "Holder": {
                "type": "object",
                "properties": {
                    "file": {
                        "allOf": [
                            {"$ref": "#/components/schemas/Base"},
                            {"nullable": True, "description": "the file, once ready"},
                        ]
                    },
                    "plain": {
                        "allOf": [{"$ref": "#/components/schemas/Base"}, {"description": "d"}]
                    },
                },
            },
        },
        openapi="3.0.3",
    )
    assert field_type(models, "Holder", "file") == "Base | None | Unset"
    assert field_type(models, "Holder", "plain") == "Base | Unset"
    value = round_trip(models, {"file": None}, models.Holder)
    assert value.file is None
    assert round_trip(models, {"file": {"id": "f1"}}, models.Holder).file == models.Base(id="f1")


# --- binary content inside a union --------------------------------------------------------------


def test_binary_content_structures_into_a_union_with_a_binary_member(generate: Generate) -> None:
    """A multipart field that is one file or several (``anyOf: [binary, array of binary]``) takes
    bytes as a plain binary field does."""
    binary = {"type": "string", "format": "binary"}
    models = generate(
        {
            "Upload": {
                "type": "object",
                "required": ["image"],
                "properties": {
                    "image": {"anyOf": [binary, {"type": "array", "items": binary}]},
                    "label": {"type": "string"},
                },
            }
        }
    )
    one = models.converter.structure({"image": b"\x00png"}, models.Upload)
    assert one.image == b"\x00png"
    many = models.converter.structure({"image": [b"a", bytearray(b"b")]}, models.Upload)
    assert many.image == [b"a", b"b"]
    text = models.converter.structure({"image": "abc", "label": "x"}, models.Upload)
    assert text.image == b"abc" and text.label == "x"


# --- the golden packages -------------------------------------------------------------------------

GOLDEN = Path(__file__).resolve().parents[1] / "golden"


@pytest.mark.parametrize("case", ["discriminator", "nullable", "openapi30"])
def test_golden_examples_round_trip(case: str) -> None:
    """Every schema example of a golden spec decodes with the committed package and encodes
    back to itself."""
    api, _ = pipeline.analyse(GOLDEN / case / "spec.yaml", package=case)
    examples = [(d.name, d.example) for d in api.decls if d.has_example]
    assert len(examples) >= 2
    sys.path.insert(0, str(GOLDEN / case / "expected"))
    try:
        models = importlib.import_module(f"{case}.models")
        converter = importlib.import_module(f"{case}._serialization").converter
        for name, example in examples:
            value = converter.structure(example, getattr(models, name))
            assert converter.unstructure(value) == example, name
    finally:
        sys.path.remove(str(GOLDEN / case / "expected"))
