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
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import cast

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
    all held at once beside the formatted ones; every :data:`BATCH` files that need only the
    formatter are formatted by a ruff process of their own while the rest are still being
    made."""
    triples = ((p, t, True) for p, t in files.items()) if isinstance(files, Mapping) else files
    # A memory-backed folder where there is one: thousands of small files are written twice.
    scratch = SHM if os.path.isdir(SHM) and os.access(SHM, os.W_OK) else None
    with tempfile.TemporaryDirectory(prefix="gen-format-", dir=scratch) as tmp:
        runs: list[subprocess.Popen[str]] = []
        try:
            out, py, to_fix, rest = _written(triples, tmp, lambda b: runs.append(_start(tmp, b)))
            if rest:
                runs.append(_start(tmp, rest))
            if to_fix:
                whole = len(to_fix) == len(py)  # every file: the folder, not a long list
                _finish(_start(tmp, [_SRC] if whole else to_fix, _FIX))
                runs.append(_start(tmp, [_SRC] if whole else to_fix))
        finally:
            failed = [_finish(run, raise_=False) for run in runs]
        problem = next((f for f in failed if f is not None), None)
        if problem is not None:
            raise problem
        for path in py:
            with open(os.path.join(tmp, _SRC, path), encoding="utf-8") as fh:
                out[path] = fh.read()
        return out


BATCH = 400
"""Files that need only ruff's formatter, given to one ruff process as soon as they are
written."""

_SRC = "src"
"""The scratch folder's subfolder the files are written to."""

_FIX = ["check", "--fix-only", "--exit-zero"]
_FORMAT = ["format"]


def _written(
    triples: Iterable[tuple[str, str, bool]], tmp: str, batch: Callable[[list[str]], None]
) -> tuple[dict[str, str], list[str], list[str], list[str]]:
    """Each ``.py`` file of ``triples`` written under ``tmp/src``, and every :data:`BATCH` of
    those that need no fixes handed to ``batch`` as soon as they are. Gives the files with
    the ``.py`` ones' texts left empty, the ``.py`` paths, and (relative to ``tmp``) the paths
    that get ruff's fixes and those left that need only the formatter."""
    out: dict[str, str] = {}
    py: list[str] = []
    to_fix: list[str] = []
    pending: list[str] = []
    folders: set[str] = set()
    for path, text, may_need_fixes in triples:
        if not path.endswith(".py"):
            out[path] = text
            continue
        out[path] = ""  # its place in the order; the text is read back after ruff
        py.append(path)
        folder = os.path.join(tmp, _SRC, os.path.dirname(path))
        if folder not in folders:
            os.makedirs(folder, exist_ok=True)
            folders.add(folder)
        with open(os.path.join(tmp, _SRC, path), "w", encoding="utf-8") as fh:
            fh.write(text)
        (to_fix if may_need_fixes else pending).append(os.path.join(_SRC, path))
        if len(pending) >= BATCH:
            batch(pending)
            pending = []
    return out, py, to_fix, pending


def _start(tmp: str, paths: list[str], args: list[str] = _FORMAT) -> subprocess.Popen[str]:
    """ruff ``args`` on ``paths`` (relative to ``tmp``), started."""
    return subprocess.Popen(
        [*_ruff(), *args, "--isolated", "--no-cache", "--", *paths],
        # ruff takes folders of its working directory for first-party packages: run where
        # nothing but the output is, so that a folder named `attrs` beside the user's shell
        # does not reorder the imports.
        cwd=tmp,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def _finish(run: subprocess.Popen[str], *, raise_: bool = True) -> SpecError | None:
    """Wait for ``run``; the :class:`SpecError` of its failure, raised (or, not ``raise_``,
    given back), or None."""
    _, err = run.communicate()
    if run.returncode == 0:
        return None
    problem = SpecError(
        [
            Diagnostic(
                ERROR,
                "internal error: the generated code does not parse "
                f"(ruff {'check' if _FIX[0] in cast(list[str], run.args) else 'format'}): "
                f"{err.strip()[:2000]}",
            )
        ]
    )
    if raise_:
        raise problem
    return problem
