"""``mock`` checks requests as the spec says and answers as the spec says (tests/support/
mock_rules.yaml): parameters by style, bodies by media type, credentials, unions, rejections."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
import urllib3

from generator.tools.conform import mock

SPEC = Path(__file__).resolve().parents[1] / "support" / "mock_rules.yaml"
KEY = {"X-Key": "k"}


@pytest.fixture(scope="module")
def server() -> Iterator[mock.MockServer]:
    srv = mock.serve(SPEC).start()
    try:
        yield srv
    finally:
        srv.stop()


def call(
    server: mock.MockServer,
    method: str,
    path: str,
    headers: dict[str, str] | None = None,
    **kw: Any,
) -> urllib3.BaseHTTPResponse:
    return urllib3.request(
        method,
        server.url + "/v1" + path,
        headers={**KEY, **(headers or {})},
        retries=False,
        timeout=5,
        **kw,
    )


def problems(response: urllib3.BaseHTTPResponse) -> list[str]:
    """The JSON pointers a rejection names, from the problem body or the problems header."""
    if response.headers.get("content-type") == "application/problem+json":
        return [e["pointer"] for e in response.json()["errors"]]
    return [e["pointer"] for e in json.loads(response.headers["X-Mock-Problems"])]


@pytest.mark.parametrize(
    ("path", "headers", "where"),
    [
        ("/items/abc", {}, "/path/itemId"),
        ("/items/0", {}, "/path/itemId"),
        ("/items/1?tags=a&tags=c", {}, "/query/tags/1"),
        ("/items/1?ids=1,x", {}, "/query/ids/1"),
        ("/items/1?filter[size]=big", {}, "/query/filter/size"),
        ("/items/1?since=yesterday", {}, "/query/since"),
        ("/items/1", {"X-Trace": "not-a-uuid"}, "/header/X-Trace"),
        ("/items/1", {"Cookie": "session=abc"}, "/cookie/session"),
    ],
)
def test_parameters_are_checked_by_style_type_enum_and_format(
    server: mock.MockServer, path: str, headers: dict[str, str], where: str
) -> None:
    response = call(server, "GET", path, headers)
    assert response.status == 400
    assert problems(response) == [where]


def test_parameters_that_fit_are_accepted(server: mock.MockServer) -> None:
    uuid = "00000000-0000-4000-8000-000000000000"
    path = "/items/7?tags=a&tags=b&ids=1,2&filter[size]=3&since=2024-02-29"
    response = call(
        server, "GET", path, {"X-Trace": uuid, "Cookie": "session=5", "Accept": "application/json"}
    )
    assert response.status == 200, response.headers.get("X-Mock-Problems")


def test_documented_400_carries_the_problems_in_its_detail(server: mock.MockServer) -> None:
    response = call(server, "GET", "/items/abc", {"Accept": "application/json"})
    body = response.json()
    assert body["code"] == 400 and "/path/itemId" in body["detail"]


def test_undocumented_rejection_is_a_problem_json_400(server: mock.MockServer) -> None:
    response = call(
        server, "PUT", "/shapes", body=b"[1]", headers={"Content-Type": "application/json"}
    )
    assert response.status == 400
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["status"] == 400 and body["errors"][0]["pointer"] == "/body"


def test_form_and_multipart_bodies_are_checked(server: mock.MockServer) -> None:
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    bad = call(server, "POST", "/items", form, body=b"foo=bar")
    assert bad.status == 400 and "/body" in problems(bad)
    good = call(server, "POST", "/items", form, body=b"name=ab&sizes=1&sizes=2")
    assert good.status == 201, good.headers.get("X-Mock-Problems")
    fields: dict[str, Any] = {"file": ("a.png", b"\x89PNG"), "count": "x"}
    bad_part = call(server, "POST", "/items", fields=fields)
    assert bad_part.status == 400 and problems(bad_part) == ["/body/count"]
    fields = {
        "file": ("a.png", b"\x89PNG"),
        "count": "2",
        "meta": ("m", json.dumps({"kind": "k"}), "application/json"),
    }
    assert call(server, "POST", "/items", fields=fields).status == 201


def test_missing_credentials_get_401_with_a_challenge(server: mock.MockServer) -> None:
    response = urllib3.request("GET", server.url + "/v1/items/1", retries=False)
    assert response.status == 401
    assert response.headers["WWW-Authenticate"].startswith("ApiKey")
    # an operation that documents its 401 answers with that body
    login = urllib3.request(
        "POST", server.url + "/v1/logins", json={"method": "code", "identifier": "i"}, retries=False
    )
    assert login.status == 401 and isinstance(login.json()["message"], str)
    assert login.headers["WWW-Authenticate"] == 'Basic realm="mock", Bearer realm="mock"'
    basic = "Basic " + base64.b64encode(b"u:p").decode()
    ok = urllib3.request(
        "POST",
        server.url + "/v1/logins",
        json={"method": "code", "identifier": "i"},
        headers={"Authorization": basic},
        retries=False,
    )
    assert ok.status == 200
    # an operation whose security is [] needs none
    assert urllib3.request("DELETE", server.url + "/v1/items/1", retries=False).status == 204


@pytest.mark.parametrize("method", ["TRACE", "PATCH", "QUERY"])
def test_undocumented_method_is_405_with_allow(server: mock.MockServer, method: str) -> None:
    response = call(server, method, "/items/1")
    assert response.status == 405
    assert response.headers["Allow"] == "DELETE, GET, HEAD"


def test_discriminator_tag_picks_the_branch(server: mock.MockServer) -> None:
    # fits both Password and Code: the tag says which one it is
    both = {"method": "password", "identifier": "me", "password": "p"}
    headers = {"Authorization": "Bearer t"}
    assert call(server, "POST", "/logins", headers, json=both).status == 200
    wrong = call(server, "POST", "/logins", headers, json={"method": "magic", "identifier": "me"})
    assert wrong.status == 400


def test_value_fitting_several_branches_without_discriminator_is_accepted(
    server: mock.MockServer,
) -> None:
    response = call(server, "PUT", "/shapes", json={"side": 1})
    assert response.status == 200
    assert "ambiguous: /body fits several oneOf branches" in response.headers["X-Mock-Note"]


def test_prefer_undocumented_status_is_501_naming_the_documented(server: mock.MockServer) -> None:
    response = call(server, "GET", "/items/1", {"Prefer": "code=418"})
    assert response.status == 501
    assert response.json()["documented"] == ["200", "400"]


def test_xml_is_answered_as_xml(server: mock.MockServer) -> None:
    response = call(server, "GET", "/items/1", {"Accept": "application/xml"})
    root = ElementTree.fromstring(response.data)
    assert root.tag == "item" and root.find("name") is not None
    assert [e.tag for e in root.find("sizes") or []] == ["item"] or root.find("sizes") is not None


def test_made_up_values_fit_prefix_items_formats_and_patterns(server: mock.MockServer) -> None:
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    pair = call(server, "POST", "/items", form, body=b"name=ab&sizes=1").json()
    assert isinstance(pair[0], int) and "@" in pair[1] and len(pair) == 2
    shape = call(server, "PUT", "/shapes", json={"radius": 2}).json()
    assert isinstance(shape[0], int) and len(shape) >= 2
    assert __import__("re").fullmatch(r"[A-Z]{3}-[0-9]{2}", shape[1])
