"""Project settings: ``[tool.openapi-attrs-generator]`` in the nearest ``pyproject.toml`` (up
to the git root), read and checked; the defaults of what they set."""

from __future__ import annotations

import keyword
from pathlib import Path
from typing import Any

DEFAULT_SPEC = "spec/openapi.yaml"
DEFAULT_OUT = "generated"
CONFIG_TABLE = "openapi-attrs-generator"

# Settings a project may keep under [tool.openapi-attrs-generator], with their types; each is
# also a flag of `generate` and `check` (a flag given on the command line wins).
SETTINGS: dict[str, type] = {
    "spec": str,
    "out": str,
    "package": str,
    "package-only": bool,
    "strict": bool,
    "max-method-params": int,
}
PATH_SETTINGS = ("spec", "out")
DEFAULTS: dict[str, object] = {
    "spec": DEFAULT_SPEC,
    "out": DEFAULT_OUT,
    "package": None,
    "package-only": False,
    "strict": False,
    "max-method-params": None,
}


def package_name_problem(name: str) -> str | None:
    """Why ``name`` cannot be a (dotted) package name, or None when it can."""
    for part in name.split("."):
        if not part.isidentifier() or keyword.iskeyword(part):
            where = f" (part {part!r})" if "." in name else ""
            return f"package name {name!r} is not a dotted Python name{where}"
    return None


class UsageError(Exception):
    """Bad input that is not a spec problem (settings, names): reported in one line."""


def _read_pyproject(path: Path) -> dict[str, Any]:
    import tomllib  # only when settings are looked for: a named spec does without them

    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise UsageError(f"{path}: cannot read the settings: {exc}") from None


def _table(path: Path) -> dict[str, Any] | None:
    """The checked ``[tool.openapi-attrs-generator]`` table of ``path``, None when it has none."""
    tool = _read_pyproject(path).get("tool", {})
    if not isinstance(tool, dict) or CONFIG_TABLE not in tool:
        return None
    table = tool[CONFIG_TABLE]
    if not isinstance(table, dict):
        raise UsageError(f"{path}: [tool.{CONFIG_TABLE}] is not a table")
    _check_settings(path, table)
    return table


def project_settings(folder: Path) -> dict[str, Any]:
    """``[tool.openapi-attrs-generator]`` of ``folder/pyproject.toml`` ({} when there is none)."""
    path = folder / "pyproject.toml"
    return (_table(path) or {}) if path.is_file() else {}


def _search_folders(start: Path) -> list[Path]:
    """``start`` and its parents up to the root of its git work tree (only ``start`` outside
    one)."""
    chain = [start, *start.parents]
    for i, folder in enumerate(chain):
        if (folder / ".git").exists():
            return chain[: i + 1]
    return [start]


def find_settings(start: Path) -> tuple[Path, dict[str, Any]] | None:
    """The nearest ``pyproject.toml`` with a ``[tool.openapi-attrs-generator]`` table, in
    ``start`` or a parent up to the git root: its path and the table, checked (an unknown key or
    a wrong type is an error)."""
    for folder in _search_folders(start.resolve()):
        path = folder / "pyproject.toml"
        table = _table(path) if path.is_file() else None
        if table is not None:
            return path, table
    return None


def _check_settings(path: Path, table: dict[str, Any]) -> None:
    where = f"{path}: [tool.{CONFIG_TABLE}]"
    for key, value in table.items():
        if key not in SETTINGS:
            import difflib  # only for a setting that is misspelt

            close = difflib.get_close_matches(key, list(SETTINGS), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise UsageError(
                f"{where}: unknown key {key!r}{hint} (known: {', '.join(sorted(SETTINGS))})"
            )
        if not isinstance(value, SETTINGS[key]) or (
            SETTINGS[key] is int and (isinstance(value, bool) or value < 0)  # type: ignore[operator]
        ):
            kind = {bool: "true or false", int: "a whole number >= 0"}.get(
                SETTINGS[key], "a string"
            )
            raise UsageError(f"{where}: {key} must be {kind}, not {value!r}")
