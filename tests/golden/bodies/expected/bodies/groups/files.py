"""files operations"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.exchange import raw_method
from .._runtime.http import BaseClient, RequestOptions
from .._runtime.lazy import LazyModule

if TYPE_CHECKING:
    from ..models.stored_file import StoredFile
    from ..models.upload_file_request import UploadFileRequest
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


class FilesApi:
    """files operations"""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> FilesApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return FilesApiWithRawResponse(self)

    def upload_file(
        self,
        request: UploadFileRequest,
        *,
        options: RequestOptions | None = None,
    ) -> StoredFile:
        """uploadFile"""
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
