"""A vendored client (dotted package, ``--package-only``: no README beside it) documents itself
where it lands: ``help(package)`` names the credentials' environment variables, the servers,
how to aim the client at ``mock`` and where the full docs are."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main

SPEC = """\
openapi: 3.1.0
info: {title: Petstore, version: 1.2.0}
components:
  securitySchemes:
    access_token: {type: http, scheme: bearer}
security: [{access_token: []}]
paths:
  /pets:
    get:
      operationId: listPets
      responses:
        "204": {description: none}
"""


@pytest.fixture(scope="module")
def vendored(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("consumer")
    (root / "spec.yaml").write_text(SPEC, encoding="utf-8")
    args = ["generate", str(root / "spec.yaml"), "--out", str(root / "src")]
    args += ["--package", "consumer._vendor.petstore", "--package-only"]
    assert main(args) == 0
    return root / "src"


def python(src: Path, code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=src,
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"},
    )


def test_help_of_the_package_says_what_a_user_needs(vendored: Path) -> None:
    proc = python(vendored, "import consumer._vendor.petstore as p; help(p)")
    assert proc.returncode == 0, proc.stderr
    text = proc.stdout
    # The variable follows the package's own name (the last part of the dotted name).
    assert "``access_token``: ``PETSTORE_ACCESS_TOKEN``" in text
    assert "the last part of its import name" in text
    assert "the API description names no server URL, so pass one" in text
    assert "openapi-attrs-generator mock SPEC --port 4010" in text
    assert 'Client(server_url="http://127.0.0.1:4010")' in text
    assert "README.md and docs/" in text
    assert not (vendored / "consumer" / "_vendor" / "petstore" / "README.md").exists()


def test_the_variable_named_in_help_is_the_one_read(vendored: Path) -> None:
    code = "from consumer._vendor.petstore import ENVIRONMENT; print(ENVIRONMENT['access_token'])"
    assert python(vendored, code).stdout.strip() == "PETSTORE_ACCESS_TOKEN"


def test_no_servers_error_says_to_pass_server_url(vendored: Path) -> None:
    proc = python(vendored, "from consumer._vendor.petstore import Client; Client()")
    assert proc.returncode == 1
    last = proc.stderr.strip().splitlines()[-1]
    assert last == (
        "ValueError: server_url must start with http:// or https://, got '/': the API "
        "description names no absolute server URL, so pass one, e.g. "
        "server_url='https://api.example.com'"
    )


def test_an_empty_info_version_is_not_written_as_a_version(tmp_path: Path) -> None:
    """`version: ""` stays empty (it was made "0"): no "()" in the headers, pip's 0.0.0 as the
    package version."""
    (tmp_path / "spec.yaml").write_text(
        SPEC.replace("version: 1.2.0", "version: ''"), encoding="utf-8"
    )
    assert main(["generate", str(tmp_path / "spec.yaml"), "--out", str(tmp_path / "out")]) == 0
    pyproject = (tmp_path / "out" / "pyproject.toml").read_text(encoding="utf-8")
    assert pyproject.startswith("# Generated from the Petstore OpenAPI description. Do not edit.")
    assert 'version = "0.0.0"' in pyproject
    readme = (tmp_path / "out" / "README.md").read_text(encoding="utf-8")
    assert "Generated from the API's OpenAPI description. Do not edit by hand:" in readme
