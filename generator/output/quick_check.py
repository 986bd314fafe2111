"""``check`` without regenerating: the output is up to date when its stamp names this spec (by
digest), this build of the generator (by fingerprint) and these options, the stamp and the
manifest are exactly what this generator writes for them, and every file still hashes to the
stamp. Anything else is answered by the full comparison; :func:`unchanged` then says why.

Nothing here imports a stage of the generator: the answer costs reading the spec and the files.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import attrs

from .. import __version__
from ..model import sources
from . import stamp
from .write import MANIFEST, manifest_text


@attrs.frozen
class Unchanged:
    target: Path
    """The folder ``check`` compares (the package's own folder with ``package_only``)."""
    files: int
    """How many files the generator wrote there (stamp and manifest included)."""


def unchanged(
    spec: str,
    out: str,
    *,
    package: str | None,
    package_only: bool,
    max_method_params: int | None,
    strict: bool,
) -> Unchanged | str:
    """:class:`Unchanged`, or why the output must be compared in full."""
    if strict:
        return "--strict: the spec's warnings are found only by reading it through"
    if package_only and not package:
        return "--package-only without --package: the package's folder comes from the spec"
    if package_only:
        assert package is not None
        target, stamp_rel = Path(out) / package.replace(".", "/"), stamp.STAMP
    else:
        target = Path(out)
        found = _stamp_in_manifest(target, package)
        if not found.endswith(stamp.STAMP):
            return found
        stamp_rel = found
    try:
        stamp_text = (target / stamp_rel).read_text(encoding="utf-8")
        spec_digest = hashlib.sha256(Path(spec).read_bytes()).hexdigest()
    except OSError as exc:
        return f"cannot read {exc.filename}: {exc.strerror}"
    except UnicodeDecodeError:
        return f"the stamp {target / stamp_rel} is not UTF-8 text"
    data = stamp.read_text(stamp_text, target / stamp_rel)
    if isinstance(data, str):
        return data
    options = {"package": package or (data.get("options") or {}).get("package")}
    options["package_only"] = package_only
    if max_method_params is not None:
        options["max_method_params"] = max_method_params
    package_dir = "" if package_only else str(options["package"]).replace(".", "/")
    why = _stamp_differs(data, stamp_text, (Path(spec).name, spec_digest), options, package_dir)
    if not why and not package_dir and stamp_rel != stamp.STAMP:
        why = "the stamp is not where the options put it"
    if why:
        return why
    files = stamp.recorded_files(data)
    if not package_only:
        manifest = manifest_text({**files, stamp_rel: ""})
        if _read(target / MANIFEST) != manifest.encode("utf-8"):
            return f"{MANIFEST} is not the one generated"
    edited = _edited(target, files)
    if edited:
        return (
            "files differ from their stamp: "
            + ", ".join(edited[:3])
            + (f" and {len(edited) - 3} more" if len(edited) > 3 else "")
        )
    return Unchanged(target, len(files) + 1 + (0 if package_only else 1))


def _stamp_in_manifest(target: Path, package: str | None) -> str:
    """The stamp's path listed in ``target``'s manifest, or why there is none to use."""
    try:
        listed = (target / MANIFEST).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return f"no {MANIFEST} in {target}"
    if package:
        wanted = f"{package.replace('.', '/')}/{stamp.STAMP}"
        return wanted if wanted in listed else f"{MANIFEST} lists no {wanted}"
    stamps = [line for line in listed if line.endswith("/" + stamp.STAMP)]
    if len(stamps) != 1:
        return f"{MANIFEST} lists {len(stamps)} stamps"
    return stamps[0]


def _stamp_differs(
    data: dict[str, Any],
    text: str,
    spec_read: tuple[str, str],
    options: dict[str, Any],
    package_dir: str,
) -> str:
    """Why the stamp does not vouch for this spec (name, digest), generator and options (""
    when it does)."""
    spec = data.get("spec") or {}
    generator = data.get("generator") or {}
    if (spec.get("file"), spec.get("sha256")) != spec_read:
        return "the spec is not the one stamped"
    if generator.get("version") != __version__:
        return f"stamped by version {generator.get('version')} of the generator"
    if generator.get("fingerprint") != sources.fingerprint():
        return "stamped by another build of the generator (its code or templates differ)"
    if data.get("options") != options or data.get("package_dir") != package_dir:
        return "the options are not the ones stamped"
    expected = stamp.rebuilt(data, stamp.recorded_files(data))
    if expected != text:
        return "the stamp is not as the generator writes it"
    return ""


def _read(path: Path) -> bytes | None:
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError:
        return None


def _edited(target: Path, files: dict[str, str]) -> list[str]:
    """The files that are missing or no longer hash to ``files``: each read through the system
    calls into one buffer and hashed from there (a thread or a file object per file would cost
    more than the hashing of a small file)."""
    root = str(target)
    found = []
    buffer = bytearray(1 << 16)
    view = memoryview(buffer)
    for rel in sorted(files):
        try:
            fd = os.open(os.path.join(root, rel), os.O_RDONLY | getattr(os, "O_BINARY", 0))
        except OSError:
            found.append(rel)
            continue
        try:
            digest = hashlib.sha256()
            while size := os.readv(fd, [buffer]):
                digest.update(view[:size])
        except OSError:
            found.append(rel)
            continue
        finally:
            os.close(fd)
        if digest.hexdigest() != files[rel]:
            found.append(rel)
    return found
