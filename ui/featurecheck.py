"""PySide's per-import check for its `__feature__` switches, made cheap (PYSIDE-2029).

After PySide6 is loaded, each module imported is searched for the text "PySide6" to decide whether
its `from __feature__ import ...` switches apply. PySide reads the source through `inspect` (line
cache, encoding detection): ~7 ms over the ~60 modules the window imports before its first paint.
Reading the file's bytes gives the same answer for ~1 ms. Where PySide no longer has the function,
nothing is changed.
"""

import sys
from collections.abc import Callable
from types import ModuleType


def install() -> None:
    """Put the quick check in place of PySide's, once (keeping PySide's for modules without a .py)."""
    feature = sys.modules.get("shibokensupport.feature")
    original: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None or getattr(original, "quick", False):
        return

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return original(module)

    uses_pyside.quick = True  # type: ignore[attr-defined]
    uses_pyside.original = original  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
