"""batches operations"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.exchange import araw_method, raw_method
from .._runtime.http import BaseClient, RequestOptions
from .._runtime.lazy import LazyModule
from .._runtime.lines import JsonLines

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient
    from .._runtime.stream_aio import AsyncJsonLines
    from ..models.batch import Batch
    from ..models.result import Result
    from ..operations import batch_results as _batch_results
    from ..operations import export_batches as _export_batches
    from ..operations import import_batches as _import_batches
    from ..operations import list_batches as _list_batches
else:
    # Each operation's module is imported when the operation is first called.
    _list_batches = LazyModule("..operations.list_batches", __package__)
    _batch_results = LazyModule("..operations.batch_results", __package__)
    _export_batches = LazyModule("..operations.export_batches", __package__)
    _import_batches = LazyModule("..operations.import_batches", __package__)


class BatchesApi:
    """batches operations"""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> BatchesApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return BatchesApiWithRawResponse(self)

    def list_batches(
        self,
        *,
        limit: int | None = None,
        before_id: str | None = None,
        options: RequestOptions | None = None,
    ) -> list[Batch]:
        """listBatches"""
        return _list_batches.call(
            self._client,
            limit=limit,
            before_id=before_id,
            options=options,
        )

    def batch_results(
        self,
        *,
        batch_id: str,
        options: RequestOptions | None = None,
    ) -> JsonLines[Result]:
        """batchResults"""
        return _batch_results.call(
            self._client,
            batch_id=batch_id,
            options=options,
        )

    def export_batches(
        self,
        *,
        options: RequestOptions | None = None,
    ) -> JsonLines[Batch]:
        """exportBatches"""
        return _export_batches.call(
            self._client,
            options=options,
        )

    def import_batches(
        self,
        request: list[Batch],
        *,
        options: RequestOptions | None = None,
    ) -> None:
        """importBatches"""
        return _import_batches.call(
            self._client,
            request,
            options=options,
        )


class BatchesApiWithRawResponse:
    """``BatchesApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: BatchesApi) -> None:
        self.list_batches = raw_method(api.list_batches)
        self.batch_results = raw_method(api.batch_results)
        self.export_batches = raw_method(api.export_batches)
        self.import_batches = raw_method(api.import_batches)


class AsyncBatchesApi:
    """batches operations"""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncBatchesApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return AsyncBatchesApiWithRawResponse(self)

    async def list_batches(
        self,
        *,
        limit: int | None = None,
        before_id: str | None = None,
        options: RequestOptions | None = None,
    ) -> list[Batch]:
        """listBatches"""
        return await _list_batches.acall(
            self._client,
            limit=limit,
            before_id=before_id,
            options=options,
        )

    async def batch_results(
        self,
        *,
        batch_id: str,
        options: RequestOptions | None = None,
    ) -> AsyncJsonLines[Result]:
        """batchResults"""
        return await _batch_results.acall(
            self._client,
            batch_id=batch_id,
            options=options,
        )

    async def export_batches(
        self,
        *,
        options: RequestOptions | None = None,
    ) -> AsyncJsonLines[Batch]:
        """exportBatches"""
        return await _export_batches.acall(
            self._client,
            options=options,
        )

    async def import_batches(
        self,
        request: list[Batch],
        *,
        options: RequestOptions | None = None,
    ) -> None:
        """importBatches"""
        return await _import_batches.acall(
            self._client,
            request,
            options=options,
        )


class AsyncBatchesApiWithRawResponse:
    """``AsyncBatchesApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: AsyncBatchesApi) -> None:
        self.list_batches = araw_method(api.list_batches)
        self.batch_results = araw_method(api.batch_results)
        self.export_batches = araw_method(api.export_batches)
        self.import_batches = araw_method(api.import_batches)
