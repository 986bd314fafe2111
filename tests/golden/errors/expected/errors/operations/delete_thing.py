"""DELETE /things/{id}"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime import urls
from .._runtime.http import BaseClient, HttpRequest, RequestOptions
from .._runtime.responses import ResponseCase, handle
from .._runtime.retries import RetryConfig
from .._serialization import converter
from ..errors import (
    ClientProblemError,
    ConflictError,
    MovedError,
    NotFoundProblemError,
    NotModifiedError,
    ProblemError,
    ServerError,
)
from ..models.conflict import Conflict
from ..models.moved import Moved
from ..models.problem import Problem

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient

OPERATION = "deleteThing"

RESPONSES = (
    ResponseCase("204", "empty"),
    ResponseCase("303", "json", Moved, MovedError),
    ResponseCase("304", "empty", None, NotModifiedError),
    ResponseCase("404", "json", Problem, NotFoundProblemError),
    ResponseCase("409", "json", Conflict, ConflictError),
    ResponseCase("4XX", "json", Problem, ClientProblemError),
    ResponseCase("5XX", "empty", None, ServerError),
    ResponseCase("default", "json", Problem, ProblemError),
)


def build_request(
    *,
    id: int,
    accept: str = "application/json",
) -> HttpRequest:
    """The HTTP request for deleteThing, before the client adds server, auth and options."""
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {}
    _cookies: list[tuple[str, str]] = []
    return HttpRequest(
        method="DELETE",
        operation=OPERATION,
        path="".join(
            (
                "/things/",
                urls.serialize_path_param(
                    "id",
                    converter.unstructure(id),
                    style="simple",
                    explode=False,
                ),
            )
        ),
        query=_query,
        headers=_headers,
        cookies=_cookies,
        accept=accept,
        security=(("token",),),
        retries=RetryConfig(
            max_attempts=None,
            initial_interval=0.1,
            max_interval=1.0,
            exponent=2.0,
            max_elapsed_time=5.0,
            status_codes=(
                "503",
                "429",
            ),
            retry_connection_errors=False,
        ),
    )


def call(
    client: BaseClient,
    *,
    id: int,
    options: RequestOptions | None = None,
) -> None:
    """Send the request and return the documented response body; raise for error statuses."""
    response = client.send(
        build_request(
            id=id,
        ),
        options,
    )
    result: None = handle(response, RESPONSES, converter, operation=OPERATION)
    return result


async def acall(
    client: AsyncBaseClient,
    *,
    id: int,
    options: RequestOptions | None = None,
) -> None:
    """Send the request and return the documented response body; raise for error statuses."""
    response = await client.send(
        build_request(
            id=id,
        ),
        options,
    )
    result: None = await client.handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result
