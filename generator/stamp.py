"""The stamp inside every generated package: what made it, and a hash of every file it wrote.

``<package>/_generated.json`` records the spec (sha256 of its bytes, ``info.version``), the
generator's version, the options that shape the output, and the sha256 of each generated file.
It sits inside the package, so it travels with a vendored copy; ``check`` reads it to say *why*
a folder no longer matches: the spec changed, the generator changed, the options changed, or
files were edited by hand. The text is deterministic (sorted keys, no timestamps).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from . import __version__

STAMP = "_generated.json"
GENERATOR = "openapi-attrs-generator"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def make(
    files: dict[str, str],
    *,
    package_dir: str,
    spec_name: str,
    spec_sha256: str,
    info_version: str,
    options: dict[str, Any],
) -> str:
    """The stamp's text for ``files`` (paths relative to the output folder the stamp is in).

    ``package_dir`` is where the package sits relative to that folder ("" when only the package
    was written), so the folder can be found again from the stamp alone.
    """
    data = {
        "generator": {"name": GENERATOR, "version": __version__},
        "spec": {"file": spec_name, "sha256": spec_sha256, "info_version": info_version},
        "options": options,
        "package_dir": package_dir,
        "files": {p: sha256(files[p].encode("utf-8")) for p in sorted(files)},
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def read(path: Path) -> dict[str, Any] | str:
    """The stamp at ``path``, or a sentence saying why there is none to read."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return f"no stamp ({path}): made by an older generator, or not by this one"
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        return f"the stamp {path} cannot be read ({exc}); it was edited or damaged"
    if not isinstance(data, dict) or not isinstance(data.get("files"), dict):
        return f"the stamp {path} has no file list; it was edited or damaged"
    return data


def _below(rel: object) -> bool:
    """A relative path that stays below its folder (a stamp is read, never trusted)."""
    return (
        isinstance(rel, str)
        and bool(rel)
        and not rel.startswith("/")
        and ".." not in rel.split("/")
    )


def recorded_files(data: dict[str, Any]) -> dict[str, str]:
    """The recorded files, by path relative to the folder they were written into."""
    return {p: str(d) for p, d in data["files"].items() if _below(p)}


def package_files(data: dict[str, Any]) -> dict[str, str]:
    """The recorded files inside the package, by path relative to the package's folder."""
    prefix = str(data.get("package_dir") or "")
    files = recorded_files(data)
    if not prefix:
        return files
    return {p[len(prefix) + 1 :]: d for p, d in files.items() if p.startswith(prefix + "/")}


def _short(digest: object) -> str:
    return str(digest)[:12]


def explain(recorded: dict[str, Any] | str, expected: dict[str, Any], root: Path) -> list[str]:
    """Why the files under ``root`` differ from what the generator makes now.

    ``recorded`` is the stamp found on disk (or why there is none), ``expected`` the stamp the
    generator makes today; ``root`` is the folder ``expected`` lists files from. A package
    generated in another layout (copied out of a full layout by hand, say) is compared by the
    files inside the package only. Each reason is one line; the last resort is the generator.
    """
    if isinstance(recorded, str):
        return [recorded]
    reasons = []
    old_spec, new_spec = recorded.get("spec") or {}, expected["spec"]
    if old_spec.get("sha256") != new_spec["sha256"]:
        old_v, new_v = old_spec.get("info_version"), new_spec["info_version"]
        version = (
            f"info.version {old_v!r} -> {new_v!r}" if old_v != new_v else f"info.version {new_v!r}"
        )
        reasons.append(
            f"the spec changed: sha256 {_short(old_spec.get('sha256'))}... -> "
            f"{_short(new_spec['sha256'])}... ({version})"
        )
    old_gen = (recorded.get("generator") or {}).get("version")
    new_gen = expected["generator"]["version"]
    if old_gen != new_gen:
        reasons.append(f"the generator changed: version {old_gen} -> {new_gen}")
    old_opts, new_opts = recorded.get("options") or {}, expected["options"]
    changed = [
        f"{k} {old_opts.get(k)!r} -> {new_opts.get(k)!r}"
        for k in sorted(set(old_opts) | set(new_opts))
        if old_opts.get(k) != new_opts.get(k)
    ]
    if changed:
        reasons.append("the options changed: " + ", ".join(changed))
    edited, deleted = [], []
    package_dir = str(expected["package_dir"])
    if recorded.get("package_dir") == package_dir:
        on_disk = recorded_files(recorded)
    else:
        inside = package_files(recorded).items()
        on_disk = {f"{package_dir}/{p}" if package_dir else p: d for p, d in inside}
    for rel, digest in sorted(on_disk.items()):
        p = root / rel
        if not p.is_file():
            deleted.append(rel)
        elif sha256(p.read_bytes()) != digest:
            edited.append(rel)
    if edited:
        reasons.append("edited by hand since they were generated: " + ", ".join(edited))
    if deleted:
        reasons.append("deleted by hand since they were generated: " + ", ".join(deleted))
    if not reasons:
        reasons.append(
            f"the generator changed: version {new_gen} writes different files for the same "
            "spec and options (a different build of the same version)"
        )
    return reasons
