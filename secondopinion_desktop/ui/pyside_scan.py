"""PySide6's import hook answered from each module's file, not from a copy in linecache.

PySide6 looks at every module imported after it, to learn whether that module uses PySide
(``from __feature__ import ...`` works per module). It asks ``inspect.getsource``, which
reads the whole file into ``linecache`` and keeps it there: a start that opens the store
after the window (SQLAlchemy and the model, some 280 modules) held about 18 MiB of source
text, a seventh of the process, and spent about 0.2 s reading it. The question is the same
("does the file say PySide6?"); here it is answered by reading the file's bytes and letting
them go.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import cache
from types import ModuleType


def reads_file(upstream: Callable[[ModuleType], object]) -> Callable[[ModuleType], bool]:
    """PySide6's check, for a module with a .py file, from the file's bytes."""

    def mod_uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(upstream(module))
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(upstream(module))

    return mod_uses_pyside


@cache
def light_import_scan() -> None:
    """Put the file-reading check in place (once; nothing if this PySide6 has no such hook)."""
    import PySide6.QtCore  # noqa: F401  (the hook arrives with PySide6's first module)

    feature = sys.modules.get("shibokensupport.feature")
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if feature is not None and callable(upstream):
        feature._mod_uses_pyside = reads_file(upstream)  # type: ignore[attr-defined]
