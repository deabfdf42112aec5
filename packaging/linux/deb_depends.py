"""Print the Debian Depends of a frozen bundle: what it needs from the system (like dpkg-shlibdeps).

    python packaging/linux/deb_depends.py dist/secondopinion

For every ELF file in the bundle, each library it names (readelf: DT_NEEDED) that ldd finds
outside the bundle (the bundle's own folders first on the library path, as the PyInstaller
bootloader sets them) is mapped to the package that owns it (dpkg -S). The libc floor is the
newest GLIBC_x.y symbol version any file asks for, and the libstdc++ floor the newest
GLIBCXX_3.4.z. A library that ldd cannot find at all stops the build: the Depends would be
incomplete.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

# Always wanted though no ELF file names them: the window needs at least one font.
EXTRA = ["fonts-dejavu-core | fonts-liberation2 | fonts-freefont-ttf"]
# GLIBCXX_3.4.z first appeared in GCC (z -> major): Debian's libstdc++6 carries GCC's version.
GLIBCXX_GCC = {26: 9, 28: 10, 29: 11, 30: 12, 31: 13, 32: 14, 33: 15}


def elf_files(bundle: Path) -> list[Path]:
    found = []
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return sorted(found)


def needed(path: Path) -> list[str]:
    """The libraries ``path`` names itself (DT_NEEDED), not what those pull in."""
    done = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True,
                          env=dict(os.environ, LC_ALL="C"))
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", done.stdout)


def system_libraries(bundle: Path, files: list[Path]) -> tuple[set[str], list[str]]:
    """Libraries the bundle's files name directly and that only the system provides."""
    folders = sorted({str(p.parent) for p in files if ".so" in p.name})
    env = dict(os.environ, LD_LIBRARY_PATH=os.pathsep.join(folders), LC_ALL="C")
    outside: set[str] = set()
    missing: list[str] = []
    root = bundle.resolve()
    for path in files:
        direct = set(needed(path))
        done = subprocess.run(["ldd", str(path)], env=env, capture_output=True, text=True)
        for line in done.stdout.splitlines():
            name, _, target = line.strip().partition(" => ")
            if name not in direct:
                continue
            if "not found" in target:
                missing.append(f"{path.relative_to(bundle)} needs {name}")
            elif target.startswith("/"):
                resolved = target.split(" (")[0]
                if not Path(resolved).resolve().is_relative_to(root):
                    outside.add(resolved)
    return outside, missing


def owning_package(library: str) -> str | None:
    candidates = [library, os.path.realpath(library)]
    for candidate in list(candidates):  # merged /usr: dpkg may know either spelling
        if candidate.startswith("/usr/lib/"):
            candidates.append(candidate[len("/usr") :])
        elif candidate.startswith("/lib/"):
            candidates.append("/usr" + candidate)
    for candidate in candidates:
        done = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if done.returncode == 0:
            return done.stdout.split(":")[0].split(",")[0].strip()
    return None


def version_floor(files: list[Path], pattern: bytes) -> tuple[int, ...]:
    best: tuple[int, ...] = ()
    regex = re.compile(pattern + rb"([0-9]+(?:\.[0-9]+)+)")
    for path in files:
        for match in regex.finditer(path.read_bytes()):
            best = max(best, tuple(int(x) for x in match.group(1).split(b".")))
    return best


def depends(bundle: Path) -> str:
    files = elf_files(bundle)
    outside, missing = system_libraries(bundle, files)
    if missing:
        raise SystemExit(
            "These libraries are missing on the build machine, so the package's dependencies "
            "cannot be worked out (run 'make display-libs' first):\n  " + "\n  ".join(missing[:20])
        )
    packages: set[str] = set()
    for library in sorted(outside):
        package = owning_package(library)
        if package is None:
            raise SystemExit(f"No installed package owns {library}, which the bundle needs.")
        packages.add(package)
    packages.discard("libc6")
    glibc = version_floor(files, rb"GLIBC_")
    fields = [f"libc6 (>= {'.'.join(map(str, glibc))})"]
    if "libstdc++6" in packages:
        packages.discard("libstdc++6")
        cxx = version_floor(files, rb"GLIBCXX_")
        gcc = GLIBCXX_GCC.get(cxx[2] if len(cxx) > 2 else 0)
        fields.append(f"libstdc++6 (>= {gcc})" if gcc else "libstdc++6")
    fields += sorted(packages) + EXTRA
    return ", ".join(fields)


def main() -> int:
    if len(sys.argv) != 2:
        sys.stderr.write("usage: deb_depends.py BUNDLE_FOLDER\n")
        return 2
    print(depends(Path(sys.argv[1])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
