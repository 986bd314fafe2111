"""issues operations"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.exchange import araw_method, raw_method
from .._runtime.http import BaseClient, RequestOptions
from .._runtime.lazy import LazyModule

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient
    from ..models.add_attachment_response_item import AddAttachmentResponseItem
    from ..operations import add_attachment as _add_attachment
else:
    # Each operation's module is imported when the operation is first called.
    _add_attachment = LazyModule("..operations.add_attachment", __package__)


class IssuesApi:
    """issues operations"""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> IssuesApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return IssuesApiWithRawResponse(self)

    def add_attachment(
        self,
        request: bytes,
        *,
        issue: str,
        options: RequestOptions | None = None,
    ) -> list[AddAttachmentResponseItem]:
        """addAttachment"""
        return _add_attachment.call(
            self._client,
            request,
            issue=issue,
            options=options,
        )


class IssuesApiWithRawResponse:
    """``IssuesApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: IssuesApi) -> None:
        self.add_attachment = raw_method(api.add_attachment)


class AsyncIssuesApi:
    """issues operations"""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncIssuesApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return AsyncIssuesApiWithRawResponse(self)

    async def add_attachment(
        self,
        request: bytes,
        *,
        issue: str,
        options: RequestOptions | None = None,
    ) -> list[AddAttachmentResponseItem]:
        """addAttachment"""
        return await _add_attachment.acall(
            self._client,
            request,
            issue=issue,
            options=options,
        )


class AsyncIssuesApiWithRawResponse:
    """``AsyncIssuesApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: AsyncIssuesApi) -> None:
        self.add_attachment = araw_method(api.add_attachment)
