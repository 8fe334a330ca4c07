"""core: the files a command reads that a user names (a partner list, a gold file, release notes,
a document). A device is refused before it is read: ``/dev/zero`` or ``/dev/urandom`` never ends,
and reading one would fill the memory. A regular file, a pipe (``<(...)``) and a FIFO are read,
except as a document, which a command reads more than once (``document_file``)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from defence_kg.core.errors import InputError


def read_input(path: Path | str, what: str) -> bytes:
    """The bytes of the file ``what`` names (e.g. "the partner list"), or an InputError saying why not."""
    try:
        mode = os.stat(path).st_mode
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
            raise InputError(
                f"cannot read {what}",
                where=str(path),
                why="it is a device, not a file: it may never end",
                fix="give a file (or '-' to read a list from stdin, where a command takes one)",
            )
        return Path(path).read_bytes()
    except OSError as err:
        raise InputError(
            f"cannot read {what}",
            where=str(path),
            why=err.strerror or str(err),
            fix="check the path and its permissions",
        ) from None


def tree(folder: Path) -> list[Path]:
    """Everything under ``folder`` (symbolic links listed, never followed), sorted; an OSError for a
    folder in it that cannot be listed. ``Path.rglob`` skips such a folder without a word, so a
    folder one cannot read looked empty: to a report, as holding no documents; to a command
    writing a folder output, as nothing to lose when it was replaced."""

    def refuse(err: OSError) -> None:
        raise err

    found = []
    for top, folders, files in os.walk(folder, onerror=refuse):
        found += [Path(top, name) for name in (*folders, *files)]
    return sorted(found)


def unreadable_folder(err: OSError, folder: Path, what: str, *, why: str = "", fix: str) -> InputError:
    """The error for ``what`` (e.g. "the output folder") that ``tree`` could not list whole."""
    return InputError(
        f"cannot read {what}",
        where=str(getattr(err, "filename", None) or folder),
        why=f"{err.strerror or err}{why}",
        fix=fix,
    )


def document_file(path: Path, missing: InputError) -> Path:
    """``path`` when it is a regular file (a document is read for its name, then for its facts,
    and hashed for the cache); ``missing`` when nothing is there; else why it cannot be read."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise missing from None
    except OSError as err:
        raise InputError("cannot read the document", where=str(path), why=err.strerror or str(err)) from None
    if not stat.S_ISREG(mode):
        kind = kind_of(path) or "a special file"
        because = {"a device": "it may never end", "a folder": "a document is one file"}
        raise InputError(
            "cannot read the document",
            where=str(path),
            why=f"it is {kind}, not a file: {because.get(kind, 'a document is read more than once')}",
            fix="save the text to a file and give its path",
        )
    try:  # (read for its name and hashed before its facts: a file one may not read failed at the hash)
        with open(path, "rb"):
            pass
    except OSError as err:
        raise InputError(
            "cannot read the document", where=str(path), why=err.strerror or str(err), fix="check its permissions"
        ) from None
    return path


def kind_of(path: Path | str) -> str | None:
    """What stands at ``path`` when it is not a regular file ("a device", "a pipe (FIFO)", ...), for
    a message: "no such file" about /dev/null or a pipe misled. None for a file or nothing."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None
    kinds = {
        stat.S_ISDIR: "a folder",
        stat.S_ISCHR: "a device",
        stat.S_ISBLK: "a device",
        stat.S_ISFIFO: "a pipe (FIFO)",
        stat.S_ISSOCK: "a socket",
    }
    return next((name for test, name in kinds.items() if test(mode)), None)


def no_folder_why(path: Path | str) -> str | None:
    """Why ``path`` is no folder, for a message ("nothing is there", "it is a file, not a folder");
    None for a folder."""
    if os.path.isdir(path):
        return None
    if not os.path.lexists(path):
        return "nothing is there"
    return f"it is {kind_of(path) or 'a file'}, not a folder"


def can_name_a_file(text: str) -> bool:
    """Whether ``text`` can be a path on this system: no NUL, and no character its file system
    encoding cannot write (a lone surrogate, as a program may pass in an argument)."""
    try:
        os.fsencode(text)
    except UnicodeEncodeError:
        return False
    return "\x00" not in text
