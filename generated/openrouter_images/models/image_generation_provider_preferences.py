"""ImageGenerationProviderPreferences: Preferences for routing among providers, plus configuration passed through to specific providers."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .provider_name import ProviderName
    from .provider_options import ProviderOptions
    from .provider_sort import ProviderSort
    from .provider_sort_config import ProviderSortConfig


@attrs.define(kw_only=True)
class ImageGenerationProviderPreferences(_Model):
    """Preferences for routing among providers, plus configuration passed through to specific providers.

    Attributes:
        allow_fallbacks: Controls whether backup providers may serve the request. - true (the default): if the primary provider, or the custom providers listed in "order", cannot be reached, the next best provider takes over. - false: only the primary/custom provider is used; when it cannot be reached, its upstream error...
        ignore: Provider slugs to skip. When set, they are added to the ignore list configured for your account, for this request only.
        only: Provider slugs that may be used. When set, they are added to the allow list configured for your account, for this request only.
        options: Per-provider options, keyed by provider slug. Only the entry of the provider that ends up matched is passed on and the others are ignored; unknown keys are discarded without warning.
        order: Provider slugs in order of preference. The router picks the first listed provider that supports the requested model and moves on to the next one when a provider is unavailable. When none is available, the request fails with an error message.
        sort: How providers are ranked for this request when "order" is absent. Setting it turns load balancing off.
    """

    allow_fallbacks: bool | None | Unset = UNSET
    ignore: list[ProviderName | str] | None | Unset = UNSET
    only: list[ProviderName | str] | None | Unset = UNSET
    options: ProviderOptions | Unset = UNSET
    order: list[ProviderName | str] | None | Unset = UNSET
    sort: ProviderSort | str | ProviderSortConfig | None | Unset = UNSET
