"""A multi-megabyte OpenAPI 3.0 description built from the 3.0 specs of ``../shared/corpus``:
every spec's components under a prefix of its own (``$ref``s and security requirements
rewritten to match), its paths under ``/<prefix>``, its operationIds and tags prefixed, and
its operations without a tag tagged with the spec's prefix. Used by ``make bench`` for
generation and ``check`` at the largest scale; ``python bench/big_spec.py OUT.json`` writes it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
SOURCES = {
    "Jira": "13-jira-platform.json",
    "Twilio": "08-twilio-api-v2010.yaml",
    "Asana": "09-asana.yaml",
    "Spotify": "10-spotify.yaml",
    "Kube": "14-k8s-apiextensions-v1.json",
    "Pets": "01-petstore-3.0.yaml",
}
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _renamed(node: Any, prefix: str) -> Any:
    """``node`` with every ``#/components/<kind>/<name>`` reference renamed with ``prefix``."""
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith("#/components/"):
                kind, _, name = value[len("#/components/") :].partition("/")
                value = f"#/components/{kind}/{prefix}{name}"
            out[key] = _renamed(value, prefix)
        return out
    if isinstance(node, list):
        return [_renamed(item, prefix) for item in node]
    return node


def _security(requirements: Any, prefix: str) -> Any:
    if not isinstance(requirements, list):
        return requirements
    return [{f"{prefix}{k}": v for k, v in r.items()} for r in requirements if isinstance(r, dict)]


def _merge_one(merged: dict[str, Any], prefix: str, doc: dict[str, Any]) -> None:
    doc = _renamed(doc, prefix)
    for kind, entries in (doc.get("components") or {}).items():
        target = merged["components"].setdefault(kind, {})
        for name, value in (entries or {}).items():
            target[f"{prefix}{name}"] = value
    top_security = _security(doc.get("security"), prefix)
    for tag in doc.get("tags") or []:
        if isinstance(tag, dict) and "name" in tag:
            merged["tags"].append({**tag, "name": f"{prefix} {tag['name']}"})
    for path, item in (doc.get("paths") or {}).items():
        item = dict(item)
        for method in METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            op = dict(op)
            if "operationId" in op:
                op["operationId"] = f"{prefix}{op['operationId']}"
            op["tags"] = [f"{prefix} {t}" for t in op.get("tags") or []] or [prefix]
            op["security"] = _security(op.get("security", top_security), prefix) or []
            item[method] = op
        item.pop("servers", None)
        merged["paths"][f"/{prefix.lower()}{path}"] = item


def build(names: dict[str, str] = SOURCES) -> dict[str, Any]:
    """The merged description (``ValueError`` when ``../shared/corpus`` lacks a source)."""
    sys.path.insert(0, str(ROOT))
    from generator.spec import load

    merged: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": {"title": "Corpus Merged", "version": "1.0.0"},
        "servers": [{"url": "https://api.example.com"}],
        "tags": [],
        "paths": {},
        "components": {},
    }
    for prefix, name in names.items():
        path = CORPUS / name
        if not path.is_file():
            raise ValueError(f"{path} not found")
        _merge_one(merged, prefix, load.load(path).data)
    return merged


def write(out: Path) -> Path:
    out.write_text(json.dumps(build(), ensure_ascii=False), encoding="utf-8")
    return out


if __name__ == "__main__":
    target = write(Path(sys.argv[1] if len(sys.argv) > 1 else "corpus-merged.json"))
    print(f"{target}: {target.stat().st_size / 1e6:.1f} MB", file=sys.stderr)
