"""Running the real `dxsearch` command line in a subprocess."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path


def dxsearch_command() -> list[str]:
    """The installed console script when there is one, else the module."""
    script = Path(sys.executable).with_name("dxsearch")
    if script.exists():
        return [str(script)]
    found = shutil.which("dxsearch")
    return [found] if found else [sys.executable, "-m", "dxsearch"]


def run_cli(*args: str, cwd: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    # nothing on stdin, whatever the test runner's is (a query-less search notes text waiting there)
    return subprocess.run([*dxsearch_command(), *args], capture_output=True, text=True, encoding="utf-8",
                          cwd=cwd, env=env, timeout=300, stdin=subprocess.DEVNULL)
