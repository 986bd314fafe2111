"""The generated package as a user gets it: installed with pip, or copied under another package."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.support.server import Reply, ScriptedServer

ROOT = Path(__file__).resolve().parents[1]
GENERATED = ROOT / "generated"


def test_pip_installs_the_package(tmp_path: Path) -> None:
    target = tmp_path / "site"
    src = tmp_path / "src"
    shutil.copytree(GENERATED, src)  # pip builds in place; keep generated/ clean
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            str(src),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert (target / "openrouter_images" / "py.typed").is_file()
    assert (target / "openrouter_images" / "_runtime" / "sse.py").is_file()
    probe = subprocess.run(
        [sys.executable, "-c", "import openrouter_images, sys; print(openrouter_images.__file__)"],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(target), "PATH": ""},
    )
    assert probe.stdout.strip().startswith(str(target))
    dist = list(target.glob("openrouter_images-*.dist-info"))
    assert dist, "no distribution metadata"
    requires = (dist[0] / "METADATA").read_text(encoding="utf-8")
    lines = [
        line.split(":", 1)[1].strip()
        for line in requires.splitlines()
        if line.startswith("Requires-Dist:")
    ]
    deps = sorted(line.split(">")[0] for line in lines if "extra ==" not in line)
    assert deps == ["attrs", "cattrs", "urllib3"]
    # The AsyncClient's transport comes only with the async extra.
    assert [line for line in lines if "extra ==" in line] == ['aiohttp>=3.10; extra == "async"']


def test_vendored_under_another_package(tmp_path: Path) -> None:
    parent = tmp_path / "myapp" / "vendor"
    parent.mkdir(parents=True)
    (tmp_path / "myapp" / "__init__.py").write_text("", encoding="utf-8")
    (parent / "__init__.py").write_text("", encoding="utf-8")
    shutil.copytree(GENERATED / "openrouter_images", parent / "openrouter_images")
    with ScriptedServer() as server:
        server.enqueue(Reply.json({"data": []}))
        script = textwrap.dedent(
            f"""
            import sys
            from myapp.vendor.openrouter_images import Client
            assert "openrouter_images" not in sys.modules, "the vendored copy imported the top-level name"
            with Client(api_key="k", server_url={server.url!r}, retries=None) as c:
                print(len(c.images.list_models().data))
            """
        )
        proc = subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            check=False,
        )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "0"
    assert server.requests[0].path == "/images/models"


def test_no_absolute_self_imports() -> None:
    for path in (GENERATED / "openrouter_images").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "from openrouter_images" not in text and "import openrouter_images" not in text, path


def test_declared_lower_bounds_are_the_ones_tested() -> None:
    """`make deps` installs exactly the lower bounds the package declares (urllib3 2.2: 2.0 and
    2.1 have no HTTPResponse.read1, which streaming reads with)."""
    from tests.support.dependency_versions import lowest_pins

    pins = ["attrs==23.1.0", "cattrs==24.1.0", "urllib3==2.2.0", "aiohttp==3.10.0"]
    assert lowest_pins() == pins
    declared = (GENERATED / "pyproject.toml").read_text(encoding="utf-8")
    for pin in lowest_pins():
        name, version = pin.split("==")
        assert f'"{name}>={version.removesuffix(".0")}"' in declared
