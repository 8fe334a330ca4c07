"""core: every file and folder the tool writes goes through here, so that no command can lose a
user's data or leave half an output behind.

Files (``write_file``): ``-`` or None is stdout; a missing path, an empty file, or a file the tool
wrote there and nobody changed since is written to a temporary file beside it and renamed over it;
a pipe, ``/dev/null`` or the terminal this process writes to (``/dev/stdout``), through a symlink
too, is written through as a stream; any other device is refused. Any other file is refused (a user's file given with -o by mistake, a command's own input,
a file of the project): the tool knows its files by the digest it records of each in the folder's
``.defence-kg-outputs.json``, so a file it wrote that someone changed since is refused too. Any
other symlink, and a block device or other special file, is refused: a link can lead to a file the
tool never wrote, and replacing it there would lose it. A missing parent folder is an error,
except inside the tool's own build folder.

Folders (``replace_folder``): the output is written complete into a temporary sibling, then renamed
into place. An existing folder is replaced only when it is empty (no file, no folder) or holds a
previous output of the same command, recognised by the manifest the tool writes there and holding
nothing else; anything else is refused, naming the first foreign file or folder. The current
folder, the home folder, the project root, the build folder, the file system root and any folder
holding one of them are never output folders.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import json
import os
import re
import shlex
import shutil
import signal
import stat
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, TypeVar

from defence_kg.core.errors import InputError
from defence_kg.core.inputs import tree, unreadable_folder

T = TypeVar("T")

#: The manifest a folder output carries: which command wrote it and every file it wrote.
MANIFEST = ".defence-kg-output.json"
#: The record a folder keeps of the files the tool wrote in it with ``write_file``, by digest.
WRITTEN = ".defence-kg-outputs.json"
#: the outputs that are standard output ("/dev/stdout" is, whatever it is linked to: a file a
#: shell redirected it into, a pipe)
STDOUT = ("-", "/dev/stdout")


def _os_error(what: str, path: Path | str, err: OSError) -> InputError:
    return InputError(
        what, where=str(path), why=err.strerror or str(err), fix="choose a path in a folder you can write to"
    )


def _is_stream(path: Path) -> bool:
    """A pipe or socket, ``/dev/null``, or the terminal this process writes to: what output is
    written through. Any other device (the kernel log, the console, a random generator) is no
    output: writing there does harm, or nothing a user asked for."""
    try:
        found = os.stat(path)
    except OSError:
        return False
    if stat.S_ISFIFO(found.st_mode) or stat.S_ISSOCK(found.st_mode):
        return True
    return stat.S_ISCHR(found.st_mode) and found.st_rdev in _harmless_devices()


def _harmless_devices() -> set[int]:
    devices = set()
    for opened in ("/dev/null", 1, 2):  # (1, 2: standard output and error, a terminal among them)
        with contextlib.suppress(OSError):
            found = os.stat(opened) if isinstance(opened, str) else os.fstat(opened)
            if stat.S_ISCHR(found.st_mode):
                devices.add(found.st_rdev)
    return devices


def _check_kind(path: Path) -> None:
    """Refuse an output path that is a symlink (unless it ends at a stream, as ``/dev/stdout``
    does) or something other than a regular file, a folder or a stream: writing there would
    replace what the tool never wrote (a link can lead anywhere, ``/etc/passwd`` too)."""
    if path.is_symlink() and not _is_stream(path):
        raise InputError(
            "the output is a symbolic link",
            where=str(path),
            why=f"it leads to {os.path.realpath(path)}, and the tool never writes through a link",
            fix="give the path of the file itself with -o, or remove the link",
        )
    if path.exists() and not (path.is_file() or path.is_dir() or _is_stream(path)):
        raise InputError(
            "the output is a device, not a file",
            where=str(path),
            why="only pipes, /dev/null and the terminal are written as streams: a device such as the kernel "
            "log, the console or a disk is never written to",
            fix="give a file name with -o, or - for standard output",
        )


def check_file(path: Path | str | None, *, build: Path | None = None) -> None:
    """Refuse what ``write_file`` would refuse to write to, before the work that makes the bytes
    (an export reads a whole dataset first): a symlink, a special file, a folder, a missing
    parent folder outside the build folder."""
    if path is None or str(path) in STDOUT:
        return
    target = Path(path)
    _check_kind(target)
    if target.name in (WRITTEN, MANIFEST):
        raise InputError(
            "the output's name is the tool's own",
            where=str(path),
            why=f"{target.name} is the record of what the tool wrote in a folder, which it keeps there",
            fix="give another file name with -o",
        )
    if target.is_dir():
        raise InputError("the output is a folder", where=str(path), fix="give a file name with -o")
    if target.is_file() and target.stat().st_size and not _written_here(target):
        raise InputError(
            "the output file exists, and defence-kg did not write it",
            where=str(target),
            why="replacing it would lose it (a file the tool wrote there, unchanged since, is replaced; "
            "this one is not, or was changed since)",
            fix="give a new file name with -o, or move the file away first",
        )
    refuse_link_in_build(target, build)
    if _is_stream(target) or target.parent.is_dir() or _in_build(target, build):
        return
    raise _no_folder(target.parent)


def _no_folder(folder: Path) -> InputError:
    """The error for an output's folder that is not there: a file in its way (``-o notes.txt/x``:
    "mkdir -p notes.txt" would not help), else a folder to create."""
    if any(p.exists() and not p.is_dir() for p in (folder, *folder.parents)):
        return _in_the_way(folder)
    return InputError(
        "the output's folder does not exist",
        where=str(folder),
        fix=f"create it first (mkdir -p {shlex.quote(str(folder))}), or write elsewhere",
    )


def refuse_link_in_build(target: Path, build: Path | None) -> None:
    """Refuse an output in the build folder reached through a link there (``build/export`` a link
    to another folder): the tool makes and writes the build's subfolders, and through a link it
    would write where it leads, as it refuses for the extraction cache."""
    if build is None:
        return
    inside, top = Path(os.path.abspath(target)), Path(os.path.abspath(build))
    if not inside.is_relative_to(top):
        return
    for folder in reversed(inside.parents):
        if folder.is_relative_to(top) and folder != top and folder.is_symlink():
            raise InputError(
                "a folder of the build on the way to the output is a symbolic link",
                where=str(folder),
                why=f"it leads to {os.path.realpath(folder)}, and the tool never writes through a link",
                fix="remove the link (the tool makes the folder again), or give another path with -o",
            )


def _in_build(target: Path, build: Path | None) -> bool:
    return build is not None and target.resolve().is_relative_to(build.resolve())


def write_file(data: bytes, path: Path | str | None, *, build: Path | None = None) -> None:
    """Write ``data`` to ``path`` (see the module docstring); ``build`` is the tool's build folder."""
    check_file(path, build=build)
    if path is None or str(path) in STDOUT:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    target = Path(path)
    if _is_stream(target):
        try:
            with open(target, "wb") as stream:
                stream.write(data)
        except OSError as err:
            raise _os_error("cannot write to the output", target, err) from None
        return
    try:
        target.parent.mkdir(parents=True, exist_ok=True)  # only in the build folder (check_file)
    except (FileExistsError, NotADirectoryError):
        raise _in_the_way(target.parent) from None
    except OSError as err:
        raise _os_error("cannot create the output folder", target.parent, err) from None
    _replace_atomically(data, target)
    _record_written(target, hashlib.sha256(data).hexdigest())


def _in_the_way(folder: Path) -> InputError:
    """The error for an output folder that cannot be made because a file has its name (or the name
    of a folder above it): say which file, which the system's "File exists" did not."""
    blocking = next((p for p in (folder, *folder.parents) if p.exists() and not p.is_dir()), folder)
    return InputError(
        "a file is in the way of the output folder",
        where=str(blocking),
        why=f"the output goes into {folder}, and this file has the name of a folder on the way",
        fix="move or rename that file (it is not the tool's to remove), or give another path with -o",
    )


def _written(folder: Path) -> dict[str, str]:
    """The files the tool wrote in a folder, by name, with their digests (``WRITTEN``)."""
    try:
        record = json.loads((folder / WRITTEN).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    files = record.get("files") if isinstance(record, dict) else None
    return files if isinstance(files, dict) else {}


def _written_here(target: Path) -> bool:
    """Whether the tool wrote this file and nobody changed it since."""
    digest = _written(target.parent).get(target.name)
    return digest is not None and digest == file_sha256(target)


def _record_written(target: Path, digest: str) -> None:
    files = {**_written(target.parent), target.name: digest}
    record = json.dumps({"files": dict(sorted(files.items()))}, indent=1) + "\n"
    # the output is written whatever becomes of its record: a later write over it is then refused
    with contextlib.suppress(InputError):
        _replace_atomically(record.encode(), target.parent / WRITTEN)


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file's bytes, read a piece at a time."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def replace_own_file(data: bytes, path: Path) -> None:
    """Write a file the tool keeps in its own folder (a build's state): written beside it and
    renamed over the path, so that whatever is found there, a symlink too, is replaced, never
    followed."""
    _replace_atomically(data, path)


def staged_file(target: Path) -> tuple[Path, BinaryIO]:
    """A new, empty file beside ``target``, open for writing, to be renamed over it once complete:
    made under a name no file had (a file or symlink found under another name is never followed),
    with the mode a new file of the user's gets. The caller removes it if it fails."""
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    mask = os.umask(0)
    os.umask(mask)
    os.fchmod(fd, 0o666 & ~mask)
    return Path(tmp), os.fdopen(fd, "wb")


def reserve(file: BinaryIO, size: int) -> None:
    """Reserve the disk space of a new file before writing its ``size`` bytes. A new file renamed
    over an old one has its blocks allocated and its writing started by the rename itself on ext4
    (so that a crash leaves the old bytes or the new, never an empty file): 0.1 s for the 257 MB
    of a million quads' N-Quads, which a reserved file does not cost. A full disk is also found
    before the bytes are written (``OSError``). Where the system or file system cannot reserve,
    nothing is reserved."""
    if not size or not hasattr(os, "posix_fallocate"):
        return
    try:
        os.posix_fallocate(file.fileno(), 0, size)
    except OSError as err:
        if err.errno in (errno.ENOSPC, errno.EDQUOT):
            raise


def staged_leftovers(folder: Path, names: Iterable[str]) -> list[Path]:
    """The files ``staged_file`` made for these names in ``folder`` and nobody renamed or removed
    since: a process killed while writing leaves them (not removed here: another process may be
    writing them now)."""
    pattern = re.compile("|".join(rf"\.{re.escape(name)}\.[a-z0-9_]{{8}}\.tmp" for name in names))
    return sorted(p for p in folder.glob(".*.tmp") if pattern.fullmatch(p.name) and p.is_file())


def _replace_atomically(data: bytes, target: Path) -> None:
    try:
        tmp, file = staged_file(target)
    except OSError as err:
        raise _os_error("cannot write the output", target, err) from None
    try:
        with file:
            file.write(data)
        os.replace(tmp, target)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise _os_error("cannot write the output", target, err) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _entries(folder: Path, *, folders: bool = True) -> list[str]:
    """What is under a folder, as sorted relative POSIX paths: its files (symlinks as files) and,
    with ``folders``, its folders too, empty ones included."""
    return sorted(p.relative_to(folder).as_posix() for p in tree(folder) if folders or p.is_file() or p.is_symlink())


def _refuse_special(out: Path, protected: tuple[Path, ...]) -> None:
    """Refuse the current folder, the home folder, the project root, the build folder, / and any
    folder holding one of them: replacing ``out`` replaces everything in it (``-o ..`` from a new,
    empty folder would have removed the folder the user is in)."""
    resolved = out.resolve()
    for place in (Path.cwd(), Path.home(), Path(resolved.anchor), *protected):
        if place.resolve().is_relative_to(resolved):
            raise InputError(
                "refusing to write into this folder",
                where=str(out),
                why="the current folder, the home folder, the project root, the build folder, / and the folders "
                "holding them are never output folders",
                fix="give a new folder, e.g. -o build/site",
            )


def check_folder(out: Path, command: str, *, protected: tuple[Path, ...] = ()) -> None:
    """Refuse an output folder that is not missing, empty, or a previous output of ``command``."""
    _refuse_special(out, protected)
    try:
        _check_folder(out, command)
    except PermissionError as err:  # (a folder one cannot list may hold anything: nothing is known lost)
        raise unreadable_folder(
            err,
            out,
            "the output folder",
            why=": what it holds cannot be seen, and replacing it would lose whatever that is",
            fix="give a new folder, or make this one readable (chmod -R u+rx) so that its files can be checked",
        ) from None
    except OSError as err:  # (a file gone while it was read: another run put its output in place)
        raise InputError(
            "the output folder changed while it was being read",
            where=str(getattr(err, "filename", None) or out),
            why=f"{err.strerror or err}: another command may be writing it now",
            fix="wait for it to end and run the command again, or give another folder",
        ) from None


def _check_folder(out: Path, command: str) -> None:
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        raise InputError("the output exists and is not a folder", where=str(out), fix="give a folder path")
    if not out.exists():
        return
    # (folders count: a folder holding only empty folders, the user's tree of them, is not empty)
    present = _entries(out)
    if not present:
        return
    manifest = _read_manifest(out)
    if manifest is None or manifest.get("command") != command:
        raise InputError(
            f"the output folder holds files that '{command}' did not write",
            where=str(out / present[0]),
            why=f"an existing folder is replaced only if it is empty or holds an earlier '{command}' "
            f"output (with its {MANIFEST})",
            fix="give a new or empty folder",
        )
    written = set(manifest.get("files", []))
    on_the_way = {parent.as_posix() for name in written for parent in Path(name).parents} - {"."}
    foreign = sorted(set(present) - written - on_the_way - {MANIFEST})
    if foreign:
        raise InputError(
            f"the output folder holds a file that '{command}' did not write",
            where=str(out / foreign[0]),
            why="replacing the folder would delete it",
            fix="move the file away, or give a new folder",
        )
    digests = manifest.get("sha256", {})  # (an output of an earlier version has none)
    changed = [
        name for name, digest in sorted(digests.items()) if (out / name).is_file() and file_sha256(out / name) != digest
    ]
    if changed:
        raise InputError(
            f"a file '{command}' wrote in the output folder was changed since",
            where=str(out / changed[0]),
            why="replacing the folder would lose the changes",
            fix="copy the file elsewhere, or give a new folder",
        )


def _read_manifest(out: Path) -> dict | None:
    try:
        data = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def replace_folder(out: Path, command: str, write: Callable[[Path], T], *, protected: tuple[Path, ...] = ()) -> T:
    """Run ``write(tmp)`` into a temporary folder in a marked sibling of ``out`` (``PARTIAL``), add
    the manifest, then put it in place of ``out`` (checked by ``check_folder`` first). Returns what
    ``write`` returned."""
    out = Path(out)
    check_folder(out, command, protected=protected)
    if not out.parent.is_dir():
        raise _no_folder(out.parent)
    try:
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".partial", dir=out.parent))
    except OSError as err:
        raise _os_error("cannot create the output folder", out, err) from None
    try:
        held = _hold_partial(tmp, command)
    except BaseException as err:
        shutil.rmtree(tmp, ignore_errors=True)
        if isinstance(err, OSError):
            raise _os_error("cannot create the output folder", out, err) from None
        raise
    try:
        # (after this run's own folder is held: of two runs starting at once, one sees the other)
        if _remove_stale_partials(out, tmp):
            raise InputError(
                "another command is writing this output folder now",
                where=str(out),
                why="two at once would each put their output in place of the other's, part-way",
                fix="wait for it to end, or give another folder",
            )
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        os.close(held)
        raise
    try:
        return _write_and_swap(tmp / "output", out, command, write)  # (beside the mark, not holding it)
    except OSError as err:
        raise _os_error("cannot write the output folder", out, err) from None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        os.close(held)


def _write_and_swap(new: Path, out: Path, command: str, write: Callable[[Path], T]) -> T:
    new.mkdir()
    result = write(new)
    files = _entries(new, folders=False)
    manifest = {"command": command, "files": files, "sha256": {name: file_sha256(new / name) for name in files}}
    (new / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    os.chmod(new, 0o755)
    _swap(new, out)
    return result


#: the mark of a folder output being written (``replace_folder``): a process killed outright
#: (SIGKILL, a power cut) leaves the folder, and the next run removes it by this mark alone
PARTIAL = ".defence-kg-partial"


def _hold_partial(tmp: Path, command: str) -> int:
    """Mark a new temporary folder as the tool's, and hold it (``flock`` on the folder itself,
    let go with its descriptor, a killed process's too): while it is held, it is being written."""
    fd = os.open(tmp, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        (tmp / PARTIAL).write_text(f"{command}: an output folder being written\n", encoding="utf-8")
    except BaseException:
        os.close(fd)
        raise
    return fd


def _remove_stale_partials(out: Path, own: Path) -> bool:
    """Remove the temporary folders an earlier run killed part-way left for ``out``: only those the
    tool can prove are its own (its name for them, its mark inside, made by this user) and that no
    running process holds. Whether one is held (a second run writing ``out`` now), ``own`` aside."""
    pattern = re.compile(rf"\.{re.escape(out.name)}\.[a-z0-9_]{{8}}\.partial")
    busy = False
    for left in out.parent.iterdir():
        if left == own or not pattern.fullmatch(left.name) or left.is_symlink() or not (left / PARTIAL).is_file():
            continue
        try:
            fd = os.open(left, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
        except OSError:
            continue
        try:
            if os.fstat(fd).st_uid != os.getuid():
                continue
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            shutil.rmtree(left, ignore_errors=True)
        except BlockingIOError:
            busy = True  # (held: being written now)
        except OSError:
            continue
        finally:
            os.close(fd)
    return busy


def _swap(new: Path, out: Path) -> None:
    """Put ``new`` where ``out`` is; the previous output (only the tool's files) is removed after.
    Ctrl-C or a stop signal waits until it is done: between its two renames there is no output at
    all, and the previous one would be left aside under a hidden name."""
    with signals_held():
        old = None
        if out.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".old", dir=out.parent))
            try:
                os.replace(out, old / "previous")
            except BaseException:  # (the previous output stays where it is, and nothing is left beside it)
                with contextlib.suppress(OSError):
                    old.rmdir()
                raise
        os.replace(new, out)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)


@contextlib.contextmanager
def signals_held() -> Iterator[None]:
    """Hold Ctrl-C (SIGINT) and SIGTERM until the block ends, then let them act as they would
    have. Their handlers are swapped for ones that note them (a signal mask would not do: the
    signal may reach another thread, and Python runs its handler in the main one all the same);
    outside the main thread, where handlers cannot be set, nothing is held."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    held = (signal.SIGINT, signal.SIGTERM)
    before = {number: signal.getsignal(number) for number in held}
    for number in held:
        signal.signal(number, lambda number, _frame: caught.append(number))
    try:
        yield
    finally:
        for number, handler in before.items():
            signal.signal(number, handler if handler is not None else signal.SIG_DFL)
        for stop in caught:
            signal.raise_signal(stop)


def ensure_folder(folder: Path) -> Path:
    """The tool's own build folder, created if missing (with its parents: it is ours to make)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise InputError("the build folder is a file", where=str(folder), fix="give a folder path to --out") from None
    except OSError as err:
        # named from the folder that refused it: "<out>/extraction-cache/.new" told a user whose
        # --out could not be written in of a folder they never named
        refusing = next((parent for parent in folder.parents if parent.exists()), folder)
        where = f"{refusing} (making {folder.relative_to(refusing)} in it)" if refusing != folder else str(folder)
        raise _os_error("cannot create the build folder", where, err) from None
    return folder
