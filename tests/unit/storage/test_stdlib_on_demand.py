"""Standard modules SQLAlchemy never uses here wait until used, and work once they are."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

# Each check runs in a fresh interpreter: what is imported is the whole point.
PRELUDE = """
import json, sys
from secondopinion_desktop.storage.stdlib_on_demand import StandIn, defer_unused_modules

def real(name):
    module = sys.modules.get(name)
    return module is not None and not isinstance(module, StandIn)
"""


def _run(body: str, tmp_path: Path | None = None) -> dict[str, object]:
    code = PRELUDE + textwrap.dedent(body)
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path or ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_opening_a_store_and_saving_loads_none_of_them(tmp_path: Path) -> None:
    result = _run(
        f"""
        defer_unused_modules()
        import logging
        logging.basicConfig(level=logging.INFO, stream=sys.stderr)
        import sqlalchemy.orm
        from sqlalchemy import create_engine, select
        from secondopinion_desktop.model import entities
        sqlalchemy.orm.configure_mappers()
        engine = create_engine("sqlite:///{tmp_path / 'store.sqlite3'}")
        entities.Base.metadata.create_all(engine)
        with sqlalchemy.orm.Session(engine) as session:
            session.add(entities.Person(full_name="Ada & <Ö> ‫שלום‬"))
            session.commit()
            logging.getLogger("secondopinion").info("store opened")
            names = session.scalars(select(entities.Person.full_name)).all()
        print(json.dumps({{
            "names": names,
            "real": [m for m in ("asyncio", "hashlib", "importlib.metadata") if real(m)],
            "openssl": [m for m in ("ssl", "_ssl", "_hashlib") if m in sys.modules],
            "waiting": sorted(m for m, v in sys.modules.items() if isinstance(v, StandIn)),
        }}))
        """,
        tmp_path,
    )
    assert result["names"] == ["Ada & <Ö> \u202bשלום\u202c"]
    assert result["real"] == []
    assert result["openssl"] == []
    assert result["waiting"] == ["asyncio", "hashlib", "importlib.metadata"]


def test_each_works_when_used_and_then_is_the_real_module() -> None:
    result = _run(
        """
        defer_unused_modules()
        import asyncio, hashlib
        from importlib import metadata
        from sqlalchemy.util import concurrency, md5_hex
        held = asyncio  # a name bound to the stand-in, as SQLAlchemy's modules hold it

        async def seven():
            return 7

        coroutine = seven()
        is_coroutine = concurrency.iscoroutine(coroutine)  # bound while asyncio waited
        coroutine.close()
        print(json.dumps({
            "run": asyncio.run(seven()),
            "is_coroutine": is_coroutine,
            "not_coroutine": concurrency.iscoroutine(7),
            "md5": hashlib.md5(b"second opinion").hexdigest(),
            "sqlalchemy_md5": md5_hex("second opinion"),
            "version": metadata.version("SQLAlchemy") != "",
            "now_real": [real(m) for m in ("asyncio", "hashlib", "importlib.metadata")],
            "same_class": held.Queue is sys.modules["asyncio"].Queue,
        }))
        """
    )
    import hashlib

    assert result["run"] == 7
    assert result["is_coroutine"] is True
    assert result["not_coroutine"] is False
    assert result["md5"] == hashlib.md5(b"second opinion").hexdigest()
    assert result["sqlalchemy_md5"] == hashlib.md5(b"second opinion").hexdigest()
    assert result["version"] is True
    assert result["now_real"] == [True, True, True]
    assert result["same_class"] is True


def test_a_submodule_imports_the_real_package_first_and_from_imports_work() -> None:
    result = _run(
        """
        defer_unused_modules()
        import asyncio.events  # a submodule while the package waits
        import asyncio.proactor_events  # one the package itself never imports
        events = sys.modules["asyncio.events"]
        from hashlib import sha256
        from asyncio import Queue
        print(json.dumps({
            "package_real": real("asyncio"),
            "one_events": sys.modules["asyncio"].events is events,
            "events_spec": [events.__spec__.name, type(events.__spec__.loader).__name__],
            "proactor": sys.modules["asyncio"].proactor_events.__name__,
            "policy": type(asyncio.get_event_loop_policy()).__name__ != "",
            "queue": Queue is sys.modules["asyncio"].Queue,
            "sha256": sha256(b"x").hexdigest(),
        }))
        """
    )
    import hashlib

    assert result["package_real"] is True
    assert result["one_events"] is True
    assert result["events_spec"] == ["asyncio.events", "SourceFileLoader"]
    assert result["proactor"] == "asyncio.proactor_events"
    assert result["policy"] is True
    assert result["queue"] is True
    assert result["sha256"] == hashlib.sha256(b"x").hexdigest()


def test_a_module_imported_before_is_left_alone_and_a_second_call_changes_nothing() -> None:
    result = _run(
        """
        import asyncio
        before = asyncio
        defer_unused_modules()
        hashlib_stand_in = sys.modules["hashlib"]
        defer_unused_modules()
        print(json.dumps({
            "asyncio_kept": sys.modules["asyncio"] is before,
            "hashlib_same": sys.modules["hashlib"] is hashlib_stand_in,
            "hashlib_waits": isinstance(hashlib_stand_in, StandIn),
        }))
        """
    )
    assert result == {"asyncio_kept": True, "hashlib_same": True, "hashlib_waits": True}


def test_a_first_use_on_one_thread_and_a_submodule_import_on_another_never_hang() -> None:
    # One thread reads asyncio's first name (importing it) while another imports a submodule
    # of a waiting package: with a lock held across the import the two waited on each other.
    for delay in ("0.002", "0.005", "0.01"):
        result = _run(
            f"""
            import faulthandler, threading, time
            defer_unused_modules()
            faulthandler.dump_traceback_later(20, exit=True)  # a hang fails, not waits
            import asyncio
            go = threading.Barrier(2)
            def first_use():
                go.wait()
                asyncio.get_event_loop_policy()
            def submodule():
                go.wait()
                time.sleep({delay})
                import importlib.metadata._meta
            threads = [threading.Thread(target=first_use), threading.Thread(target=submodule)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            print(json.dumps({{"real": [real("asyncio"), real("importlib.metadata")]}}))
            """
        )
        assert result == {"real": [True, True]}


def test_pyside6s_own_check_of_new_modules_loads_none_of_them() -> None:
    # Without the app's lighter check, PySide6 calls inspect.getsource on every module
    # imported after it, which asks each for __wrapped__.
    result = _run(
        """
        defer_unused_modules()
        import PySide6.QtCore
        import asyncio, hashlib
        from importlib import metadata
        import sqlalchemy.orm
        print(json.dumps({
            "real": [m for m in ("asyncio", "hashlib", "importlib.metadata") if real(m)],
            "names": "md5" in dir(hashlib),
        }))
        """
    )
    assert result == {"real": [], "names": True}  # dir() answers from the real module
