"""Stage 7: format the rendered Python with ruff (a pinned version), in a scratch folder.

ruff runs with its default settings (``--isolated``): its safe fixes (import order, ``__all__``
order, literal unions...) and then its formatter. Users who lint the package with ruff's
defaults find nothing to change. The fixes run only on the files the renderer says may need
them: the thousands of modules of one declaration, operation or group are written in the form
the fixes would leave them in (the shortcut tests hold the two ways to the same output).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

from ..model.diagnostics import ERROR, Diagnostic, SpecError

SHM = "/dev/shm"  # noqa: S108 - only a parent: mkdtemp makes a private folder inside it


def _ruff() -> list[str]:
    exe = shutil.which("ruff", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "ruff"]


def format_files(files: Mapping[str, str] | Iterable[tuple[str, str, bool]]) -> dict[str, str]:
    """``files`` with every ``.py`` file given ruff's safe fixes and formatted by ruff, in
    their order: a mapping, or ``(path, text, may_need_fixes)`` as the renderer makes them
    (ruff's fixes skip a file that cannot need them: its formatter still lays it out).

    Files are written to the scratch folder as they come, so the unformatted texts are never
    all held at once beside the formatted ones."""
    triples = ((p, t, True) for p, t in files.items()) if isinstance(files, Mapping) else files
    # A memory-backed folder where there is one: thousands of small files are written twice.
    scratch = SHM if os.path.isdir(SHM) and os.access(SHM, os.W_OK) else None
    with tempfile.TemporaryDirectory(prefix="gen-format-", dir=scratch) as tmp:
        out, py, to_fix = _written(triples, tmp)
        if not py:
            return out
        _ruff_run(tmp, ["check", "--fix-only", "--quiet", "--exit-zero"], to_fix)
        _ruff_run(tmp, ["format", "--quiet"], [_SRC])
        for path in py:
            with open(os.path.join(tmp, _SRC, path), encoding="utf-8") as fh:
                out[path] = fh.read()
        return out


_SRC = "src"
"""The scratch folder's subfolder the files are written to."""


def _written(
    triples: Iterable[tuple[str, str, bool]], tmp: str
) -> tuple[dict[str, str], list[str], list[str]]:
    """Each ``.py`` file of ``triples`` written under ``tmp/src``; the files with the
    ``.py`` ones' texts left empty, the ``.py`` paths, and the paths (relative to ``tmp``)
    that get ruff's fixes (``src`` itself when every one does)."""
    out: dict[str, str] = {}
    py: list[str] = []
    to_fix: list[str] = []
    folders: set[str] = set()
    for path, text, may_need_fixes in triples:
        if not path.endswith(".py"):
            out[path] = text
            continue
        out[path] = ""  # its place in the order; the text is read back after ruff
        py.append(path)
        if may_need_fixes:
            to_fix.append(os.path.join(_SRC, path))
        folder = os.path.join(tmp, _SRC, os.path.dirname(path))
        if folder not in folders:
            os.makedirs(folder, exist_ok=True)
            folders.add(folder)
        with open(os.path.join(tmp, _SRC, path), "w", encoding="utf-8") as fh:
            fh.write(text)
    return out, py, to_fix if len(to_fix) < len(py) else [_SRC]


def _ruff_run(tmp: str, args: list[str], paths: list[str]) -> None:
    """ruff ``args`` on ``paths`` (relative to ``tmp``); a :class:`SpecError` if it fails."""
    if not paths:
        return
    proc = subprocess.run(
        [*_ruff(), *args, "--isolated", "--no-cache", "--", *paths],
        # ruff takes folders of its working directory for first-party packages: run where
        # nothing but the output is, so that a folder named `attrs` beside the user's shell
        # does not reorder the imports.
        cwd=tmp,
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise SpecError(
            [
                Diagnostic(
                    ERROR,
                    "internal error: the generated code does not parse "
                    f"(ruff {args[0]}): {proc.stderr.strip()[:2000]}",
                )
            ]
        )
