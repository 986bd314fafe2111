"""``diff``: every rule on a before/after spec pair, matched through the generator's naming."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import pipeline
from generator.model import ir
from generator.spec import validate, validating
from generator.tools.diff import compare as diff

Doc = dict[str, Any]


@pytest.fixture(autouse=True)
def validate_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Validate in this process, where the validator stays warm between the many small specs
    (the pipeline forks a child per spec, which pays off for large specs only)."""

    def start(doc: dict[str, Any], again: object = None) -> Callable[[], list[Any]]:
        found = validate.validate(doc)
        return lambda: found

    monkeypatch.setattr(validating, "start", start)


S = "#/components/schemas/"


def ref(name: str) -> dict[str, str]:
    return {"$ref": S + name}


def json_body(schema: Any) -> dict[str, Any]:
    return {"application/json": {"schema": schema}}


BASE: Doc = {
    "openapi": "3.1.0",
    "info": {"title": "Pets", "version": "1.2.0"},
    "servers": [{"url": "https://api.example.com"}],
    "security": [{"key": []}],
    "paths": {
        "/pets": {
            "get": {
                "operationId": "listPets",
                "tags": ["pets"],
                "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer"}}],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": json_body({"type": "array", "items": ref("Pet")}),
                    },
                    "404": {"description": "none", "content": json_body(ref("Problem"))},
                },
            },
            "post": {
                "operationId": "createPet",
                "tags": ["pets"],
                "requestBody": {"required": True, "content": json_body(ref("NewPet"))},
                "responses": {
                    "201": {
                        "description": "made",
                        "content": {
                            **json_body(ref("Pet")),
                            "text/event-stream": {"schema": ref("Pet")},
                        },
                    }
                },
            },
        },
        "/pets/{petId}": {
            "get": {
                "operationId": "getPet",
                "tags": ["pets"],
                "parameters": [
                    {"name": "petId", "in": "path", "required": True, "schema": {"type": "integer"}}
                ],
                "responses": {"200": {"description": "ok", "content": json_body(ref("Animal"))}},
            },
            "delete": {
                "operationId": "deletePet",
                "tags": ["pets"],
                "parameters": [
                    {"name": "petId", "in": "path", "required": True, "schema": {"type": "integer"}}
                ],
                "responses": {"204": {"description": "gone"}},
            },
        },
    },
    "components": {
        "securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Key"}},
        "schemas": {
            "Pet": {
                "type": "object",
                "required": ["id", "name"],
                "properties": {
                    "id": {"type": "integer"},
                    "name": {"type": "string"},
                    "tag": {"type": "string"},
                    "kind": ref("Kind"),
                },
            },
            "NewPet": {
                "type": "object",
                "required": ["name", "mode"],
                "properties": {
                    "name": {"type": "string"},
                    "tag": {"type": "string"},
                    "age": {"type": ["integer", "string"]},
                    "mode": {"const": "fast"},
                    "labels": ref("Labels"),
                },
            },
            "Labels": {"type": "array", "items": {"type": ["string", "integer"]}},
            "Tags": {"type": "array", "items": {"type": "string"}},
            "Kind": {"type": "string", "enum": ["cat", "dog", "bird"]},
            "Problem": {"type": "object", "properties": {"message": {"type": "string"}}},
            "Owner": {"type": "object", "properties": {"owner_name": {"type": "string"}}},
            "Cat": {
                "type": "object",
                "required": ["type"],
                "properties": {"type": {"type": "string"}, "meows": {"type": "boolean"}},
            },
            "Dog": {
                "type": "object",
                "required": ["type"],
                "properties": {"type": {"type": "string"}, "barks": {"type": "boolean"}},
            },
            "Animal": {
                "oneOf": [ref("Cat"), ref("Dog")],
                "discriminator": {
                    "propertyName": "type",
                    "mapping": {"cat": S + "Cat", "dog": S + "Dog"},
                },
            },
        },
    },
}

Mutation = Callable[[Doc], object]


def schemas(d: Doc) -> Doc:
    out: Doc = d["components"]["schemas"]
    return out


def op(d: Doc, path: str, method: str) -> Doc:
    out: Doc = d["paths"][path][method]
    return out


def rename_schema(d: Doc, old: str, new: str) -> Doc:
    text = json.dumps(d).replace(f'"{S}{old}"', f'"{S}{new}"')
    out: Doc = json.loads(text)
    s = schemas(out)
    out["components"]["schemas"] = {new if k == old else k: v for k, v in s.items()}
    return out


def write(tmp: Path, name: str, doc: Doc) -> Path:
    path = tmp / name
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    return path


def run_diff(
    tmp: Path, new: Mutation | None = None, old: Mutation | None = None
) -> list[diff.Finding]:
    docs = []
    for mutate in (old, new):
        d = copy.deepcopy(BASE)
        if mutate is not None:
            result = mutate(d)
            if isinstance(result, dict):
                d = result
        docs.append(d)
    a, b = (_analysed(tmp, name, d) for name, d in (("old.yaml", docs[0]), ("new.yaml", docs[1])))
    return diff.compare(a, b, "old.yaml", "new.yaml")


_CACHE: dict[str, ir.Api] = {}


def _analysed(tmp: Path, name: str, doc: Doc) -> ir.Api:
    """The named model of ``doc`` (the unchanged base spec is analysed once per run)."""
    text = yaml.safe_dump(doc, sort_keys=False)
    if text not in _CACHE:
        path = tmp / name
        path.write_text(text, encoding="utf-8")
        _CACHE[text] = pipeline.analyse(path)[0]
    return _CACHE[text]


def _set(d: Doc, *path_and_value: Any) -> None:
    *path, value = path_and_value
    for k in path[:-1]:
        d = d[k]
    d[path[-1]] = value


def _del(d: Doc, *path: Any) -> None:
    for k in path[:-1]:
        d = d[k]
    del d[path[-1]]


def _params(d: Doc, *params: Doc) -> None:
    op(d, "/pets", "get")["parameters"] = list(params)


PET_ID = [{"name": "petId", "in": "path", "required": True, "schema": {"type": "integer"}}]
LIMIT = {"name": "limit", "in": "query", "schema": {"type": "integer"}}

# (rule, Python path, change to the new spec, change to the old spec)
CASES: list[tuple[str, str, Mutation, Mutation | None]] = [
    # surface
    ("package-renamed", "pets", lambda d: _set(d, "info", "title", "Animals"), None),
    (
        "method-removed",
        "Client.pets.get_pet",
        lambda d: _del(d, "paths", "/pets/{petId}", "get"),
        None,
    ),
    (
        "method-renamed",
        "Client.pets.get_pet",
        lambda d: _set(op(d, "/pets/{petId}", "get"), "operationId", "fetchPet"),
        None,
    ),
    (
        "method-moved",
        "Client.pets.get_pet",
        lambda d: _set(op(d, "/pets/{petId}", "get"), "tags", ["animals"]),
        None,
    ),
    (
        "group-renamed",
        "Client.pets",
        lambda d: [_set(o, "tags", ["animals"]) for p in d["paths"].values() for o in p.values()],
        None,
    ),
    (
        "group-removed",
        "Client.pets",
        lambda d: _set(
            d,
            "paths",
            {
                "/store": {
                    "get": {
                        "operationId": "getStore",
                        "tags": ["store"],
                        "responses": {"204": {"description": "ok"}},
                    }
                }
            },
        ),
        None,
    ),
    ("model-removed", "pets.models.Owner", lambda d: _del(schemas(d), "Owner"), None),
    ("model-renamed", "pets.models.Pet", lambda d: rename_schema(d, "Pet", "Animal2"), None),
    ("model-renamed", "pets.models.Owner", lambda d: rename_schema(d, "Owner", "Person"), None),
    (
        "model-kind-changed",
        "pets.models.Owner",
        lambda d: _set(schemas(d), "Owner", {"type": "string", "enum": ["a", "b"]}),
        None,
    ),
    (
        "enum-removed",
        "pets.models.Kind",
        lambda d: [_del(schemas(d), "Kind"), _del(schemas(d), "Pet", "properties", "kind")],
        None,
    ),
    ("enum-renamed", "pets.models.Kind", lambda d: rename_schema(d, "Kind", "Species"), None),
    (
        "enum-member-removed",
        "pets.models.Kind.BIRD",
        lambda d: _set(schemas(d), "Kind", "enum", ["cat", "dog"]),
        None,
    ),
    (
        "enum-member-renamed",
        "pets.models.Kind.BIRD",
        lambda d: _set(schemas(d), "Kind", "enum", ["Bird", "cat", "dog", "bird"]),
        None,
    ),
    (
        "error-class-removed",
        "pets.errors.ProblemError",
        lambda d: _del(op(d, "/pets", "get"), "responses", "404"),
        None,
    ),
    (
        "error-class-renamed",
        "pets.errors.ProblemError",
        lambda d: rename_schema(d, "Problem", "Failure"),
        None,
    ),
    (
        "credential-removed",
        "Client(key=)",
        lambda d: [_set(d, "security", []), _del(d, "components", "securitySchemes")],
        None,
    ),
    (
        "credential-renamed",
        "Client(key=)",
        lambda d: [
            _set(
                d,
                "components",
                "securitySchemes",
                {"token": {"type": "apiKey", "in": "header", "name": "X-Key"}},
            ),
            _set(d, "security", [{"token": []}]),
        ],
        None,
    ),
    # signatures
    (
        "param-added-required",
        "Client.pets.list_pets(owner=)",
        lambda d: _params(
            d,
            LIMIT,
            {"name": "owner", "in": "query", "required": True, "schema": {"type": "string"}},
        ),
        None,
    ),
    (
        "param-became-required",
        "Client.pets.list_pets(limit=)",
        lambda d: _params(d, {**LIMIT, "required": True}),
        None,
    ),
    ("param-removed", "Client.pets.list_pets(limit=)", lambda d: _params(d), None),
    (
        "param-renamed",
        "Client.pets.get_pet(pet_id=)",
        lambda d: _set(
            d,
            "paths",
            {
                ("/pets/{id}" if k == "/pets/{petId}" else k): v
                for k, v in json.loads(json.dumps(d["paths"]).replace('"petId"', '"id"')).items()
            },
        ),
        None,
    ),
    (
        "param-type-changed",
        "Client.pets.list_pets(limit=)",
        lambda d: _params(d, {**LIMIT, "schema": {"type": "string"}}),
        None,
    ),
    (
        "param-type-narrowed",
        "Client.pets.list_pets(limit=)",
        lambda d: _params(d, LIMIT),
        lambda d: _params(d, {**LIMIT, "schema": {"type": ["integer", "string"]}}),
    ),
    (
        "param-type-compatible",
        "Client.pets.list_pets(limit=)",
        lambda d: _params(d, {**LIMIT, "schema": {"type": "number"}}),
        None,
    ),
    (
        "body-added-required",
        "Client.pets.delete_pet(request)",
        lambda d: _set(
            op(d, "/pets/{petId}", "delete"),
            "requestBody",
            {"required": True, "content": json_body(ref("Owner"))},
        ),
        None,
    ),
    (
        "body-added",
        "Client.pets.delete_pet(request)",
        lambda d: _set(
            op(d, "/pets/{petId}", "delete"), "requestBody", {"content": json_body(ref("Owner"))}
        ),
        None,
    ),
    (
        "body-became-required",
        "Client.pets.create_pet(request)",
        lambda d: None,
        lambda d: _set(op(d, "/pets", "post"), "requestBody", "required", False),
    ),
    (
        "body-became-optional",
        "Client.pets.create_pet(request)",
        lambda d: _set(op(d, "/pets", "post"), "requestBody", "required", False),
        None,
    ),
    (
        "body-removed",
        "Client.pets.create_pet(request)",
        lambda d: _del(op(d, "/pets", "post"), "requestBody"),
        None,
    ),
    (
        "body-model-changed",
        "Client.pets.create_pet(request)",
        lambda d: _set(op(d, "/pets", "post"), "requestBody", "content", json_body(ref("Owner"))),
        None,
    ),
    (
        "body-type-narrowed",
        "Client.pets.create_pet(request)",
        lambda d: None,
        lambda d: _set(
            op(d, "/pets", "post"),
            "requestBody",
            "content",
            json_body({"oneOf": [ref("NewPet"), ref("Owner")]}),
        ),
    ),
    (
        "body-type-compatible",
        "Client.pets.create_pet(request)",
        lambda d: _set(
            op(d, "/pets", "post"),
            "requestBody",
            "content",
            json_body({"oneOf": [ref("NewPet"), ref("Owner")]}),
        ),
        None,
    ),
    (
        "stream-overload-removed",
        "Client.pets.create_pet(stream=True)",
        lambda d: _del(op(d, "/pets", "post"), "responses", "201", "content", "text/event-stream"),
        None,
    ),
    (
        "stream-overload-added",
        "Client.pets.create_pet(stream=True)",
        lambda d: None,
        lambda d: _del(op(d, "/pets", "post"), "responses", "201", "content", "text/event-stream"),
    ),
    # models
    (
        "field-added-required",
        "pets.models.NewPet.color",
        lambda d: [
            _set(schemas(d), "NewPet", "properties", "color", {"type": "string"}),
            schemas(d)["NewPet"]["required"].append("color"),
        ],
        None,
    ),
    (
        "field-added",
        "pets.models.Pet.color",
        lambda d: _set(schemas(d), "Pet", "properties", "color", {"type": "string"}),
        None,
    ),
    (
        "field-became-required",
        "pets.models.NewPet.tag",
        lambda d: schemas(d)["NewPet"]["required"].append("tag"),
        None,
    ),
    (
        "field-became-optional",
        "pets.models.NewPet.name",
        lambda d: _set(schemas(d), "NewPet", "required", ["mode"]),
        None,
    ),
    (
        "field-removed",
        "pets.models.NewPet.tag",
        lambda d: _del(schemas(d), "NewPet", "properties", "tag"),
        None,
    ),
    (
        "field-type-changed",
        "pets.models.Pet.id",
        lambda d: _set(schemas(d), "Pet", "properties", "id", {"type": "string"}),
        None,
    ),
    (
        "field-type-narrowed",
        "pets.models.NewPet.age",
        lambda d: _set(schemas(d), "NewPet", "properties", "age", {"type": "integer"}),
        None,
    ),
    (
        "field-type-widened",
        "pets.models.Pet.id",
        lambda d: _set(schemas(d), "Pet", "properties", "id", {"type": ["integer", "string"]}),
        None,
    ),
    (
        "field-type-compatible",
        "pets.models.NewPet.tag",
        lambda d: _set(schemas(d), "NewPet", "properties", "tag", {"type": ["string", "integer"]}),
        None,
    ),
    (
        "field-may-be-unset",
        "pets.models.Pet.name",
        lambda d: _set(schemas(d), "Pet", "required", ["id"]),
        None,
    ),
    (
        "field-may-be-null",
        "pets.models.Pet.name",
        lambda d: _set(schemas(d), "Pet", "properties", "name", {"type": ["string", "null"]}),
        None,
    ),
    (
        "field-no-longer-nullable",
        "pets.models.NewPet.tag",
        lambda d: None,
        lambda d: _set(schemas(d), "NewPet", "properties", "tag", {"type": ["string", "null"]}),
    ),
    (
        "field-default-changed",
        "pets.models.NewPet.mode",
        lambda d: _set(schemas(d), "NewPet", "properties", "mode", {"const": "slow"}),
        None,
    ),
    (
        "alias-type-changed",
        "pets.models.Tags",
        lambda d: _set(schemas(d), "Tags", "items", {"type": "integer"}),
        None,
    ),
    (
        "alias-type-narrowed",
        "pets.models.Labels",
        lambda d: _set(schemas(d), "Labels", "items", {"type": "string"}),
        None,
    ),
    (
        "alias-type-compatible",
        "pets.models.Labels",
        lambda d: _set(schemas(d), "Labels", "items", {}),
        None,
    ),
    (
        "alias-type-widened",
        "pets.models.Animal",
        lambda d: [
            _set(schemas(d), "Bird", dict(schemas(d)["Cat"])),
            schemas(d)["Animal"]["oneOf"].append(ref("Bird")),
            _set(schemas(d), "Animal", "discriminator", "mapping", "bird", S + "Bird"),
        ],
        None,
    ),
    (
        "discriminator-changed",
        "pets.models.Animal",
        lambda d: _set(
            schemas(d),
            "Animal",
            "discriminator",
            "mapping",
            {"feline": S + "Cat", "dog": S + "Dog"},
        ),
        None,
    ),
    (
        "discriminator-tag-added",
        "pets.models.Animal",
        lambda d: [
            _set(schemas(d), "Bird", dict(schemas(d)["Cat"])),
            schemas(d)["Animal"]["oneOf"].append(ref("Bird")),
            _set(schemas(d), "Animal", "discriminator", "mapping", "bird", S + "Bird"),
        ],
        None,
    ),
    # responses
    (
        "return-type-changed",
        "Client.pets.list_pets",
        lambda d: _set(
            op(d, "/pets", "get"), "responses", "200", "content", json_body(ref("Owner"))
        ),
        None,
    ),
    (
        "return-type-changed",
        "Client.pets.get_pet",
        lambda d: _set(
            op(d, "/pets/{petId}", "get"),
            "responses",
            "200",
            "content",
            {"text/event-stream": {"schema": ref("Animal")}},
        ),
        None,
    ),
    (
        "return-type-widened",
        "Client.pets.list_pets",
        lambda d: _set(
            op(d, "/pets", "get"),
            "responses",
            "200",
            "content",
            json_body({"type": ["array", "null"], "items": ref("Pet")}),
        ),
        None,
    ),
    (
        "return-type-compatible",
        "Client.pets.list_pets",
        lambda d: None,
        lambda d: _set(
            op(d, "/pets", "get"),
            "responses",
            "200",
            "content",
            json_body({"type": ["array", "null"], "items": ref("Pet")}),
        ),
    ),
    (
        "success-status-removed",
        "Client.pets.create_pet",
        lambda d: _set(
            op(d, "/pets", "post"), "responses", {"200": op(d, "/pets", "post")["responses"]["201"]}
        ),
        None,
    ),
    (
        "success-status-added",
        "Client.pets.delete_pet",
        lambda d: _set(op(d, "/pets/{petId}", "delete"), "responses", "200", {"description": "ok"}),
        None,
    ),
    # info
    (
        "servers-changed",
        "Client(server_url=)",
        lambda d: _set(d, "servers", [{"url": "https://v2.example.com"}]),
        None,
    ),
    (
        "security-changed",
        "Client(key=)",
        lambda d: _set(d, "components", "securitySchemes", "key", "in", "query"),
        None,
    ),
    (
        "retry-policy-changed",
        "Client",
        lambda d: _set(
            d,
            "x-speakeasy-retries",
            {
                "strategy": "backoff",
                "backoff": {
                    "initialInterval": 100,
                    "maxInterval": 1000,
                    "exponent": 2,
                    "maxElapsedTime": 5000,
                },
            },
        ),
        None,
    ),
    (
        "method-deprecated",
        "Client.pets.get_pet",
        lambda d: _set(op(d, "/pets/{petId}", "get"), "deprecated", True),
        None,
    ),
    (
        "param-deprecated",
        "Client.pets.list_pets(limit=)",
        lambda d: _params(d, {**LIMIT, "deprecated": True}),
        None,
    ),
    (
        "field-deprecated",
        "pets.models.Pet.tag",
        lambda d: _set(schemas(d), "Pet", "properties", "tag", "deprecated", True),
        None,
    ),
    (
        "model-deprecated",
        "pets.models.Pet",
        lambda d: _set(schemas(d), "Pet", "deprecated", True),
        None,
    ),
    (
        "method-added",
        "Client.pets.update_pet",
        lambda d: _set(
            d,
            "paths",
            "/pets/{petId}",
            "put",
            {
                "operationId": "updatePet",
                "tags": ["pets"],
                "parameters": PET_ID,
                "responses": {"204": {"description": "ok"}},
            },
        ),
        None,
    ),
    (
        "group-added",
        "Client.store",
        lambda d: _set(
            d,
            "paths",
            "/store",
            {
                "get": {
                    "operationId": "getStore",
                    "tags": ["store"],
                    "responses": {"204": {"description": "ok"}},
                }
            },
        ),
        None,
    ),
    (
        "model-added",
        "pets.models.Store",
        lambda d: _set(
            schemas(d), "Store", {"type": "object", "properties": {"s": {"type": "string"}}}
        ),
        None,
    ),
    (
        "enum-added",
        "pets.models.Color",
        lambda d: _set(schemas(d), "Color", {"type": "string", "enum": ["red", "blue"]}),
        None,
    ),
    (
        "enum-member-added",
        "pets.models.Kind.FISH",
        lambda d: schemas(d)["Kind"]["enum"].append("fish"),
        None,
    ),
    (
        "error-class-added",
        "pets.errors.InternalServerError",
        lambda d: _set(op(d, "/pets", "get"), "responses", "500", {"description": "oops"}),
        None,
    ),
    (
        "error-status-added",
        "Client.pets.list_pets",
        lambda d: _set(op(d, "/pets", "get"), "responses", "500", {"description": "oops"}),
        None,
    ),
    (
        "error-status-removed",
        "Client.pets.list_pets",
        lambda d: _del(op(d, "/pets", "get"), "responses", "404"),
        None,
    ),
    (
        "credential-added",
        "Client(bearer=)",
        lambda d: [
            _set(
                d, "components", "securitySchemes", "bearer", {"type": "http", "scheme": "bearer"}
            ),
            _set(d, "security", [{"key": []}, {"bearer": []}]),
        ],
        None,
    ),
    (
        "param-added",
        "Client.pets.list_pets(offset=)",
        lambda d: _params(
            d, LIMIT, {"name": "offset", "in": "query", "schema": {"type": "integer"}}
        ),
        None,
    ),
    (
        "param-became-optional",
        "Client.pets.list_pets(limit=)",
        lambda d: None,
        lambda d: _params(d, {**LIMIT, "required": True}),
    ),
]


@pytest.mark.parametrize(
    ("rule", "python", "new", "old"), CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES]
)
def test_rule(tmp_path: Path, rule: str, python: str, new: Mutation, old: Mutation | None) -> None:
    findings = run_diff(tmp_path, new, old)
    hits = [f for f in findings if f.rule == rule and f.python == python]
    assert hits, "\n".join(f"{f.rule} {f.python}: {f.message}" for f in findings)
    assert hits[0].level == diff.RULES[rule][0]
    assert hits[0].pointer.startswith("#")
    # What is gone is located in the old spec, everything else in the new one.
    assert hits[0].file == ("old.yaml" if rule.endswith("-removed") else "new.yaml")


def test_every_rule_has_a_case() -> None:
    # field-renamed (Python only) has its own test below.
    assert set(diff.RULES) == {c[0] for c in CASES} | {"field-renamed"}


def test_identical_specs_have_no_findings(tmp_path: Path) -> None:
    assert run_diff(tmp_path) == []


def test_additions_alone_are_not_breaking(tmp_path: Path) -> None:
    findings = run_diff(
        tmp_path,
        lambda d: [
            _set(schemas(d), "Pet", "properties", "color", {"type": "string"}),
            _set(schemas(d), "Store", {"type": "object", "properties": {"s": {"type": "string"}}}),
            _params(d, LIMIT, {"name": "offset", "in": "query", "schema": {"type": "integer"}}),
        ],
    )
    assert findings
    assert diff.at_or_above(findings, "warning") == []


def test_schema_key_renamed_is_one_finding_not_removed_and_added(tmp_path: Path) -> None:
    """Safe on the wire, but every `Pet` in callers' code breaks: reported as a rename only."""
    findings = run_diff(tmp_path, lambda d: rename_schema(d, "Pet", "PetRecord"))
    assert [(f.rule, f.old, f.new) for f in findings] == [("model-renamed", "Pet", "PetRecord")]
    assert findings[0].pointer == "#/components/schemas/PetRecord"


def test_field_removed_in_request_and_response_models(tmp_path: Path) -> None:
    findings = run_diff(tmp_path, lambda d: _del(schemas(d), "Pet", "properties", "tag"))
    assert [(f.rule, f.python, f.pointer) for f in findings] == [
        ("field-removed", "pets.models.Pet.tag", "#/components/schemas/Pet/properties/tag")
    ]


def test_direction_decides_the_level_of_a_type_change(tmp_path: Path) -> None:
    """int -> int | str: harmless for a request model, a warning for a response model, and a
    warning for a model used both ways."""

    def widen(model: str) -> Mutation:
        return lambda d: _set(
            schemas(d),
            model,
            "properties",
            "age" if model == "NewPet" else "id",
            {"type": ["integer", "string", "boolean"]}
            if model == "NewPet"
            else {"type": ["integer", "string"]},
        )

    request = run_diff(tmp_path, widen("NewPet"))
    assert [f.rule for f in request] == ["field-type-compatible"]
    response = run_diff(tmp_path, widen("Pet"))
    assert [f.rule for f in response] == ["field-type-widened"]

    def both(d: Doc) -> None:
        # Pet also becomes the body of a new operation: now used both ways.
        _set(
            d,
            "paths",
            "/pets/{petId}",
            "put",
            {
                "operationId": "replacePet",
                "tags": ["pets"],
                "parameters": PET_ID,
                "requestBody": {"content": json_body(ref("Pet"))},
                "responses": {"204": {"description": "ok"}},
            },
        )
        schemas(d)["Pet"]["required"].append("tag")

    findings = run_diff(tmp_path, both)
    became = [f for f in findings if f.python == "pets.models.Pet.tag"]
    assert [f.rule for f in became] == ["field-became-required"]


def _names(tmp: Path, doc: Doc) -> dict[str, str]:
    api, _ = pipeline.analyse(write(tmp, "probe.yaml", doc))
    return {d.key: d.name for d in api.decls}


def test_new_schema_taking_an_existing_name_is_reported(tmp_path: Path) -> None:
    """A new component schema whose name an inline schema had: only the naming shows it.

    Whatever the naming rules decide, the diff must agree with them: if the existing class kept
    its name there is nothing to break, otherwise it is a rename."""

    def inline_body(d: Doc) -> None:
        _set(
            op(d, "/pets/{petId}", "delete"),
            "requestBody",
            {"content": json_body({"type": "object", "properties": {"why": {"type": "string"}}})},
        )

    def collide(d: Doc) -> None:
        inline_body(d)
        _set(
            schemas(d),
            "DeletePetRequest",
            {"type": "object", "properties": {"other": {"type": "integer"}}},
        )

    old_doc, new_doc = copy.deepcopy(BASE), copy.deepcopy(BASE)
    inline_body(old_doc)
    collide(new_doc)
    key = "#/paths/~1pets~1{petId}/delete/requestBody/content/application~1json/schema"
    before, after = _names(tmp_path, old_doc)[key], _names(tmp_path, new_doc)[key]
    assert before == "DeletePetRequest"
    findings = run_diff(tmp_path, collide, inline_body)
    renamed = [f for f in findings if f.rule == "model-renamed"]
    if after != before:
        assert [(f.python, f.new) for f in renamed] == [(f"pets.models.{before}", after)]
    else:
        assert renamed == []
    assert [f.rule for f in findings if f.level != diff.INFO] == (
        ["model-renamed"] if after != before else []
    )
    assert any(f.rule == "model-added" for f in findings)


def test_parameter_renamed_in_python_only(tmp_path: Path) -> None:
    """A header `limit` joins the query `limit`: same wire names, but one keyword must give way."""

    def both(d: Doc) -> None:
        _params(
            d,
            LIMIT,
            {"name": "limit", "in": "header", "required": True, "schema": {"type": "integer"}},
        )

    d = copy.deepcopy(BASE)
    both(d)
    new_api, _ = pipeline.analyse(write(tmp_path, "b.yaml", d))
    query = next(p for p in new_api.groups[0].operations[0].params if p.location == "query")
    findings = run_diff(tmp_path, both)
    renamed = [f for f in findings if f.rule == "param-renamed"]
    if query.name != "limit":
        assert [(f.python, f.new) for f in renamed] == [
            ("Client.pets.list_pets(limit=)", query.name)
        ]
    else:
        assert renamed == []
    assert any(f.rule == "param-added-required" for f in findings)


def test_field_renamed_in_python_only(tmp_path: Path) -> None:
    """A property `Tag` placed before `tag`: both want the field name `tag`."""

    def clash(d: Doc) -> None:
        props = schemas(d)["Pet"]["properties"]
        schemas(d)["Pet"]["properties"] = {"Tag": {"type": "string"}, **props}

    d = copy.deepcopy(BASE)
    clash(d)
    api, _ = pipeline.analyse(write(tmp_path, "b.yaml", d))
    pet = next(x for x in api.decls if x.key == S + "Pet")
    assert hasattr(pet, "fields")
    tag = next(f for f in pet.fields if f.wire == "tag")
    findings = run_diff(tmp_path, clash)
    renamed = [f for f in findings if f.rule == "field-renamed"]
    if tag.name != "tag":
        assert [(f.python, f.new) for f in renamed] == [("pets.models.Pet.tag", tag.name)]
    else:
        assert renamed == []
    assert any(f.rule == "field-added" for f in findings)


def test_inline_schemas_are_matched_by_wire_position_not_pointer(tmp_path: Path) -> None:
    """A parameter inserted before another moves the other's inline enum to a new pointer."""
    order = {"name": "order", "in": "query", "schema": {"type": "string", "enum": ["asc", "desc"]}}
    sort = {"name": "sort", "in": "query", "schema": {"type": "string", "enum": ["name", "age"]}}
    findings = run_diff(tmp_path, lambda d: _params(d, sort, order), lambda d: _params(d, order))
    assert sorted((f.rule, f.python) for f in findings) == [
        ("enum-added", "pets.models.ListPetsSort"),
        ("param-added", "Client.pets.list_pets(sort=)"),
    ]


def test_readme_lists_every_rule_with_its_level() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for rule, (level, _) in diff.RULES.items():
        assert f"| `{rule}` | {level} |" in readme, rule


def test_string_becoming_an_open_enum_is_compatible(tmp_path: Path) -> None:
    """Enums are annotated ``Enum | str``: a request field that was ``str`` still takes a str."""
    findings = run_diff(
        tmp_path,
        lambda d: _set(
            schemas(d), "NewPet", "properties", "tag", {"type": "string", "enum": ["a", "b"]}
        ),
    )
    assert [(f.rule, f.python) for f in findings] == [
        ("field-type-compatible", "pets.models.NewPet.tag"),
        ("enum-added", "pets.models.NewPetTag"),
    ]


@pytest.mark.parametrize(
    ("rule", "python", "old", "new"),
    [
        # a response field read as `str` may now be None: `len(pet.name)` fails mypy --strict
        ("field-may-be-null", "pets.models.Pet.name", {"type": "string"}, ["string", "null"]),
        # a request field that took None no longer does: `NewPet(tag=None)` fails mypy --strict
        ("field-no-longer-nullable", "pets.models.NewPet.tag", ["string", "null"], "string"),
    ],
)
def test_changes_that_break_a_caller_under_mypy_are_breaking(
    tmp_path: Path, rule: str, python: str, old: Any, new: Any
) -> None:
    model, prop = python.split(".")[-2:]

    def typed(kind: Any) -> Mutation:
        schema = kind if isinstance(kind, dict) else {"type": kind}
        return lambda d: _set(schemas(d), model, "properties", prop, schema)

    findings = run_diff(tmp_path, typed(new), typed(old))
    assert [(f.rule, f.python, f.level) for f in findings] == [(rule, python, "breaking")]
    assert diff.at_or_above(findings, "breaking")


def test_response_field_that_may_now_be_unset_is_breaking(tmp_path: Path) -> None:
    findings = run_diff(tmp_path, lambda d: _set(schemas(d), "Pet", "required", ["id"]))
    assert [(f.rule, f.python, f.level) for f in findings] == [
        ("field-may-be-unset", "pets.models.Pet.name", "breaking")
    ]


def test_open_enum_becoming_a_string_narrows_nothing(tmp_path: Path) -> None:
    """A parameter annotated ``Scope | str`` (a str Enum) that becomes ``str`` still takes every
    value it took: ``Scope.READ`` is a str. No narrowed finding (the enum class going is one)."""
    scope = {"name": "scope", "in": "query", "schema": ref("Scope")}

    def old(d: Doc) -> None:
        _set(schemas(d), "Scope", {"type": "string", "enum": ["read", "write"]})
        _params(d, LIMIT, scope)

    findings = run_diff(
        tmp_path,
        lambda d: _params(d, LIMIT, {**scope, "schema": {"type": "string"}}),
        old,
    )
    assert sorted((f.rule, f.level, f.python) for f in findings) == [
        ("enum-removed", "breaking", "pets.models.Scope"),
        ("param-type-compatible", "info", "Client.pets.list_pets(scope=)"),
    ]


def test_removed_and_added_property_of_the_same_type_may_be_a_rename(tmp_path: Path) -> None:
    def renamed(d: Doc) -> None:
        props = schemas(d)["Pet"]["properties"]
        props["label"] = props.pop("tag")
        props["weight"] = {"type": "number"}

    findings = run_diff(tmp_path, renamed)
    by_rule = {f.rule: f for f in findings if f.python.startswith("pets.models.Pet.")}
    assert (
        by_rule["field-removed"].message
        == "property 'tag' is gone; maybe renamed to 'label' (same type)"
    )
    assert {f.message for f in findings if f.rule == "field-added"} == {
        "new property 'label'; maybe 'tag' renamed",
        "new property 'weight'",
    }


def test_two_candidates_of_the_same_type_are_no_rename_hint(tmp_path: Path) -> None:
    def two(d: Doc) -> None:
        props = schemas(d)["Pet"]["properties"]
        props.pop("tag")
        props["label"] = {"type": "string"}
        props["colour"] = {"type": "string"}

    findings = run_diff(tmp_path, two)
    assert not [f for f in findings if "maybe" in f.message]
