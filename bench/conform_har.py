"""A HAR of synthetic exchanges for a spec, answered by the mock: what ``conform`` is timed on."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from generator import pipeline
from generator.tools.conform import mock, traffic


def build_har(spec: Path, count: int) -> dict[str, Any]:
    """``count`` exchanges cycling through every GET/POST operation of ``spec``."""
    doc, _ = pipeline.resolved(spec)
    api = mock.MockApi(doc)
    base = traffic.base_paths(doc)[0]
    entries: list[dict[str, Any]] = []
    ops = [op for op in api.ops if op.method in ("get", "post")]
    i = 0
    while len(entries) < count:
        op = ops[i % len(ops)]
        i += 1
        path = base + re.sub(r"\{[^}]+\}", "x", re.split(r"[?#]", op.path)[0])
        query = "&".join(f"{p.name}=1" for p in op.params if p.location == "query" and p.required)
        body_schema = traffic.lookup_or_none(
            doc, op.pointer + "/requestBody/content/application~1json/schema"
        )
        body = json.dumps(traffic.synthesise(doc, body_schema)).encode() if body_schema else b""
        headers = {p.name: "1" for p in op.params if p.location == "header" and p.required}
        headers["Authorization"] = "Bearer bench"  # mock answers 401 without credentials
        if body:
            headers["Content-Type"] = "application/json"
        target = path + (f"?{query}" if query else "")
        answer = api.answer(op.method.upper(), target, headers, body)
        entries.append(
            {
                "request": {
                    "method": op.method.upper(),
                    "url": "http://127.0.0.1" + target,
                    "headers": [{"name": k, "value": v} for k, v in headers.items()],
                    "queryString": [],
                    **(
                        {"postData": {"mimeType": "application/json", "text": body.decode()}}
                        if body
                        else {}
                    ),
                },
                "response": {
                    "status": answer.status,
                    "headers": [{"name": k, "value": v} for k, v in answer.headers],
                    "content": {
                        "mimeType": dict(answer.headers).get("Content-Type", ""),
                        "text": answer.body.decode("utf-8", "replace"),
                    },
                },
            }
        )
    return {"log": {"version": "1.2", "entries": entries}}
