"""Reading, repairing and validating the spec in a child process (generator.spec.validating):
forked when the document is ready, or early, reading the spec itself and handing this process
the repaired document; either way the findings (and the lines of every diagnostic) are those of
a run in this process, a child that dies is replaced by one, and nothing is left running."""

from __future__ import annotations

import datetime
import gc
import json
import os
import weakref
from pathlib import Path
from typing import Any

import pytest
import yaml

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
    assert _findings(bad_spec, validating.early(bad_spec)) == later


def test_an_early_child_passes_a_good_spec() -> None:
    result = pipeline.generate(SPEC, formatted=False, validator=validating.early(SPEC))
    assert result.files
    assert not [d for d in result.diagnostics if d.level == "error"]


WARNINGS_EVERYWHERE = """\
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      x-speakeasy-retries: {strategy: backoff, backoff: 5}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                required: [a, a]
                properties:
                  a: {type: string}
"""


DANGLING_REF = """\
openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Nowhere'}
"""


@pytest.mark.parametrize("kind", ["yaml", "json"])
def test_an_early_child_places_every_diagnostic_where_this_process_would(
    tmp_path: Path, kind: str
) -> None:
    """The repairs' warnings (found in the child) and the later stages' (found here) carry
    the lines a run without an early child gives them."""
    spec = tmp_path / f"warned.{kind}"
    data = yaml.safe_load(WARNINGS_EVERYWHERE)
    spec.write_text(
        WARNINGS_EVERYWHERE if kind == "yaml" else json.dumps(data, indent=2), encoding="utf-8"
    )
    alone = pipeline.generate(spec, formatted=False).diagnostics
    early = pipeline.generate(spec, formatted=False, validator=validating.early(spec))
    assert [d.format() for d in early.diagnostics] == [d.format() for d in alone]
    assert any("required" in d.message for d in alone)  # a repair's
    assert any("x-retry-strategy" in d.message for d in alone)  # the builder's
    assert all(d.line is not None for d in alone), [d.format() for d in alone]


def test_a_finding_without_a_pointer_is_placed_as_without_an_early_child(tmp_path: Path) -> None:
    """The validator's warning about the whole document has no pointer: it gets the
    document's first line, as when this process places it, since another problem has one."""
    spec = tmp_path / "dangling.yaml"
    spec.write_text(DANGLING_REF, encoding="utf-8")
    alone = _findings(spec)
    assert _findings(spec, validating.early(spec)) == alone
    assert any(":1:1: warning: openapi-spec-validator could not check" in f for f in alone), alone


def test_a_spec_that_cannot_be_read_is_reported_as_without_an_early_child(
    tmp_path: Path,
) -> None:
    for text in ("openapi: [", "swagger: '2.0'\n", "a: 1\na: 2\n"):
        spec = tmp_path / "broken.yaml"
        spec.write_text(text, encoding="utf-8")
        assert _findings(spec, validating.early(spec)) == _findings(spec), text
    missing = tmp_path / "missing.yaml"
    assert _findings(missing, validating.early(missing)) == _findings(missing)


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
    assert _findings(bad_spec, validating.early(bad_spec)) == normal


def test_an_early_child_that_dies_after_handing_over_the_spec_is_replaced(
    bad_spec: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    normal = _findings(bad_spec)

    def die() -> None:
        os._exit(1)

    monkeypatch.setattr(validating, "prepare", die)
    child = validating.early(bad_spec)
    assert _findings(bad_spec, child) == normal
    assert child is not None and child.exitcode == 1


def test_a_spec_changed_before_a_dead_child_is_replaced_is_an_error(
    bad_spec: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The document handed over was read before the change: what would be checked in its
    place is not what the run is building, so the run stops and says why."""

    def die() -> None:
        os._exit(1)

    monkeypatch.setattr(validating, "prepare", die)
    child = validating.early(bad_spec)
    assert child is not None
    got = child.repaired()
    assert got is not None and got.loaded.text == ""  # the parent has no use for the text
    bad_spec.write_text(BAD_FOR_THE_VALIDATOR + "# edited\n", encoding="utf-8")
    with pytest.raises(SpecError) as raised:
        child.finish(got, [])
    assert "the spec changed while it was read" in raised.value.diagnostics[0].message


def test_an_early_child_is_ended_when_the_run_stops_before_it_is_done(tmp_path: Path) -> None:
    child = validating.early(SPEC)
    assert child is not None
    with pytest.raises(SpecError):
        pipeline.generate(SPEC, package="not a name", validator=child)
    assert child.exitcode is not None
    child.cancel()  # again: nothing to do


def test_an_early_child_for_another_spec_is_not_used(bad_spec: Path) -> None:
    child = validating.early(SPEC)
    assert child is not None
    assert _findings(bad_spec, child) == _findings(bad_spec)
    assert child.exitcode is not None


def test_an_early_child_ends_once_its_findings_are_in() -> None:
    child = validating.early(SPEC)
    assert child is not None
    pipeline.generate(SPEC, formatted=False, validator=child)
    assert child.exitcode == 0


@pytest.mark.parametrize(
    "doc",
    [
        {"openapi": "3.1.0", "n": [1, 2.5, None, True, "x"], "nested": {"a": {"b": []}}},
        {"openapi": "3.1.0", "when": datetime.date(2024, 1, 1)},  # not marshal's: pickled
    ],
)
def test_a_document_reaches_the_parent_as_it_is(doc: dict[str, Any]) -> None:
    assert validating._unpacked(validating._packed(doc)) == doc


def test_shared_and_cyclic_parts_reach_the_parent_as_they_are() -> None:
    shared: dict[str, Any] = {"type": "string"}
    cyclic: list[Any] = []
    cyclic.append(cyclic)
    back = validating._unpacked(validating._packed({"a": shared, "b": shared, "c": cyclic}))
    assert back["a"] is back["b"]
    assert back["c"][0] is back["c"]


def test_a_spec_with_yaml_anchors_reaches_the_parent_with_its_shared_parts(
    tmp_path: Path,
) -> None:
    """The pipeline normalises the tree in place: parts YAML shares are shared as they would
    be in a tree read here, so the model is the same."""
    spec = tmp_path / "anchors.yaml"
    spec.write_text(
        WARNINGS_EVERYWHERE.replace("              schema:\n", "              schema: &s\n")
        + "components:\n  schemas:\n    Again: *s\n",
        encoding="utf-8",
    )
    alone = pipeline.generate(spec, formatted=False)
    early = pipeline.generate(spec, formatted=False, validator=validating.early(spec))
    assert early.files == alone.files


def test_the_command_line_starts_its_child_before_importing_the_later_stages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[validating.Early | None] = []
    early = validating.early

    def counted(spec: str) -> validating.Early | None:
        child = early(spec)
        started.append(child)
        return child

    monkeypatch.setattr(validating, "early", counted)
    assert cli.main(["generate", str(SPEC), "--out", str(tmp_path / "out")]) == 0
    [child] = started
    assert child is not None and child.exitcode == 0
    assert child.spec == str(SPEC)


class _Doc(dict[str, Any]):
    """A document that can be watched for going away (a plain dict takes no weak reference)."""


def test_the_validating_child_does_not_keep_the_document_alive() -> None:
    """The child gets the document when it forks; the parent's own references are then the
    caller's alone, so the tree is freed when the pipeline is done with it (before rendering)."""
    doc = _Doc(validate.repaired(load.load(SPEC))[1])
    gone = weakref.ref(doc)
    finish = validating.start(doc, again=lambda: {})
    del doc
    gc.collect()
    assert gone() is None
    assert finish() == []


def test_the_check_in_a_child_is_the_check_here(bad_spec: Path) -> None:
    doc = validate.repaired(load.load(bad_spec))[1]
    assert validating.start(doc)() == validate.validate(doc)


def test_without_fork_the_command_does_it_all_in_this_process(
    bad_spec: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where processes cannot fork (Windows), no child is started: the spec is read, repaired
    and validated here, with the same findings and the same files."""
    forked = _findings(bad_spec, validating.early(bad_spec))
    good = pipeline.generate(SPEC, formatted=False, validator=validating.early(SPEC)).files
    monkeypatch.setattr(validating, "_can_fork", lambda: False)
    assert validating.early(bad_spec) is None
    assert _findings(bad_spec) == forked
    assert pipeline.generate(SPEC, formatted=False).files == good
    assert cli.main(["generate", str(SPEC), "--out", str(tmp_path / "out")]) == 0
