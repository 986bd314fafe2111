"""Preference"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .preference_previous import PreferencePrevious
    from .preference_value import PreferenceValue


@attrs.define(kw_only=True)
class Preference(_Model):
    """Preference

    Attributes:
        value: properties without a type constrain objects only
        previous: ``previous``
    """

    value: PreferenceValue | str | int | float | bool | list[Any] | None | Unset = UNSET
    previous: (
        PreferencePrevious | str | int | float | bool | list[Any] | None | Unset
    ) = UNSET
