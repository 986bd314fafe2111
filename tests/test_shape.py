"""The generator's shape: no module over 400 lines, no function over 60 lines.

``python -m tests.test_shape`` lists what is over either limit.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GENERATOR = ROOT / "generator"
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60


def over_limits(folder: Path = GENERATOR) -> list[str]:
    """One line per module over MAX_MODULE_LINES and per function over MAX_FUNCTION_LINES."""
    found: list[str] = []
    for path in sorted(folder.rglob("*.py")):
        rel = path.relative_to(folder).as_posix()
        text = path.read_text(encoding="utf-8")
        lines = len(text.splitlines())
        if lines > MAX_MODULE_LINES:
            found.append(f"{rel}: {lines} lines")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    found.append(f"{rel}:{node.lineno}: {node.name} is {length} lines")
    return found


def test_modules_and_functions_within_limits() -> None:
    over = over_limits()
    assert not over, "\n".join(over)


def test_checker_sees_long_functions(tmp_path: Path) -> None:
    body = "\n".join(f"    x{i} = {i}" for i in range(MAX_FUNCTION_LINES))
    (tmp_path / "long.py").write_text(f"def f():\n{body}\n", encoding="utf-8")
    (tmp_path / "short.py").write_text("def g():\n    return 1\n", encoding="utf-8")
    assert over_limits(tmp_path) == [f"long.py:1: f is {MAX_FUNCTION_LINES + 1} lines"]


if __name__ == "__main__":
    print("\n".join(over_limits()) or "all within limits")
