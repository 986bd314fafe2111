"""The command line on good and bad input: clear messages, exit codes, nothing half-written."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main
from generator.output import write

ROOT = Path(__file__).resolve().parents[1]
GOOD = ROOT / "tests" / "golden" / "errors" / "spec.yaml"


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
    )


def test_generate_then_check(tmp_path: Path) -> None:
    out = tmp_path / "client"
    assert main(["generate", str(GOOD), "--out", str(out)]) == 0
    assert (out / "errors_demo" / "py.typed").exists()
    assert main(["check", str(GOOD), "--out", str(out)]) == 0
    (out / "errors_demo" / "client.py").write_text("# edited\n", encoding="utf-8")
    proc = run("check", str(GOOD), "--out", str(out))
    assert proc.returncode == 1
    assert "changed: errors_demo/client.py" in proc.stderr


def test_check_before_the_first_generate(tmp_path: Path) -> None:
    """Nothing generated yet: one line that says so, exit 1 (not a list of every file)."""
    proc = run("check", str(GOOD), "--out", str(tmp_path / "client"))
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        f"{tmp_path / 'client'}: nothing generated there yet; run 'openapi-attrs-generator "
        "generate' to write the client"
    ]


def test_build_leftovers_do_not_break_lint(tmp_path: Path) -> None:
    """``pip install ./generated`` leaves ``generated/build/`` (a second copy of the package):
    the Makefile's lint commands for generated/ skip it."""
    lines = (ROOT / "Makefile").read_text(encoding="utf-8").splitlines()
    commands = [
        line.strip().removeprefix("cd generated && ../$(PY) ")
        for line in lines
        if line.strip().startswith("cd generated && ")
    ]
    assert len(commands) == 2
    gen = tmp_path / "generated"
    for folder in (gen / "pkg", gen / "build" / "lib" / "pkg", gen / "dist" / "pkg"):
        folder.mkdir(parents=True)
        (folder / "__init__.py").write_text('"""A package."""\n\nX: int = 1\n', encoding="utf-8")
    for command in commands:
        args = [a.strip("'") for a in command.split()]
        proc = subprocess.run(
            [sys.executable, *args], cwd=gen, capture_output=True, text=True, check=False
        )
        assert proc.returncode == 0, proc.stdout + proc.stderr


BAD_INPUTS = {
    "not-yaml.yaml": ("openapi: 3.1.0\ninfo: [unclosed\n", "invalid YAML", ":3"),
    "not-json.json": ('{"openapi": "3.1.0",\n  "info": }\n', "invalid JSON", ":2"),
    "not-openapi.yaml": ("hello: world\n", "no 'openapi' field", ""),
    "swagger.yaml": (
        "swagger: '2.0'\ninfo: {title: x, version: '1'}\npaths: {}\n",
        "Swagger 2.0",
        "",
    ),
    "list.yaml": ("- 1\n- 2\n", "not a mapping", ""),
    "bad-ref.yaml": (
        "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n"
        "        '200':\n          description: ok\n          content:\n            application/json:\n"
        "              schema: {$ref: '#/components/schemas/Missing'}\n",
        "points at nothing",
        ":11",
    ),
    "bad-schema-31.yaml": (
        "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        "    A:\n      type: object\n      properties:\n        x: {type: 12}\n",
        "error: #/components/schemas/A/properties/x/type: invalid schema",
        ":9:13",
    ),
    "bad-schema-30.yaml": (
        "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        "    A:\n      type: object\n      properties:\n        x: {type: 12}\n",
        "error: #/components/schemas/A/properties/x/type: 12 is not of type 'string'",
        ":9:13",
    ),
    "broken-rule.yaml": (
        "openapi: 3.1.0\ninfo: {title: T}\npaths: {}\n",
        "is a required property",
        ":2",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_is_named_and_nothing_is_written(tmp_path: Path, name: str) -> None:
    text, message, line = BAD_INPUTS[name]
    spec = tmp_path / name
    spec.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["generate", str(GOOD), "--out", str(out)]) == 0
    before = write.read_tree(out)
    proc = run("generate", str(spec), "--out", str(out))
    assert proc.returncode == 1
    assert message in proc.stderr
    assert str(spec) + line in proc.stderr
    assert "Traceback" not in proc.stderr
    assert write.read_tree(out) == before


def test_missing_file(tmp_path: Path) -> None:
    proc = run("generate", str(tmp_path / "nope.yaml"), "--out", str(tmp_path / "o"))
    assert (
        proc.returncode == 1
        and "cannot read the spec" in proc.stderr
        and "Traceback" not in proc.stderr
    )
    assert not (tmp_path / "o").exists()


def test_validate_lists_problems_with_pointer(tmp_path: Path) -> None:
    spec = tmp_path / "s.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        "    A:\n      type: object\n      required: [x, x]\n      properties:\n        x: {type: string}\n",
        encoding="utf-8",
    )
    proc = run("validate", str(spec))
    assert proc.returncode == 0
    assert "#/components/schemas/A/required" in proc.stderr and ":8" in proc.stderr
    strict = run("validate", str(spec), "--strict")
    assert strict.returncode == 1


def test_refuses_folder_it_did_not_make(tmp_path: Path) -> None:
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("keep me", encoding="utf-8")
    proc = run("generate", str(GOOD), "--out", str(out))
    assert proc.returncode == 1 and "not made by this generator" in proc.stderr
    assert (out / "notes.txt").read_text(encoding="utf-8") == "keep me"
    assert sorted(p.name for p in out.iterdir()) == ["notes.txt"]


def test_keeps_files_it_did_not_generate(tmp_path: Path) -> None:
    out = tmp_path / "client"
    assert main(["generate", str(GOOD), "--out", str(out)]) == 0
    (out / "LOCAL_NOTES.md").write_text("mine", encoding="utf-8")
    (out / "errors_demo" / "extra.py").write_text("X = 1\n", encoding="utf-8")
    assert main(["generate", str(GOOD), "--out", str(out)]) == 0
    assert (out / "LOCAL_NOTES.md").read_text(encoding="utf-8") == "mine"
    assert (out / "errors_demo" / "extra.py").exists()
    assert not list(tmp_path.glob(".client.*")), "staging folders left behind"


def test_removes_files_no_longer_generated(tmp_path: Path) -> None:
    out = tmp_path / "client"
    assert main(["generate", str(GOOD), "--out", str(out)]) == 0
    manifest = (out / write.MANIFEST).read_text(encoding="utf-8")
    (out / "errors_demo" / "models" / "stale.py").write_text("", encoding="utf-8")
    (out / write.MANIFEST).write_text(manifest + "errors_demo/models/stale.py\n", encoding="utf-8")
    assert main(["generate", str(GOOD), "--out", str(out)]) == 0
    assert not (out / "errors_demo" / "models" / "stale.py").exists()


def test_written_files_are_the_bytes_given_with_the_umasks_mode(tmp_path: Path) -> None:
    """The writer threads create files as open(path, "wb") would: the text's UTF-8 bytes
    exactly, mode 0o666 less the umask; every file given is there, in folders of any depth."""
    import os

    files = {f"pkg/m{i}/f{j}.py": f"x = {i * j}\r\n# é\n" for i in range(5) for j in range(40)}
    files["top.txt"] = ""
    old = os.umask(0o027)
    try:
        write.write_tree(tmp_path / "out", files)
    finally:
        os.umask(old)
    for rel, text in files.items():
        path = tmp_path / "out" / rel
        assert path.read_bytes() == text.encode("utf-8")
        assert path.stat().st_mode & 0o777 == 0o640


@pytest.mark.parametrize(("debug", "handlers_run"), [("", False), ("1", True)])
def test_the_command_ends_with_a_hard_exit_unless_exit_handlers_may_matter(
    tmp_path: Path, debug: str, handlers_run: bool
) -> None:
    """The command skips the interpreter's teardown (and so exit handlers), except where they
    may matter: GENERATOR_DEBUG here; its output and exit code are the same either way."""
    import os

    code = (
        "import atexit, sys\n"
        "atexit.register(lambda: print('exit handler ran'))\n"
        f"sys.argv = ['x', 'generate', {str(GOOD)!r}, '--out', {str(tmp_path / 'o')!r}]\n"
        "from generator.cli import run\n"
        "run()\n"
    )
    env = {**os.environ, "GENERATOR_DEBUG": debug}
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert "generated " in proc.stderr
    assert ("exit handler ran" in proc.stdout) is handlers_run
