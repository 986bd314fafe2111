"""The workflow the README recommends, run as a user runs it in a repository of their own.

A scratch git repository (outside this checkout, with an ``origin`` to pull-request against)
keeps its spec in ``api/``, its settings in its own ``pyproject.toml`` and vendors the client
under a dotted package with ``package-only``. The tool is installed from its built wheel into
that repository's own virtual environment; from then on only its command line is used:
``generate``, the client imported and called against ``mock``, ``mypy --strict`` on code using
it, ``check`` (clean, after a hand edit, after a spec edit), this project's pre-commit hooks
run by pre-commit itself, and ``diff`` / ``changelog`` after a breaking and an additive spec
change, with the exit codes a CI gate relies on.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "consumer._vendor.petstore"
TOOL = "openapi-attrs-generator"

SPEC = """\
openapi: 3.1.0
info: {title: Petstore, version: 1.2.0}
servers: [{url: "https://pets.example.com/v1"}]
security: [{bearer: []}]
components:
  securitySchemes:
    bearer: {type: http, scheme: bearer}
  schemas:
    Pet:
      type: object
      required: [id, name]
      properties:
        id: {type: integer}
        name: {type: string}
        tag: {type: string}
paths:
  /pets:
    get:
      operationId: listPets
      tags: [pets]
      responses:
        "200":
          description: the pets
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Pet"}}
              example: [{id: 1, name: Rex, tag: dog}]
"""

PYPROJECT = f"""\
[project]
name = "consumer"
version = "0.1.0"

[tool.openapi-attrs-generator]
spec = "api/petstore.yaml"
out = "src"
package = "{PACKAGE}"
package-only = true
"""

APP = f"""\
from __future__ import annotations

from {PACKAGE} import Client
from {PACKAGE}.models import Pet


def pet_names(server_url: str) -> list[str]:
    with Client(bearer="sk-test", server_url=server_url) as client:
        pets: list[Pet] = client.pets.list_pets()
        return [p.name for p in pets]
"""


def _pin(name: str) -> str:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    dev: list[str] = data["project"]["optional-dependencies"]["dev"]
    return next(d for d in dev if d.startswith(f"{name}=="))


class Repo:
    """The consumer's repository: runs commands there as its user would."""

    def __init__(self, path: Path, venv: Path) -> None:
        self.path, self.venv = path, venv
        self.env = {
            **os.environ,
            "PATH": f"{venv / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}",
            "PYTHONPATH": str(path / "src"),
            "PRE_COMMIT_HOME": str(path.parent / "pre-commit-home"),
            "GIT_AUTHOR_NAME": "Consumer",
            "GIT_AUTHOR_EMAIL": "consumer@example.com",
            "GIT_COMMITTER_NAME": "Consumer",
            "GIT_COMMITTER_EMAIL": "consumer@example.com",
        }
        self.env.pop("VIRTUAL_ENV", None)

    def run(self, *args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
        proc = subprocess.run(
            list(args), cwd=self.path, env=self.env, capture_output=True, text=True, check=False
        )
        if ok:
            assert proc.returncode == 0, f"{args}: {proc.stdout}{proc.stderr}"
        return proc

    def tool(self, *args: str) -> subprocess.CompletedProcess[str]:
        return self.run(str(self.venv / "bin" / TOOL), *args, ok=False)

    def git(self, *args: str) -> str:
        return self.run("git", *args).stdout

    def write(self, rel: str, text: str) -> None:
        path = self.path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")

    def edit_spec(self, old: str, new: str) -> None:
        spec = self.path / "api" / "petstore.yaml"
        text = spec.read_text(encoding="utf-8")
        assert old in text
        spec.write_text(text.replace(old, new), encoding="utf-8")

    def hook(self, hook_id: str) -> subprocess.CompletedProcess[str]:
        """One of this project's hooks, run by pre-commit: from ``.pre-commit-config.yaml`` as
        the README shows it (this checkout as the repo, its commit as the rev) when what the
        hooks install is committed; else with ``try-repo``, which takes uncommitted changes
        too (and installs the hook anew each time: slower)."""
        if _hooks_rev() is None:
            args = ["try-repo", str(ROOT), hook_id]
        else:
            args = ["run", hook_id]
        return self.run(sys.executable, "-m", "pre_commit", *args, "--all-files", ok=False)


def _hooks_rev() -> str | None:
    """This checkout's commit when what a hook installs from it (the tool, the hooks file) has
    no uncommitted change, else None."""
    paths = ["generator", "templates", "pyproject.toml", ".pre-commit-hooks.yaml"]
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--", *paths],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    if dirty:
        return None
    head = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return head.stdout.strip()


def _pre_commit_config() -> str:
    return (
        f"repos:\n  - repo: {ROOT}\n    rev: {_hooks_rev()}\n    hooks:\n"
        "      - id: openapi-attrs-generator-check\n"
        "      - id: openapi-attrs-generator-diff\n"
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Repo]:
    base = tmp_path_factory.mktemp("consumer-world")
    wheels = base / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "-w",
            str(wheels),
            str(ROOT),
        ],
        check=True,
        cwd=base,
    )  # what `make dist` builds
    (wheel,) = wheels.glob("openapi_attrs_generator-*.whl")
    origin = base / "origin.git"
    subprocess.run(["git", "init", "--quiet", "--bare", "-b", "main", str(origin)], check=True)
    path = base / "consumer"
    subprocess.run(["git", "clone", "--quiet", str(origin), str(path)], check=True)
    venv = path / ".venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    r = Repo(path, venv)
    r.run(str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", str(wheel), _pin("mypy"))
    r.git("checkout", "--quiet", "-b", "main")
    r.write(".gitignore", ".venv/\n__pycache__/\n.mypy_cache/\n")
    r.write("pyproject.toml", PYPROJECT)
    r.write("api/petstore.yaml", SPEC)
    r.write("src/consumer/__init__.py", "")
    r.write("src/consumer/py.typed", "")
    r.write("src/consumer/app.py", APP)
    r.write(".pre-commit-config.yaml", _pre_commit_config())
    yield r


@pytest.fixture(scope="module")
def mock_url(repo: Repo) -> Iterator[str]:
    """``openapi-attrs-generator mock`` on the consumer's spec, as the README says to run it."""
    port = _free_port()
    proc = subprocess.Popen(
        [str(repo.venv / "bin" / TOOL), "mock", "api/petstore.yaml", "--port", str(port)],
        cwd=repo.path,
        env=repo.env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        for _ in range(200):  # until it listens (bounded; not a timed assert)
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.slow
def test_consumer_repository_workflow(repo: Repo, mock_url: str) -> None:
    _generate_and_use(repo, mock_url)
    _check_and_commit(repo)
    _gate_a_breaking_change(repo)
    _gate_an_additive_change(repo)


def _generate_and_use(repo: Repo, mock_url: str) -> None:
    # -- check before anything is generated: one line, exit 1
    early = repo.tool("check")
    assert early.returncode == 1 and len(early.stderr.splitlines()) == 1
    assert "nothing generated there yet" in early.stderr
    # -- generate with the repository's own settings (a dotted package, package only)
    gen = repo.tool("generate")
    assert gen.returncode == 0, gen.stderr
    pkg = repo.path / "src" / "consumer" / "_vendor" / "petstore"
    assert (pkg / "client.py").is_file() and not (repo.path / "src" / "README.md").exists()
    assert sorted(p.name for p in (repo.path / "src").iterdir()) == ["consumer"]

    # -- the docs land with the package: help() names the variable and how to use mock
    shown = repo.run(
        str(repo.venv / "bin" / "python"), "-c", f"import {PACKAGE} as p; help(p)"
    ).stdout
    assert "``bearer``: ``PETSTORE_BEARER``" in shown and "mock SPEC --port" in shown

    # -- import and call, against mock
    called = repo.run(
        str(repo.venv / "bin" / "python"),
        "-c",
        f"from consumer.app import pet_names; print(pet_names({mock_url!r}))",
    )
    assert called.stdout.strip() == "['Rex']"

    # -- the consumer's code type-checks against the vendored client
    typed = repo.run(str(repo.venv / "bin" / "python"), "-m", "mypy", "--strict", "src/consumer")
    assert "Success" in typed.stdout


def _check_and_commit(repo: Repo) -> None:
    # -- check: clean, after a hand edit (a spec edit follows in the next step)
    assert repo.tool("check").returncode == 0
    client = repo.path / "src" / "consumer" / "_vendor" / "petstore" / "client.py"
    client.write_text(client.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    edited = repo.tool("check")
    assert edited.returncode == 1 and "changed: client.py" in edited.stderr
    assert repo.tool("generate").returncode == 0
    repo.git("add", "-A")
    repo.git("commit", "--quiet", "-m", "vendor the petstore client")
    repo.git("push", "--quiet", "origin", "main")

    # -- the shipped pre-commit hooks, run by pre-commit, pass on a clean repository
    for hook in ("openapi-attrs-generator-check", "openapi-attrs-generator-diff"):
        ran = repo.hook(hook)
        assert ran.returncode == 0, ran.stdout + ran.stderr
        assert "Passed" in ran.stdout


def _gate_a_breaking_change(repo: Repo) -> None:
    # -- a breaking spec change: tag removed from Pet
    repo.git("checkout", "--quiet", "-b", "drop-tag")
    repo.edit_spec("        tag: {type: string}\n", "")
    stale = repo.tool("check")
    assert stale.returncode == 1 and "the spec changed" in stale.stderr
    diff = repo.tool("diff", "--base", "HEAD")
    assert diff.returncode == 1, diff.stderr
    assert f"breaking  field-removed            {PACKAGE}.models.Pet.tag" in diff.stdout
    report = repo.tool("diff", "--base", "origin/main", "--format", "markdown")
    assert report.returncode == 1 and f"`{PACKAGE}.models.Pet.tag`" in report.stdout
    log = repo.tool("changelog", "--base", "HEAD")
    assert log.returncode == 0
    assert log.stdout.startswith("## 2.0.0\n\nImplied version bump: **major** (1.2.0 -> 2.0.0).")
    assert f"- `{PACKAGE}.models.Pet.tag`: property 'tag' is gone" in log.stdout
    blocked = repo.hook("openapi-attrs-generator-diff")
    assert blocked.returncode == 1 and "Failed" in blocked.stdout
    assert repo.hook("openapi-attrs-generator-check").returncode == 1
    repo.git("checkout", "--quiet", "--", "api/petstore.yaml")


def _gate_an_additive_change(repo: Repo) -> None:
    # -- an additive change: a new optional property
    repo.edit_spec(
        "        tag: {type: string}\n",
        "        tag: {type: string}\n        age: {type: integer}\n",
    )
    added = repo.tool("diff", "--base", "HEAD")
    assert added.returncode == 0, added.stdout + added.stderr
    assert f"info      field-added              {PACKAGE}.models.Pet.age" in added.stdout
    log = repo.tool("changelog", "--base", "HEAD")
    assert log.stdout.startswith("## 1.3.0\n\nImplied version bump: **minor** (1.2.0 -> 1.3.0).")
    assert repo.tool("generate").returncode == 0
    assert repo.tool("check").returncode == 0
    assert repo.hook("openapi-attrs-generator-check").returncode == 0
    assert repo.hook("openapi-attrs-generator-diff").returncode == 0
