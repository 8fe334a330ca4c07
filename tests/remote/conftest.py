"""Remote tests: a real SPARQL 1.1 server, and small real loopback proxies in front of it.

By default a fresh ``oxigraph serve`` (the real server binary from the ``oxigraph`` package) runs on a
free loopback port with ``--union-default-graph`` (so queries see the union of the named graphs, as
in-process) and a query timeout. Set ``SPARQL_QUERY_URL``, ``SPARQL_UPDATE_URL``, ``SPARQL_GSP_URL``
(and ``SPARQL_USER``/``SPARQL_PASSWORD``) to run the same tests against another server instead
(``scripts/virtuoso-tests.sh`` does that for Virtuoso). The tests touch only the dataset's graphs
and graphs under ``urn:defence-kg-test:``, and empty them first.
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import urllib.parse
from dataclasses import dataclass, replace
from types import SimpleNamespace

import pytest

from defence_kg.cli import main as cli
from defence_kg.queries.client import Endpoint
from defence_kg.queries.server import running
from helpers import ROOT


@dataclass(frozen=True)
class Target:
    query_url: str
    update_url: str | None
    gsp_url: str | None
    external: bool

    def endpoint(self, timeout: float = 120, **over) -> Endpoint:
        t = replace(self, **over)
        return Endpoint(t.query_url, update_url=t.update_url, gsp_url=t.gsp_url, timeout=timeout)

    def via(self, proxy: Proxy) -> Target:
        """The same URLs, through a proxy on another loopback port."""

        def move(url):
            if url is None:
                return None
            parts = urllib.parse.urlsplit(url)
            return urllib.parse.urlunsplit(parts._replace(netloc=f"127.0.0.1:{proxy.port}"))

        return Target(move(self.query_url), move(self.update_url), move(self.gsp_url), self.external)


@pytest.fixture(scope="session")
def target():
    """The server under test: the one named by SPARQL_QUERY_URL, else a fresh Oxigraph."""
    if os.environ.get("SPARQL_QUERY_URL"):
        yield Target(
            os.environ["SPARQL_QUERY_URL"],
            os.environ.get("SPARQL_UPDATE_URL"),
            os.environ.get("SPARQL_GSP_URL"),
            external=True,
        )
        return
    with running(writable=True, timeout_s=60) as server:
        yield Target(server.query_url, server.update_url, server.gsp_url, external=False)


def drop_graphs(target: Target, graphs) -> None:
    """Drop graphs one by one (never CLEAR ALL, which would also wipe a shared server's system graphs)."""
    ep = target.endpoint()
    for g in graphs:
        ep.update(f"DROP SILENT GRAPH <{g}>")
    for g in graphs:
        assert ep.graph_size(str(g)) == 0


@pytest.fixture
def clean(target, built):
    """The server with none of the dataset's graphs."""
    drop_graphs(target, built.store.graphs())
    return target


@pytest.fixture(scope="session")
def remote():
    """Helpers for the remote tests (the tests folder is not a package, so they come as a fixture)."""

    def run_cli(capsys, *argv) -> tuple[int, str, str]:
        """Run the real command line in-process; returns (exit code, stdout, stderr)."""
        capsys.readouterr()
        code = cli.main([*map(str, argv)])
        out, err = capsys.readouterr()
        return code, out, err

    return SimpleNamespace(ROOT=ROOT, run_cli=run_cli, drop_graphs=drop_graphs, Target=Target)


# -- real loopback proxies -----------------------------------------------------------------------
def _read_request(conn: socket.socket) -> tuple[bytes, dict, bytes] | None:
    """(head, headers, body) of one HTTP request (Content-Length bodies only)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {}
    for line in lines[1:]:
        k, _, v = line.partition(":")
        headers[k.strip().lower()] = v.strip()
    n = int(headers.get("content-length", "0") or 0)
    while len(body) < n:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return head, headers, body


class Proxy:
    """A threaded HTTP/1.1 proxy on 127.0.0.1 forwarding one request per connection to ``upstream``.

    ``decide(request_line, headers, body)`` returns one of: ``"forward"``; ``("reply", bytes)``;
    ``"hang"`` (never answer); ``"cut"`` (forward the head and half the body, then close both
    sides: an upload broken part-way). ``strip`` headers are removed before forwarding.
    """

    def __init__(self, upstream_url: str, decide, strip: tuple[str, ...] = ()) -> None:
        parts = urllib.parse.urlsplit(upstream_url)
        self.upstream = (parts.hostname, parts.port or 80)
        self.decide, self.strip = decide, {s.lower() for s in strip}
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.seen: list[str] = []
        self._open: list[socket.socket] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        self.sock.settimeout(0.2)
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self._open.append(conn)
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        try:
            req = _read_request(conn)
            if req is None:
                return
            head, headers, body = req
            line = head.split(b"\r\n", 1)[0].decode("latin-1")
            self.seen.append(line)
            action = self.decide(line, headers, body)
            if action == "hang":
                self._stop.wait(120)
                return
            if isinstance(action, tuple) and action[0] == "reply":
                conn.sendall(action[1])
                return
            kept = [
                h
                for h in head.split(b"\r\n")[1:]
                if h.split(b":", 1)[0].strip().lower().decode("latin-1") not in self.strip | {"connection"}
            ]
            new_head = b"\r\n".join([head.split(b"\r\n", 1)[0], *kept, b"Connection: close"]) + b"\r\n\r\n"
            with socket.create_connection(self.upstream, timeout=300) as up:
                if action == "cut":
                    up.sendall(new_head + body[: len(body) // 2])
                    return  # both connections close: the upload breaks part-way
                up.sendall(new_head + body)
                while True:
                    chunk = up.recv(65536)
                    if not chunk:
                        break
                    conn.sendall(chunk)
        except OSError:
            pass
        finally:
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self.sock.close()
        for c in self._open:
            with contextlib.suppress(OSError):
                c.close()
        self._thread.join(timeout=5)


@pytest.fixture
def proxies():
    """Start proxies with ``proxies(upstream_url, decide, strip=())``; all are closed after the test."""
    made: list[Proxy] = []

    def make(upstream_url: str, decide, strip: tuple[str, ...] = ()) -> Proxy:
        p = Proxy(upstream_url, decide, strip)
        made.append(p)
        return p

    yield make
    for p in made:
        p.close()
