"""The independent conformance checker itself, on small inline specs: a package generated from
the spec passes; a package made wrong on purpose (by hand, in a temporary copy) is caught."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator import pipeline
from generator.output import write
from tests import conformance_independent as ci

SPEC = """
openapi: 3.1.0
info: {title: Checked Shop, version: 1.0.0}
servers: [{url: "https://shop.test"}]
paths:
  /items/{itemId}:
    get:
      operationId: getItem
      parameters:
        - {name: itemId, in: path, required: true, schema: {type: string}}
        - {name: tags, in: query, schema: {type: array, items: {type: string}}}
        - {name: pageSize, in: query, required: true, schema: {type: integer}}
        - {name: X-Trace, in: header, schema: {type: string}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Item"}
        "404":
          description: missing
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Problem"}
        "5XX":
          description: server
  /items:
    post:
      operationId: createItem
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              required: [name]
              properties:
                name: {type: string}
                labels: {type: array, items: {type: string}}
      responses:
        "201":
          description: created
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Item"}
components:
  schemas:
    Item:
      type: object
      required: [itemId, colour]
      properties:
        itemId: {type: string}
        colour: {$ref: "#/components/schemas/Colour"}
        note: {type: [string, "null"]}
        readonlyStamp: {type: string, readOnly: true}
      example: {itemId: a1, colour: red, note: null}
    Colour:
      type: string
      enum: [red, green]
    Problem:
      type: object
      properties:
        message: {type: string}
"""


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, pipeline.Result]:
    spec = tmp_path_factory.mktemp("spec") / "spec.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    return spec, pipeline.generate(spec)


@pytest.fixture
def package(
    generated: tuple[Path, pipeline.Result], tmp_path: Path
) -> Iterator[tuple[Path, Path, str]]:
    spec, result = generated
    out = tmp_path / "out"
    write.write_tree(out, result.files)
    yield spec, out, result.package
    for name in [
        m for m in sys.modules if m == result.package or m.startswith(result.package + ".")
    ]:
        del sys.modules[name]
    importlib.invalidate_caches()


def edit(out: Path, package: str, relative: str, old: str, new: str) -> None:
    path = out / package / relative
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {relative}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def fingerprints(spec: Path, out: Path, package: str) -> list[str]:
    result = ci.check_package(spec, package, out)
    assert result.operations == 2
    assert result.schemas == 3
    return [m.fingerprint for m in result.mismatches]


def test_a_generated_package_conforms(package: tuple[Path, Path, str]) -> None:
    spec, out, name = package
    result = ci.check_package(spec, name, out)
    assert result.mismatches == [] or [m.cls for m in result.mismatches] == ["body-encoding"]
    assert result.responses == 4
    assert result.examples == 1
    assert result.accepted.get("open-enum") == 1


def test_a_wrong_wire_name_is_caught(package: tuple[Path, Path, str]) -> None:
    spec, out, name = package
    edit(out, name, "models/item.py", 'metadata={"wire": "itemId"}', 'metadata={"wire": "item_id"}')
    found = fingerprints(spec, out, name)
    assert "field-missing|#/components/schemas/Item/properties/itemId|models.Item" in found
    assert "field-extra|#/components/schemas/Item|models.Item.item_id" in found


def test_a_dropped_enum_value_is_caught(package: tuple[Path, Path, str]) -> None:
    spec, out, name = package
    edit(out, name, "models/colour.py", '    GREEN = "green"\n', "")
    found = fingerprints(spec, out, name)
    assert "enum-values|#/components/schemas/Colour|models.Colour" in found


def test_lost_nullability_is_caught(package: tuple[Path, Path, str]) -> None:
    spec, out, name = package
    edit(out, name, "models/item.py", "note: str | None | Unset", "note: str | Unset")
    found = fingerprints(spec, out, name)
    assert "field-nullable|#/components/schemas/Item/properties/note|models.Item.note" in found


def test_a_query_parameter_under_another_name_is_caught(package: tuple[Path, Path, str]) -> None:
    spec, out, name = package
    edit(out, name, "operations/get_item.py", '"pageSize",', '"page_size",')
    found = fingerprints(spec, out, name)
    assert (
        "param-missing|#/paths/~1items~1{itemId}/get/parameters/query:pageSize|operations.get_item"
        in found
    )


def test_wrong_required_ness_is_caught(package: tuple[Path, Path, str]) -> None:
    spec, out, name = package
    for relative in ("operations/get_item.py", "groups/items.py"):
        edit(out, name, relative, "page_size: int,", "page_size: int = 1,")
    found = fingerprints(spec, out, name)
    assert (
        "param-required|#/paths/~1items~1{itemId}/get/parameters/query:pageSize"
        "|operations.get_item(page_size)" in found
    )


def test_a_wrong_error_class_is_caught(package: tuple[Path, Path, str]) -> None:
    spec, out, name = package
    edit(out, name, "errors.py", 'STATUS = "404"', 'STATUS = "410"')
    found = fingerprints(spec, out, name)
    assert (
        "response-error-class|#/paths/~1items~1{itemId}/get/responses/404|operations.get_item[404]"
        in found
    )


def test_a_query_in_the_path_template_must_stay_one_query() -> None:
    """``/batches?beta=true`` must send ``?beta=true&limit=1``, never a second ``?``."""
    import yaml

    doc = ci.Doc(yaml.safe_load(SPEC))
    result = ci.Result("inline")
    checker = ci.Checker(doc, None, result)  # type: ignore[arg-type]  # the URL check needs no package
    wrong = ci.Sent.of({"url": "https://x/base/b?beta=true?limit=1", "headers": {}, "body": None})
    checker.check_url("#/paths/~1b?beta=true/get", "/b?beta=true", "list_b", wrong)
    right = ci.Sent.of({"url": "https://x/base/b?beta=true&limit=1", "headers": {}, "body": None})
    checker.check_url("#/paths/~1b?beta=true/get", "/b?beta=true", "list_b", right)
    missing = ci.Sent.of({"url": "https://x/base/b?limit=1", "headers": {}, "body": None})
    checker.check_url("#/paths/~1b?beta=true/get", "/b?beta=true", "list_b", missing)
    fragment = ci.Sent.of({"url": "https://x/base/b#frag?limit=1", "headers": {}, "body": None})
    checker.check_url("#/paths/~1b#frag/get", "/b#frag", "list_b", fragment)
    assert [m.fingerprint for m in result.mismatches] == [
        "url-template|#/paths/~1b?beta=true/get|operations.list_b",
        "url-template|#/paths/~1b?beta=true/get|operations.list_b",
        "url-template|#/paths/~1b#frag/get|operations.list_b",
    ]


def test_conventions_are_accepted_in_one_place_only() -> None:
    open_enum = ci.Mismatch("field-open-enum", "#/x", "models.X.y")
    assert ci.convention_for(open_enum) == "open-enum"
    renamed = ci.Mismatch(
        "operation-id", "#/x", "operations.x.OPERATION", facts={"spec": "list", "py": "list_2"}
    )
    assert ci.convention_for(renamed) == "duplicate-operation-id"
    other = ci.Mismatch(
        "operation-id", "#/x", "operations.x.OPERATION", facts={"spec": "list", "py": "listing"}
    )
    assert ci.convention_for(other) is None
    missing = ci.Mismatch("field-missing", "#/x", "models.X")
    assert ci.convention_for(missing) is None
    assert set(ci.CONVENTIONS) >= {
        "open-enum",
        "read-write-only-optional",
        "duplicate-operation-id",
    }


def test_serialisation_rules_follow_openapi() -> None:
    assert ci.expected_query("id", [3, 4], "form", True) == [("id", "3"), ("id", "4")]
    assert ci.expected_query("id", [3, 4], "form", False) == [("id", "3,4")]
    assert ci.expected_query("id", [3, 4], "pipeDelimited", False) == [("id", "3|4")]
    assert ci.expected_query("o", {"a": 1}, "deepObject", True) == [("o[a]", "1")]
    assert ci.expected_query("o", {"a": 1, "b": True}, "form", True) == [("a", "1"), ("b", "true")]
    assert ci.expected_simple("id", [3, 4], "label", False) == ".3,4"
    assert ci.expected_simple("id", 5, "matrix", False) == ";id=5"
    assert ci.expected_simple("o", {"a": 1}, "simple", True) == "a=1"
    assert ci.form_pairs({"tags": ["a", "b"]}, {}) == [("tags", "a"), ("tags", "b")]
    assert ci.form_pairs({"tags": ["a", "b"]}, {"tags": {"explode": False}}) == [("tags", "a,b")]
    assert ci.status_for("4XX", ["404", "4XX"]) == 400
    assert ci.status_for("default", ["200", "default"]) == 599


def test_synthesised_values_fit_their_schema() -> None:
    import yaml

    doc = ci.Doc(yaml.safe_load(SPEC))
    value = ci.synthesise(doc, {"$ref": "#/components/schemas/Item"})
    assert value["colour"] == "red"
    assert "readonlyStamp" not in value
    assert ci.fits(doc, value, {"$ref": "#/components/schemas/Item"})
    assert not ci.fits(doc, {"colour": "red"}, {"$ref": "#/components/schemas/Item"})
    assert doc.nullable({"type": ["string", "null"]})
    assert not doc.nullable({"type": "object", "oneOf": [{"type": "null"}, {"type": "object"}]})
    item = {"$ref": "#/components/schemas/Item"}
    # (read literally; "X or null" is a convention: test_allof_with_a_nullable_part_is_...)
    assert doc.allof_nullable_part({"allOf": [item, {"nullable": True, "description": "or"}]})
    assert not doc.nullable({"allOf": [item, {"nullable": True, "readOnly": True}]})
    assert not doc.nullable({"allOf": [item, {"description": "never null"}]})
    assert not doc.nullable({"allOf": [item, {"nullable": True, "type": "object"}]})


def test_synthesised_values_of_null_and_of_described_strings() -> None:
    """``type: "null"`` has one value, null; ``allOf`` parts that only describe leave a
    ``type: string`` a string (not an object)."""
    doc = ci.Doc({})
    assert ci.synthesise(doc, {"type": "null"}) is None
    described = {"type": "string", "allOf": [{"description": "a label"}]}
    assert isinstance(ci.synthesise(doc, described), str)
    labels = {"type": "object", "additionalProperties": described}
    assert all(isinstance(v, str) for v in ci.synthesise(doc, labels).values())


IDEMPOTENT_SPEC = """
openapi: 3.0.3
info: {title: Keyed Shop, version: 1.0.0}
servers: [{url: "https://shop.test"}]
paths:
  /charges:
    post:
      operationId: createCharge
      parameters:
        - {name: Idempotency-Key, in: header, schema: {type: string}}
        - {name: session, in: cookie, schema: {type: string}}
      responses:
        "204": {description: done}
"""


def test_a_per_call_idempotency_key_is_accepted_and_a_lost_caller_key_is_caught(
    tmp_path: Path,
) -> None:
    """The client fills a declared idempotency-key header with a fresh UUID per call (a
    convention); the other parameters must still be told apart, and a key the caller passes
    must be sent as given."""
    spec = tmp_path / "spec.yaml"
    spec.write_text(IDEMPOTENT_SPEC, encoding="utf-8")
    result = pipeline.generate(spec)

    def check(out: Path) -> ci.Result:
        write.write_tree(out, result.files)
        try:
            return ci.check_package(spec, result.package, out)
        finally:
            for name in [m for m in sys.modules if m.split(".")[0] == result.package]:
                del sys.modules[name]
            importlib.invalidate_caches()

    good = check(tmp_path / "good")
    assert [m.fingerprint for m in good.mismatches] == []
    assert good.accepted == {"idempotency-key-per-call": 1}
    out = tmp_path / "bad"
    write.write_tree(out, result.files)
    edit(
        out,
        result.package,
        "_runtime/http.py",
        "if request.idempotency_header and not any(",
        "if request.idempotency_header or not any(",
    )
    bad = ci.check_package(spec, result.package, out)
    for name in [m for m in sys.modules if m.split(".")[0] == result.package]:
        del sys.modules[name]
    assert [m.fingerprint for m in bad.mismatches] == [
        "param-missing|#/paths/~1charges/post/parameters/header:Idempotency-Key"
        "|operations.create_charge"
    ]


def test_a_line_delimited_body_is_a_sequence_of_its_line_schema() -> None:
    """A JSON Lines schema describes each line: ``x-line-schema`` (or ``itemSchema``), the
    ``items`` of an array, any value for a bare binary string, else the schema itself."""
    doc = ci.Doc({"components": {"schemas": {"Row": {"type": "object"}}}})
    row = {"$ref": "#/components/schemas/Row"}
    binary = {"type": "string", "format": "binary"}
    assert ci.line_schema(doc, {**binary, "x-line-schema": row}) == row
    assert ci.line_schema(doc, {"type": "array", "items": row}) == row
    assert ci.line_schema(doc, binary) == {}
    assert ci.line_schema(doc, row) == row
    assert ci._is_jsonl("application/x-jsonl") and ci._is_jsonl("application/geo+json-seq")
    assert not ci._is_jsonl("application/json")


VALUES = Path(__file__).resolve().parent / "golden" / "values"

PLANTED: dict[str, tuple[str, str, str, list[str]]] = {
    "json-content-parameter-exploded": (
        "operations/list_settings.py",
        "        as_json=True,\n",
        "",
        [
            "param-serialization|#/paths/~1settings/get/parameters/query:filter"
            "|operations.list_settings(filter)"
        ],
    ),
    "unknown-variant-in-a-field-as-attrs": (
        "_runtime/serialization.py",
        "    converter.register_unstructure_hook(UnknownVariant, _unstructure_unknown_variant)\n",
        "",
        [
            "unknown-variant-write-back|#/components/schemas/Drawing/properties/layers"
            "|models.Drawing.layers",
            "unknown-variant-write-back|#/components/schemas/Drawing/properties/main"
            "|models.Drawing.main",
        ],
    ),
    "typeless-properties-as-object-only": (
        "models/setting.py",
        "value: SettingValue | str | int | float | bool | list[Any] | None | Unset",
        "value: SettingValue | Unset",
        [
            "field-nullable|#/components/schemas/Setting/properties/value|models.Setting.value",
            "typeless-properties-rejected|#/components/schemas/Setting/properties/value"
            "|models.Setting.value",
        ],
    ),
    "null-only-property-as-string": (
        "models/failure.py",
        "result: None | Unset",
        "result: str | Unset",
        [
            "field-null-only|#/components/schemas/Failure/properties/result|models.Failure.result",
            "field-nullable|#/components/schemas/Failure/properties/result|models.Failure.result",
            # and a body with that null is not decoded
            "response-decode|#/paths/~1settings~1{key}/get/responses/4XX"
            "|operations.get_setting[4XX]",
            "synthesised-round-trip|#/components/schemas/Failure|models.Failure",
        ],
    ),
    "binary-json-lines-iterated": (
        "_runtime/lines.py",
        "    if isinstance(items, (bytes, bytearray)):\n        return bytes(items)\n",
        "",
        [
            "body-binary-lines|#/paths/~1imports/post/requestBody/content/application~1jsonl"
            "|operations.import_lines(request)",
            "body-binary-lines|#/paths/~1imports~1shapes/post/requestBody/content/"
            "application~1x-ndjson|operations.import_shapes(request)",
        ],
    ),
}


@pytest.mark.parametrize("fault", sorted(PLANTED))
def test_the_values_faults_are_caught(fault: str, tmp_path: Path) -> None:
    """The `values` golden package conforms; each fault it was made to fix, planted back in a
    copy, is caught by its class."""
    result = pipeline.generate(VALUES / "spec.yaml", package="values")
    relative, old, new, expected = PLANTED[fault]
    found: list[list[str]] = []
    # The runtime tests hold the golden `values` package's modules: they are put back after.
    held = {m: mod for m, mod in sys.modules.items() if m.split(".")[0] == "values"}
    for name, planted in (("good", False), ("bad", True)):
        out = tmp_path / name
        write.write_tree(out, result.files)
        if planted:
            edit(out, "values", relative, old, new)
        try:
            checked = ci.check_package(VALUES / "spec.yaml", "values", out)
        finally:
            for module in [m for m in sys.modules if m.split(".")[0] == "values"]:
                del sys.modules[module]
            importlib.invalidate_caches()
        found.append(sorted(m.fingerprint for m in checked.mismatches))
    sys.modules.update(held)
    assert found == [[], expected]


def test_allof_with_a_nullable_part_is_a_convention() -> None:
    """Read literally, `nullable` without a `type` beside it changes nothing; the package reads
    `allOf: [{$ref: X}, {nullable: true}]` as "X or null", accepted as a convention only."""
    doc = ci.Doc({"components": {"schemas": {"X": {"type": "object"}}}})
    part = {"allOf": [{"$ref": "#/components/schemas/X"}, {"nullable": True}]}
    assert not doc.nullable(part) and doc.allof_nullable_part(part)
    assert ci.fits(doc, None, part)  # an example with null is not blamed on the client
    m = ci.Mismatch("field-nullable", "#/x", "models.X.y", facts={"allof_nullable_part": True})
    assert ci.convention_for(m) == "allof-nullable-part"
    assert ci.convention_for(ci.Mismatch("field-nullable", "#/x", "models.X.y")) is None
    assert "allof-nullable-part" in ci.CONVENTIONS


def test_object_only_keywords_let_other_values_through() -> None:
    doc = ci.Doc({})
    typeless = {"properties": {"a": {"type": "string"}}}
    assert doc.constrains_objects_only(typeless) and doc.nullable(typeless)
    assert doc.constrains_objects_only({"nullable": True, "additionalProperties": True})
    assert not doc.constrains_objects_only({"type": "object", "properties": {}})
    assert ci.fits(doc, "on", typeless)
    assert doc.only_null({"enum": [None]}) and doc.only_null({"const": None})
    assert doc.only_null({"type": "null"}) and not doc.only_null({"enum": [None, "a"]})
    assert ci.synthesise(doc, {"enum": [None]}) is None
