"""The renderer's files one at a time (generator.render.files.iter_files): the same files as the
whole render, and a count of those still to come that the formatter can plan by."""

from __future__ import annotations

import operator
from pathlib import Path

import pytest

from generator import pipeline
from generator.render import files as render
from tests.golden.regen import cases


@pytest.mark.parametrize("case", cases()[:3], ids=lambda p: p.name)
def test_the_files_come_one_at_a_time_saying_how_many_are_left(case: Path) -> None:
    api, _ = pipeline.analyse(case / "spec.yaml", package=case.name)
    whole = render.render(api)
    made = render.iter_files(api)
    left = [operator.length_hint(made)]
    paths = []
    for f in made:
        paths.append(f.path)
        left.append(operator.length_hint(made))
    assert paths == list(whole)
    assert left == list(range(len(whole), -1, -1))
    # The files that may need ruff's fixes come before the first that does not.
    fixes = [f.may_need_fixes for f in render.iter_files(api) if f.path.endswith(".py")]
    assert fixes == sorted(fixes, reverse=True)


def test_every_template_can_be_loaded_ahead_of_rendering() -> None:
    """The pipeline loads them while the child reads the spec: every template under
    templates/ is in the shared environment's cache afterwards, and renders as before."""
    render.load_templates()
    templates = {
        p.relative_to(render.TEMPLATES).as_posix() for p in render.TEMPLATES.rglob("*.jinja")
    }
    cached = {key[1] for key in render._shared_environment().cache}
    assert templates and templates <= cached
    case = cases()[0]
    api, _ = pipeline.analyse(case / "spec.yaml", package=case.name)
    assert render.render(api) == {f.path: f.text for f in render.iter_files(api)}
