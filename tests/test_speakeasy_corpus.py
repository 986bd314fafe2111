"""The client generated from the whole OpenRouter description has the groups and methods
Speakeasy's SDK has for it: the list is derived here from the description itself, as Speakeasy
reads it (``x-speakeasy-group`` else the first tag for the group, ``x-speakeasy-name-override``
else the operationId for the method, ``x-speakeasy-ignore`` operations left out, one more method
``<name>_multipart`` / ``<name>_form`` per extra body media type)."""

from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path
from typing import Any

import pytest

from generator import pipeline
from generator.output import write
from generator.spec import load
from tests.corpus_check import CORPUS

pytestmark = pytest.mark.corpus

SPEC = CORPUS / "00-openrouter-full.yaml"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

if not SPEC.is_file():
    pytest.skip(f"no {SPEC.name} at {CORPUS} (../shared is absent)", allow_module_level=True)


def snake(text: str) -> str:
    """Speakeasy's Python casing: words split at separators and at case changes."""
    text = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", text)
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    return "_".join(w for w in re.split(r"[^A-Za-z0-9]+", text) if w).lower()


def media_kind(media_type: str) -> str:
    mt = media_type.split(";")[0].strip().lower()
    if mt == "application/json" or mt.endswith("+json"):
        return "json"
    if mt.startswith("multipart/"):
        return "multipart"
    if mt == "application/x-www-form-urlencoded":
        return "form"
    return "other"


def expected_methods(doc: dict[str, Any]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for item in doc["paths"].values():
        for method in METHODS:
            op = item.get(method)
            if not isinstance(op, dict) or op.get("x-speakeasy-ignore") is True:
                continue
            group = snake(op.get("x-speakeasy-group") or (op.get("tags") or ["default"])[0])
            name = snake(op.get("x-speakeasy-name-override") or op["operationId"])
            names = out.setdefault(group, set())
            names.add(name)
            content = (op.get("requestBody") or {}).get("content") or {}
            kinds = [media_kind(mt) for mt in content]
            main = next((k for k in ("json", "form", "multipart") if k in kinds), None)
            for kind in ("json", "form", "multipart"):
                if main is not None and kind in kinds and kind != main:
                    names.add(f"{name}_{kind}")
    return out


def test_openrouter_full_has_speakeasy_groups_and_methods(tmp_path: Path) -> None:
    doc = load.load(SPEC).data
    expected = expected_methods(doc)
    result = pipeline.generate(SPEC, package="openrouter_full", package_only=True, formatted=False)
    write.write_tree(tmp_path / "openrouter_full", result.files)
    sys.path.insert(0, str(tmp_path))
    try:
        pkg = importlib.import_module("openrouter_full")
        client = pkg.Client()
        got = {
            attr: {
                m for m in vars(type(group)) if not m.startswith("_") and m != "with_raw_response"
            }
            for attr in dir(client)
            if not attr.startswith("_")
            for group in [getattr(client, attr)]  # groups are created on first use
            if hasattr(group, "_client")
        }
    finally:
        sys.path.remove(str(tmp_path))
        for name in [m for m in sys.modules if m.split(".")[0] == "openrouter_full"]:
            del sys.modules[name]
    assert got == expected
    # The facts this spec carries, checked one by one.
    assert "create_coinbase_charge" not in got["credits"]  # x-speakeasy-ignore
    assert "anthropic_messages" not in got  # its only operation is ignored
    assert {"create_transcription", "create_transcription_multipart"} <= got["stt"]
    assert "send" in got["chat"]  # x-speakeasy-group: chat beside the tag Chat
    assert sum(len(v) for v in got.values()) == sum(len(v) for v in expected.values())
