"""The generator's own files: where its templates are, and a fingerprint of everything that
shapes its output (its version, its code and its templates).

The fingerprint goes into every stamp; ``check`` trusts a stamp it can verify only when the
stamp names this very build of the generator. It is the same for the checkout and for the
installed distribution made from it: files are hashed by their path below the code's folder and
below the templates' folder. Nothing here imports a stage, so ``check`` can ask for it cheaply.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterator
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from .. import __version__

SKIPPED = ("__pycache__",)
"""Folders that hold no source (bytecode caches)."""
SOURCE_SUFFIXES = (".py", ".jinja")
"""The files that are source (what the distribution ships of the code and the templates)."""


TOP_PACKAGE = (__package__ or "generator").split(".")[0]
"""The generator's top package, whichever subpackage this module sits in."""


def templates() -> Traversable:
    """The templates folder: package data of the installed distribution, else the checkout's
    (beside the generator's top package)."""
    installed = resources.files(TOP_PACKAGE) / "templates"
    if installed.is_dir():
        return installed
    depth = (__package__ or "generator").count(".") + 1
    return Path(__file__).resolve().parents[depth] / "templates"


def _files(folder: Traversable, prefix: str, skip: str = "") -> Iterator[tuple[str, Traversable]]:
    for entry in folder.iterdir():
        rel = f"{prefix}{entry.name}"
        if entry.name in SKIPPED or entry.name == skip:
            continue
        if entry.is_dir():
            yield from _files(entry, rel + "/")
        elif entry.name.endswith(SOURCE_SUFFIXES):
            yield rel, entry


@functools.cache
def fingerprint() -> str:
    """sha256 of the version and of every source file of the generator and its templates (by
    relative path); computed once a process."""
    code = resources.files(TOP_PACKAGE)
    found = [*_files(code, "code/", skip="templates"), *_files(templates(), "templates/")]
    digest = hashlib.sha256(f"{__version__}\0".encode())
    for rel, entry in sorted(found, key=lambda item: item[0]):
        data = entry.read_bytes()
        digest.update(f"{rel}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()
