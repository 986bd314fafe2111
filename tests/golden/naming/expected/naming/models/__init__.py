"""Every model of the Naming Edge Cases client."""

from .client_model import ClientModel
from .level import Level
from .ratio import Ratio
from .vendor import Vendor
from .vlan import VLAN
from .vlan_model import VlanModel

__all__ = [
    "VLAN",
    "ClientModel",
    "Level",
    "Ratio",
    "Vendor",
    "VlanModel",
]
