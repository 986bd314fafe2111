"""Paging with the `pagination` golden package against a local server: offset and limit, page
numbers, a cursor in the query and in the body, the next page's URL, and the Link header;
three pages each, checking the requests the server saw and the items yielded."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "golden" / "pagination" / "expected"))

from pagination import Client, CrossOriginPageError, Page, RequestOptions, errors
from pagination.models import Event, Key, Repo, SearchEventsRequest

from tests.support.server import Reply, ScriptedServer


@pytest.fixture
def api(server: ScriptedServer) -> Iterator[Client]:
    with Client(bearer="tok", server_url=server.url + "/v1", retries=None) as c:
        yield c


def keys(*ids: str) -> Reply:
    return Reply.json({"data": [{"id": i} for i in ids]})


def test_offset_limit_stops_on_a_short_page(api: Client, server: ScriptedServer) -> None:
    server.enqueue(keys("a", "b"), keys("c", "d"), keys("e"))
    page = api.keys.list_keys(limit=2, options=RequestOptions(extra_headers={"X-Trace": "t1"}))
    assert isinstance(page, Page)
    assert [k.id for k in page.data.data] == ["a", "b"]
    items = list(page.iter_items())
    assert all(isinstance(k, Key) for k in items)
    assert [k.id for k in items] == ["a", "b", "c", "d", "e"]
    seen = server.requests
    assert [r.query for r in seen] == ["limit=2", "offset=2&limit=2", "offset=4&limit=2"]
    # The call's options and credentials go with every page.
    assert {r.headers["x-trace"] for r in seen} == {"t1"}
    assert {r.headers["authorization"] for r in seen} == {"Bearer tok"}
    assert server.pending == 0


def test_offset_limit_stops_on_an_empty_page(api: Client, server: ScriptedServer) -> None:
    server.enqueue(keys("a", "b"), keys("c", "d"), keys())
    page = api.keys.list_keys(offset=10)
    pages = list(page.iter_pages())
    assert [[k.id for k in p.items] for p in pages] == [["a", "b"], ["c", "d"], []]
    assert [r.query for r in server.requests] == ["offset=10", "offset=12", "offset=14"]
    assert pages[-1].next() is None
    assert not pages[-1].has_next()
    assert len(server.requests) == 3


def test_next_is_fetched_once(api: Client, server: ScriptedServer) -> None:
    server.enqueue(keys("a"), keys())
    page = api.keys.list_keys(limit=1)
    assert page.has_next()
    second = page.next()
    assert second is not None and second.items == []
    assert page.next() is second
    assert second.next() is None
    assert len(server.requests) == 2


def reports(items: list[str], pages: int) -> Reply:
    return Reply.json({"result": {"items": items}, "meta": {"total_pages": pages}})


def test_page_numbers_stop_at_num_pages(api: Client, server: ScriptedServer) -> None:
    server.enqueue(reports(["r1", "r2"], 3), reports(["r3", "r4"], 3), reports(["r5", "r6"], 3))
    page = api.reports.list_reports(per_page=2)
    assert list(page.iter_items()) == ["r1", "r2", "r3", "r4", "r5", "r6"]
    assert [r.query for r in server.requests] == [
        "per_page=2",
        "page=2&per_page=2",
        "page=3&per_page=2",
    ]


def test_page_numbers_stop_on_an_empty_page(api: Client, server: ScriptedServer) -> None:
    server.enqueue(
        Reply.json({"result": {"items": ["r1"]}}),
        Reply.json({"result": {"items": ["r2"]}}),
        Reply.json({"result": {"items": []}}),
    )
    assert list(api.reports.list_reports(page=1).iter_items()) == ["r1", "r2"]
    assert [r.query for r in server.requests] == ["page=1", "page=2", "page=3"]


def events(ids: list[int], cursor: str | None = None) -> Reply:
    body: dict[str, object] = {"data": [{"id": i} for i in ids]}
    if cursor is not None:
        body["next_cursor"] = cursor
    return Reply.json(body)


def test_cursor_in_query_stops_on_a_missing_cursor(api: Client, server: ScriptedServer) -> None:
    server.enqueue(events([1, 2], "c2"), events([3, 4], "c3"), events([5]))
    items = list(api.events.list_events(kind="push").iter_items())
    assert all(isinstance(e, Event) for e in items)
    assert [e.id for e in items] == [1, 2, 3, 4, 5]
    assert [r.query for r in server.requests] == [
        "kind=push",
        "after=c2&kind=push",
        "after=c3&kind=push",
    ]


def test_cursor_in_query_stops_on_null_and_on_empty_page(
    api: Client, server: ScriptedServer
) -> None:
    server.enqueue(events([1], "c2"), Reply.json({"data": [{"id": 2}], "next_cursor": None}))
    first = api.events.list_events()
    assert [e.id for e in first.iter_items()] == [1, 2]
    assert len(server.requests) == 2
    server.enqueue(events([], "never-followed"))
    empty = api.events.list_events(after="c9")
    assert empty.items == [] and empty.next() is None
    assert server.requests[-1].query == "after=c9"
    assert server.pending == 0


def hits(ids: list[int], cursors: list[str]) -> Reply:
    return Reply.json({"hits": [{"id": i} for i in ids], "paging": {"cursors": cursors}})


def test_cursor_in_body(api: Client, server: ScriptedServer) -> None:
    server.enqueue(hits([1, 2], ["k2"]), hits([3, 4], ["k3", "other"]), hits([5], ["k4"]))
    page = api.events.search_events(SearchEventsRequest(query="q", page_size=2))
    items = [e.id for e in page.iter_items()]
    # The last page holds fewer items than page_size asked for: no fourth request.
    assert items == [1, 2, 3, 4, 5]
    bodies = [json.loads(r.body) for r in server.requests]
    assert bodies == [
        {"query": "q", "page_size": 2},
        {"query": "q", "page_size": 2, "cursor": "k2"},
        {"query": "q", "page_size": 2, "cursor": "k3"},
    ]
    assert {r.method for r in server.requests} == {"POST"}


def test_cursor_in_body_stops_on_missing_cursor(api: Client, server: ScriptedServer) -> None:
    server.enqueue(hits([1], ["k2"]), hits([2], ["k3"]), hits([3], []))
    page = api.events.search_events(SearchEventsRequest(query="q"))
    assert [e.id for e in page.iter_items()] == [1, 2, 3]
    assert [json.loads(r.body).get("cursor") for r in server.requests] == [None, "k2", "k3"]


def files(names: list[str], next_url: str | None) -> Reply:
    return Reply.json({"files": names, "links": {"next": next_url}})


def test_next_url_absolute_and_relative(api: Client, server: ScriptedServer) -> None:
    server.enqueue(
        files(["a", "b"], f"{server.url}/v1/files?folder=x&token=p2"),
        files(["c"], "files?folder=x&token=p3"),
        files([], "files?folder=x&token=p4"),
    )
    page = api.files.list_files(folder="x")
    assert list(page.iter_items()) == ["a", "b", "c"]
    assert [r.raw_path for r in server.requests] == [
        "/v1/files?folder=x",
        "/v1/files?folder=x&token=p2",
        "/v1/files?folder=x&token=p3",
    ]
    assert {r.headers["authorization"] for r in server.requests} == {"Bearer tok"}


def test_next_url_stops_on_null(api: Client, server: ScriptedServer) -> None:
    server.enqueue(files(["a"], "/v1/files?page=2"), files(["b"], "/v1/files?page=3"))
    server.enqueue(files(["c"], None))
    assert list(api.files.list_files().iter_items()) == ["a", "b", "c"]
    assert [r.raw_path for r in server.requests] == [
        "/v1/files",
        "/v1/files?page=2",
        "/v1/files?page=3",
    ]


def repos(names: list[str], link: str | None) -> Reply:
    headers = {"Link": link} if link else {}
    return Reply.json([{"name": n} for n in names], headers=headers)


def test_link_header(api: Client, server: ScriptedServer) -> None:
    base = f"{server.url}/v1/repos"
    server.enqueue(
        repos(["r1", "r2"], f'<{base}?page=2&per_page=2>; rel="next", <{base}?page=9>; rel="last"'),
        repos(["r3", "r4"], f'<{base}?page=1>; rel="prev", <{base}?page=3&per_page=2>; rel=next'),
        repos(["r5"], f'<{base}?page=1>; rel="first"'),
    )
    page = api.repos.list_repos(per_page=2)
    assert all(isinstance(r, Repo) for r in page.data)
    names = [r.name for r in page.iter_items()]
    assert names == ["r1", "r2", "r3", "r4", "r5"]
    assert [r.raw_path for r in server.requests] == [
        "/v1/repos?per_page=2",
        "/v1/repos?page=2&per_page=2",
        "/v1/repos?page=3&per_page=2",
    ]


def test_link_header_empty_last_page(api: Client, server: ScriptedServer) -> None:
    server.enqueue(
        repos(["r1"], "</v1/repos?page=2>; rel=next"),
        repos(["r2"], "</v1/repos?page=3>; rel=next"),
        repos([], "</v1/repos?page=4>; rel=next"),
    )
    pages = list(api.repos.list_repos().iter_pages())
    assert [[r.name for r in p.data] for p in pages] == [["r1"], ["r2"], []]
    assert len(server.requests) == 3


def test_iteration_is_lazy(api: Client, server: ScriptedServer) -> None:
    server.enqueue(keys("a", "b"), keys("c", "d"))
    it = api.keys.list_keys(limit=2).iter_items()
    assert [next(it).id, next(it).id] == ["a", "b"]
    assert len(server.requests) == 1
    assert next(it).id == "c"
    assert len(server.requests) == 2


# -- credentials stay on their origin ---------------------------------------------------------


@pytest.fixture
def other() -> Iterator[ScriptedServer]:
    """A second server: same host (127.0.0.1), another port, so another origin."""
    with ScriptedServer() as s:
        yield s


def test_next_url_on_another_origin_is_refused(
    api: Client, server: ScriptedServer, other: ScriptedServer
) -> None:
    server.enqueue(files(["a"], f"{other.url}/steal?token=p2"))
    page = api.files.list_files()
    assert page.has_next()
    with pytest.raises(CrossOriginPageError) as caught:
        page.next()
    here, there = server.url.replace("http://", ""), other.url.replace("http://", "")
    assert str(caught.value).startswith(
        f"the next page is on http://{there}, another origin than http://{here}: not fetched"
    )
    assert caught.value.next_url == f"{other.url}/steal?token=p2"
    assert isinstance(caught.value, errors.SDKError)
    assert other.requests == [] and len(server.requests) == 1


def test_link_to_another_origin_is_refused_in_iteration(
    api: Client, server: ScriptedServer, other: ScriptedServer
) -> None:
    server.enqueue(repos(["r1"], f'<{other.url}/v1/repos?page=2>; rel="next"'))
    it = api.repos.list_repos().iter_items()
    assert next(it).name == "r1"
    with pytest.raises(CrossOriginPageError, match="another origin"):
        next(it)
    assert other.requests == []


def test_another_scheme_is_another_origin(api: Client, server: ScriptedServer) -> None:
    """Same host and port, https instead of http: refused before anything is sent."""
    server.enqueue(files(["a"], server.url.replace("http://", "https://") + "/v1/files?p=2"))
    with pytest.raises(CrossOriginPageError, match=r"on https://127\.0\.0\.1:\d+, another"):
        list(api.files.list_files().iter_items())
    assert len(server.requests) == 1


def test_an_allowed_origin_gets_the_next_pages(
    api: Client, server: ScriptedServer, other: ScriptedServer
) -> None:
    server.enqueue(files(["a"], f"{other.url}/v1/files?token=p2"))
    other.enqueue(files(["b"], "files?token=p3"), files(["c"], None))
    page = api.files.list_files().allow_origins(other.url)
    assert list(page.iter_items()) == ["a", "b", "c"]
    assert [r.raw_path for r in other.requests] == ["/v1/files?token=p2", "/v1/files?token=p3"]
    # Allowed on purpose: the credentials go with the call, as for the first page.
    assert {r.headers["authorization"] for r in other.requests} == {"Bearer tok"}


def test_the_same_origin_written_another_way_is_followed(
    api: Client, server: ScriptedServer
) -> None:
    port = server.url.rsplit(":", 1)[1]
    server.enqueue(files(["a"], f"HTTP://127.0.0.1:{port}/v1/files?token=p2"), files(["b"], None))
    assert list(api.files.list_files().iter_items()) == ["a", "b"]
    assert len(server.requests) == 2
