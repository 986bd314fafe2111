"""ClientModel"""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class ClientModel(_Model):
    """ClientModel

    Attributes:
        class_: ``class``
        import_: ``import``
        self_: ``self``
        str_: ``str``
        foo_bar_2: ``fooBar``
        foo_bar: ``foo_bar``
        field_2fa: ``2fa``
        private: ``_private``
        type: ``type``
    """

    class_: str | Unset = attrs.field(default=UNSET, metadata={"wire": "class"})
    import_: str | Unset = attrs.field(default=UNSET, metadata={"wire": "import"})
    self_: str | Unset = attrs.field(default=UNSET, metadata={"wire": "self"})
    str_: str | Unset = attrs.field(default=UNSET, metadata={"wire": "str"})
    foo_bar_2: str | Unset = attrs.field(default=UNSET, metadata={"wire": "fooBar"})
    foo_bar: str | Unset = UNSET
    field_2fa: bool | Unset = attrs.field(default=UNSET, metadata={"wire": "2fa"})
    private: str | Unset = attrs.field(default=UNSET, metadata={"wire": "_private"})
    type: str | Unset = UNSET
