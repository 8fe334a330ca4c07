"""serve: run the real Oxigraph SPARQL server (the ``oxigraph`` binary from PyPI) over the built dataset.

The dataset is bulk-loaded into a fresh temporary store with ``oxigraph load`` (much faster than
uploading over HTTP), then served on loopback with a query timeout, read-only unless asked. The
default graph is the union of the named graphs (``--union-default-graph``), as in-process, so the
stored queries give the same rows. A fresh directory per run avoids Oxigraph's slow reopen of a
store after heavy writes.
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from defence_kg.core.errors import InputError, RemoteError


def oxigraph_binary() -> str:
    """The ``oxigraph`` executable next to the running Python (the venv), else on PATH."""
    here = Path(sys.executable).parent / "oxigraph"
    if here.is_file():
        return str(here)
    found = shutil.which("oxigraph")
    if found:
        return found
    raise InputError(
        "the oxigraph server is not installed",
        why="no `oxigraph` next to Python or on PATH",
        fix="pip install oxigraph==0.5.13 (it is a dependency of defence-kg)",
    )


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


@dataclass
class Server:
    process: subprocess.Popen
    url: str  # base URL, e.g. http://127.0.0.1:7878/
    location: Path

    @property
    def query_url(self) -> str:
        return self.url + "query"

    @property
    def update_url(self) -> str:
        return self.url + "update"

    @property
    def gsp_url(self) -> str:
        return self.url + "store"


def _wait_ready(proc: subprocess.Popen, url: str, deadline_s: float) -> None:
    end = time.monotonic() + deadline_s
    probe = url + "query?query=ASK%7B%7D"
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise RemoteError(
                "the oxigraph server exited at start",
                where=url,
                why=f"exit code {proc.returncode}",
                fix="is the port already in use?",
            )
        try:
            with urllib.request.urlopen(probe, timeout=2):
                return
        except OSError:
            time.sleep(0.1)
    raise RemoteError(
        "the oxigraph server did not become ready",
        where=url,
        why=f"no answer within {deadline_s:g} s",
        fix="look at the server's output",
    )


#: how long a query may run on a server this module starts, in seconds (``serve --timeout-s``)
QUERY_TIMEOUT_S = 60


@contextlib.contextmanager
def running(
    dataset: Path | None = None,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    writable: bool = False,
    timeout_s: int = QUERY_TIMEOUT_S,
    location: Path | None = None,
    ready_s: float = 60,
):
    """Start ``oxigraph serve`` (or ``serve-read-only``) and stop it by PID on exit."""
    binary = oxigraph_binary()
    tmp = None
    if location is None:
        tmp = tempfile.mkdtemp(prefix="defence-kg-oxigraph-")
        location = Path(tmp)
    try:
        if dataset is not None:
            subprocess.run(
                [binary, "load", "--location", str(location), "--file", str(dataset)],
                check=True,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
        port = port or free_port(host)
        cmd = [
            binary,
            "serve" if writable else "serve-read-only",
            "--location",
            str(location),
            "--bind",
            f"{host}:{port}",
            "--timeout-s",
            str(timeout_s),
            "--union-default-graph",
        ]
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        server = Server(proc, f"http://{host}:{port}/", location)
        try:
            _wait_ready(proc, server.url, ready_s)
            yield server
        finally:
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
    except subprocess.CalledProcessError as err:
        raise InputError(
            "oxigraph could not load the dataset",
            where=str(dataset),
            why=err.stderr.decode("utf-8", "replace")[-300:],
            fix="rebuild the dataset",
        ) from None
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
