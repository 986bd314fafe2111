"""Broken specs never crash the generator: each mutation of a known-good spec ends in a client
or in named problems (SpecError), never in another exception."""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import pipeline
from generator.cli import main
from generator.model.diagnostics import SpecError

ROOT = Path(__file__).resolve().parents[1]
SPECS = [*sorted((ROOT / "tests" / "golden").glob("*/spec.yaml")), ROOT / "spec" / "openapi.yaml"]
ODD_VALUES: list[Any] = [
    None,
    0,
    1.5,
    True,
    "x",
    [],
    {},
    [1],
    {"$ref": "#/nowhere"},
    {"type": "array"},
    {"type": 7},
    {"allOf": None},
    {"oneOf": []},
    {"properties": "x"},
]
MUTATIONS_PER_SPEC = 25


def pointers(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if path:
        yield path
    if isinstance(node, dict):
        for k, v in node.items():
            yield from pointers(v, (*path, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from pointers(v, (*path, i))


def mutants(spec: Path) -> Iterator[tuple[str, Any]]:
    rng = random.Random(spec.parent.name)  # the same mutations on every run
    base = yaml.safe_load(spec.read_text(encoding="utf-8"))
    places = list(pointers(base))
    for _ in range(MUTATIONS_PER_SPEC):
        doc = copy.deepcopy(base)
        path = rng.choice(places)
        parent = doc
        for key in path[:-1]:
            parent = parent[key]
        if isinstance(parent, dict) and rng.random() < 0.3:
            del parent[path[-1]]
            yield f"delete {'/'.join(map(str, path))}", doc
        else:
            value = copy.deepcopy(rng.choice(ODD_VALUES))
            parent[path[-1]] = value
            yield f"set {'/'.join(map(str, path))} = {value!r}", doc


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.parent.name)
def test_mutated_specs_fail_cleanly(spec: Path, tmp_path: Path) -> None:
    crashes = []
    target = tmp_path / "spec.json"
    for what, doc in mutants(spec):
        target.write_text(json.dumps(doc), encoding="utf-8")
        try:
            pipeline.generate(target, package="mutant", formatted=False)
        except SpecError as exc:
            assert exc.diagnostics, what
        except Exception as exc:
            crashes.append(f"{what}: {type(exc).__name__}: {exc}")
    assert not crashes, "\n".join(crashes)


def _set(doc: dict[str, Any], path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    parent = doc
    for key in path[:-1]:
        parent = parent[key]
    parent[path[-1]] = value
    return doc


GOLDEN = ROOT / "tests" / "golden"
# Mutations a longer random run found crashing the generator, kept as cases of their own.
FOUND: dict[str, tuple[Path, tuple[Any, ...], Any]] = {
    "response headers not a map": (
        GOLDEN / "errors" / "spec.yaml",
        ("paths", "/things/{id}", "delete", "responses", "204", "headers"),
        "x",
    ),
    "line schema with allOf null": (
        GOLDEN / "wire" / "spec.yaml",
        (
            "paths",
            "/batches/{batch_id}/results?beta=true",
            "get",
            "responses",
            "200",
            "content",
            "application/x-jsonl",
            "schema",
            "x-line-schema",
        ),
        {"allOf": None},
    ),
    "body schema null beside a line schema check": (
        GOLDEN / "wire" / "spec.yaml",
        (
            "paths",
            "/batches/{batch_id}/results?beta=true",
            "get",
            "responses",
            "200",
            "content",
            "application/x-jsonl",
            "schema",
        ),
        None,
    ),
    "pagination inputs not a list": (
        GOLDEN / "pagination" / "spec.yaml",
        ("paths", "/events", "get", "x-speakeasy-pagination", "inputs"),
        1.5,
    ),
}


@pytest.mark.parametrize("case", sorted(FOUND))
def test_found_mutations_fail_cleanly_or_generate(case: str, tmp_path: Path) -> None:
    spec, path, value = FOUND[case]
    doc = _set(yaml.safe_load(spec.read_text(encoding="utf-8")), path, value)
    target = tmp_path / "spec.json"
    target.write_text(json.dumps(doc), encoding="utf-8")
    try:
        pipeline.generate(target, package="mutant", formatted=False)
    except SpecError as exc:
        assert exc.diagnostics


def test_unexpected_failure_is_reported_without_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(pipeline, "generate", boom)
    out = tmp_path / "out"
    assert main(["generate", str(SPECS[0]), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "internal error" in err and "RuntimeError: boom" in err and "Traceback" not in err
    assert not out.exists()
