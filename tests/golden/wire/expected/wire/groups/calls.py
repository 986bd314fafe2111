"""calls operations"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.exchange import raw_method
from .._runtime.http import BaseClient, RequestOptions
from .._runtime.lazy import LazyModule

if TYPE_CHECKING:
    from ..models.create_call_request import CreateCallRequest
    from ..models.create_call_response import CreateCallResponse
    from ..operations import create_call as _create_call
else:
    # Each operation's module is imported when the operation is first called.
    _create_call = LazyModule("..operations.create_call", __package__)


class CallsApi:
    """calls operations"""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> CallsApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return CallsApiWithRawResponse(self)

    def create_call(
        self,
        request: CreateCallRequest,
        *,
        options: RequestOptions | None = None,
    ) -> CreateCallResponse:
        """createCall"""
        return _create_call.call(
            self._client,
            request,
            options=options,
        )


class CallsApiWithRawResponse:
    """``CallsApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: CallsApi) -> None:
        self.create_call = raw_method(api.create_call)
