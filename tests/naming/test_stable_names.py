"""Stable names: a spec change that only adds things renames nothing callers already use, and
the order of a spec plays no part in its names. Each case is a spec pair, run through the
pipeline up to naming; every Python name of the first spec must be the same in the second."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator import pipeline
from generator.model import ir
from tests.corpus_check import check_spec


def names(api: ir.Api) -> dict[str, str]:
    """Every Python name the generated package exposes, keyed by what it comes from."""
    out: dict[str, str] = {}
    for d in api.decls:
        out[f"class {d.key}"] = d.name
        out[f"module {d.key}"] = d.module
        if isinstance(d, ir.Model):
            out.update({f"field {d.key} {f.wire}": f.name for f in d.fields})
            out[f"extra {d.key}"] = d.extra_name
        elif isinstance(d, ir.Enum):
            out.update({f"member {d.key} {m.value!r}": m.name for m in d.members})
    for g in api.groups:
        out[f"group {g.tag}"] = f"{g.name} {g.class_name} {g.module}"
        for op in g.operations:
            out[f"method {op.key}"] = f"{op.name} {op.module}"
            out.update({f"param {op.key} {p.location} {p.wire}": p.name for p in op.params})
            args = op.body.args if op.body else ()
            out.update({f"body argument {op.key} {field}": arg for arg, field in args})
    out.update({f"error {e.status} {e.type}": e.name for e in api.errors})
    out.update({f"security {s.key}": s.arg for s in api.security})
    return out


def named(spec: dict[str, Any], tmp_path: Path, label: str) -> dict[str, str]:
    path = tmp_path / f"{label}.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    api, _ = pipeline.analyse(path, package="pets")
    return names(api)


def obj(**props: Any) -> dict[str, Any]:
    return {"type": "object", "properties": props}


STR = {"type": "string"}


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def body(schema: dict[str, Any] | None, description: str = "x") -> dict[str, Any]:
    if schema is None:
        return {"description": description}
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def base() -> dict[str, Any]:
    """A small spec with one of each thing a name is derived from."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "Pets", "version": "1"},
        "paths": {
            "/pets/{id}": {
                "get": {
                    "operationId": "get_pet",
                    "tags": ["pets"],
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": STR},
                        {"name": "fields", "in": "query", "schema": STR},
                    ],
                    "responses": {
                        "200": body(ref("Pet")),
                        "400": body(ref("Problem")),
                        "404": body(None),
                        "409": body(obj(reason=STR)),
                    },
                },
                "post": {
                    "operationId": "update_pet",
                    "tags": ["pets"],
                    "parameters": [{"name": "id", "in": "path", "required": True, "schema": STR}],
                    "requestBody": body(ref("Pet")),
                    "responses": {"200": body(ref("Pet"))},
                },
            }
        },
        "components": {
            "schemas": {
                "Pet": obj(
                    foo_bar=STR,
                    owner_info=obj(name=STR),
                    size={"type": "string", "enum": ["AUTO", "small"]},
                ),
                "pet_keeper": obj(id=STR),
                "Problem": obj(message=STR),
            }
        },
    }


def add_schema(spec: dict[str, Any]) -> None:
    # Spelled like an existing one's class name, and listed before it.
    spec["components"]["schemas"] = {"pet__keeper": obj(x=STR), **spec["components"]["schemas"]}
    spec["components"]["schemas"]["Cat"] = obj(pet=ref("Pet"))


def add_operation(spec: dict[str, Any]) -> None:
    # Its method, module and inline error bodies claim what the existing operation has.
    spec["paths"] = {
        "/zoo": {
            "get": {
                "operationId": "getPet",
                "tags": ["pets"],
                "parameters": [{"name": "ID", "in": "header", "schema": STR}],
                "responses": {
                    "200": body(STR),
                    "400": body(ref("Problem")),
                    "404": body(STR),
                    "409": body(obj(reason=STR, other=STR)),
                },
            }
        },
        **spec["paths"],
    }


def add_shared_status(spec: dict[str, Any]) -> None:
    responses = spec["paths"]["/pets/{id}"]["get"]["responses"]
    responses["422"] = body(ref("Problem"))
    responses["500"] = body(ref("Problem"))


def add_colliding_inline(spec: dict[str, Any]) -> None:
    # PetOwner.info is named PetOwnerInfo, like Pet.owner_info.
    spec["components"]["schemas"] = {
        "PetOwner": obj(info=obj(age=STR)),
        **spec["components"]["schemas"],
    }


def add_property_and_value(spec: dict[str, Any]) -> None:
    pet = spec["components"]["schemas"]["Pet"]
    pet["properties"] = {"fooBar": STR, **pet["properties"]}
    pet["properties"]["size"]["enum"].insert(0, "auto")


def add_body_fields(spec: dict[str, Any]) -> None:
    # Named like the path parameter and like the method's own argument: they give way.
    pet = spec["components"]["schemas"]["Pet"]
    pet["properties"] = {"options": STR, "id": STR, **pet["properties"]}


def add_group_named_like_schema(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["PetsApi"] = obj(x=STR)


@pytest.mark.parametrize(
    "change",
    [
        add_schema,
        add_operation,
        add_shared_status,
        add_colliding_inline,
        add_property_and_value,
        add_body_fields,
    ],
)
def test_additive_change_renames_nothing(
    change: Callable[[dict[str, Any]], None], tmp_path: Path
) -> None:
    before = base()
    after = copy.deepcopy(before)
    change(after)
    old, new = named(before, tmp_path, "before"), named(after, tmp_path, "after")
    assert len(new) > len(old)
    changed = {k: (v, new.get(k)) for k, v in old.items() if new.get(k) != v}
    assert changed == {}


def test_base_names(tmp_path: Path) -> None:
    """What the pairs above keep: the names each rule gives."""
    spec = base()
    add_shared_status(spec)
    got = named(spec, tmp_path, "base")
    pet = "#/components/schemas/Pet"
    assert got[f"class {pet}/properties/owner_info"] == "PetOwnerInfo"
    assert got["class #/components/schemas/pet_keeper"] == "PetKeeper"
    assert got[f"member {pet}/properties/size 'AUTO'"] == "AUTO"
    # The schema's own name goes to the lowest code; the others are status + schema.
    assert got["error 400 Ref(key='#/components/schemas/Problem')"] == "ProblemError"
    assert got["error 422 Ref(key='#/components/schemas/Problem')"] == (
        "UnprocessableEntityProblemError"
    )
    assert got["error 404 None"] == "NotFoundError"
    inline = "#/paths/~1pets~1{id}/get/responses/409/content/application~1json/schema"
    assert got[f"error 409 {ir.Ref(inline)}"] == "ConflictGetPet409Error"


def test_additions_take_the_suffix(tmp_path: Path) -> None:
    spec = base()
    for change in (add_schema, add_operation, add_property_and_value, add_colliding_inline):
        change(spec)
    got = named(spec, tmp_path, "after")
    pet = "#/components/schemas/Pet"
    assert got["class #/components/schemas/pet__keeper"] == "PetKeeperModel"
    assert got[f"class {pet}/properties/owner_info"] == "PetOwnerInfo"
    assert got["class #/components/schemas/PetOwner/properties/info"] == "PetOwnerInfoModel"
    assert got[f"field {pet} fooBar"] == "foo_bar_2"
    assert got[f"member {pet}/properties/size 'auto'"] == "AUTO_2"
    assert got["method GET /zoo"] == "get_pet_2 get_pet_2"
    assert got["error 404 Prim(kind='str')"] == "NotFoundStrError"
    add_body_fields(spec)
    got = named(spec, tmp_path, "fields")
    assert got["body argument POST /pets/{id} foo_bar"] == "foo_bar"
    assert got["body argument POST /pets/{id} foo_bar_2"] == "foo_bar_2"
    assert got["body argument POST /pets/{id} id"] == "id_body"
    assert got["body argument POST /pets/{id} options"] == "options_body"
    assert got["param POST /pets/{id} path id"] == "id"


def shuffled(spec: dict[str, Any]) -> dict[str, Any]:
    """``spec`` with every mapping and enum in reverse order (the same API)."""

    def walk(node: Any, key: str = "") -> Any:
        if isinstance(node, dict):
            return {k: walk(v, k) for k, v in reversed(list(node.items()))}
        if isinstance(node, list) and key == "enum":
            return list(reversed(node))
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    out: dict[str, Any] = walk(spec)
    return out


def test_spec_order_plays_no_part(tmp_path: Path) -> None:
    spec = base()
    for change in (add_schema, add_operation, add_shared_status, add_property_and_value):
        change(spec)
    add_colliding_inline(spec)
    add_body_fields(spec)
    assert named(spec, tmp_path, "a") == named(shuffled(spec), tmp_path, "b")


def test_component_name_beats_inline_declaration(tmp_path: Path) -> None:
    """A component keeps its own name even when an inline schema nested in another component is
    named the same after its location (``ProjectFeature.state``)."""
    spec = base()
    spec["components"]["schemas"]["ProjectFeature"] = obj(
        state={"type": "string", "enum": ["ENABLED", "DISABLED"]}
    )
    spec["components"]["schemas"]["ProjectFeatureState"] = obj(state=STR)
    got = named(spec, tmp_path, "jira")
    assert got["class #/components/schemas/ProjectFeatureState"] == "ProjectFeatureState"
    assert got["class #/components/schemas/ProjectFeature/properties/state"] == (
        "ProjectFeatureStateModel"
    )


def test_group_class_yields_to_a_schema_of_its_name(tmp_path: Path) -> None:
    """A schema ``PetsApi`` and a tag ``pets``: the group module imports the model and defines
    its own class beside it, so the class takes another name; the package imports and passes
    ruff and mypy."""
    spec = base()
    add_group_named_like_schema(spec)
    op = spec["paths"]["/pets/{id}"]["get"]
    op["responses"]["200"] = body(ref("PetsApi"))
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    api, _ = pipeline.analyse(path)
    assert [g.class_name for g in api.groups] == ["PetsOperations"]
    assert any(d.name == "PetsApi" for d in api.decls)
    report, details = check_spec(path, tmp_path / "out")
    assert not report.import_error, report.import_error
    assert (report.ruff_errors, report.mypy_errors) == (0, 0), details
