"""Refund: nullable beside allOf; its own required list still counts."""

from __future__ import annotations

from typing import TypeAlias

from .refund1 import Refund1

Refund: TypeAlias = Refund1
"""nullable beside allOf; its own required list still counts."""
