"""ImageGenerationProviderPreferences: Provider routing preferences and provider-specific passthrough configuration."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .provider_name import ProviderName
    from .provider_options import ProviderOptions
    from .provider_sort import ProviderSort
    from .provider_sort_config import ProviderSortConfig


@attrs.define(kw_only=True)
class ImageGenerationProviderPreferences:
    """Provider routing preferences and provider-specific passthrough configuration.

    Attributes:
        allow_fallbacks: Whether to allow backup providers to serve requests - true: (default) when the primary provider (or your custom providers in "order") is unavailable, use the next best provider. - false: use only the primary/custom provider, and return the upstream error if it's unavailable.
        ignore: List of provider slugs to ignore. If provided, this list is merged with your account-wide ignored provider settings for this request.
        only: List of provider slugs to allow. If provided, this list is merged with your account-wide allowed provider settings for this request.
        options: ``options``
        order: An ordered list of provider slugs. The router will attempt to use the first provider in the subset of this list that supports your requested model, and fall back to the next if it is unavailable. If no providers are available, the request will fail with an error message.
        sort: The sorting strategy to use for this request, if "order" is not specified. When set, no load balancing is performed.
    """

    allow_fallbacks: bool | None | Unset = attrs.field(default=UNSET)
    ignore: list[ProviderName | str] | None | Unset = attrs.field(default=UNSET)
    only: list[ProviderName | str] | None | Unset = attrs.field(default=UNSET)
    options: ProviderOptions | Unset = attrs.field(default=UNSET)
    order: list[ProviderName | str] | None | Unset = attrs.field(default=UNSET)
    sort: ProviderSort | str | ProviderSortConfig | None | Unset = attrs.field(
        default=UNSET
    )
