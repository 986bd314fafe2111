"""Default operations"""

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
    from ..models.create_charge_expand import CreateChargeExpand
    from ..models.create_charge_request import CreateChargeRequest
    from ..models.create_charge_response import CreateChargeResponse
    from ..models.stored_file import StoredFile
    from ..models.upload_file_request import UploadFileRequest
    from ..models.upload_file_request_purpose import UploadFileRequestPurpose
    from ..operations import create_charge as _create_charge
    from ..operations import download_file as _download_file
    from ..operations import get_label as _get_label
    from ..operations import replace_file as _replace_file
    from ..operations import upload_file as _upload_file
else:
    # Each operation's module is imported when the operation is first called.
    _create_charge = LazyModule("..operations.create_charge", __package__)
    _upload_file = LazyModule("..operations.upload_file", __package__)
    _download_file = LazyModule("..operations.download_file", __package__)
    _replace_file = LazyModule("..operations.replace_file", __package__)
    _get_label = LazyModule("..operations.get_label", __package__)
    _models = LazyModule("..models", __package__)


class DefaultApi:
    """Default operations"""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> DefaultApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return DefaultApiWithRawResponse(self)

    @overload
    def create_charge(
        self,
        request: CreateChargeRequest,
        *,
        expand: CreateChargeExpand | None = None,
        idempotency_key: str | None = None,
        session: str | None = None,
        options: RequestOptions | None = None,
    ) -> CreateChargeResponse: ...

    @overload
    def create_charge(
        self,
        *,
        amount: int,
        metadata: dict[str, str] | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        expand: CreateChargeExpand | None = None,
        idempotency_key: str | None = None,
        session: str | None = None,
        options: RequestOptions | None = None,
    ) -> CreateChargeResponse: ...

    def create_charge(
        self,
        request: CreateChargeRequest | None = None,
        *,
        expand: CreateChargeExpand | None = None,
        idempotency_key: str | None = None,
        session: str | None = None,
        options: RequestOptions | None = None,
        **_fields: Any,
    ) -> CreateChargeResponse:
        """createCharge

        The body is one ``CreateChargeRequest``, or its fields as keyword arguments
        (``amount``, ``metadata``, ``tags``), not both.
        """
        request = from_fields(request, _models.CreateChargeRequest, _fields)
        return _create_charge.call(
            self._client,
            request,
            expand=expand,
            idempotency_key=idempotency_key,
            session=session,
            options=options,
        )

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


class DefaultApiWithRawResponse:
    """``DefaultApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: DefaultApi) -> None:
        self.create_charge = raw_method(api.create_charge)
        self.upload_file = raw_method(api.upload_file)
        self.download_file = raw_method(api.download_file)
        self.replace_file = raw_method(api.replace_file)
        self.get_label = raw_method(api.get_label)


class AsyncDefaultApi:
    """Default operations"""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncDefaultApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return AsyncDefaultApiWithRawResponse(self)

    @overload
    async def create_charge(
        self,
        request: CreateChargeRequest,
        *,
        expand: CreateChargeExpand | None = None,
        idempotency_key: str | None = None,
        session: str | None = None,
        options: RequestOptions | None = None,
    ) -> CreateChargeResponse: ...

    @overload
    async def create_charge(
        self,
        *,
        amount: int,
        metadata: dict[str, str] | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        expand: CreateChargeExpand | None = None,
        idempotency_key: str | None = None,
        session: str | None = None,
        options: RequestOptions | None = None,
    ) -> CreateChargeResponse: ...

    async def create_charge(
        self,
        request: CreateChargeRequest | None = None,
        *,
        expand: CreateChargeExpand | None = None,
        idempotency_key: str | None = None,
        session: str | None = None,
        options: RequestOptions | None = None,
        **_fields: Any,
    ) -> CreateChargeResponse:
        """createCharge

        The body is one ``CreateChargeRequest``, or its fields as keyword arguments
        (``amount``, ``metadata``, ``tags``), not both.
        """
        request = from_fields(request, _models.CreateChargeRequest, _fields)
        return await _create_charge.acall(
            self._client,
            request,
            expand=expand,
            idempotency_key=idempotency_key,
            session=session,
            options=options,
        )

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


class AsyncDefaultApiWithRawResponse:
    """``AsyncDefaultApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: AsyncDefaultApi) -> None:
        self.create_charge = araw_method(api.create_charge)
        self.upload_file = araw_method(api.upload_file)
        self.download_file = araw_method(api.download_file)
        self.replace_file = araw_method(api.replace_file)
        self.get_label = araw_method(api.get_label)
