"""The import blocks the templates emit are laid out as ruff lays them out (generator.render.imports).

The format stage runs ruff over every file anyway; a block ruff would change costs a rewrite of
the file in its fix pass. Each case is checked against ruff itself, and the rendered golden
cases are checked for anything the fix pass would still rewrite in their models, operations
and groups.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from generator import pipeline
from generator.output import format as fmt
from generator.render.imports import import_block, parse

GOLDEN = Path(__file__).resolve().parents[1] / "golden"

CASES = {
    "sections and kinds": """
        from .._runtime.unset import UNSET, Unset
        import attrs
        from typing import Literal, TYPE_CHECKING, Any
        import datetime
        from __future__ import annotations
        import uuid
        from ..errors import NotFoundError
    """,
    "relative imports furthest first, names constants-classes-rest": """
        from .pet import Pet
        from .._runtime.http import json_body, RequestOptions, BaseClient, HttpRequest
        from .._runtime import urls
        from .._serialization import converter
    """,
    "natural order of numbered modules": """
        from .item_10 import Item10
        from .item_2 import Item2
        from .Item_3 import Item3
        from .item import Item
    """,
    "aliased imports one a statement, long lines wrapped": """
        from ..operations import list_pets as _list_pets
        from ..operations import add_pet as _add_pet
        from ..models.a_very_long_module_name_for_a_schema_with_a_long_name import AVeryLongModuleNameForASchemaWithALongName
        from ..errors import BadRequestError, NotFoundError, UnauthorizedError, ConflictError, GoneError
    """,
    "the same name twice is imported once": """
        from .pet import Pet
        from .pet import Pet
    """,
}


def _ruff_layout(text: str, tmp_path: Path) -> str:
    src = tmp_path / "case.py"
    src.write_text(text, encoding="utf-8")
    subprocess.run(
        [
            *fmt._ruff(),
            "check",
            "--isolated",
            "--no-cache",
            "--select",
            "I",
            "--fix-only",
            "--quiet",
            "--exit-zero",
            str(src),
        ],
        check=True,
        cwd=tmp_path,
    )
    return src.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(CASES))
def test_import_block_is_laid_out_as_ruff_lays_it_out(name: str, tmp_path: Path) -> None:
    text = "\n".join(line.strip() for line in CASES[name].strip().splitlines()) + "\n"
    ours = import_block(text)
    assert _ruff_layout(ours, tmp_path) == ours
    assert _ruff_layout(text, tmp_path) == ours


def test_an_indented_block_is_laid_out_as_ruff_lays_it_out(tmp_path: Path) -> None:
    text = "from .b import B\nfrom .a_rather_long_module_name_that_goes_on_and_on import ARatherLongModuleNameThatGoesOnAndOn\n"
    block = "from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n" + import_block(text, 4)
    assert _ruff_layout(block, tmp_path) == block
    assert "    from .a_rather_long_module_name_that_goes_on_and_on import (\n" in block


def test_a_line_that_is_not_an_import_is_refused() -> None:
    with pytest.raises(ValueError, match="not an import statement"):
        parse("x = 1\n")


@pytest.mark.parametrize("case", sorted(p.parent.name for p in GOLDEN.glob("*/spec.yaml")))
def test_rendered_modules_leave_the_fix_pass_nothing_to_do(case: str, tmp_path: Path) -> None:
    """Models, operations and groups come out of the templates with the imports ruff's fix pass
    would leave: sorted, wrapped, none unused."""
    result = pipeline.generate(GOLDEN / case / "spec.yaml", formatted=False)
    for path, text in result.files.items():
        parts = path.split("/")
        if (
            path.endswith(".py")
            and len(parts) > 2
            and parts[-2] in ("models", "operations", "groups")
            and parts[-1] != "__init__.py"
        ):
            dest = tmp_path / path
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_text(text, encoding="utf-8")
    proc = subprocess.run(
        [
            *fmt._ruff(),
            "check",
            "--isolated",
            "--no-cache",
            "--output-format",
            "concise",
            "--select",
            "I001,F401,PYI016",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stdout
