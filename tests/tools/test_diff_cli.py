"""``diff`` and ``changelog`` on the command line: formats, exit codes, accepted findings, git
revisions and unreadable specs."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from tests.tools.test_diff import BASE, Doc, _del, _set, schemas, validate_in_process

ROOT = Path(__file__).resolve().parents[2]
__all__ = ["validate_in_process"]  # the fixture, used here too


def spec(tmp: Path, name: str, doc: Doc) -> str:
    path = tmp / name
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    return str(path)


@pytest.fixture(autouse=True)
def _elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run outside the checkout, whose pyproject.toml names a package."""
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def pair(tmp_path: Path) -> tuple[str, str]:
    """Old and new spec: a response field removed (breaking) and a model added (info)."""
    new = copy.deepcopy(BASE)
    _del(schemas(new), "Pet", "properties", "tag")
    _set(schemas(new), "Store", {"type": "object", "properties": {"s": {"type": "string"}}})
    return spec(tmp_path, "old.yaml", BASE), spec(tmp_path, "new.yaml", new)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_text_format_and_exit_code(
    capsys: pytest.CaptureFixture[str], pair: tuple[str, str]
) -> None:
    code, out, _ = run(capsys, "diff", *pair)
    assert code == 1
    assert "1 breaking, 0 warning, 1 info" in out
    assert "field-removed" in out and "pets.models.Pet.tag" in out
    # file:line of the property in the old spec, and its pointer
    line = next(
        i + 1
        for i, text in enumerate(Path(pair[0]).read_text().splitlines())
        if text.strip() == "tag:"
    )
    assert f"old.yaml:{line} #/components/schemas/Pet/properties/tag" in out


def test_package_from_project_settings(
    capsys: pytest.CaptureFixture[str], pair: tuple[str, str], tmp_path: Path
) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.openapi-attrs-generator]\npackage = "acme_pets"\n', encoding="utf-8"
    )
    out = run(capsys, "diff", *pair)[1]
    assert "acme_pets.models.Pet.tag" in out
    out = run(capsys, "diff", *pair, "--package", "zoo")[1]
    assert "zoo.models.Pet.tag" in out


def test_dotted_package_from_project_settings(
    capsys: pytest.CaptureFixture[str], pair: tuple[str, str], tmp_path: Path
) -> None:
    """A vendored client's settings (a dotted package) work for diff and changelog, and the
    Python paths are the ones its callers import."""
    (tmp_path / "pyproject.toml").write_text(
        '[tool.openapi-attrs-generator]\npackage = "consumer._vendor.petstore"\n'
        "package-only = true\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "diff", *pair)
    assert (code, err) == (1, "")
    assert "consumer._vendor.petstore.models.Pet.tag" in out
    code, out, _ = run(capsys, "changelog", *pair)
    assert code == 0
    assert "- `consumer._vendor.petstore.models.Pet.tag`: property 'tag' is gone" in out
    code, _, err = run(capsys, "diff", *pair, "--package", "consumer.1st")
    assert code == 2
    assert err.strip().endswith(
        "error: package name 'consumer.1st' is not a dotted Python name (part '1st')"
    )


def test_json_format(capsys: pytest.CaptureFixture[str], pair: tuple[str, str]) -> None:
    code, out, _ = run(capsys, "diff", *pair, "--format", "json")
    assert code == 1
    data = json.loads(out)
    first = data["findings"][0]
    assert {"rule", "level", "python", "pointer", "old", "new", "message"} <= set(first)
    assert (first["rule"], first["level"], first["python"], first["old"], first["new"]) == (
        "field-removed",
        "breaking",
        "pets.models.Pet.tag",
        "tag",
        "",
    )
    assert first["pointer"] == "#/components/schemas/Pet/properties/tag"
    assert [f["rule"] for f in data["findings"]] == ["field-removed", "model-added"]


def test_markdown_format(capsys: pytest.CaptureFixture[str], pair: tuple[str, str]) -> None:
    code, out, _ = run(capsys, "diff", *pair, "--format", "markdown")
    assert code == 1
    assert out.startswith("### Client API changes")
    assert "| level | rule | Python | change | where |" in out
    assert "| **breaking** | `field-removed` | `pets.models.Pet.tag` |" in out


@pytest.mark.parametrize(
    ("fail_on", "expected"), [("breaking", 1), ("warning", 1), ("info", 1), ("never", 0)]
)
def test_fail_on_with_a_breaking_change(
    capsys: pytest.CaptureFixture[str], pair: tuple[str, str], fail_on: str, expected: int
) -> None:
    assert run(capsys, "diff", *pair, "--fail-on", fail_on)[0] == expected


@pytest.mark.parametrize(("fail_on", "expected"), [("breaking", 0), ("warning", 0), ("info", 1)])
def test_fail_on_with_an_addition(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fail_on: str, expected: int
) -> None:
    new = copy.deepcopy(BASE)
    _set(schemas(new), "Pet", "properties", "color", {"type": "string"})
    old_path, new_path = spec(tmp_path, "a.yaml", BASE), spec(tmp_path, "b.yaml", new)
    assert run(capsys, "diff", old_path, new_path, "--fail-on", fail_on)[0] == expected


ACCEPT = [
    {"rule": "field-removed", "python": "pets.models.Pet.tag", "reason": "never filled in"},
    {"rule": "method-removed", "python": "Client.pets.gone", "reason": "old entry"},
]


@pytest.mark.parametrize("suffix", [".yaml", ".json", ".toml"])
def test_accept_file(
    capsys: pytest.CaptureFixture[str], pair: tuple[str, str], tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"accept{suffix}"
    if suffix == ".json":
        path.write_text(json.dumps(ACCEPT), encoding="utf-8")
    elif suffix == ".toml":
        path.write_text(
            "".join(
                f'[[accept]]\nrule = "{a["rule"]}"\npython = "{a["python"]}"\n'
                f'reason = "{a["reason"]}"\n'
                for a in ACCEPT
            ),
            encoding="utf-8",
        )
    else:
        path.write_text(yaml.safe_dump(ACCEPT), encoding="utf-8")
    code, out, _ = run(capsys, "diff", *pair, "--accept", str(path))
    assert code == 0  # the only breaking finding is accepted
    assert "0 breaking, 0 warning, 1 info, 1 accepted" in out
    assert "accepted: never filled in" in out
    assert "stale accept entry (matches nothing): method-removed Client.pets.gone" in out
    code, out, _ = run(capsys, "diff", *pair, "--accept", str(path), "--format", "json")
    data = json.loads(out)
    assert data["findings"][0]["accepted"] == "never filled in"
    assert data["stale_accepts"] == [
        {"rule": "method-removed", "python": "Client.pets.gone", "reason": "old entry"}
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- rule: field-removed\n", "entry 1 needs 'rule' and 'python'"),
        ("- {rule: no-such-rule, python: x}\n", "unknown rule 'no-such-rule'"),
        ("rule: [\n", "not valid YAML"),
        ("just text\n", "expected a list"),
    ],
)
def test_bad_accept_file(
    capsys: pytest.CaptureFixture[str],
    pair: tuple[str, str],
    tmp_path: Path,
    text: str,
    message: str,
) -> None:
    path = tmp_path / "accept.yaml"
    path.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "diff", *pair, "--accept", str(path))
    assert code == 2
    assert message in err and len(err.strip().splitlines()) == 1
    assert out == ""


def test_unreadable_spec(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    good = spec(tmp_path, "good.yaml", BASE)
    bad = tmp_path / "bad.yaml"
    bad.write_text("openapi: 3.1.0\ninfo: [unclosed\n", encoding="utf-8")
    code, out, err = run(capsys, "diff", good, str(bad))
    assert code == 2
    assert f"{bad}:3:1: error: invalid YAML" in err
    assert out == "" and "Traceback" not in err
    code, _, err = run(capsys, "diff", str(tmp_path / "missing.yaml"), good)
    assert code == 2
    assert "missing.yaml: error: cannot read the spec" in err
    invalid = copy.deepcopy(BASE)
    _set(
        invalid,
        "paths",
        "/pets",
        "get",
        "responses",
        "200",
        "content",
        "application/json",
        "schema",
        {"$ref": "#/components/schemas/Nope"},
    )
    code, _, err = run(capsys, "diff", good, spec(tmp_path, "invalid.yaml", invalid))
    assert code == 2
    assert "invalid.yaml" in err and "Nope" in err


def test_wrong_number_of_specs(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "diff", spec(tmp_path, "a.yaml", BASE))
    assert code == 2
    assert "give two specs" in err


def _git(repo: Path, *args: str) -> None:
    git = shutil.which("git")
    assert git is not None
    subprocess.run(
        [
            git,
            "-c",
            "user.email=t@example.com",
            "-c",
            "user.name=t",
            "-c",
            "commit.gpgsign=false",
            *args,
        ],
        cwd=repo,
        check=True,
        capture_output=True,
    )


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_base_with_the_settings_of_a_vendored_client_from_a_subfolder(tmp_path: Path) -> None:
    """`diff --base HEAD` with no arguments, as the pre-commit hook runs it: the spec and the
    dotted package come from the nearest pyproject.toml up to the git root, as for generate."""
    repo = tmp_path / "consumer"
    (repo / "api").mkdir(parents=True)
    (repo / "src").mkdir()
    (repo / "pyproject.toml").write_text(
        '[tool.openapi-attrs-generator]\nspec = "api/spec.yaml"\nout = "src"\n'
        'package = "consumer._vendor.petstore"\npackage-only = true\n',
        encoding="utf-8",
    )
    spec(repo / "api", "spec.yaml", BASE)
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "first")
    new = copy.deepcopy(BASE)
    _del(schemas(new), "Pet", "properties", "tag")
    spec(repo / "api", "spec.yaml", new)
    for cwd in (repo, repo / "src"):
        proc = subprocess.run(
            [sys.executable, "-m", "generator", "diff", "--base", "HEAD"],
            capture_output=True,
            text=True,
            cwd=cwd,
            check=False,
            env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        )
        assert (proc.returncode, proc.stderr) == (1, "")
        assert "breaking  field-removed            consumer._vendor.petstore.models.Pet.tag" in (
            proc.stdout
        )


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_base_git_revision(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / "api").mkdir(parents=True)
    spec(repo / "api", "openapi.yaml", BASE)
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "first")
    new = copy.deepcopy(BASE)
    _del(schemas(new), "Pet", "properties", "tag")
    spec(repo / "api", "openapi.yaml", new)

    def diff(*args: str, cwd: Path = repo) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "generator", "diff", *args],
            capture_output=True,
            text=True,
            cwd=cwd,
            check=False,
            env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        )

    proc = diff("--base", "HEAD", "api/openapi.yaml", "--format", "json")
    assert proc.returncode == 1, proc.stderr
    data = json.loads(proc.stdout)
    assert data["old"] == "HEAD:api/openapi.yaml"
    assert [f["rule"] for f in data["findings"]] == ["field-removed"]
    assert data["findings"][0]["file"] == "HEAD:api/openapi.yaml"
    # from another folder, with an absolute path
    proc = diff("--base", "HEAD", str(repo / "api" / "openapi.yaml"), cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    # a revision that does not exist, a file the revision lacks: one line, exit 2
    proc = diff("--base", "no-such-branch", "api/openapi.yaml")
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1
    assert "no-such-branch" in proc.stderr and "Traceback" not in proc.stderr
    spec(repo / "api", "other.yaml", BASE)
    proc = diff("--base", "HEAD", "api/other.yaml")
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1
    assert "other.yaml" in proc.stderr
    # outside any repository
    outside = tmp_path / "outside"
    outside.mkdir()
    proc = diff("--base", "HEAD", spec(outside, "x.yaml", BASE))
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1


def test_changelog(capsys: pytest.CaptureFixture[str], pair: tuple[str, str]) -> None:
    code, out, _ = run(capsys, "changelog", *pair)
    assert code == 0
    assert out.startswith("## 2.0.0\n")
    assert "Implied version bump: **major** (1.2.0 -> 2.0.0)" in out
    assert "### Breaking\n\n- `pets.models.Pet.tag`: property 'tag' is gone" in out
    assert "### Added\n\n- `pets.models.Store`: new class Store" in out
    assert "### Changed" not in out and "### Deprecated" not in out


@pytest.mark.parametrize(
    ("version", "breaking", "header", "step"),
    [
        ("0.4.1", True, "## 0.5.0", "minor"),
        ("0.4.1", False, "## 0.4.2", "patch"),
        ("1.2.0", False, "## 1.3.0", "minor"),
    ],
)
def test_changelog_bump(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    version: str,
    breaking: bool,
    header: str,
    step: str,
) -> None:
    old = copy.deepcopy(BASE)
    _set(old, "info", "version", version)
    new = copy.deepcopy(old)
    _set(schemas(new), "Pet", "properties", "tag", "deprecated", True)
    if breaking:
        _del(schemas(new), "Pet", "properties", "name")
    code, out, _ = run(
        capsys, "changelog", spec(tmp_path, "a.yaml", old), spec(tmp_path, "b.yaml", new)
    )
    assert code == 0
    assert out.startswith(header + "\n")
    assert f"**{step}**" in out
    assert "### Deprecated\n\n- `pets.models.Pet.tag`: property 'tag' is deprecated" in out


@pytest.mark.parametrize(
    ("old_version", "new_version", "header", "said"),
    [
        # not semver: the bump kind and the spec's own version, nothing made up
        ("2020-09-14_1.681.4", "2020-09-14_1.681.4", "## 2020-09-14_1.681.4", "is not a semantic"),
        ("2024.0", "2024.0", "## 2024.0", "'2024.0' is not a semantic version"),
        ("", "", "## Unreleased", "The new spec has no info.version"),
        # the new spec already names its version: that one, compared with the implied step
        ("", "1.2.0", "## 1.2.0", "the spec's info.version is 1.2.0 (it was not set)"),
        ("1.1.0", "1.2.0", "## 1.2.0", "(1.1.0 -> 2.0.0); the spec's info.version is 1.2.0, a"),
        ("1.1.0", "2.0.0", "## 2.0.0", "(1.1.0 -> 2.0.0); the spec's info.version is 2.0.0."),
        ("v1.1.0", "v1.1.0", "## 2.0.0", "(v1.1.0 -> 2.0.0)."),
    ],
)
def test_changelog_version_it_can_stand_behind(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    old_version: str,
    new_version: str,
    header: str,
    said: str,
) -> None:
    old = copy.deepcopy(BASE)
    _set(old, "info", "version", old_version)
    new = copy.deepcopy(old)
    _set(new, "info", "version", new_version)
    _del(schemas(new), "Pet", "properties", "name")
    code, out, _ = run(
        capsys, "changelog", spec(tmp_path, "a.yaml", old), spec(tmp_path, "b.yaml", new)
    )
    assert code == 0
    assert out.startswith(header + "\n\nImplied version bump: **major**")
    assert said in out


def test_changelog_of_a_non_change(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    same = spec(tmp_path, "a.yaml", BASE)
    code, out, _ = run(capsys, "changelog", same, same)
    assert code == 0
    assert "No change a caller of the client can notice." in out


@pytest.mark.corpus
def test_stripe_with_one_property_removed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from tests.corpus_check import CORPUS

    stripe = CORPUS / "07-stripe.yaml"
    if not stripe.is_file():
        pytest.skip(f"{stripe} not found (../shared is absent)")
    lines = stripe.read_text(encoding="utf-8").splitlines(keepends=True)
    account = lines.index("    account:\n")
    start = lines.index("        business_type:\n", account)
    end = start + 1
    while lines[end].startswith("          ") or not lines[end].strip():
        end += 1
    new = tmp_path / "stripe.yaml"
    new.write_text("".join(lines[:start] + lines[end:]), encoding="utf-8")
    code, out, _ = run(capsys, "diff", str(stripe), str(new), "--format", "json")
    assert code == 1
    found = [(f["rule"], f["python"], f["line"]) for f in json.loads(out)["findings"]]
    assert found == [
        ("field-removed", "stripe.models.Account.business_type", start + 1),
        ("enum-removed", "stripe.models.AccountBusinessType", start + 1),
    ]
