"""dataset: pack files, which hold many pieces of bytes each, appended one after another by one
process and read back by where they are (``Piece``).

Extraction leaves each document's lines in a file to be read back (``dataset.extract``). One file
per document cost the build more than its bytes: creating a file took this machine's file system
0.1 to 1 ms of kernel time, more when two processes create files in one folder at once, so the
2,940 files of a million-quad build (each document's lines and names) cost the workers 2 to 3 s of
CPU, where appending the same 230 MB to one file per process took 0.04 s. A standard-library
database (``sqlite3``) was the other way weighed: its writers take one lock at a time, so the
workers would wait for each other, or each would write a database of its own to be copied into
one at the end; a pack is renamed into place as it is.
"""

from __future__ import annotations

import os
import re
import secrets
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

#: the name of a pack file (random: a pack is never written over, in whatever folder it is made)
PACK = re.compile(r"[0-9a-f]{16}\.pack")


@dataclass(frozen=True)
class Piece:
    """Where one piece of bytes is: ``length`` bytes from ``offset`` of the pack file ``pack``."""

    pack: str
    offset: int
    length: int


class Packs:
    """Appends pieces to a pack of this process's own in ``folder``: a process forked from one
    that appended makes a pack of its own on its first append. Each piece is in the file when
    ``append`` returns (another process may read it at once)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._file: BinaryIO | None = None
        self._pid = 0
        self._size = 0

    def append(self, data: bytes) -> Piece:
        if self._pid != os.getpid():
            self._file = open(self.folder / f"{secrets.token_hex(8)}.pack", "xb")  # noqa: SIM115 - kept open for the next pieces
            self._pid, self._size = os.getpid(), 0
        assert self._file is not None
        self._file.write(data)
        self._file.flush()
        piece = Piece(Path(self._file.name).name, self._size, len(data))
        self._size += len(data)
        return piece

    def close(self) -> None:
        """Close this process's pack (a forked process's copy of another's is left alone)."""
        if self._file is not None and self._pid == os.getpid():
            self._file.close()
        self._file, self._pid = None, 0


def read_piece(folder: Path, piece: Piece) -> bytes | None:
    """The bytes of ``piece`` in its pack in ``folder``; None if they are not all there (a pack
    removed or cut short since), or if the pack is not a file (``read_file``)."""
    file = _opened(folder / piece.pack)
    if file is None:
        return None
    try:
        with file:
            file.seek(piece.offset)
            data = file.read(piece.length)
    except OSError:
        return None
    return data if len(data) == piece.length else None


def read_file(path: Path) -> bytes | None:
    """The bytes of a file the tool keeps in its own folder; None if it cannot be read, or is not
    a file: a symlink is never followed (the tool made none), a pipe never waited on."""
    file = _opened(path)
    if file is None:
        return None
    try:
        with file:
            return file.read()
    except OSError:
        return None


def _opened(path: Path) -> BinaryIO | None:
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    file = os.fdopen(fd, "rb")
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        file.close()
        return None
    return file
