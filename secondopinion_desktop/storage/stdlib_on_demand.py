"""Standard modules SQLAlchemy imports at its start but this store never uses: loaded when used.

SQLAlchemy imports ``asyncio`` (and through it ``ssl``, ``socket`` and ``concurrent.futures``),
``hashlib`` (and through it OpenSSL's libcrypto) and ``importlib.metadata`` whatever the
database, for its asyncio extension, the MD5 of over-long constraint names and its plugins.
The store is one synchronous SQLite file and the app never touches the network, so none of
them is needed to open a case; together they held about 7 MiB of a window's 100 (measured
in docs/performance.md). Each stands in ``sys.modules`` as a :class:`StandIn` until one of
its names is read; the real module is imported then and answers from that moment on, so
anything that does use them still works, only a moment later.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import logging
import sys
import threading
from collections.abc import Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from importlib.abc import Loader
else:
    Loader = object  # importlib.abc imports importlib.resources at run time: 15 ms of a start

# Whatever imports them, imported only when a name is read. hashlib before asyncio does not
# matter: neither imports the other.
ON_DEMAND = ("asyncio", "hashlib", "importlib.metadata")

_LOCK = threading.RLock()


# Names introspection asks of any module without using it (a non-package's __path__ from
# the import system, __wrapped__ from inspect.unwrap, which PySide6's own check of each new
# module calls): answered "no such name" rather than by importing the module.
_NOT_A_USE = frozenset({"__path__", "__wrapped__"})


class StandIn(ModuleType):
    """Holds a module's place until a name of it is read, then hands over to the real one.

    The attributes an import or a look at ``sys.modules`` reads without using the module
    (``__name__``, ``__file__``, ``__spec__``, a package's ``__path__``) are its own, so
    ``import x`` and a check of each imported module do not load it. ``import x.sub``
    imports the real package first (:class:`SubmoduleFinder`), as Python does. Code that
    bound the stand-in before (SQLAlchemy's modules) keeps it, and it answers from the real
    module from then on.
    """

    def __init__(self, spec: importlib.machinery.ModuleSpec) -> None:
        super().__init__(spec.name)
        self.__spec__ = spec
        self.__loader__ = spec.loader
        self.__package__ = spec.parent
        self.__file__ = spec.origin
        if spec.submodule_search_locations is not None:
            self.__path__ = list(spec.submodule_search_locations)

    def __getattr__(self, name: str) -> Any:
        # Only for names the stand-in does not hold itself: every real use of the module.
        if name in _NOT_A_USE:
            raise AttributeError(name)
        return getattr(real_module(self), name)

    def __dir__(self) -> list[str]:
        return dir(real_module(self))


def real_module(stand_in: StandIn) -> ModuleType:
    """The module ``stand_in`` holds the place of, imported now if it was not yet."""
    known: ModuleType | None = vars(stand_in).get("_StandIn__real")
    if known is not None:
        return known
    name = stand_in.__name__
    with _LOCK:
        # Only the swap is guarded: an import under this lock could wait on another thread's
        # import that waits on this lock (the import system keeps its own locks).
        if sys.modules.get(name) is stand_in:
            del sys.modules[name]
    # As an import statement would (importlib.import_module is not seen by -X importtime).
    __import__(name)
    module = sys.modules[name]
    parent, _, child = name.rpartition(".")
    if parent and getattr(sys.modules.get(parent), child, None) is stand_in:
        setattr(sys.modules[parent], child, module)
    if not getattr(getattr(module, "__spec__", None), "_initializing", False):
        vars(stand_in)["_StandIn__real"] = module  # whole: later reads skip the import system
    return module


class _AfterRealPackage(Loader):
    """Loads ``x.sub`` once the real ``x`` is imported: its own, or the one ``x`` imported.

    The import system calls finders holding its global lock but loaders outside it, so the
    real package is imported here, in :meth:`create_module`.
    """

    def __init__(self, stand_in: StandIn) -> None:
        self.stand_in = stand_in
        self.real_spec: importlib.machinery.ModuleSpec | None = None
        self.fresh = False

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType:
        package = real_module(self.stand_in)
        module = sys.modules.get(spec.name)
        if module is not None:  # the package imported it itself
            self.real_spec = module.__spec__
            return module
        self.real_spec = importlib.machinery.PathFinder.find_spec(
            spec.name, getattr(package, "__path__", None)
        )
        if self.real_spec is None:
            raise ModuleNotFoundError(f"No module named {spec.name!r}", name=spec.name)
        self.fresh = True
        return importlib.util.module_from_spec(self.real_spec)

    def exec_module(self, module: ModuleType) -> None:
        module.__spec__ = self.real_spec  # the import system set this loader's; keep the real
        if self.fresh and self.real_spec is not None and self.real_spec.loader is not None:
            self.real_spec.loader.exec_module(module)


class SubmoduleFinder:
    """``import x.sub`` while ``x`` waits: the real ``x`` is imported first, as Python would.

    Otherwise ``x/sub.py`` would run before ``x/__init__.py``; asyncio's modules, for one,
    then meet each other half made.
    """

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        parent = fullname.rpartition(".")[0]
        stand_in = sys.modules.get(parent) if parent else None
        if not isinstance(stand_in, StandIn):
            return None
        # Nothing is imported here: the import system holds its global lock around finders.
        return importlib.util.spec_from_loader(fullname, _AfterRealPackage(stand_in))


_FINDER = SubmoduleFinder()


def _asyncio_iscoroutine(stand_in: StandIn) -> Any:
    # SQLAlchemy's util/concurrency reads asyncio.iscoroutine as it is imported (it binds
    # it to a name of its own): answering that with a function which asks the real asyncio
    # when first called keeps asyncio unloaded until a coroutine is really checked.
    def iscoroutine(obj: object) -> bool:
        return bool(real_module(stand_in).iscoroutine(obj))

    return iscoroutine


def defer_unused_modules() -> None:
    """Put a stand-in for each module of :data:`ON_DEMAND` that nothing has imported yet.

    Safe to call more than once, and from a process that imported some of them already
    (they are left as they are).
    """
    with _LOCK:
        if _FINDER not in sys.meta_path:
            sys.meta_path.insert(0, _FINDER)
        for name in ON_DEMAND:
            if name in sys.modules:
                continue
            spec = importlib.util.find_spec(name)
            if spec is None or spec.origin is None:
                continue
            stand_in = StandIn(spec)
            if name == "asyncio":
                vars(stand_in)["iscoroutine"] = _asyncio_iscoroutine(stand_in)
                # Each log record asks an imported asyncio for the task that logs it (its
                # taskName, which the app's log never shows): that would load it at the
                # first "store opened". No code of the app runs in an asyncio task.
                # (Python 3.12 and later; typeshed names it only for them.)
                vars(logging)["logAsyncioTasks"] = False
            sys.modules[name] = stand_in
            parent, _, child = name.rpartition(".")
            if parent:
                setattr(sys.modules[parent], child, stand_in)
