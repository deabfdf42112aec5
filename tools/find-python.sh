#!/bin/sh
# Prints the path of a Python 3.12 or newer, or says plainly what to install and exits 1.
# Python 3.12+ is required: on 3.11, PySide6 6.12 drops a reference to None on every void Qt
# call until the interpreter aborts ("none_dealloc"); 3.12 made None immortal (PEP 683).
ok() {
  "$1" -c 'import sys, sqlite3, venv; sys.exit(0 if sys.version_info >= (3, 12) else 1)' \
    >/dev/null 2>&1
}
for cand in ${PYTHON:-} python3.14 python3.13 python3.12 python3; do
  path=$(command -v "$cand" 2>/dev/null) || continue
  if ok "$path"; then echo "$path"; exit 0; fi
done
# Interpreters installed under pyenv but not selected (their shims refuse to run).
root=${PYENV_ROOT:-$HOME/.pyenv}
for path in $(ls -d "$root"/versions/3.1[2-9]*/bin/python3 /usr/local/bin/python3.1[2-9] \
    /opt/python*/bin/python3 2>/dev/null | sort -r -V); do
  if ok "$path"; then echo "$path"; exit 0; fi
done
echo "Second Opinion Companion needs Python 3.12 or newer, and none was found." >&2
echo "Install one (for example 'sudo apt-get install python3.12 python3.12-venv' on Ubuntu 24.04," >&2
echo "or 'pyenv install 3.12'), or name it: make PYTHON=/path/to/python3.12 test" >&2
exit 1
