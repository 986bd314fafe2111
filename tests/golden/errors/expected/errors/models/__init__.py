"""Every model of the Errors Demo client."""

from .conflict import Conflict
from .moved import Moved
from .problem import Problem

__all__ = [
    "Conflict",
    "Moved",
    "Problem",
]
