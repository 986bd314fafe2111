"""files operations"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from .._runtime.exchange import araw_method, raw_method
from .._runtime.fields import from_fields
from .._runtime.http import BaseClient, RequestOptions
from .._runtime.lazy import LazyModule
from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .. import models as _models
    from .._runtime.aio import AsyncBaseClient
    from ..models.stored_file import StoredFile
    from ..models.upload_file_request import UploadFileRequest
    from ..models.upload_file_request_purpose import UploadFileRequestPurpose
    from ..operations import download_file as _download_file
    from ..operations import get_label as _get_label
    from ..operations import replace_file as _replace_file
    from ..operations import upload_file as _upload_file
else:
    # Each operation's module is imported when the operation is first called.
    _upload_file = LazyModule("..operations.upload_file", __package__)
    _download_file = LazyModule("..operations.download_file", __package__)
    _replace_file = LazyModule("..operations.replace_file", __package__)
    _get_label = LazyModule("..operations.get_label", __package__)
    _models = LazyModule("..models", __package__)


class FilesApi:
    """files operations"""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> FilesApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return FilesApiWithRawResponse(self)

    @overload
    def upload_file(
        self,
        request: UploadFileRequest,
        *,
        options: RequestOptions | None = None,
    ) -> StoredFile: ...

    @overload
    def upload_file(
        self,
        *,
        file: bytes,
        purpose: UploadFileRequestPurpose | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> StoredFile: ...

    def upload_file(
        self,
        request: UploadFileRequest | None = None,
        *,
        options: RequestOptions | None = None,
        **_fields: Any,
    ) -> StoredFile:
        """uploadFile

        The body is one ``UploadFileRequest``, or its fields as keyword arguments
        (``file``, ``purpose``), not both.
        """
        request = from_fields(request, _models.UploadFileRequest, _fields)
        return _upload_file.call(
            self._client,
            request,
            options=options,
        )

    def download_file(
        self,
        *,
        id: str,
        options: RequestOptions | None = None,
    ) -> bytes:
        """downloadFile"""
        return _download_file.call(
            self._client,
            id=id,
            options=options,
        )

    def replace_file(
        self,
        request: bytes,
        *,
        id: str,
        options: RequestOptions | None = None,
    ) -> None:
        """replaceFile"""
        return _replace_file.call(
            self._client,
            request,
            id=id,
            options=options,
        )

    def get_label(
        self,
        *,
        id: str,
        style: list[str],
        options: RequestOptions | None = None,
    ) -> str:
        """getLabel"""
        return _get_label.call(
            self._client,
            id=id,
            style=style,
            options=options,
        )


class FilesApiWithRawResponse:
    """``FilesApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: FilesApi) -> None:
        self.upload_file = raw_method(api.upload_file)
        self.download_file = raw_method(api.download_file)
        self.replace_file = raw_method(api.replace_file)
        self.get_label = raw_method(api.get_label)


class AsyncFilesApi:
    """files operations"""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncFilesApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return AsyncFilesApiWithRawResponse(self)

    @overload
    async def upload_file(
        self,
        request: UploadFileRequest,
        *,
        options: RequestOptions | None = None,
    ) -> StoredFile: ...

    @overload
    async def upload_file(
        self,
        *,
        file: bytes,
        purpose: UploadFileRequestPurpose | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> StoredFile: ...

    async def upload_file(
        self,
        request: UploadFileRequest | None = None,
        *,
        options: RequestOptions | None = None,
        **_fields: Any,
    ) -> StoredFile:
        """uploadFile

        The body is one ``UploadFileRequest``, or its fields as keyword arguments
        (``file``, ``purpose``), not both.
        """
        request = from_fields(request, _models.UploadFileRequest, _fields)
        return await _upload_file.acall(
            self._client,
            request,
            options=options,
        )

    async def download_file(
        self,
        *,
        id: str,
        options: RequestOptions | None = None,
    ) -> bytes:
        """downloadFile"""
        return await _download_file.acall(
            self._client,
            id=id,
            options=options,
        )

    async def replace_file(
        self,
        request: bytes,
        *,
        id: str,
        options: RequestOptions | None = None,
    ) -> None:
        """replaceFile"""
        return await _replace_file.acall(
            self._client,
            request,
            id=id,
            options=options,
        )

    async def get_label(
        self,
        *,
        id: str,
        style: list[str],
        options: RequestOptions | None = None,
    ) -> str:
        """getLabel"""
        return await _get_label.acall(
            self._client,
            id=id,
            style=style,
            options=options,
        )


class AsyncFilesApiWithRawResponse:
    """``AsyncFilesApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: AsyncFilesApi) -> None:
        self.upload_file = araw_method(api.upload_file)
        self.download_file = araw_method(api.download_file)
        self.replace_file = araw_method(api.replace_file)
        self.get_label = araw_method(api.get_label)
