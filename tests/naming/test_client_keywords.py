"""The client's own keyword arguments are one set (naming_rules.CLIENT_KEYWORDS): a credential
or a server variable named like one of them gets another name, and the client still imports."""

from __future__ import annotations

import importlib
import inspect
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator import pipeline
from generator.naming.rules import CLIENT_KEYWORDS
from generator.output import write


@pytest.fixture
def package(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path
    for mod in [m for m in sys.modules if m == "clashing" or m.startswith("clashing.")]:
        del sys.modules[mod]
    sys.path[:] = [p for p in sys.path if p != str(tmp_path)]


def test_credentials_and_server_variables_never_take_a_client_keyword(package: Path) -> None:
    keywords = sorted(CLIENT_KEYWORDS - {"self"})
    doc = {
        "openapi": "3.1.0",
        "info": {"title": "Clashing", "version": "1.0.0"},
        "servers": [
            {
                "url": "https://{" + "}.{".join(keywords) + "}.test",
                "x-speakeasy-server-id": "main",
                "variables": {k: {"default": "x"} for k in keywords},
            }
        ],
        "security": [{k: []} for k in keywords],
        "paths": {
            "/ping": {"get": {"operationId": "ping", "responses": {"204": {"description": "ok"}}}}
        },
        "components": {
            "securitySchemes": {
                k: {"type": "apiKey", "in": "header", "name": f"X-{k}"} for k in keywords
            }
        },
    }
    spec = package / "clashing.json"
    spec.write_text(json.dumps(doc), encoding="utf-8")
    write.write_tree(package / "out", pipeline.generate(spec, package="clashing").files)
    sys.path.insert(0, str(package / "out"))
    client = importlib.import_module("clashing.client")
    params = list(inspect.signature(client.Client).parameters)
    assert len(params) == len(set(params))
    assert CLIENT_KEYWORDS - {"self"} <= set(params)
    # every credential and every server variable has a keyword of its own
    assert len(params) == len(CLIENT_KEYWORDS - {"self"}) + 2 * len(keywords)
