"""The README's architecture section is a map of generator/: it names every folder and every
module (by its path below generator/), so a reader finds each one from it."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GENERATOR = ROOT / "generator"


def test_the_readme_names_every_folder_and_module_of_the_generator() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    folders = sorted(
        f"generator/{p.parent.relative_to(GENERATOR).as_posix()}/"
        for p in GENERATOR.rglob("__init__.py")
        if p.parent != GENERATOR
    )
    modules = sorted(
        p.relative_to(GENERATOR).as_posix()
        for p in GENERATOR.rglob("*.py")
        if p.name not in ("__init__.py", "__main__.py")
    )
    assert [f for f in folders if f"`{f}`" not in readme] == []
    assert [m for m in modules if f"`{m}`" not in readme and f"`generator/{m}`" not in readme] == []
