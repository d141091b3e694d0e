"""Writing files so that a crash never leaves one half-written.

>>> import tempfile, pathlib
>>> target = pathlib.Path(tempfile.mkdtemp()) / "hello.txt"
>>> atomic_write(target, lambda tmp: pathlib.Path(tmp).write_text("bonjour")).read_text()
'bonjour'
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from .errors import OutputError


def atomic_write(target: str | Path, write: Callable[[str], object]) -> Path:
    """Call ``write(temporary_path)`` in the target's folder, then rename onto ``target``."""
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=target.suffix
        )
        os.close(handle)
    except OSError as error:
        reason = why_unwritable(target.parent, error)
        raise OutputError(f"cannot write to {target.parent}: {reason}") from None
    try:
        write(temporary)
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, target)
    except OSError as error:
        raise OutputError(f"cannot write {target}: {error.strerror}") from None
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return target


def why_unwritable(folder: Path, error: OSError) -> str:
    """Why a folder cannot be made or written: a file in the way is named ("x.txt is a
    file, not a folder"); other errors keep the system's words."""
    blocking = next((p for p in (folder, *folder.parents) if p.exists() and not p.is_dir()), None)
    if blocking is not None:
        return f"{blocking} is a file, not a folder"
    return error.strerror or str(error)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
