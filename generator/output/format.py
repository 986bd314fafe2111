"""Stage 7: format the rendered Python with ruff (a pinned version), in a scratch folder.

ruff runs with its default settings (``--isolated``): its safe fixes (import order, ``__all__``
order, literal unions...) and then its formatter. Users who lint the package with ruff's
defaults find nothing to change. The fixes run only on the files the renderer says may need
them: the thousands of modules of one declaration, operation or group are written in the form
the fixes would leave them in (the shortcut tests hold the two ways to the same output).
"""

from __future__ import annotations

import operator
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import cast

from ..model.diagnostics import ERROR, Diagnostic, SpecError
from .write import put_file

SHM = "/dev/shm"  # noqa: S108 - only a parent: mkdtemp makes a private folder inside it


def _ruff() -> list[str]:
    exe = shutil.which("ruff", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "ruff"]


def format_files(files: Mapping[str, str] | Iterable[tuple[str, str, bool]]) -> dict[str, str]:
    """``files`` with every ``.py`` file given ruff's safe fixes and formatted by ruff, in
    their order: a mapping, or ``(path, text, may_need_fixes)`` as the renderer makes them
    (ruff's fixes skip a file that cannot need them: its formatter still lays it out).

    Files are written to the scratch folder as they come, so the unformatted texts are never
    all held at once beside the formatted ones, and ruff works while the rest are still being
    made: every :data:`BATCH` files that need only the formatter go to a ruff process of their
    own, and files that need the fixes too get them (then the formatter) as soon as a file
    that does not follows them. The renderer makes those first."""
    triples = ((p, t, True) for p, t in files.items()) if isinstance(files, Mapping) else files
    # A memory-backed folder where there is one: thousands of small files are written twice.
    scratch = SHM if os.path.isdir(SHM) and os.access(SHM, os.W_OK) else None
    with tempfile.TemporaryDirectory(prefix="gen-format-", dir=scratch) as tmp:
        runs = _Runs(tmp)
        try:
            out = runs.write(triples)
            runs.close()
            problem = runs.collect(out)
        finally:
            runs.end()
        if problem is not None:
            raise problem
        return out


BATCH = 600
"""Files given to one ruff formatter process as soon as they are written (each process costs
about 13 ms of processor time to start, whatever its files)."""

LAST_BATCH = 100
"""At most this many files are left for the formatter after the last one is made, when the
files come from an iterator that says how many are still to come."""

CUTS = (3 * LAST_BATCH, LAST_BATCH)
"""How many files are still to come when what is waiting goes to ruff whatever its number:
the batch before the last is cut early enough to be formatted while the last files are made
(ruff formats about twice as fast as they are made, and each run takes a while to start)."""

_SRC = "src"
"""The scratch folder's subfolder the files are written to."""

_FIX = ["check", "--fix-only", "--exit-zero"]
_FORMAT = ["format"]


class _Runs:
    """The ruff processes of one :func:`format_files`, over its scratch folder ``tmp``."""

    def __init__(self, tmp: str) -> None:
        self.tmp = tmp
        self.formatting: list[tuple[subprocess.Popen[str], list[str]]] = []
        """Each formatter run started, and the files (paths as given) it formats."""
        self.fixing: tuple[subprocess.Popen[str], list[str]] | None = None
        """The run of the fixes the formatter is to follow, and its files."""
        self.pending: list[str] = []
        """Files that need only the formatter, not given to ruff yet."""
        self.to_fix: list[str] = []
        """Files that need the fixes, not given to ruff yet."""
        self.failed: list[SpecError] = []
        self.py = 0
        self.closed = False
        """Every file written (ruff may then be given the whole folder)."""

    def write(self, triples: Iterable[tuple[str, str, bool]]) -> dict[str, str]:
        """Each ``.py`` file of ``triples`` written under ``tmp/src``, and given to ruff as
        soon as it can be. Gives the files with the ``.py`` ones' texts left empty."""
        out: dict[str, str] = {}
        folders: set[str] = set()
        # Where the iterator says how many files are still to come, the last batch is kept
        # small: it is what ruff still has to do once the last file is made.
        files = iter(triples)
        cuts = list(CUTS) if operator.length_hint(files, -1) >= 0 else []
        for path, text, may_need_fixes in files:
            if not path.endswith(".py"):
                out[path] = text
                continue
            out[path] = ""  # its place in the order; the text is read back after ruff
            self.py += 1
            folder = os.path.join(self.tmp, _SRC, os.path.dirname(path))
            if folder not in folders:
                os.makedirs(folder, exist_ok=True)
                folders.add(folder)
            put_file(os.path.join(self.tmp, _SRC, path), text.encode("utf-8"), 0o600)
            if may_need_fixes:
                self.to_fix.append(path)
                continue
            if self.to_fix:
                self._fix()
            self.pending.append(path)
            cut = bool(cuts) and operator.length_hint(files) <= cuts[0]
            if len(self.pending) >= BATCH or cut:
                self._format(self.pending)
                self.pending = []
                while cuts and operator.length_hint(files) <= cuts[0]:
                    cuts.pop(0)
            if self.fixing is not None and self.fixing[0].poll() is not None:
                self._fixed()
        return out

    def close(self) -> None:
        """Every file written: the rest to ruff."""
        if self.to_fix:
            self._fix()
        if self.fixing is not None:
            self._fixed()
        self.closed = True
        if self.pending:
            self._format(self.pending)
            self.pending = []

    def collect(self, out: dict[str, str]) -> SpecError | None:
        """Each run waited for in turn, its files read back into ``out`` as it ends (the
        later runs meanwhile still working); the first failure, once every run has ended."""
        for run, paths in self.formatting:
            problem = _finish(run, raise_=False)
            if problem is not None:
                self.failed.append(problem)
            if self.failed:
                continue
            for path in paths:
                scratch = os.path.join(self.tmp, _SRC, path)
                out[path] = _got(scratch).decode("utf-8")
                # Removed now, while the later runs work, rather than with the folder after.
                os.unlink(scratch)
        return self.failed[0] if self.failed else None

    def end(self) -> None:
        """Wait for every run still going (after a failure on the way)."""
        if self.fixing is not None:
            _finish(self.fixing[0], raise_=False)
        for run, _ in self.formatting:
            if run.returncode is None:
                _finish(run, raise_=False)

    def _fix(self) -> None:
        """Start the fixes on the files waiting for them (after the previous fixes)."""
        if self.fixing is not None:
            self._fixed()
        paths, self.to_fix = self.to_fix, []
        self.fixing = (_start(self.tmp, self._targets(paths), _FIX), paths)

    def _fixed(self) -> None:
        """Wait for the fixes; their files go to the formatter with the next batch."""
        assert self.fixing is not None
        run, paths = self.fixing
        self.fixing = None
        problem = _finish(run, raise_=False)
        if problem is not None:
            self.failed.append(problem)
        # formatted with the next batch: each ruff process costs its start-up
        self.pending[:0] = paths

    def _format(self, paths: list[str]) -> None:
        self.formatting.append((_start(self.tmp, self._targets(paths)), paths))

    def _targets(self, paths: list[str]) -> list[str]:
        """``paths`` as ruff is given them: every file is the folder, not a long list."""
        if self.closed and len(paths) == self.py and not self.formatting:
            return [_SRC]
        return [os.path.join(_SRC, path) for path in paths]


def _got(path: str) -> bytes:
    """The bytes of the file at ``path`` (as :func:`put_file` writes, through the system calls
    alone)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        size = os.fstat(fd).st_size + 1  # one read for the whole file, one to see its end
        parts = []
        while chunk := os.read(fd, size):
            parts.append(chunk)
        return b"".join(parts)
    finally:
        os.close(fd)


def _start(tmp: str, paths: list[str], args: list[str] = _FORMAT) -> subprocess.Popen[str]:
    """ruff ``args`` on ``paths`` (relative to ``tmp``), started."""
    return subprocess.Popen(
        [*_ruff(), *args, "--isolated", "--no-cache", "--", *paths],
        # ruff takes folders of its working directory for first-party packages: run where
        # nothing but the output is, so that a folder named `attrs` beside the user's shell
        # does not reorder the imports.
        cwd=tmp,
        # One thread each: a run works while this process renders the next files, and a
        # second ruff thread would take the processor the renderer needs in turns with it.
        env={**os.environ, "RAYON_NUM_THREADS": "1"},
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
