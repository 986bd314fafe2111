"""The generator as a tool in someone else's repository: installed from its wheel, configured in
that repository's pyproject.toml, stamping what it writes, and vendoring a package into theirs."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import textwrap
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from generator import __version__, cli, pipeline
from generator.model import ir, sources
from generator.output import stamp, write
from generator.render import files as render_files
from tests.support.server import Reply, ScriptedServer

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "spec" / "openapi.yaml"
SMALL = ROOT / "tests" / "golden" / "errors" / "spec.yaml"  # package errors_demo, version 2.0.0


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def _client_script(import_name: str, url: str) -> str:
    return textwrap.dedent(
        f"""
        from {import_name} import Client
        with Client(api_key="k", server_url={url!r}, retries=None) as c:
            print(len(c.images.list_models().data))
        """
    )


# -- 1. the wheel ---------------------------------------------------------------------------


@pytest.mark.slow
def test_wheel_installs_a_working_tool(tmp_path: Path) -> None:
    """Build the wheel from the tracked sources alone, install it (and its pinned dependencies)
    into a fresh venv, then regenerate a consuming project with no arguments at all."""
    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "generator", src / "generator", ignore=ignore)
    shutil.copytree(ROOT / "templates", src / "templates", ignore=ignore)
    dist = tmp_path / "dist"
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(dist), str(src)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = dist.glob("openapi_attrs_generator-*.whl")
    shipped = set(zipfile.ZipFile(wheel).namelist())
    templates = {
        "openapi_attrs_generator/templates/" + p.relative_to(src / "templates").as_posix()
        for p in (src / "templates").rglob("*")
        if p.is_file()
    }
    assert templates and templates <= shipped, sorted(templates - shipped)
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    py = venv / "bin" / "python"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    installed = subprocess.run(
        [str(py), "-m", "pip", "install", "--quiet", str(wheel)],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert installed.returncode == 0, installed.stderr

    # A consuming repository, nowhere near this checkout.
    repo = tmp_path / "consumer"
    (repo / "api").mkdir(parents=True)
    (repo / ".git").mkdir()
    shutil.copy2(SPEC, repo / "api" / "openrouter.yaml")
    (repo / "pyproject.toml").write_text(
        '[project]\nname = "consumer"\n\n'
        "[tool.openapi-attrs-generator]\n"
        'spec = "api/openrouter.yaml"\nout = "src"\n'
        'package = "consumer._vendor.openrouter_images"\npackage-only = true\n',
        encoding="utf-8",
    )
    (repo / "src" / "consumer").mkdir(parents=True)
    (repo / "src" / "consumer" / "__init__.py").write_text("", encoding="utf-8")
    sub = repo / "src" / "consumer"  # run from a subfolder: the settings are found upwards
    gen = subprocess.run(
        [str(venv / "bin" / "openapi-attrs-generator"), "generate"],
        capture_output=True,
        text=True,
        cwd=sub,
        check=False,
        env=env,
    )
    assert gen.returncode == 0, gen.stderr
    pkg = repo / "src" / "consumer" / "_vendor" / "openrouter_images"
    assert (pkg / "_runtime" / "sse.py").is_file() and (pkg / stamp.STAMP).is_file()
    check = subprocess.run(
        [str(py), "-m", "openapi_attrs_generator", "check"],
        capture_output=True,
        text=True,
        cwd=repo,
        check=False,
        env=env,
    )
    assert check.returncode == 0, check.stderr
    assert "nothing regenerated" in check.stderr, check.stderr  # the installed build's stamp
    # The tool's own code does not take the generic name, and templates come from the wheel.
    probe = subprocess.run(
        [
            str(py),
            "-c",
            "import importlib.util, openapi_attrs_generator.render.files as r;"
            "print(importlib.util.find_spec('generator') is None, r.TEMPLATES)",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
        env=env,
    )
    no_generic, read_from = probe.stdout.split()
    assert no_generic == "True"
    assert read_from.startswith(str(venv)), read_from
    with ScriptedServer() as server:
        server.enqueue(Reply.json({"data": []}))
        called = subprocess.run(
            [str(py), "-c", _client_script("consumer._vendor.openrouter_images", server.url)],
            capture_output=True,
            text=True,
            cwd=repo / "src",
            check=False,
            env=env,
        )
    assert called.returncode == 0, called.stderr
    assert called.stdout.strip() == "0"
    assert server.requests[0].path == "/images/models"


# -- 2. settings in pyproject.toml ----------------------------------------------------------


def _repo(tmp_path: Path, settings: str) -> Path:
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "api").mkdir()
    shutil.copy2(SMALL, repo / "api" / "spec.yaml")
    (repo / "pyproject.toml").write_text(
        f"[tool.openapi-attrs-generator]\n{settings}", encoding="utf-8"
    )
    return repo


def test_settings_found_upwards_and_relative_to_their_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = _repo(tmp_path, 'spec = "api/spec.yaml"\nout = "client"\npackage = "acme_client"\n')
    deep = repo / "a" / "b"
    deep.mkdir(parents=True)
    (repo / "a" / "pyproject.toml").write_text('[project]\nname = "a"\n', encoding="utf-8")
    monkeypatch.chdir(deep)
    assert cli.main(["generate"]) == 0
    assert (repo / "client" / "acme_client" / "client.py").is_file()
    assert not (deep / "client").exists()
    assert cli.main(["check"]) == 0


def test_settings_stop_at_the_git_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    outer = tmp_path / "outer"
    repo = _repo(outer, "")
    (outer / "pyproject.toml").write_text(
        '[tool.openapi-attrs-generator]\nspec = "nowhere.yaml"\n', encoding="utf-8"
    )
    (repo / "pyproject.toml").unlink()
    monkeypatch.chdir(repo)
    assert cli.find_settings(repo) is None
    (repo / "pyproject.toml").write_text("[tool.other]\nx = 1\n", encoding="utf-8")
    assert cli.find_settings(repo) is None


def test_flags_override_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = _repo(
        tmp_path,
        'spec = "api/spec.yaml"\nout = "src"\npackage = "acme.vendored"\npackage-only = true\n',
    )
    monkeypatch.chdir(repo)
    assert cli.main(["generate"]) == 0
    assert (repo / "src" / "acme" / "vendored" / "client.py").is_file()
    assert not (repo / "src" / "pyproject.toml").exists()
    assert cli.main(["generate", "--no-package-only", "--out", "full", "--package", "other"]) == 0
    assert (repo / "full" / "pyproject.toml").is_file()
    assert (repo / "full" / "other" / "client.py").is_file()


def test_strict_from_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = _repo(tmp_path, 'spec = "api/spec.yaml"\nout = "client"\nstrict = true\n')
    spec = repo / "api" / "spec.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        "    A:\n      type: object\n      required: [x, x]\n      properties:\n"
        "        x: {type: string}\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(repo)
    assert cli.main(["generate"]) == 1
    assert not (repo / "client").exists()
    assert cli.main(["generate", "--no-strict"]) == 0


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ('pakage = "x"\n', "unknown key 'pakage'; did you mean 'package'?"),
        ("package_only = true\n", "unknown key 'package_only'; did you mean 'package-only'?"),
        ('strict = "yes"\n', "strict must be true or false, not 'yes'"),
        ("out = 3\n", "out must be a string, not 3"),
        ('package = "acme.3x"\n', "package name 'acme.3x' is not a dotted Python name (part '3x')"),
        ("spec = [\n", "cannot read the settings"),
    ],
)
def test_bad_settings_are_one_line(tmp_path: Path, settings: str, message: str) -> None:
    repo = _repo(tmp_path, settings)
    proc = run("generate", cwd=repo)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1, proc.stderr
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr
    assert sorted(p.name for p in repo.iterdir()) == [".git", "api", "pyproject.toml"]


def test_no_spec_anywhere_is_one_line(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    proc = run("check", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr == (
        "openapi-attrs-generator: error: no spec: name one, set spec in "
        "[tool.openapi-attrs-generator] (no pyproject.toml here or up to the git root has that "
        "table), or put it at spec/openapi.yaml\n"
    )


@pytest.mark.parametrize(
    ("args", "message", "code"),
    [
        (["--package", "class"], "package name 'class' is not a dotted Python name", 2),
        (["--package", "a..b"], "package name 'a..b' is not a dotted Python name (part '')", 2),
        (["missing.yaml"], "missing.yaml: error: cannot read the spec", 1),
    ],
)
def test_bad_names_and_missing_spec_are_one_line(
    tmp_path: Path, args: list[str], message: str, code: int
) -> None:
    spec = [] if args[0].endswith(".yaml") else [str(SMALL)]
    proc = run("generate", *spec, *args, "--out", str(tmp_path / "o"), cwd=tmp_path)
    assert proc.returncode == code
    assert proc.stderr.count("\n") == 1, proc.stderr
    assert message in proc.stderr
    assert not (tmp_path / "o").exists()


# -- 3. the stamp ---------------------------------------------------------------------------


def test_stamp_records_spec_generator_options_and_hashes(tmp_path: Path) -> None:
    out = tmp_path / "client"
    assert cli.main(["generate", str(SMALL), "--out", str(out)]) == 0
    data = json.loads((out / "errors_demo" / stamp.STAMP).read_text(encoding="utf-8"))
    assert data["spec"] == {
        "file": "spec.yaml",
        "sha256": hashlib.sha256(SMALL.read_bytes()).hexdigest(),
        "info_version": "2.0.0",
    }
    assert data["generator"] == {
        "name": "openapi-attrs-generator",
        "version": __version__,
        "fingerprint": sources.fingerprint(),
    }
    assert data["options"] == {"package": "errors_demo", "package_only": False}
    assert data["package_dir"] == "errors_demo"
    listed = set(write.read_tree(out)) - {write.MANIFEST, f"errors_demo/{stamp.STAMP}"}
    assert set(data["files"]) == listed
    for rel, digest in data["files"].items():
        assert hashlib.sha256((out / rel).read_bytes()).hexdigest() == digest, rel
    # Deterministic: a second run writes the same bytes.
    first = (out / "errors_demo" / stamp.STAMP).read_bytes()
    assert cli.main(["generate", str(SMALL), "--out", str(out)]) == 0
    assert (out / "errors_demo" / stamp.STAMP).read_bytes() == first


def _check(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str]]:
    code = cli.main(["check", *args])
    reasons = [line.strip()[5:] for line in capsys.readouterr().err.splitlines() if "why:" in line]
    return code, reasons


def test_check_says_the_spec_changed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec, out = tmp_path / "spec.yaml", tmp_path / "client"
    shutil.copy2(SMALL, spec)
    assert cli.main(["generate", str(spec), "--out", str(out)]) == 0
    text = spec.read_text(encoding="utf-8")
    spec.write_text(text.replace("version: 2.0.0", "version: 2.1.0"), encoding="utf-8")
    old, new = hashlib.sha256(text.encode()).hexdigest(), stamp.sha256(spec.read_bytes())
    code, reasons = _check(capsys, str(spec), "--out", str(out))
    assert code == 1
    assert reasons == [
        f"the spec changed: sha256 {old[:12]}... -> {new[:12]}... (info.version '2.0.0' -> '2.1.0')"
    ]


def test_check_says_which_files_were_edited_by_hand(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "client"
    assert cli.main(["generate", str(SMALL), "--out", str(out)]) == 0
    with open(out / "errors_demo" / "errors.py", "a", encoding="utf-8") as fh:
        fh.write("# patched\n")
    (out / "README.md").write_text("mine\n", encoding="utf-8")
    (out / "errors_demo" / "models" / "problem.py").unlink()
    code, reasons = _check(capsys, str(SMALL), "--out", str(out))
    assert code == 1
    assert reasons == [
        "edited by hand since they were generated: README.md, errors_demo/errors.py",
        "deleted by hand since they were generated: errors_demo/models/problem.py",
    ]


def test_check_says_the_generator_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "client"
    assert cli.main(["generate", str(SMALL), "--out", str(out)]) == 0
    capsys.readouterr()
    monkeypatch.setattr(stamp, "__version__", "9.9.9")
    code, reasons = _check(capsys, str(SMALL), "--out", str(out))
    assert code == 1
    assert reasons == [f"the generator changed: version {__version__} -> 9.9.9"]
    monkeypatch.undo()

    # Same version number, different output: still the generator (another build of it).
    monkeypatch.setattr(sources, "fingerprint", lambda: "0" * 64)
    real = render_files.iter_files

    def patched(api: ir.Api, import_name: str = "") -> Iterator[render_files.Rendered]:
        for made in real(api, import_name):
            if made.path == f"{import_name}/client.py":
                made = made._replace(text=made.text + "\n# changed\n")
            yield made

    monkeypatch.setattr(render_files, "iter_files", patched)
    code, reasons = _check(capsys, str(SMALL), "--out", str(out))
    assert code == 1
    assert reasons[0].startswith(f"the generator changed: version {__version__} writes different")


def test_check_without_a_stamp(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "client"
    assert cli.main(["generate", str(SMALL), "--out", str(out)]) == 0
    (out / "errors_demo" / stamp.STAMP).unlink()
    code, reasons = _check(capsys, str(SMALL), "--out", str(out))
    assert code == 1 and reasons[0].startswith("no stamp")


# -- 4. vendoring ---------------------------------------------------------------------------

VENDOR = ["--package", "acme._vendor.openrouter_images", "--package-only"]


@pytest.mark.slow
def test_vendored_package_imports_type_checks_and_checks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "src"
    (src / "acme").mkdir(parents=True)
    (src / "acme" / "__init__.py").write_text("", encoding="utf-8")
    (src / "acme" / "app.py").write_text("APP = 1\n", encoding="utf-8")
    args = [str(SPEC), "--out", str(src), *VENDOR]
    assert cli.main(["generate", *args]) == 0
    pkg = src / "acme" / "_vendor" / "openrouter_images"
    # Only the package: nothing around it, the user's files untouched.
    assert sorted(p.name for p in src.iterdir()) == ["acme"]
    assert sorted(p.name for p in (src / "acme").iterdir()) == ["__init__.py", "_vendor", "app.py"]
    assert sorted(p.name for p in (src / "acme" / "_vendor").iterdir()) == ["openrouter_images"]
    # The stamp lists what the generator owns there: no separate manifest.
    assert not (pkg / write.MANIFEST).exists() and (pkg / "py.typed").is_file()
    data = json.loads((pkg / stamp.STAMP).read_text(encoding="utf-8"))
    assert data["package_dir"] == ""
    assert data["options"] == {"package": "acme._vendor.openrouter_images", "package_only": True}
    # The same package as the top-level one, byte for byte (the stamp aside).
    top = pipeline.generate(SPEC, package="openrouter_images")
    for rel, text in write.read_tree(pkg).items():
        if rel not in (stamp.STAMP, write.MANIFEST):
            assert top.files[f"openrouter_images/{rel}"] == text, rel

    with ScriptedServer() as server:
        server.enqueue(Reply.json({"data": []}))
        called = subprocess.run(
            [sys.executable, "-c", _client_script("acme._vendor.openrouter_images", server.url)],
            capture_output=True,
            text=True,
            cwd=src,
            check=False,
        )
    assert called.returncode == 0, called.stderr
    assert called.stdout.strip() == "0"

    typed = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            str(tmp_path / ".mypy"),
            "-p",
            "acme._vendor.openrouter_images",
        ],
        capture_output=True,
        text=True,
        cwd=src,
        check=False,
    )
    assert typed.returncode == 0, typed.stdout

    assert cli.main(["check", *args]) == 0
    # A second package vendored beside it keeps its own manifest and stamp.
    assert cli.main(["generate", str(SMALL), "--out", str(src), "--package-only",
                     "--package", "acme._vendor.errors_demo"]) == 0  # fmt: skip
    assert cli.main(["check", *args]) == 0
    capsys.readouterr()
    with open(pkg / "client.py", "a", encoding="utf-8") as fh:
        fh.write("# patched\n")
    code, reasons = _check(capsys, *args)
    assert code == 1
    assert reasons == ["edited by hand since they were generated: client.py"]
    # Regenerating puts it right and keeps what the user added inside the package.
    (pkg / "local.py").write_text("X = 1\n", encoding="utf-8")
    assert cli.main(["generate", *args]) == 0
    assert cli.main(["check", *args]) == 0
    assert (pkg / "local.py").is_file() and (src / "acme" / "app.py").is_file()


def test_package_copied_by_hand_is_checked_and_taken_over(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """generated/openrouter_images copied under another package, then checked and regenerated
    as a vendored package there: the stamp it carries tells what happened."""
    src = tmp_path / "src"
    (src / "myapp" / "vendor").mkdir(parents=True)
    pkg = src / "myapp" / "vendor" / "openrouter_images"
    shutil.copytree(ROOT / "generated" / "openrouter_images", pkg)
    with open(pkg / "errors.py", "a", encoding="utf-8") as fh:
        fh.write("# patched\n")
    args = [str(SPEC), "--out", str(src), "--package", "myapp.vendor.openrouter_images"]
    code, reasons = _check(capsys, *args, "--package-only")
    assert code == 1
    assert reasons == [
        "the options changed: package 'openrouter_images' -> 'myapp.vendor.openrouter_images', "
        "package_only False -> True",
        "edited by hand since they were generated: errors.py",
    ]
    (pkg / "notes.md").write_text("mine\n", encoding="utf-8")
    assert cli.main(["generate", *args, "--package-only"]) == 0
    assert cli.main(["check", *args, "--package-only"]) == 0
    assert (pkg / "notes.md").read_text(encoding="utf-8") == "mine\n"
    assert "# patched" not in (pkg / "errors.py").read_text(encoding="utf-8")


def test_vendored_full_layout_names_the_dotted_package(tmp_path: Path) -> None:
    out = tmp_path / "dist"
    assert cli.main(["generate", str(SMALL), "--out", str(out), "--package", "acme.api"]) == 0
    assert (out / "acme" / "api" / "client.py").is_file()
    assert not (out / "acme" / "__init__.py").exists()
    assert "from acme.api import" in (out / "README.md").read_text(encoding="utf-8")
    pyproject = (out / "pyproject.toml").read_text(encoding="utf-8")
    assert 'include = ["acme.api*"]' in pyproject
    assert '"acme.api" = ["py.typed", "_generated.json"]' in pyproject


# -- 8. pre-commit hooks --------------------------------------------------------------------


def test_pre_commit_hooks() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    by_id = {h["id"]: h for h in hooks}
    assert set(by_id) >= {"openapi-attrs-generator-check", "openapi-attrs-generator-diff"}
    for hook in by_id.values():
        assert hook["language"] == "python"
        assert hook["entry"].split()[0] == "openapi-attrs-generator"
    assert by_id["openapi-attrs-generator-check"]["entry"].split()[1] == "check"
    assert by_id["openapi-attrs-generator-diff"]["entry"].split()[1] == "diff"
