"""The closed sets conform reports in."""

from __future__ import annotations

from typing import Literal

Party = Literal["spec", "client"]
Verdict = Literal["ok", "spec", "client", "both"]
Format = Literal["text", "json", "markdown"]
