"""The import contract of ``generator/``: the stages import only downward (spec <- builder <-
naming <- render <- output), ``model`` is imported from anywhere and imports only itself, the
tools wing (diff, conform, mock, traffic, changelog) uses the stages only through their faces
and the pipeline, and nothing in a stage or the model imports the tools or the top-level
modules (cli, pipeline, settings, collector).

A stage is a subpackage of ``generator/`` (``generator/naming/...``); a subpackage's face is the
names its ``__init__`` lists in ``__all__``, and another stage may import only those. Modules
still at the top level are placed by :data:`PLACED` and :data:`PREFIXES`; a module that is in
neither is reported, so that every new module is put in a stage on purpose.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path
from typing import Literal

import pytest

GENERATOR = Path(__file__).resolve().parents[1] / "generator"

Place = Literal["spec", "builder", "naming", "render", "output", "model", "tools", "top"]
STAGES: tuple[Place, ...] = ("spec", "builder", "naming", "render", "output")
"""In pipeline order: each may import those before it."""
TOP = frozenset({"cli", "pipeline", "settings", "collector", "__main__"})
"""The top-level modules: the command line, the pipeline that runs the stages, the settings,
the garbage collector's pause for a run."""

PLACED: dict[str, Place] = {
    **dict.fromkeys(
        [
            "load",
            "yaml_events",
            "walk",
            "repairs",
            "schema_repairs",
            "validate",
            "validating",
            "validator_speed",
            "resolve",
        ],
        "spec",
    ),
    "findings": "spec",
    **dict.fromkeys(
        [
            "ir",
            "ir_types",
            "ir_paging",
            "origins",
            "kinds",
            "diagnostics",
            "runtime_facts",
            "sources",
        ],
        "model",
    ),
    **dict.fromkeys(["build", "schemas", "pagination"], "builder"),
    **dict.fromkeys(["format", "stamp", "write", "quick_check"], "output"),
    **dict.fromkeys(["changelog", "mock", "traffic"], "tools"),
}
"""Where each top-level module of the flat layout belongs."""
PREFIXES: tuple[tuple[str, Place], ...] = (
    ("build_", "builder"),
    ("schema_", "builder"),
    ("naming", "naming"),
    ("render", "render"),
    ("diff", "tools"),
    ("conform", "tools"),
    ("mock_", "tools"),
)


def place(module: str) -> Place | None:
    """Where ``module`` (dotted, below ``generator``) belongs; ``None`` when it is unplaced."""
    first, _, rest = module.partition(".")
    if rest or _is_package(first):
        return first if first in (*STAGES, "model", "tools") else None
    if first in TOP or first == "__init__":
        return "top"
    if first in PLACED:
        return PLACED[first]
    return next((p for prefix, p in PREFIXES if first.startswith(prefix)), None)


def _is_package(name: str) -> bool:
    return (GENERATOR / name / "__init__.py").is_file()


def modules() -> dict[str, Path]:
    """Every module of ``generator/``, dotted below it (``naming.rules``; ``spec`` for a
    subpackage's ``__init__``)."""
    found = {}
    for path in sorted(GENERATOR.rglob("*.py")):
        parts = path.relative_to(GENERATOR).with_suffix("").parts
        if parts[-1] == "__init__" and len(parts) > 1:
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _package_of(module: str, path: Path) -> list[str]:
    parts = module.split(".") if module != "__init__" else []
    return parts if path.name == "__init__.py" else parts[:-1]


def imports(module: str, path: Path) -> list[tuple[str, str, int]]:
    """``(imported module, imported name or "", line)`` for each import of ``generator``'s
    own modules, relative imports resolved."""
    out = []
    package = _package_of(module, path)
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("generator."):
                    out.append((alias.name.removeprefix("generator."), "", node.lineno))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                target = ".".join([*base, *([node.module] if node.module else [])])
            elif node.module and (node.module + ".").startswith("generator."):
                target = node.module.removeprefix("generator").lstrip(".")
            else:
                continue
            for alias in node.names:
                out.append((target, alias.name, node.lineno))
    return out


def _face(stage: str) -> set[str]:
    init = GENERATOR / stage / "__init__.py"
    for node in ast.parse(init.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            return {ast.literal_eval(e) for e in node.value.elts}  # type: ignore[attr-defined]
    return set()


def _target(target: str, name: str) -> str:
    """The module an import reaches: ``from .spec import walk`` reaches ``spec.walk``."""
    joined = f"{target}.{name}" if target else name
    path = GENERATOR.joinpath(*joined.split("."))
    found = path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()
    return joined if found else target or "__init__"


def _allowed(src: Place, dst: Place) -> bool:
    if dst == "model" or src == dst or src == "top":
        return True
    if src == "model":
        return False
    if src == "tools":
        return True  # the stages' faces and the pipeline (checked below), never the cli
    if dst in ("tools", "top"):
        return False
    return STAGES.index(src) > STAGES.index(dst)


def violations() -> list[str]:
    found = modules()
    problems = [
        f"generator/{path.relative_to(GENERATOR)}: not placed in a stage, the model, the tools "
        "or the top level (add it to tests/test_import_contract.py, or move it into a stage)"
        for module, path in found.items()
        if place(module) is None
    ]
    for module, path in found.items():
        src = place(module)
        for target, name, line in imports(module, path):
            reached = _target(target, name)
            if reached == "__init__":  # the package's version
                continue
            dst = place(reached)
            where = f"generator/{path.relative_to(GENERATOR)}:{line}"
            if src is None or dst is None:
                continue
            if not _allowed(src, dst) or (src == "tools" and reached in ("cli", "__main__")):
                problems.append(f"{where}: {src} imports {dst} ({reached})")
            stage = reached.split(".")[0]
            public = reached.split(".")[1] if "." in reached else name
            if (
                _is_package(stage)
                and stage != module.split(".")[0]
                and stage != "tools"
                and public
                and public not in _face(stage)
            ):
                problems.append(
                    f"{where}: imports {stage}'s private {public!r} (not in {stage}/__init__'s __all__)"
                )
    return problems


def test_the_stages_import_only_downward_and_the_tools_only_the_faces() -> None:
    assert violations() == []


@pytest.mark.parametrize(
    ("src", "dst", "allowed"),
    [
        ("builder", "spec", True),
        ("spec", "builder", False),
        ("render", "naming", True),
        ("naming", "render", False),
        ("output", "spec", True),
        ("spec", "model", True),
        ("model", "spec", False),
        ("tools", "output", True),
        ("tools", "top", True),
        ("render", "tools", False),
        ("builder", "top", False),
        ("top", "tools", True),
    ],
)
def test_the_contract_rules(src: Place, dst: Place, allowed: bool) -> None:
    assert _allowed(src, dst) is allowed


def test_an_upward_import_is_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check reads real files: a stage importing a later stage, the tools or a private
    module of another stage is reported with its place."""
    (tmp_path / "spec").mkdir()
    (tmp_path / "spec" / "__init__.py").write_text('__all__ = ["load"]\n')
    (tmp_path / "spec" / "load.py").write_text("from ..render import core\n")
    (tmp_path / "spec" / "walk.py").write_text("")
    (tmp_path / "render").mkdir()
    (tmp_path / "render" / "__init__.py").write_text("__all__: list[str] = []\n")
    (tmp_path / "render" / "core.py").write_text(
        "from ..spec.walk import x\nfrom ..spec import load\n"
    )
    (tmp_path / "naming_extra.py").write_text("from . import mock\n")
    (tmp_path / "mock.py").write_text("from .spec import load\n")
    (tmp_path / "stray.py").write_text("")
    (tmp_path / "cli.py").write_text("from .spec import load\nfrom . import mock\n")
    monkeypatch.setattr(sys.modules[__name__], "GENERATOR", tmp_path)
    assert sorted(violations()) == [
        "generator/naming_extra.py:1: naming imports tools (mock)",
        "generator/render/core.py:1: imports spec's private 'walk' (not in spec/__init__'s __all__)",
        "generator/spec/load.py:1: imports render's private 'core' (not in render/__init__'s __all__)",
        "generator/spec/load.py:1: spec imports render (render.core)",
        "generator/stray.py: not placed in a stage, the model, the tools or the top level "
        "(add it to tests/test_import_contract.py, or move it into a stage)",
    ]
