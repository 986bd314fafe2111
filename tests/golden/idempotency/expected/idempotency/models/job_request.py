"""JobRequest"""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model


@attrs.define(kw_only=True)
class JobRequest(_Model):
    """JobRequest

    Attributes:
        prompt: ``prompt``
    """

    prompt: str
