"""Reading HAR files, and the generated client as conform sees it (its decoding and its exceptions)."""

from __future__ import annotations

import base64
import functools
import gzip
import importlib
import io
import json
import pkgutil
import sys
import zlib
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import urllib3

from ... import pipeline
from ...output import write
from . import traffic
from .results import Problem


class HarError(Exception):
    """A HAR file that cannot be read at all (its entries are never half-used)."""


def read_har(path: str | Path) -> list[dict[str, Any]]:
    """The entries of a HAR 1.2 file."""
    try:
        data = json.loads(Path(path).read_bytes())
    except OSError as exc:
        raise HarError(f"{path}: cannot read: {exc.strerror}") from None
    except ValueError as exc:
        raise HarError(f"{path}: not JSON: {exc}") from None
    log = data.get("log") if isinstance(data, dict) else None
    entries = log.get("entries") if isinstance(log, dict) else None
    if not isinstance(entries, list):
        raise HarError(f"{path}: not a HAR file (no log.entries list)")
    return entries


def _pairs(items: Any) -> list[tuple[str, str]]:
    if not isinstance(items, list):
        return []
    return [(str(i.get("name", "")), str(i.get("value", ""))) for i in items if isinstance(i, dict)]


def _body_bytes(content: Mapping[str, Any], headers: Mapping[str, str]) -> bytes:
    """The body of a HAR content object, base64 and compression undone."""
    text = content.get("text")
    if not isinstance(text, str):
        return b""
    raw = (
        base64.b64decode(text)
        if content.get("encoding") == "base64"
        else text.encode("utf-8", errors="surrogateescape")
    )
    coding = headers.get("content-encoding", "").lower()
    if coding in ("gzip", "x-gzip") and raw[:2] == b"\x1f\x8b":
        return gzip.decompress(raw)
    if coding == "deflate" and raw and raw[:1] not in (b"{", b"["):
        return zlib.decompress(raw)
    return raw


class ClientView:
    """The operations of an imported generated package, by operationId."""

    def __init__(self, package: ModuleType) -> None:
        self.package = package
        self.runtime = importlib.import_module(f"{package.__name__}._runtime.responses")
        self.errors = importlib.import_module(f"{package.__name__}._runtime.errors")
        self.converter = importlib.import_module(f"{package.__name__}._serialization").converter
        self.modules: dict[str, ModuleType] = {}
        ops = importlib.import_module(f"{package.__name__}.operations")
        for info in pkgutil.iter_modules(ops.__path__):
            module = importlib.import_module(f"{ops.__name__}.{info.name}")
            op_id = getattr(module, "OPERATION", None)
            if isinstance(op_id, str):
                self.modules[op_id] = module

    @functools.cached_property
    def _error_classes(self) -> list[str]:
        names = {
            c.error.__name__
            for m in self.modules.values()
            for c in getattr(m, "RESPONSES", ())
            if c.error is not None
        }
        return sorted(names)

    def error_classes(self) -> list[str]:
        """The error classes the operations document (one per documented error status)."""
        return self._error_classes

    def decode(
        self, op_id: str, status: int, headers: Mapping[str, str], body: bytes
    ) -> tuple[list[Problem], str | None]:
        """Problems the client has with this response, and the error class it raised."""
        module = self.modules.get(op_id)
        if module is None:
            return [Problem("client_decoding", "client", f"no generated module for {op_id}")], None
        cases = module.RESPONSES
        streaming = traffic.media_type(headers.get("content-type")) == traffic.SSE_MEDIA
        response = _fake_response(status, headers, body, preload=not streaming)
        try:
            if streaming and any(c.kind == "sse" for c in cases):
                with self.runtime.open_stream(
                    response, cases, self.converter, operation=op_id
                ) as events:
                    for _ in events:
                        pass
            else:
                self.runtime.handle(response, cases, self.converter, operation=op_id)
        except self.errors.ResponseValidationError as exc:
            return [Problem("client_decoding", "client", _first_line(exc))], None
        except self.errors.APIError as exc:
            return self._raised(cases, status, exc), type(exc).__name__
        except Exception as exc:  # noqa: BLE001 - any other failure is the client's problem
            return [
                Problem("client_decoding", "client", f"{type(exc).__name__}: {_first_line(exc)}")
            ], None
        if not 200 <= status < 300 and self.runtime.find_case(cases, status) is not None:
            return [Problem("client_decoding", "client", "an error status raised nothing")], None
        return [], None

    def _raised(self, cases: Sequence[Any], status: int, exc: Exception) -> list[Problem]:
        case = self.runtime.find_case(cases, status)
        expected = case.error if case is not None else None
        if 200 <= status < 300:
            return [Problem("client_decoding", "client", f"a success raised {_first_line(exc)}")]
        if expected is not None and not isinstance(exc, expected):
            return [
                Problem(
                    "client_decoding",
                    "client",
                    f"expected {expected.__name__}, got {type(exc).__name__}: {_first_line(exc)}",
                )
            ]
        return []


def _first_line(exc: BaseException) -> str:
    return (str(exc).splitlines() or [""])[0][:300]


def _fake_response(status: int, headers: Mapping[str, str], body: bytes, *, preload: bool) -> Any:
    return urllib3.HTTPResponse(
        body=io.BytesIO(body),
        headers=dict(headers),
        status=status,
        preload_content=preload,
        decode_content=False,
    )


def generated_client(spec: str | Path, workdir: Path) -> ModuleType:
    """Generate the client of ``spec`` into ``workdir`` and import it."""
    name = "_conform_client"
    result = pipeline.generate(spec, package=name, formatted=False)
    write.write_tree(workdir, result.files)
    sys.path.insert(0, str(workdir))
    for mod in [m for m in sys.modules if m == name or m.startswith(name + ".")]:
        del sys.modules[mod]
    return importlib.import_module(name)
