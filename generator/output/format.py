"""Stage 7: format the rendered Python with ruff (a pinned version), in a scratch folder.

ruff runs with its default settings (``--isolated``): its safe fixes (import order, ``__all__``
order, literal unions...) and then its formatter. Users who lint the package with ruff's
defaults find nothing to change.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from ..model.diagnostics import ERROR, Diagnostic, SpecError

SHM = "/dev/shm"  # noqa: S108 - only a parent: mkdtemp makes a private folder inside it


def _ruff() -> list[str]:
    exe = shutil.which("ruff", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "ruff"]


def format_files(files: dict[str, str]) -> dict[str, str]:
    """Return ``files`` with every ``.py`` file import-sorted and formatted by ruff."""
    py = {path: text for path, text in files.items() if path.endswith(".py")}
    if not py:
        return files
    # A memory-backed folder where there is one: thousands of small files are written twice.
    scratch = SHM if os.path.isdir(SHM) and os.access(SHM, os.W_OK) else None
    with tempfile.TemporaryDirectory(prefix="gen-format-", dir=scratch) as tmp:
        root = Path(tmp)
        src = os.path.join(tmp, "src")
        for folder in sorted({os.path.dirname(path) for path in py}):
            os.makedirs(os.path.join(src, folder), exist_ok=True)
        for path, text in py.items():
            with open(os.path.join(src, path), "w", encoding="utf-8") as fh:
                fh.write(text)
        for args in (
            ["check", "--fix-only", "--quiet", "--exit-zero"],
            ["format", "--quiet"],
        ):
            proc = subprocess.run(
                [*_ruff(), *args, "--isolated", "--no-cache", str(root / "src")],
                # ruff takes folders of its working directory for first-party packages: run
                # where nothing but the output is, so that a folder named `attrs` beside the
                # user's shell does not reorder the imports.
                cwd=root,
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
        out = dict(files)
        for path in py:
            with open(os.path.join(src, path), encoding="utf-8") as fh:
                out[path] = fh.read()
        return out
