"""The generated package's declared dependencies, tested at both ends of their ranges.

``python -m tests.support.dependency_versions lowest newest`` makes a fresh virtual environment
per end, installs attrs, cattrs and urllib3 and the ``async`` extra's aiohttp there (``lowest``:
exactly the lower bounds that ``templates/package/pyproject.toml.jinja`` declares; ``newest``: the
newest releases), plus the project's pinned pytest, and runs the runtime tests (the README
examples included; they import the generated packages, never the generator) in it. A
lower bound that no longer works fails here, not for a user.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "templates" / "package" / "pyproject.toml.jinja"
RUNTIME_TESTS = "tests/runtime"
ENDS = ("lowest", "newest")


def declared() -> dict[str, str]:
    """The package's dependencies and their lower bounds, as the template declares them."""
    text = TEMPLATE.read_text(encoding="utf-8")
    block = re.search(r"^dependencies = \[(.*?)^\]", text, re.MULTILINE | re.DOTALL)
    assert block is not None, f"{TEMPLATE}: no dependencies list"
    return dict(re.findall(r'"([A-Za-z0-9_.-]+)>=([0-9.]+)"', block.group(1)))


def extras() -> dict[str, str]:
    """The optional extras' dependencies and their lower bounds (``async``: the asyncio HTTP
    library), tested at both ends too: the runtime tests cover the ``AsyncClient``."""
    text = TEMPLATE.read_text(encoding="utf-8")
    block = re.search(r"^\[project\.optional-dependencies\]\n(.*?)(?:^\[|\Z)", text, re.M | re.S)
    assert block is not None, f"{TEMPLATE}: no optional dependencies"
    return dict(re.findall(r'"([A-Za-z0-9_.-]+)>=([0-9.]+)"', block.group(1)))


def lowest_pins() -> list[str]:
    """``name==X.Y.Z`` for each lower bound (``23.1`` is the release ``23.1.0``)."""
    pins = []
    for name, bound in {**declared(), **extras()}.items():
        parts = bound.split(".")
        pins.append(f"{name}=={'.'.join(parts + ['0'] * (3 - len(parts)))}")
    return pins


def pytest_pin() -> str:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    dev: list[str] = data["project"]["optional-dependencies"]["dev"]
    return next(d for d in dev if d.startswith("pytest=="))


def requirements(end: str) -> list[str]:
    if end == "lowest":
        return [*lowest_pins(), pytest_pin()]
    return [*declared(), *extras(), pytest_pin()]


def run_end(end: str) -> int:
    with tempfile.TemporaryDirectory(prefix=f"deps-{end}-") as tmp:
        venv = Path(tmp) / "venv"
        python = venv / "bin" / "python"
        steps = [
            [sys.executable, "-m", "venv", str(venv)],
            [str(python), "-m", "pip", "install", "--quiet", "--upgrade", *requirements(end)],
        ]
        for step in steps:
            if subprocess.run(step, check=False).returncode != 0:
                print(f"{end}: cannot install {' '.join(requirements(end))}", file=sys.stderr)
                return 1
        versions = subprocess.run(
            [str(python), "-m", "pip", "list", "--format=freeze"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.split()
        names = tuple(f"{n}==" for n in {**declared(), **extras()})
        print(f"{end}: {', '.join(v for v in versions if v.lower().startswith(names))}")
        test = [str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider", RUNTIME_TESTS]
        return subprocess.run(test, cwd=ROOT, check=False).returncode


def main(argv: list[str]) -> int:
    ends = argv or list(ENDS)
    unknown = [e for e in ends if e not in ENDS]
    if unknown:
        print(f"unknown end {unknown[0]!r} (known: {', '.join(ENDS)})", file=sys.stderr)
        return 2
    failed = [end for end in ends if run_end(end) != 0]
    if failed:
        print(f"runtime tests failed with the {' and '.join(failed)} versions", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
