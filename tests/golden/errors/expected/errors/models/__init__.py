"""Every model of the Errors Demo client."""

from .conflict import Conflict
from .problem import Problem

__all__ = [
    "Conflict",
    "Problem",
]
