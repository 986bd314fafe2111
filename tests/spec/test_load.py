"""The loader: YAML read by the YAML 1.2 core schema rules, with PyYAML's C loader and without
it alike; positions (line and column) of every JSON pointer, also in one-line minified JSON."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.model.diagnostics import SpecError
from generator.spec import load

ROOT = Path(__file__).resolve().parents[2]
PURE = load.spec_loader(yaml.SafeLoader)
LOADERS = {"pure-python": PURE}
if hasattr(yaml, "CSafeLoader"):
    LOADERS["libyaml"] = load.spec_loader(yaml.CSafeLoader)

SCALARS: list[tuple[str, Any]] = [
    ("1e-5", 1e-5),
    ("1E+3", 1000.0),
    ("-2.5", -2.5),
    ("1.", 1.0),
    (".5", 0.5),
    ("12", 12),
    ("+12", 12),
    ("-0", 0),
    ("017", 17),
    ("0o17", 15),
    ("0x1F", 31),
    ("0x1f", 31),
    ("-0x1F", "-0x1F"),
    ("1_000", "1_000"),
    ("1:30", "1:30"),
    ("190:20:30", "190:20:30"),
    ("yes", "yes"),
    ("no", "no"),
    ("on", "on"),
    ("off", "off"),
    ("y", "y"),
    ("n", "n"),
    ("Yes", "Yes"),
    ("true", True),
    ("True", True),
    ("TRUE", True),
    ("false", False),
    ("False", False),
    ("FALSE", False),
    ("tRUE", "tRUE"),
    ("~", None),
    ("null", None),
    ("Null", None),
    ("NULL", None),
    ("nULL", "nULL"),
    ("2024-01-01", "2024-01-01"),
    ("2024-01-01T10:00:00Z", "2024-01-01T10:00:00Z"),
    ("=", "="),
    ("'1e-5'", "1e-5"),
    ("'true'", "true"),
]


@pytest.mark.parametrize("loader", sorted(LOADERS))
@pytest.mark.parametrize(("text", "expected"), SCALARS, ids=[t for t, _ in SCALARS])
def test_core_schema_scalars(loader: str, text: str, expected: Any) -> None:
    value = yaml.load(f"v: {text}\n", Loader=LOADERS[loader])["v"]
    assert value == expected and type(value) is type(expected)


@pytest.mark.parametrize("loader", sorted(LOADERS))
def test_special_floats(loader: str) -> None:
    doc = yaml.load("[.inf, -.inf, +.inf, .Inf, .INF, .nan, .NaN, .NAN]", Loader=LOADERS[loader])
    assert doc[:5] == [math.inf, -math.inf, math.inf, math.inf, math.inf]
    assert all(math.isnan(v) for v in doc[5:])


def test_empty_value_is_null_and_merge_keys_work() -> None:
    doc = load.parse("a:\nbase: &b {x: 1, y: 2}\nc: {<<: *b, y: 3}\n")
    assert doc == {"a": None, "base": {"x": 1, "y": 2}, "c": {"x": 1, "y": 3}}


def test_both_loaders_read_real_specs_identically() -> None:
    specs = [
        ROOT / "spec" / "openapi.yaml",
        *sorted((ROOT / "tests" / "golden").glob("*/spec.yaml")),
    ]
    assert len(LOADERS) == 2, "PyYAML without libyaml: only one loader to compare"
    for spec in specs:
        text = spec.read_text(encoding="utf-8")
        results = [yaml.load(text, Loader=cls) for cls in LOADERS.values()]
        assert results[0] == results[1], spec


def test_parse_uses_the_core_schema() -> None:
    assert load.parse("minimum: 1e-5\nenum: [yes, no]\nat: 1:30\n") == {
        "minimum": 1e-5,
        "enum": ["yes", "no"],
        "at": "1:30",
    }


def test_positions_in_yaml_are_line_and_column() -> None:
    text = "openapi: 3.1.0\npaths:\n  /a:\n    get: {operationId: x}\n"
    places = load.line_map(text)
    assert places["/openapi"] == (1, 1)
    assert places["/paths/~1a"] == (3, 3)
    assert places["/paths/~1a/get/operationId"] == (4, 11)


def test_positions_in_minified_json() -> None:
    """A one-line document of over a megabyte: every place has its own column."""
    schemas = {
        f"S{i}": {"type": "object", "properties": {"p": {"type": "string"}}} for i in range(20000)
    }
    text = json.dumps(
        {"openapi": "3.1.0", "components": {"schemas": schemas}}, separators=(",", ":")
    )
    assert "\n" not in text and len(text) > 1_000_000
    places = load.line_map(text)
    pointer = "/components/schemas/S19999/properties/p/type"
    line, column = places[pointer]
    start = text.index('"S19999"')
    assert line == 1 and column == text.index('"type"', text.index('"p"', start)) + 1


def test_invalid_json_and_yaml_give_line_and_column() -> None:
    with pytest.raises(SpecError) as bad_json:
        load.parse('{"a": 1,, "b": 2}', "x.json")
    assert (bad_json.value.diagnostics[0].line, bad_json.value.diagnostics[0].column) == (1, 9)
    with pytest.raises(SpecError) as bad_yaml:
        load.parse("a: [1,\nb: 2\n", "x.yaml")
    d = bad_yaml.value.diagnostics[0]
    assert d.line is not None and d.column is not None
    assert d.format().startswith(f"x.yaml:{d.line}:{d.column}: error: invalid YAML")


@pytest.mark.parametrize("indent", [None, 2])
def test_json_positions_agree_with_the_yaml_node_tree(indent: int | None) -> None:
    """The JSON scanner gives the places YAML's composer gives (it is only faster)."""
    doc = {
        "a": [1, {"b c/d~": 'x"y\\', "e": [], "n": -1.5e3}, {}],
        "f": {"g": None, "h": [[1, 2], [3]], "t": True},
        "é ,:[]{}": "}{",
    }
    text = json.dumps(doc, indent=indent, ensure_ascii=False)
    assert load.json_positions(text) == _yaml_positions(text)


def _yaml_positions(text: str) -> dict[str, tuple[int, int]]:
    places: dict[str, tuple[int, int]] = {}
    stack = [("", yaml.compose(text, Loader=PURE))]
    while stack:
        ptr, node = stack.pop()
        places.setdefault(ptr, (node.start_mark.line + 1, node.start_mark.column + 1))
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                child = f"{ptr}/{str(key.value).replace('~', '~0').replace('/', '~1')}"
                places[child] = (key.start_mark.line + 1, key.start_mark.column + 1)
                stack.append((child, value))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((f"{ptr}/{i}", v) for i, v in enumerate(node.value))
    return places


@pytest.mark.parametrize(
    ("name", "text", "pointer", "lines"),
    [
        (
            "spec.json",
            '{\n "paths": {\n  "/a": {"get": {}},\n  "/b": {},\n  "/a": {"post": {}}\n }\n}\n',
            "/paths/~1a",
            (3, 5),
        ),
        ("min.json", '{"x": {"k~/": 1, "k~/": 2}}', "/x/k~0~1", (1, 1)),
        (
            "spec.yaml",
            "paths:\n  /a: {get: {}}\n  /b: {}\n  /a: {post: {}}\n",
            "/paths/~1a",
            (2, 4),
        ),
    ],
)
def test_a_key_given_twice_is_a_warning_naming_both_places(
    name: str, text: str, pointer: str, lines: tuple[int, int], tmp_path: Path
) -> None:
    """JSON and YAML both keep the last of a repeated key; the loader says so instead of losing
    the first without a word (an operation, a schema)."""
    spec = tmp_path / name
    spec.write_text(text, encoding="utf-8")
    loaded = load.load(spec)
    (problem,) = loaded.problems
    assert problem.level == "warning"
    assert problem.pointer == pointer
    assert f"(lines {lines[0]} and {lines[1]})" in problem.message
    assert problem.line == lines[1]


def test_no_repeated_key_no_warning(tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text('{"a": {"b": 1}, "c": [{"b": 2}, {"b": 3}]}', encoding="utf-8")
    assert load.load(spec).problems == ()


def test_the_spec_is_read_once_and_the_stamp_records_what_was_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``load`` hands on the digest and name of the bytes it read; nothing reads the file
    again for the stamp."""
    import hashlib

    from generator import pipeline

    spec = tmp_path / "acme-api.yaml"
    spec.write_bytes((ROOT / "spec" / "openapi.yaml").read_bytes())
    reads: list[str] = []
    real_bytes, real_text = Path.read_bytes, Path.read_text

    def read_bytes(self: Path) -> bytes:
        if self.name == spec.name:
            reads.append("bytes")
        return real_bytes(self)

    def read_text(self: Path, *args: Any, **kwargs: Any) -> str:
        if self.name == spec.name:
            reads.append("text")
        return real_text(self, *args, **kwargs)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    monkeypatch.setattr(Path, "read_text", read_text)
    result = pipeline.generate(spec, formatted=False)
    assert reads == ["bytes"]
    recorded = json.loads(result.files[result.stamp_path])["spec"]
    assert recorded["file"] == "acme-api.yaml"
    assert recorded["sha256"] == hashlib.sha256(real_bytes(spec)).hexdigest()
    assert load.load(spec).sha256 == recorded["sha256"]


def test_generating_from_json_does_without_pyyaml(tmp_path: Path) -> None:
    """PyYAML is imported when a YAML text is read, not before: a JSON spec's run skips it."""
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text())))
    probe = (
        "import sys; from generator import pipeline; "
        f"pipeline.generate({str(spec)!r}, formatted=False); "
        "print(sorted(m for m in sys.modules if m == 'yaml' or m.startswith('yaml.')))"
    )
    run = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert run.stdout.strip() == "[]"
