"""GET /pets/{petId}"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime import urls
from .._runtime.http import BaseClient, HttpRequest, RequestOptions
from .._runtime.responses import ResponseCase, handle
from .._serialization import converter
from ..models.pet import Pet

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient

OPERATION = "getPet"

RESPONSES = (ResponseCase("200", "json", Pet),)


def build_request(
    *,
    pet_id: str,
    accept: str = "application/json",
) -> HttpRequest:
    """The HTTP request for getPet, before the client adds server, auth and options."""
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {}
    _cookies: list[tuple[str, str]] = []
    return HttpRequest(
        method="GET",
        operation=OPERATION,
        path="".join(
            (
                "/pets/",
                urls.serialize_path_param(
                    "petId",
                    converter.unstructure(pet_id),
                    style="simple",
                    explode=False,
                ),
            )
        ),
        query=_query,
        headers=_headers,
        cookies=_cookies,
        accept=accept,
        security=(),
    )


def call(
    client: BaseClient,
    *,
    pet_id: str,
    options: RequestOptions | None = None,
) -> Pet:
    """Send the request and return the documented response body; raise for error statuses."""
    response = client.send(
        build_request(
            pet_id=pet_id,
        ),
        options,
    )
    result: Pet = handle(response, RESPONSES, converter, operation=OPERATION)
    return result


async def acall(
    client: AsyncBaseClient,
    *,
    pet_id: str,
    options: RequestOptions | None = None,
) -> Pet:
    """Send the request and return the documented response body; raise for error statuses."""
    response = await client.send(
        build_request(
            pet_id=pet_id,
        ),
        options,
    )
    result: Pet = await client.handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result
