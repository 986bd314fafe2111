"""Labels: allOf parts that only annotate change no type."""

from __future__ import annotations

from typing import TypeAlias

Labels: TypeAlias = dict[str, str]
"""allOf parts that only annotate change no type."""
