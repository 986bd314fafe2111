"""The stamp inside every generated package: what made it, and a hash of every file it wrote.

``<package>/_generated.json`` records the spec (sha256 of its bytes, ``info.version``), the
generator's version and fingerprint (see ``sources.py``), the options that shape the output, and
the sha256 of each generated file.
It sits inside the package, so it travels with a vendored copy; ``check`` reads it to say *why*
a folder no longer matches: the spec changed, the generator changed, the options changed, or
files were edited by hand. The text is deterministic (sorted keys, no timestamps).

When the spec, the generator's build and the options are the ones stamped and every file still
hashes to its stamp, ``check`` need not regenerate anything: :func:`verify` says so, or why not.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

from .. import __version__
from ..model import sources

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
    digests = {p: sha256(text.encode("utf-8")) for p, text in files.items()}
    return _text(digests, package_dir, spec_name, spec_sha256, info_version, options)


def _text(
    digests: dict[str, str],
    package_dir: object,
    spec_name: object,
    spec_sha256: object,
    info_version: object,
    options: object,
) -> str:
    """The stamp's text (its fields as given: a stamp read back is rebuilt from what it says)."""
    data = {
        "generator": {
            "name": GENERATOR,
            "version": __version__,
            "fingerprint": sources.fingerprint(),
        },
        "spec": {"file": spec_name, "sha256": spec_sha256, "info_version": info_version},
        "options": options,
        "package_dir": package_dir,
        "files": {p: digests[p] for p in sorted(digests)},
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def comparable(text: str) -> str:
    """A stamp's text without the fingerprint of the build that wrote it: two builds that write
    the same files write the same output. Anything else in the text still counts."""
    return _FINGERPRINT.sub("", text, count=1)


_FINGERPRINT = re.compile(r',\n *"fingerprint": "[0-9a-f]*"')


def read(path: Path) -> dict[str, Any] | str:
    """The stamp at ``path``, or a sentence saying why there is none to read."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return f"no stamp ({path}): made by an older generator, or not by this one"
    except (OSError, UnicodeDecodeError) as exc:
        return f"the stamp {path} cannot be read ({exc}); it was edited or damaged"
    return read_text(text, path)


def read_text(text: str, path: Path) -> dict[str, Any] | str:
    """The stamp whose text is ``text`` (read from ``path``), or why it cannot be used."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        return f"the stamp {path} cannot be read ({exc}); it was edited or damaged"
    if not isinstance(data, dict) or not isinstance(data.get("files"), dict):
        return f"the stamp {path} has no file list; it was edited or damaged"
    return data


def rebuilt(data: dict[str, Any], digests: dict[str, str]) -> str:
    """The text this build of the generator writes for the stamp ``data`` read from a file,
    with ``digests`` as its file list."""
    spec = data.get("spec") or {}
    return _text(
        digests,
        data.get("package_dir"),
        spec.get("file"),
        spec.get("sha256"),
        spec.get("info_version"),
        data.get("options"),
    )


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
