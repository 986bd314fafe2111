"""templates/_runtime imported as a package of its own (``runtime_under_test``), so unit tests
run the source the generator copies into every package rather than one generated copy."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
NAME = "runtime_under_test"


def load() -> ModuleType:
    """Import templates/_runtime as ``runtime_under_test`` (once); its modules import each other
    relatively, so ``runtime_under_test.<module>`` works after this call."""
    if NAME not in sys.modules:
        folder = ROOT / "templates" / "_runtime"
        spec = importlib.util.spec_from_file_location(
            NAME, folder / "__init__.py", submodule_search_locations=[str(folder)]
        )
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[NAME] = module
        spec.loader.exec_module(module)
    return sys.modules[NAME]
