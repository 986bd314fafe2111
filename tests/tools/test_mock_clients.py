"""A generated client driven through every operation against ``mock`` sends no request
``mock`` rejects: the client writes requests the way ``mock`` reads the spec (parameter styles,
form, multipart and JSON bodies, credentials)."""

from __future__ import annotations

import importlib
import inspect
import re
import sys
import typing
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import pytest

from generator import pipeline
from generator.cli import main
from generator.tools.conform import mock, traffic
from generator.tools.conform.mock_api import MockApi
from tests.corpus_check import CORPUS

SPECS = [
    "00-openrouter-full.yaml",
    "01-petstore-3.0.yaml",
    "02-petstore-3.1.yaml",
    "03-museum.yaml",
]
OPTIONS = {"server_url", "timeout", "retries", "headers", "transport", "hooks"}


class Watching(MockApi):
    """``mock``, noting every request it rejects."""

    rejected: list[str]

    def answer(self, method: str, target: str, headers: Any, body: bytes) -> mock.Answer:
        answer = super().answer(method, target, headers, body)
        problems = dict(answer.headers).get("X-Mock-Problems")
        if answer.status in (400, 401, 404, 405) and (problems or b"about:blank" in answer.body):
            self.rejected.append(
                f"{method} {target} -> {answer.status}: {problems or answer.body!r}"
            )
        return answer


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _arguments(module: ModuleType, api: MockApi, package: ModuleType) -> dict[str, Any]:
    """Arguments for an operation's ``call``: values made from the spec's schemas."""
    op = next(o for o in api.ops if o.operation_id == module.OPERATION)
    hints = typing.get_type_hints(module.build_request, vars(module))
    converter = importlib.import_module(package.__name__ + "._serialization").converter
    args: dict[str, Any] = {}
    for name, param in inspect.signature(module.build_request).parameters.items():
        if name == "accept":
            continue
        kind = hints[name]
        spec_param = next((p for p in op.params if _norm(p.name) == _norm(name)), None)
        if spec_param is not None and spec_param.schema_pointer:
            args[name] = traffic.synthesise(api.doc, api.schemas.schema(spec_param.schema_pointer))
        elif name == "request":
            args[name] = _body(op, api, kind, converter)
        elif param.default is inspect.Parameter.empty:
            args[name] = "x"
    return args


def _body(op: traffic.Operation, api: MockApi, kind: Any, converter: Any) -> Any:
    content = traffic.lookup_or_none(api.doc, op.pointer + "/requestBody/content") or {}
    for media_key, media in content.items():
        value = traffic.synthesise(api.doc, media.get("schema"))
        for candidate in typing.get_args(kind) or (kind,):
            if candidate is bytes:
                return b"data"
            if attrs.has(candidate):
                try:
                    return converter.structure(value, candidate)
                except Exception:
                    continue
        del media_key
    return None


@pytest.fixture
def generated(tmp_path: Path) -> Iterator[Path]:
    sys.path.insert(0, str(tmp_path))
    try:
        yield tmp_path
    finally:
        sys.path.remove(str(tmp_path))


@pytest.mark.parametrize("name", SPECS)
def test_every_operation_of_a_generated_client_passes_mock(generated: Path, name: str) -> None:
    spec = CORPUS / name
    if not spec.exists():
        pytest.skip(f"no corpus at {CORPUS} (../shared is absent)")
    package = "drive_" + _norm(name)
    assert main(["generate", str(spec), "--out", str(generated), "--package", package]) == 0
    doc, _ = pipeline.resolved(spec)
    api = Watching(doc)
    api.rejected = []
    server = mock.MockServer((mock.HOST, 0), mock._handler(api)).start()
    pkg = importlib.import_module(package)
    client_params = inspect.signature(pkg.Client.__init__).parameters
    credentials = {
        k: ("u", "p") if "tuple" in str(p.annotation) else "k"
        for k, p in client_params.items()
        if k not in OPTIONS and k != "self"
    }
    base = traffic.base_paths(doc)[0]
    called: set[str] = set()
    try:
        with pkg.Client(server_url=server.url + base, retries=None, **credentials) as client:
            for info in pkgutil_modules(pkg):
                module = importlib.import_module(f"{package}.operations.{info}")
                if not hasattr(module, "call"):
                    continue
                try:
                    module.call(client, **_arguments(module, api, pkg))
                except pkg.errors.APIError:
                    pass  # answered with a documented error status: the request was taken
                called.add(module.OPERATION)
    finally:
        server.stop()
    # every operation of the client (the generator may leave some of the spec's out: OpenRouter's
    # x-speakeasy-ignore ones, say)
    documented = {op.operation_id for op in api.ops}
    assert called <= documented and len(called) >= len(documented) - 2, documented - called
    assert not api.rejected, "\n".join(api.rejected)


def pkgutil_modules(pkg: ModuleType) -> list[str]:
    folder = Path(pkg.__file__ or "").parent / "operations"
    return sorted(p.stem for p in folder.glob("*.py") if p.stem != "__init__")
