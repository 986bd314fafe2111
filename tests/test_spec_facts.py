"""spec/openapi.yaml states the same facts as the reference description of the OpenRouter API.

Only the prose may differ: every ``description`` and ``summary`` text in annotation position is
written in our own words. Everything else (paths, operations, parameters, responses, media
types, schemas, constraints, examples, extensions) must be identical to the reference.

The reference lives outside the repository (``../shared/openrouter/images.openapi.yaml``);
without it the module is skipped.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "spec" / "openapi.yaml"
REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "openrouter" / "images.openapi.yaml"

if not REFERENCE.is_file():
    pytest.skip(
        f"reference description not available at {REFERENCE}; nothing to compare spec/openapi.yaml with",
        allow_module_level=True,
    )

# Keys whose string value is prose about the thing it sits on, not a fact about the API.
ANNOTATIONS = frozenset({"description", "summary"})
# Maps whose keys are names chosen by the API (a property may well be called "description").
NAME_MAPS = frozenset(
    {
        "properties",
        "patternProperties",
        "$defs",
        "definitions",
        "dependentSchemas",
        "schemas",
        "responses",
        "parameters",
        "examples",
        "requestBodies",
        "headers",
        "securitySchemes",
        "links",
        "callbacks",
        "pathItems",
        "paths",
        "webhooks",
        "content",
        "encoding",
        "variables",
        "mapping",
        "scopes",
    }
)
# Values that are data, compared verbatim (an example object may contain "description").
OPAQUE = frozenset({"example", "examples", "enum", "const", "default"})

MIN_REWORDED = 0.9
MAX_REPORTED = 5


def _escape(key: object) -> str:
    return str(key).replace("~", "~0").replace("/", "~1")


def _is_name_map(key: object, value: object) -> bool:
    return key in NAME_MAPS and isinstance(value, dict)


def strip_annotations(node: Any, *, name_map: bool = False) -> Any:
    """Copy of ``node`` without description/summary strings in annotation position."""
    if isinstance(node, dict):
        out: dict[Any, Any] = {}
        for key, value in node.items():
            if name_map:
                out[key] = strip_annotations(value)
            elif key in ANNOTATIONS and isinstance(value, str):
                continue
            elif key in OPAQUE or str(key).startswith("x-"):
                out[key] = value
            else:
                out[key] = strip_annotations(value, name_map=_is_name_map(key, value))
        return out
    if isinstance(node, list):
        return [strip_annotations(item) for item in node]
    return node


def collect_annotations(
    node: Any, pointer: str = "", *, name_map: bool = False, out: dict[str, str] | None = None
) -> dict[str, str]:
    """JSON pointer -> text of every description/summary string in annotation position."""
    found: dict[str, str] = {} if out is None else out
    if isinstance(node, dict):
        for key, value in node.items():
            here = f"{pointer}/{_escape(key)}"
            if name_map:
                collect_annotations(value, here, out=found)
            elif key in ANNOTATIONS and isinstance(value, str):
                found[here] = value
            elif key in OPAQUE or str(key).startswith("x-"):
                continue
            else:
                collect_annotations(value, here, name_map=_is_name_map(key, value), out=found)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            collect_annotations(item, f"{pointer}/{index}", out=found)
    return found


def differences(ours: Any, theirs: Any, pointer: str = "") -> list[str]:
    """JSON pointers (with a short reason) of the places where the two documents differ.

    Mapping key order is not a fact; list order is.
    """
    where = pointer or "/"
    if isinstance(ours, dict) and isinstance(theirs, dict):
        found: list[str] = []
        for key in theirs:
            if key not in ours:
                found.append(
                    f"{pointer}/{_escape(key)}: missing (reference has {theirs[key]!r:.80})"
                )
        for key in ours:
            if key not in theirs:
                found.append(f"{pointer}/{_escape(key)}: not in the reference")
        for key in theirs:
            if key in ours:
                found.extend(differences(ours[key], theirs[key], f"{pointer}/{_escape(key)}"))
        return found
    if isinstance(ours, list) and isinstance(theirs, list):
        if len(ours) != len(theirs):
            return [f"{where}: {len(ours)} items, reference has {len(theirs)}: {theirs!r:.120}"]
        found = []
        for index, (mine, ref) in enumerate(zip(ours, theirs, strict=True)):
            found.extend(differences(mine, ref, f"{pointer}/{index}"))
        return found
    # bool is an int subclass and 1 == 1.0: compare types too, so true/1 and 1/1.0 stay distinct.
    if type(ours) is not type(theirs) or ours != theirs:
        return [f"{where}: {ours!r:.80} != reference {theirs!r:.80}"]
    return []


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def _load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def ours() -> Any:
    return _load(SPEC)


@pytest.fixture(scope="module")
def reference() -> Any:
    return _load(REFERENCE)


def _fail(heading: str, found: list[str]) -> None:
    """Fail with the first few JSON pointers only, never a whole-document diff."""
    if not found:
        return
    shown = "\n  ".join(found[:MAX_REPORTED])
    more = f"\n  ... and {len(found) - MAX_REPORTED} more" if len(found) > MAX_REPORTED else ""
    pytest.fail(f"{heading}:\n  {shown}{more}", pytrace=False)


def test_same_facts_as_reference(ours: Any, reference: Any) -> None:
    found = differences(strip_annotations(ours), strip_annotations(reference))
    _fail(f"{len(found)} fact(s) differ from the reference", found)


def test_annotations_at_the_same_places(ours: Any, reference: Any) -> None:
    mine, theirs = collect_annotations(ours), collect_annotations(reference)
    found = [f"{p}: no description/summary here" for p in theirs if p not in mine]
    found += [f"{p}: description/summary not in the reference" for p in mine if p not in theirs]
    _fail(f"{len(found)} description/summary place(s) differ from the reference", found)


def test_annotations_are_in_our_own_words(ours: Any, reference: Any) -> None:
    mine, theirs = collect_annotations(ours), collect_annotations(reference)
    shared = [p for p in theirs if p in mine]
    assert shared, "no description/summary in common with the reference"
    # Compare words only: changing case or punctuation does not count as rewording.
    copied = [p for p in shared if _words(mine[p]) == _words(theirs[p])]
    reworded = 1 - len(copied) / len(shared)
    if reworded < MIN_REWORDED:
        _fail(
            f"only {reworded:.0%} of {len(shared)} descriptions/summaries are reworded "
            f"(need {MIN_REWORDED:.0%}); same text as the reference at",
            copied,
        )


def test_annotation_walk_keeps_property_named_description(reference: Any) -> None:
    # Guard for the walker itself: a schema property called "description" is a fact.
    item = strip_annotations(reference)["components"]["schemas"]["ImageModelListItem"]
    assert "description" in item["properties"]
    assert "description" in item["example"]
    assert "description" not in item
