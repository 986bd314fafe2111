"""spec/openapi.yaml states the same facts as the reference description of the OpenRouter Images
API, in our own words: everything but descriptions and summaries is equal."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT.parent / "shared" / "openrouter" / "images.openapi.yaml"
OURS = ROOT / "spec" / "openapi.yaml"

if not REFERENCE.is_file():
    pytest.skip(
        f"reference description not found at {REFERENCE} (../shared is absent)",
        allow_module_level=True,
    )

PROSE = ("description", "summary")


def facts(node: Any, in_example: bool = False) -> Any:
    """``node`` without prose. Inside examples every key is data, even one named description."""
    if isinstance(node, dict):
        return {
            k: facts(v, in_example or k in ("example", "examples"))
            for k, v in node.items()
            if in_example or not (k in PROSE and isinstance(v, str))
        }
    if isinstance(node, list):
        return [facts(v, in_example) for v in node]
    return node


def prose(node: Any, ptr: str = "", in_example: bool = False) -> dict[str, str]:
    out: dict[str, str] = {}
    if isinstance(node, dict):
        for k, v in node.items():
            child = f"{ptr}/{str(k).replace('~', '~0').replace('/', '~1')}"
            if k in PROSE and isinstance(v, str) and not in_example:
                out[child] = v
            else:
                out.update(prose(v, child, in_example or k in ("example", "examples")))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out.update(prose(v, f"{ptr}/{i}", in_example))
    return out


def differences(a: Any, b: Any, ptr: str = "") -> list[str]:
    if type(a) is not type(b):
        return [f"#{ptr}: {a!r} != {b!r}"]
    if isinstance(a, dict):
        found = [f"#{ptr}/{k}: only in ours" for k in a.keys() - b.keys()]
        found += [f"#{ptr}/{k}: missing from ours" for k in b.keys() - a.keys()]
        for k in a.keys() & b.keys():
            found += differences(a[k], b[k], f"{ptr}/{k}")
        return found
    if isinstance(a, list):
        if len(a) != len(b):
            return [f"#{ptr}: {len(a)} items != {len(b)}"]
        return [
            d
            for i, (x, y) in enumerate(zip(a, b, strict=True))
            for d in differences(x, y, f"{ptr}/{i}")
        ]
    return [] if a == b else [f"#{ptr}: {a!r} != {b!r}"]


def load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_same_facts() -> None:
    found = differences(facts(load(OURS)), facts(load(REFERENCE)))
    assert not found, "facts differ:\n" + "\n".join(sorted(found)[:20])


def test_our_own_words() -> None:
    ours, theirs = prose(load(OURS)), prose(load(REFERENCE))
    assert ours.keys() == theirs.keys()
    same = [p for p in ours if ours[p].strip() == theirs[p].strip()]
    assert len(same) <= len(ours) // 10, (
        f"{len(same)} descriptions copied word for word: {same[:5]}"
    )


def test_checker_notices_a_changed_fact() -> None:
    changed = load(OURS)
    changed["paths"]["/images"]["post"]["responses"]["413"]["content"]["application/json"][
        "example"
    ]["error"]["code"] = 414
    assert differences(facts(changed), facts(load(REFERENCE))) == [
        "#/paths//images/post/responses/413/content/application/json/example/error/code: 414 != 413"
    ]
