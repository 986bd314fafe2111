"""Unit tests of the hook machinery copied into every package (templates/_runtime/hooks.py),
and of what ``mypy --strict`` says about hook classes a user writes."""

from __future__ import annotations

import importlib.util
import sys
import textwrap
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from mypy import api as mypy_api

ROOT = Path(__file__).resolve().parents[1]


def _template_runtime() -> ModuleType:
    """templates/_runtime itself, imported as a package (its modules import each other
    relatively), so these tests run the source the generator copies."""
    name = "runtime_under_test"
    if name not in sys.modules:
        folder = ROOT / "templates" / "_runtime"
        spec = importlib.util.spec_from_file_location(
            name, folder / "__init__.py", submodule_search_locations=[str(folder)]
        )
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


_template_runtime()
from runtime_under_test.errors import APIConnectionError, NotFoundStatusError  # noqa: E402
from runtime_under_test.exchange import capture  # noqa: E402
from runtime_under_test.hooks import (  # noqa: E402
    HookContext,
    Hooks,
    PreparedRequest,
    defer_after_error,
    make_response,
    recover,
)

CONTEXT = HookContext("listThings", "http://127.0.0.1:1", retries=2)


def test_with_header_replaces_whatever_the_case() -> None:
    request = PreparedRequest("GET", "http://h/x", {"x-trace": "a", "Accept": "*/*"})
    changed = request.with_header("X-Trace", "b")
    assert changed.headers == {"Accept": "*/*", "X-Trace": "b"}
    assert request.headers == {"x-trace": "a", "Accept": "*/*"}


def test_make_response_reads_and_drops_stale_framing() -> None:
    response = make_response(
        b'{"a":1}', status=201, headers={"Content-Length": "999", "Content-Type": "x/y"}
    )
    assert response.status == 201
    assert response.data == b'{"a":1}'
    assert dict(response.headers) == {"Content-Type": "x/y"}
    streamed = make_response(b"data: 1\n\n")
    assert streamed.read1(100) == b"data: 1\n\n"


class Keep:
    def after_error(self, context: Any, response: Any, error: Exception) -> tuple[Any, Any]:
        return response, error


class Swap:
    def __init__(self, result: tuple[Any, Any]) -> None:
        self.result = result
        self.calls = 0

    def after_error(self, context: Any, response: Any, error: Exception) -> tuple[Any, Any]:
        self.calls += 1
        return self.result


def _error() -> NotFoundStatusError:
    return NotFoundStatusError("x", status_code=404, headers={}, body=b"")


def test_after_error_keeps_the_error_when_hooks_do() -> None:
    error = _error()
    assert Hooks([Keep(), Swap((None, None))]).after_error(CONTEXT, None, error) is None


def test_after_error_chains_a_new_error() -> None:
    error, new = _error(), LookupError("mine")
    with pytest.raises(LookupError) as info:
        Hooks([Swap((None, new)), Keep()]).after_error(CONTEXT, None, error)
    assert info.value is new and info.value.__cause__ is error


def test_after_error_stops_at_the_first_success_and_records_it() -> None:
    answer = make_response(b"{}")
    later = Swap((None, LookupError("never")))
    with capture() as exchanges:
        got = Hooks([Swap((answer, None)), later]).after_error(CONTEXT, None, _error())
    assert got is answer and later.calls == 0
    assert [(e.response, e.retries) for e in exchanges] == [(answer, 2)]


def test_after_error_refuses_a_result_that_is_not_a_pair() -> None:
    class Bad:
        def after_error(self, context: Any, response: Any, error: Exception) -> Any:
            return error

    with pytest.raises(TypeError, match=r"Bad\.after_error returned NotFoundStatusError"):
        Hooks([Bad()]).after_error(CONTEXT, None, _error())


def test_recover_runs_deferred_hooks_once() -> None:
    response = make_response(b"", status=404)
    answer = make_response(b"{}")
    hook = Swap((answer, None))
    defer_after_error(response, Hooks([hook]), CONTEXT)
    assert recover(response, _error()) is answer
    assert recover(response, _error()) is None
    assert hook.calls == 1


def test_after_success_refuses_what_is_not_a_response() -> None:
    class Bad:
        def after_success(self, context: Any, response: Any) -> Any:
            return b"body"

    with pytest.raises(TypeError, match=r"Bad\.after_success returned bytes"):
        Hooks([Bad()]).after_success(CONTEXT, make_response())


def test_hooks_must_be_a_list_of_hook_objects() -> None:
    with pytest.raises(TypeError, match="hooks must be a list"):
        Hooks("before_request")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"hooks\[0\] \(int\) has none"):
        Hooks([1])  # type: ignore[list-item]
    assert not Hooks(None) and not Hooks([])


def test_a_connection_error_is_an_sdk_error_hooks_can_keep() -> None:
    error = APIConnectionError("refused")
    assert Hooks([Keep()]).after_error(CONTEXT, None, error) is None


def test_on_init_exceptions_carry_the_hook_name() -> None:
    class Init:
        def on_init(self, client: object) -> None:
            raise KeyError("setting")

    with pytest.raises(KeyError) as info:
        Hooks([Init()]).on_init(object())
    assert info.value.__notes__ == ["raised in hook Init.on_init"]


USER_HOOKS = """
from __future__ import annotations

import urllib3
from openrouter_images import Client
from openrouter_images.client import (
    AfterErrorHook,
    BeforeRequestHook,
    HookContext,
    PreparedRequest,
)


class Good(BeforeRequestHook, AfterErrorHook):
    def before_request(self, context: HookContext, request: PreparedRequest) -> PreparedRequest:
        return request

    def after_error(
        self, ctx: HookContext, response: urllib3.BaseHTTPResponse | None, error: Exception
    ) -> tuple[urllib3.BaseHTTPResponse | None, Exception | None]:
        return response, error


class Init:
    def on_init(self, client: Client) -> None:
        pass


class Wrong:
    def before_request(self, context: HookContext, request: PreparedRequest) -> None:
        pass


class WrongExplicit(BeforeRequestHook):
    def before_request(self, context: HookContext, request: PreparedRequest) -> None:
        pass


class Misspelled:
    def before_requests(self, context: HookContext, request: PreparedRequest) -> PreparedRequest:
        return request


Client(api_key="k", hooks=[Good(), Init()])
Client(api_key="k", hooks=[Wrong()])
Client(api_key="k", hooks=[Misspelled()])
"""


def test_mypy_strict_checks_user_hooks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "user_hooks.py"
    source.write_text(textwrap.dedent(USER_HOOKS), encoding="utf-8")
    monkeypatch.setenv("MYPYPATH", str(ROOT / "generated"))
    out, err, status = mypy_api.run(
        ["--strict", "--no-error-summary", "--cache-dir", str(tmp_path / "cache"), str(source)]
    )
    errors = [line for line in out.splitlines() if ": error:" in line]
    lines = sorted(int(line.split(":")[1]) for line in errors)
    text = textwrap.dedent(USER_HOOKS).splitlines()
    flagged = [text[n - 1].strip() for n in lines]
    assert status == 1, out + err
    assert flagged == [
        "def before_request(self, context: HookContext, request: PreparedRequest) -> None:",
        'Client(api_key="k", hooks=[Wrong()])',
        'Client(api_key="k", hooks=[Misspelled()])',
    ], out
