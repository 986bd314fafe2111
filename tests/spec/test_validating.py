"""openapi-spec-validator in a child process (generator.spec.validating): forked when the
document is ready, or early and handed the document later; either way the findings are those of
a check in this process, a child that dies is replaced by one, and nothing is left running."""

from __future__ import annotations

import datetime
import gc
import os
import weakref
from pathlib import Path
from typing import Any

import pytest

from generator import cli, pipeline
from generator.model.diagnostics import SpecError
from generator.spec import load, validate, validating

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "openapi.yaml"

BAD_FOR_THE_VALIDATOR = """\
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      parameters:
        - {name: q, in: nowhere, schema: {type: string}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: string, nullable: true}
"""


@pytest.fixture
def bad_spec(tmp_path: Path) -> Path:
    spec = tmp_path / "bad.yaml"
    spec.write_text(BAD_FOR_THE_VALIDATOR, encoding="utf-8")
    return spec


def _findings(spec: Path, validator: validating.Early | None = None) -> list[str]:
    with pytest.raises(SpecError) as raised:
        pipeline.generate(spec, formatted=False, validator=validator)
    return [d.format() for d in raised.value.diagnostics]


def test_an_early_child_finds_what_a_child_forked_later_finds(bad_spec: Path) -> None:
    later = _findings(bad_spec)
    assert any("nowhere" in f for f in later)
    assert _findings(bad_spec, validating.early()) == later


def test_an_early_child_passes_a_good_spec() -> None:
    result = pipeline.generate(SPEC, formatted=False, validator=validating.early())
    assert result.files
    assert not [d for d in result.diagnostics if d.level == "error"]


def test_a_dead_validator_child_is_replaced_by_a_check_of_the_spec_read_anew(
    bad_spec: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pipeline normalises its document in place while the child validates; should the
    child die, the spec is read again and checked here, with the same findings."""
    normal = _findings(bad_spec)

    def die(*args: object) -> None:
        os._exit(1)

    monkeypatch.setattr(validating, "_validate_in_child", die)
    assert _findings(bad_spec) == normal
    monkeypatch.setattr(validating, "_serve", die)
    assert _findings(bad_spec, validating.early()) == normal


def test_an_early_child_is_ended_when_the_run_stops_before_handing_it_a_document(
    tmp_path: Path,
) -> None:
    child = validating.early()
    assert child is not None
    with pytest.raises(SpecError):
        pipeline.generate(tmp_path / "missing.yaml", validator=child)
    assert not child._proc.is_alive()
    assert child._proc.exitcode is not None
    child.cancel()  # again: nothing to do


def test_an_early_child_takes_one_document() -> None:
    child = validating.early()
    assert child is not None
    doc = pipeline._repaired(load.load(SPEC))[1]
    finish = child.start(doc, again=lambda: doc)
    with pytest.raises(RuntimeError):
        child.start(doc, again=lambda: doc)
    assert finish() == []
    child.cancel()  # handed over: nothing to do
    assert child._proc.exitcode == 0


@pytest.mark.parametrize(
    "doc",
    [
        {"openapi": "3.1.0", "n": [1, 2.5, None, True, "x"], "nested": {"a": {"b": []}}},
        {"openapi": "3.1.0", "when": datetime.date(2024, 1, 1)},  # not marshal's: pickled
    ],
)
def test_a_document_reaches_the_child_as_it_is(doc: dict[str, Any]) -> None:
    assert validating._unpacked(validating._packed(doc)) == doc


def test_shared_and_cyclic_parts_reach_the_child_as_they_are() -> None:
    shared: dict[str, Any] = {"type": "string"}
    cyclic: list[Any] = []
    cyclic.append(cyclic)
    back = validating._unpacked(validating._packed({"a": shared, "b": shared, "c": cyclic}))
    assert back["a"] is back["b"]
    assert back["c"][0] is back["c"]


def test_the_command_line_starts_its_child_before_importing_the_later_stages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[validating.Early | None] = []
    early = validating.early

    def counted() -> validating.Early | None:
        child = early()
        started.append(child)
        return child

    monkeypatch.setattr(validating, "early", counted)
    assert cli.main(["generate", str(SPEC), "--out", str(tmp_path / "out")]) == 0
    [child] = started
    assert child is not None and child._proc.exitcode == 0


class _Doc(dict[str, Any]):
    """A document that can be watched for going away (a plain dict takes no weak reference)."""


def test_the_validating_child_does_not_keep_the_document_alive() -> None:
    """The child gets the document when it forks; the parent's own references are then the
    caller's alone, so the tree is freed when the pipeline is done with it (before rendering)."""
    doc = _Doc(pipeline._repaired(load.load(SPEC))[1])
    gone = weakref.ref(doc)
    finish = validating.start(doc, again=lambda: {})
    del doc
    gc.collect()
    assert gone() is None
    assert finish() == []


def test_the_check_in_a_child_is_the_check_here(bad_spec: Path) -> None:
    doc = pipeline._repaired(load.load(bad_spec))[1]
    assert validating.start(doc)() == validate.validate(doc)
