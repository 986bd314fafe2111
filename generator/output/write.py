"""Stage 8: write the package atomically.

The new tree is written into a staging folder beside the target, then swapped in with two renames;
the old tree is removed only after the swap. Files we did not generate (anything not listed in
the previous run's manifest) are carried over into the new tree, never deleted. A target folder
that has content but no manifest is refused: it was not made by us.

The manifest is ``.generated-files`` at the top of the folder, one path a line. A package written
on its own (vendored) has none: its stamp (``_generated.json``, see ``stamp.py``), which lists
every file it wrote with its hash, is its manifest.
"""

from __future__ import annotations

import concurrent.futures
import os
import shutil
import tempfile
from pathlib import Path

from ..model.diagnostics import ERROR, Diagnostic, SpecError
from . import stamp

MANIFEST = ".generated-files"


def manifest_text(files: dict[str, str]) -> str:
    return "".join(f"{p}\n" for p in sorted(files))


def with_manifest(files: dict[str, str]) -> dict[str, str]:
    """``files`` and their manifest (none when a stamp at the top lists them already)."""
    if stamp.STAMP in files:
        return dict(files)
    return {**files, MANIFEST: manifest_text(files)}


def _listed(target: Path) -> set[str] | None:
    m = target / MANIFEST
    if m.is_file():
        return {line for line in m.read_text(encoding="utf-8").splitlines() if line} | {MANIFEST}
    recorded = stamp.read(target / stamp.STAMP)
    if isinstance(recorded, dict):
        return set(stamp.package_files(recorded)) | {stamp.STAMP}
    return None


def _all_files(root: Path) -> list[str]:
    return sorted(
        str(p.relative_to(root)).replace(os.sep, "/")
        for p in root.rglob("*")
        if p.is_file() or p.is_symlink()
    )


def foreign_files(target: Path) -> list[str]:
    """Files under ``target`` that the last generation did not write."""
    listed = _listed(target) or set()
    return [f for f in _all_files(target) if f not in listed and "__pycache__" not in f.split("/")]


WRITERS = 2
"""Threads that create the files. Creating a file is mostly the kernel's work, done with the
interpreter lock released; files in different folders do not wait on each other's folder."""


_CREATE = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
"""As ``open(path, "wb")`` opens: bytes as they are (no newline translation on Windows)."""


def put_file(path: str, data: bytes, mode: int = 0o666) -> None:
    """``data`` as the new file at ``path`` (``mode`` less the umask; 0o666 as ``open()``
    gives), through the system calls alone: for thousands of small files, ``open()``'s layers
    cost more than the writing itself."""
    fd = os.open(path, _CREATE, mode)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)


def _write_one(stage: str, rel: str, data: bytes) -> None:
    put_file(os.path.join(stage, rel), data)


def _write_files(stage: Path, files: dict[str, str]) -> None:
    """Write ``files`` under ``stage`` (its folders made already), the folders shared out
    among :data:`WRITERS` threads by the number of files in each."""
    by_folder: dict[str, list[str]] = {}
    for rel in files:
        by_folder.setdefault(os.path.dirname(rel), []).append(rel)
    shares: list[list[str]] = [[] for _ in range(WRITERS)]
    for folder in sorted(by_folder, key=lambda f: (-len(by_folder[f]), f)):
        min(shares, key=len).extend(by_folder[folder])
    root = str(stage)

    def write(share: list[str]) -> None:
        for rel in share:
            _write_one(root, rel, files[rel].encode("utf-8"))

    with concurrent.futures.ThreadPoolExecutor(WRITERS) as pool:
        for done in [pool.submit(write, share) for share in shares if share]:
            done.result()


def write_tree(target: Path, files: dict[str, str]) -> None:
    """Replace ``target`` with ``files`` (paths relative to it), atomically."""
    target = target.resolve()
    if target.exists() and not target.is_dir():
        raise SpecError([Diagnostic(ERROR, f"output {target} exists and is not a folder")])
    if target.exists() and any(target.iterdir()) and _listed(target) is None:
        raise SpecError(
            [
                Diagnostic(
                    ERROR,
                    f"output folder {target} has files but no {MANIFEST} or {stamp.STAMP}: it was "
                    "not made by this generator, so nothing in it is replaced. Choose an empty or "
                    "new folder.",
                )
            ]
        )
    files = with_manifest(files)
    target.parent.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=target.parent))
    try:
        for folder in sorted({os.path.dirname(rel) for rel in files} - {""}):
            (stage / folder).mkdir(parents=True, exist_ok=True)
        _write_files(stage, files)
        if target.exists():
            for rel in foreign_files(target):
                if rel in files:
                    continue
                dest = stage / rel
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(target / rel, dest, follow_symlinks=False)
        old = target.parent / f".{target.name}.old-{os.getpid()}"
        if target.exists():
            os.replace(target, old)
        os.replace(stage, target)
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise
    if target.exists() and old.exists():
        shutil.rmtree(old, ignore_errors=True)


def read_tree(target: Path) -> dict[str, str]:
    """What a previous run wrote, for ``check``: every file its manifest lists."""
    listed = _listed(target)
    if listed is None:
        return {}
    out = {}
    for rel in sorted(listed):
        p = target / rel
        if p.is_file():
            out[rel] = p.read_text(encoding="utf-8")
    return out
