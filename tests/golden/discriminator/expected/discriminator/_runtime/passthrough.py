"""Values the spec does not describe, kept rather than lost.

(No ``from __future__ import annotations`` here: the annotations stay real objects, so the
converter can read them without knowing this module's names.)
"""

from collections.abc import Mapping
from typing import Any

import attrs


@attrs.frozen
class UnknownVariant:
    """A member of a tagged union whose tag the spec does not list (a newer server's event or
    capability kind, say). Decoding goes on past it; the raw data is kept, and is what is
    written back when the value is sent again.

    Attributes:
        tag: the value of the discriminator property (``None`` when it is absent).
        data: the object exactly as received.
    """

    tag: Any
    data: Mapping[str, Any]

    def __getitem__(self, key: str) -> Any:
        return self.data[key]
