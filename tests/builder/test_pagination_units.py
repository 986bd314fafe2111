"""Paging: the runtime helpers (templates/_runtime/pagination.py, as copied into the generated
package), the JSONPath subset, the warnings for descriptions we cannot follow, and the types
a type checker sees for a paged method."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import urllib3
import yaml

from generator import pipeline
from generator.builder.pagination import parse_path
from generator.model import ir
from generator.tools.diff import compare as diff

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "generated"))

from openrouter_images._runtime.pagination import (  # noqa: E402
    Input,
    PageCall,
    Paging,
    first_page,
    next_link,
    walk,
)
from openrouter_images._runtime.unset import UNSET  # noqa: E402


@pytest.mark.parametrize(
    ("header", "target"),
    [
        ('<https://a.test/x?page=2>; rel="next"', "https://a.test/x?page=2"),
        ('<https://a.test/1>; rel="prev", <https://a.test/3>; rel="next"', "https://a.test/3"),
        ("</x?p=2>; rel=next", "/x?p=2"),
        ('</x?p=2>; title="a; b"; rel="last next"', "/x?p=2"),
        ('</x?p=2>; REL="Next"', "/x?p=2"),
        ('</x?p=1>; rel="prev", </x?p=9>; rel="last"', None),
        ('</x>; rel="nextish"', None),
        ("", None),
        (None, None),
    ],
)
def test_next_link(header: str | None, target: str | None) -> None:
    assert next_link(header) == target


def test_walk() -> None:
    doc = {"a": {"b": [{"c": 1}, {"c": 2}]}, "n": None}
    assert walk(doc, ("a", "b", 1, "c")) == 2
    assert walk(doc, ("a", "b", -1, "c")) == 2
    assert walk(doc, ("a", "b", 5, "c")) is None
    assert walk(doc, ("n", "x")) is None
    assert walk(doc, ("missing",)) is None
    assert walk(doc, ()) is doc
    assert walk({"a": UNSET}, ("a",)) is None


@pytest.mark.parametrize(
    ("text", "steps"),
    [
        ("$", ()),
        ("$.data", ("data",)),
        ("$.data.items[0].id", ("data", "items", 0, "id")),
        ("$.paging.cursors[-1]", ("paging", "cursors", -1)),
        ("$['next-page']", ("next-page",)),
        ("$.data[*]", None),
        ("$..id", None),
        ("$.data[0:2]", None),
        ("$.data[?(@.x)]", None),
        ("data", None),
    ],
)
def test_parse_path(text: str, steps: tuple[str | int, ...] | None) -> None:
    assert parse_path(text) == steps


def spec_with(pagination: object) -> dict[str, object]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {
            "/things": {
                "get": {
                    "operationId": "listThings",
                    "parameters": [
                        {"name": "offset", "in": "query", "schema": {"type": "integer"}}
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "properties": {
                                            "data": {"type": "array", "items": {"type": "string"}}
                                        },
                                    }
                                }
                            },
                        }
                    },
                    "x-speakeasy-pagination": pagination,
                }
            }
        },
    }


OFFSET = [{"name": "offset", "in": "parameters", "type": "offset"}]


@pytest.mark.parametrize(
    ("pagination", "place", "words"),
    [
        (
            {"type": "offsetLimit", "inputs": OFFSET, "outputs": {"results": "$.data[*]"}},
            "/x-speakeasy-pagination/outputs/results",
            "'$.data[*]' is not supported",
        ),
        (
            {"type": "pages", "inputs": OFFSET, "outputs": {"results": "$.data"}},
            "/x-speakeasy-pagination",
            "'pages' is not one of",
        ),
        (
            {
                "type": "offsetLimit",
                "inputs": [{"name": "skip", "in": "parameters", "type": "offset"}],
                "outputs": {"results": "$.data"},
            },
            "/x-speakeasy-pagination/inputs/0",
            "'skip' (parameters) names no parameter",
        ),
        (
            {
                "type": "offsetLimit",
                "inputs": [{"name": "offset", "in": "parameters", "type": "page"}],
                "outputs": {},
            },
            "/x-speakeasy-pagination",
            "needs a results or numPages output",
        ),
        (
            {"type": "cursor", "inputs": OFFSET, "outputs": {"results": "$.data"}},
            "/x-speakeasy-pagination",
            "cursor pagination needs a cursor input",
        ),
    ],
)
def test_unusable_descriptions_warn_and_do_not_page(
    tmp_path: Path, pagination: object, place: str, words: str
) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump(spec_with(pagination)), encoding="utf-8")
    result = pipeline.generate(spec, package="things", formatted=False)
    warnings = [d for d in result.diagnostics if "pagination" in d.pointer]
    assert warnings, result.diagnostics
    assert any(
        d.pointer == "/paths/~1things/get" + place and words in d.message for d in warnings
    ), [d.format() for d in warnings]
    # The method stays a plain call (offset paging without results could not advance).
    group = next(t for p, t in result.files.items() if "/groups/" in p and "Api" in t)
    assert "def list_things" in group and "Page[" not in group


def test_paged_method_types_are_precise(tmp_path: Path) -> None:
    """mypy --strict sees the typed response and the item type, and rejects misuse."""
    probe = tmp_path / "probe.py"
    probe.write_text(
        "from typing import assert_type\n"
        "from pagination import Client, Page\n"
        "from pagination.models import Event, ListEventsResponse, Repo\n"
        "page = Client().events.list_events(after='x')\n"
        "assert_type(page, Page[ListEventsResponse, Event])\n"
        "assert_type(page.data, ListEventsResponse)\n"
        "assert_type(page.next(), Page[ListEventsResponse, Event] | None)\n"
        "for e in page.iter_items():\n"
        "    assert_type(e, Event)\n"
        "assert_type(Client().repos.list_repos().items, list[Repo])\n"
        "bad: str = page.items[0]\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "c"), str(probe)],
        cwd=ROOT / "tests" / "golden" / "pagination" / "expected",
        capture_output=True,
        text=True,
        check=False,
    )
    lines = [ln for ln in done.stdout.splitlines() if "error:" in ln]
    assert len(lines) == 1, done.stdout
    assert "probe.py:11:" in lines[0] and 'expression has type "Event"' in lines[0]


class FakeFetch:
    """Answers each call with the next scripted JSON body; records the calls."""

    def __init__(self, *bodies: object, link: str = "") -> None:
        self.bodies = list(bodies)
        self.calls: list[PageCall] = []
        self.link = link

    def __call__(self, call: PageCall) -> tuple[object, urllib3.BaseHTTPResponse, str]:
        self.calls.append(call)
        body = self.bodies.pop(0)
        headers = {"Link": self.link} if self.link else {}
        response = urllib3.HTTPResponse(
            body=json.dumps(body).encode(), headers=headers, status=200, preload_content=True
        )
        return body, response, call.url or "https://api.test/v1/things"


def test_repeated_cursor_stops() -> None:
    fetch = FakeFetch({"d": [1], "c": "k1"}, {"d": [2], "c": "k1"})
    paging = Paging("cursor", cursor=Input("param", "after"), results=("d",), next_cursor=("c",))
    page = first_page(paging, fetch, PageCall(None, {"after": None}, None))
    assert list(page.iter_items()) == [1, 2]
    assert [c.params["after"] for c in fetch.calls] == [None, "k1"]


def test_body_input_without_a_request_stops() -> None:
    fetch = FakeFetch({"d": [1], "c": "k1"})
    paging = Paging("cursor", cursor=Input("body", "cursor"), results=("d",), next_cursor=("c",))
    page = first_page(paging, fetch, PageCall(None, {}, None))
    assert page.next() is None
    assert len(fetch.calls) == 1


def test_link_to_the_same_url_stops() -> None:
    fetch = FakeFetch([1], link='</v1/things>; rel="next"')
    page = first_page(Paging("link", results=()), fetch, PageCall(None, {}, None))
    assert page.items == [1]
    assert page.next() is None


def test_offset_without_limit_continues_until_empty() -> None:
    fetch = FakeFetch({"d": [1, 2, 3]}, {"d": [4]}, {"d": []})
    paging = Paging("offsetLimit", offset=Input("param", "offset"), results=("d",))
    page = first_page(paging, fetch, PageCall(None, {"offset": None}, None))
    assert list(page.iter_items()) == [1, 2, 3, 4]
    assert [c.params["offset"] for c in fetch.calls] == [None, 3, 4]


def test_diff_reports_a_method_that_starts_paging(tmp_path: Path) -> None:
    paged = spec_with({"type": "offsetLimit", "inputs": OFFSET, "outputs": {"results": "$.data"}})
    plain = json.loads(json.dumps(paged))
    del plain["paths"]["/things"]["get"]["x-speakeasy-pagination"]  # type: ignore[index]
    apis = []
    for name, doc in (("old", plain), ("new", paged)):
        path = tmp_path / f"{name}.yaml"
        path.write_text(yaml.safe_dump(doc), encoding="utf-8")
        apis.append(pipeline.analyse(path)[0])
    found = [f for f in diff.compare(*apis) if f.rule == "return-type-changed"]
    assert len(found) == 1, found
    assert "now returns pages" in found[0].message
    assert not [f for f in diff.compare(apis[1], apis[1]) if f.rule == "return-type-changed"]


def test_the_paging_plan_is_decided_before_render() -> None:
    """Naming hands the templates each paging operation's plan, in Python names; operations
    that do not page have none."""
    api, _ = pipeline.analyse(ROOT / "tests" / "golden" / "pagination" / "spec.yaml")
    ops = [op for g in api.groups for op in g.operations]
    paged = [op for op in ops if op.pagination is not None]
    assert paged and all(op.paging is not None for op in paged)
    assert all(op.paging is None for op in ops if op.pagination is None)
    for op in paged:
        assert op.paging is not None and op.paging.kind == op.pagination.kind
        names = {p.name for p in op.params} | {
            f.name for d in api.decls if isinstance(d, ir.Model) for f in d.fields
        }
        assert {name for _, _, name in op.paging.inputs} <= names
    assert any(op.paging is not None and op.paging.typed for op in paged)
