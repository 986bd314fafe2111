"""Golden files: the committed output must be exactly what the generator makes today."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from generator import pipeline, settings
from generator.output import stamp, write
from tests.golden.regen import cases

ROOT = Path(__file__).resolve().parents[1]


def _comparable(rel: str, text: str) -> str:
    """A stamp is compared without the fingerprint of the generator's build that wrote it (it
    changes with any change to the generator's code, the output with it or not)."""
    return stamp.comparable(text) if rel.rsplit("/", 1)[-1] == stamp.STAMP else text


def _compare(expected_dir: Path, files: dict[str, str]) -> list[str]:
    """Human-readable differences between a committed tree and freshly generated files."""
    produced = write.with_manifest(files)
    committed = write.read_tree(expected_dir)
    problems = []
    for rel in sorted(set(produced) | set(committed)):
        if rel not in committed:
            problems.append(f"missing from {expected_dir}: {rel}")
        elif rel not in produced:
            problems.append(f"committed but no longer generated: {rel}")
        elif _comparable(rel, produced[rel]) != _comparable(rel, committed[rel]):
            diff = difflib.unified_diff(
                committed[rel].splitlines(),
                produced[rel].splitlines(),
                "committed",
                "generated",
                lineterm="",
                n=1,
            )
            problems.append(f"differs: {rel}\n" + "\n".join(list(diff)[:20]))
    return problems


def test_generated_matches_spec(tmp_path: Path) -> None:
    project = settings.project_settings(ROOT)
    result = pipeline.generate(ROOT / project["spec"], package=project["package"])
    problems = _compare(ROOT / "generated", result.files)
    assert not problems, "generated/ is stale; run `make generate`:\n" + "\n".join(problems)


@pytest.mark.parametrize("case", cases(), ids=lambda p: p.name)
def test_golden_case(case: Path) -> None:
    result = pipeline.generate(case / "spec.yaml", package=case.name)
    problems = _compare(case / "expected", result.files)
    assert not problems, f"{case.name}: run `make regen-golden` if intended:\n" + "\n".join(
        problems
    )


def test_output_is_deterministic() -> None:
    first = pipeline.generate(ROOT / "tests" / "golden" / "naming" / "spec.yaml", package="naming")
    second = pipeline.generate(ROOT / "tests" / "golden" / "naming" / "spec.yaml", package="naming")
    assert first.files == second.files


def test_enough_golden_cases() -> None:
    assert {c.name for c in cases()} >= {
        "discriminator",
        "nullable",
        "errors",
        "sse",
        "naming",
        "openapi30",
    }


def test_output_does_not_depend_on_hash_seed(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    spec = ROOT / "tests" / "golden" / "discriminator" / "spec.yaml"
    trees = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        subprocess.run(
            [sys.executable, "-m", "generator", "generate", str(spec), "--out", str(out)],
            check=True,
            capture_output=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        trees.append(write.read_tree(out))
    assert trees[0] == trees[1]
