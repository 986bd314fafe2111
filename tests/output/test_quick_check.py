"""``check`` without regenerating when the stamp vouches for the output, and the full comparison
(with the reason said) whenever anything differs: the spec, the generator's build, the options,
the stamp, the manifest or a file."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import cli, pipeline
from generator.model import sources
from generator.output import quick_check, stamp, write

ROOT = Path(__file__).resolve().parents[2]
SMALL = ROOT / "tests" / "golden" / "errors" / "spec.yaml"  # package errors_demo


def _check(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = cli.main(["check", *args])
    return code, capsys.readouterr().err


@pytest.fixture
def generated(tmp_path: Path) -> tuple[Path, Path]:
    spec, out = tmp_path / "spec.yaml", tmp_path / "client"
    shutil.copy2(SMALL, spec)
    assert cli.main(["generate", str(spec), "--out", str(out)]) == 0
    return spec, out


def _no_generation(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("check regenerated")

    monkeypatch.setattr(pipeline, "generate", refuse)


def test_nothing_changed_is_answered_from_the_stamp(
    generated: tuple[Path, Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spec, out = generated
    _no_generation(monkeypatch)
    code, err = _check(capsys, str(spec), "--out", str(out))
    listed = len(write.read_tree(out))
    assert code == 0
    assert err == f"{out} matches {spec} ({listed} files; as stamped, nothing regenerated)\n"
    # The package named: the same answer.
    code, err = _check(capsys, str(spec), "--out", str(out), "--package", "errors_demo")
    assert code == 0 and "nothing regenerated" in err


def test_a_vendored_package_is_answered_from_its_stamp(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    args = [str(SMALL), "--out", str(tmp_path), "--package", "acme.errors", "--package-only"]
    assert cli.main(["generate", *args]) == 0
    _no_generation(monkeypatch)
    code, err = _check(capsys, *args)
    assert code == 0 and "nothing regenerated" in err
    (tmp_path / "acme" / "errors" / "client.py").write_text("# mine\n", encoding="utf-8")
    monkeypatch.undo()
    code, err = _check(capsys, *args)
    assert code == 1
    assert "comparing in full (files differ from their stamp: client.py)" in err


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


FALLBACKS = {
    "spec": (lambda spec, out: _edit(spec, "version: 2.0.0", "version: 2.0.1"), [], 1,
             "the spec is not the one stamped"),
    "strict": (lambda spec, out: None, ["--strict"], 0, "--strict: the spec's warnings"),
    "options": (lambda spec, out: None, ["--max-method-params", "9"], 1,
                "the options are not the ones stamped"),
    "file": (lambda spec, out: _edit(out / "errors_demo" / "client.py", "class", "class  "), [],
             1, "files differ from their stamp: errors_demo/client.py"),
    "deleted": (lambda spec, out: (out / "README.md").unlink(), [], 1,
                "files differ from their stamp: README.md"),
    "manifest": (lambda spec, out: _edit(out / write.MANIFEST, "README.md\n", ""), [], 1,
                 f"{write.MANIFEST} is not the one generated"),
    "stamp": (lambda spec, out: _edit(out / "errors_demo" / stamp.STAMP, '"files": {',
                                      '"files":  {'), [], 1,
              "the stamp is not as the generator writes it"),
    "spec name": (lambda spec, out: _edit(out / "errors_demo" / stamp.STAMP, '"spec.yaml"',
                                          '"other.yaml"'), [], 1,
                  "the spec is not the one stamped"),
    "no manifest": (lambda spec, out: (out / write.MANIFEST).unlink(), [], 1,
                    f"no {write.MANIFEST} in"),
}  # fmt: skip


@pytest.mark.parametrize("case", FALLBACKS, ids=str)
def test_anything_else_is_compared_in_full_and_says_why(
    case: str, generated: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    change, extra, expected_code, reason = FALLBACKS[case]
    spec, out = generated
    change(spec, out)
    code, err = _check(capsys, str(spec), "--out", str(out), *extra)
    first = err.splitlines()[0]
    assert first.startswith("check: comparing in full (") and reason in first, err
    # The full comparison gives the verdict, as it always did.
    assert code == expected_code, err


def test_another_build_of_the_generator_is_never_trusted(
    generated: tuple[Path, Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Same version, other code: the stamp does not vouch; the full comparison runs, and the
    output (the same files, the stamp's fingerprint aside) passes."""
    spec, out = generated
    monkeypatch.setattr(sources, "fingerprint", lambda: "0" * 64)
    code, err = _check(capsys, str(spec), "--out", str(out))
    assert err.splitlines()[0] == (
        "check: comparing in full (stamped by another build of the generator (its code or "
        "templates differ))"
    )
    assert code == 0 and "nothing regenerated" not in err
    # (Another build writing other files fails the full comparison: test_tool.py.)


def test_the_stamp_carries_the_fingerprint(generated: tuple[Path, Path]) -> None:
    _, out = generated
    data = json.loads((out / "errors_demo" / stamp.STAMP).read_text(encoding="utf-8"))
    assert data["generator"]["fingerprint"] == sources.fingerprint()
    assert len(sources.fingerprint()) == 64


def test_the_fingerprint_covers_every_file_of_the_code_and_the_templates() -> None:
    listed = sorted(rel for rel, _ in sources._files(sources.templates(), "templates/"))
    on_disk = sorted(
        "templates/" + p.relative_to(ROOT / "templates").as_posix()
        for p in (ROOT / "templates").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    )
    assert listed == on_disk
    code = sorted(
        rel for rel, _ in sources._files(sources.resources.files("generator"), "code/", "templates")
    )
    assert code == sorted(
        "code/" + p.relative_to(ROOT / "generator").as_posix()
        for p in (ROOT / "generator").rglob("*.py")
        if "__pycache__" not in p.parts
    )


def _fingerprint_of(tree: Path) -> str:
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(
        [sys.executable, "-c", "from generator.model import sources; print(sources.fingerprint())"],
        capture_output=True,
        text=True,
        check=True,
        cwd=tree,
        env=env,
    ).stdout.strip()


def test_the_fingerprint_changes_with_any_template_or_module(tmp_path: Path) -> None:
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "generator", tmp_path / "generator", ignore=ignore)
    shutil.copytree(ROOT / "templates", tmp_path / "templates", ignore=ignore)
    first = _fingerprint_of(tmp_path)
    assert first == sources.fingerprint()  # by content and relative path, not by folder
    with open(tmp_path / "templates" / "_runtime" / "errors.py", "a", encoding="utf-8") as fh:
        fh.write("\n")
    second = _fingerprint_of(tmp_path)
    with open(tmp_path / "generator" / "naming.py", "a", encoding="utf-8") as fh:
        fh.write("\n")
    assert len({first, second, _fingerprint_of(tmp_path)}) == 3


def test_every_byte_of_every_file_is_hashed(tmp_path: Path) -> None:
    """Files of any size (around and over the read buffer), a missing one, a folder where a
    file was: each is found edited exactly when its bytes no longer hash to the stamp."""
    sizes = {"empty": 0, "small": 10, "buffer": 1 << 16, "over": (1 << 16) + 1, "big": 200_000}
    files = {}
    for name, size in sizes.items():
        data = bytes(i % 251 for i in range(size))
        (tmp_path / name).write_bytes(data)
        files[name] = hashlib.sha256(data).hexdigest()
    files["gone"] = hashlib.sha256(b"").hexdigest()
    (tmp_path / "folder").mkdir()
    files["folder"] = hashlib.sha256(b"").hexdigest()
    assert quick_check._edited(tmp_path, files) == ["folder", "gone"]
    for name in ("over", "big"):
        data = bytearray((tmp_path / name).read_bytes())
        data[-1] ^= 1
        (tmp_path / name).write_bytes(bytes(data))
    assert quick_check._edited(tmp_path, files) == ["big", "folder", "gone", "over"]
