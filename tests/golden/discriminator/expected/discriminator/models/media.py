"""Media: Clip fixes no value of type, so the members are told apart by shape."""

from __future__ import annotations

from typing import TypeAlias

from .clip import Clip
from .track import Track

Media: TypeAlias = Track | Clip
"""Clip fixes no value of type, so the members are told apart by shape."""
