"""Both servers under a bounded burst of hostile requests on loopback: bad and huge Accept headers,
plain and encoded `../` traversal, very long URLs, invalid SPARQL, updates on a read-only endpoint,
and slow clients that stall half-way through their headers. Both keep answering; the site server
never serves a file outside its folder; the SPARQL endpoint refuses updates unless --writable."""

from __future__ import annotations

import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import ExitStack

import pytest

from defence_kg.publish.site import build_site
from defence_kg.queries.server import running

SECRET = "not-for-the-web-7f3a"
TRAVERSALS = [
    "/../secret.txt",
    "/%2e%2e/secret.txt",
    "/id/..%2f..%2fsecret.txt",
    "/assets/%2e%2e/%2e%2e/secret.txt",
    "/..%5csecret.txt",
    "//secret.txt",
    "/id/../../secret.txt",
]
ACCEPTS = ["", "*/*;q=garbage", "text/turtle;q=1.5, */*;q=-1", ",,,;;;", "text/" + "x" * 60_000, "\u00e9/\u00e9"]


def _status(url: str, *, accept: str | None = None, data: bytes | None = None, headers=None) -> int:
    request = urllib.request.Request(
        url, data=data, headers={**(headers or {}), **({"Accept": accept} if accept is not None else {})}
    )
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as err:
        return err.code


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def _raw(port: int, request: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(request)
        chunks = []
        while chunk := s.recv(65536):
            chunks.append(chunk)
            if len(b"".join(chunks)) > 1_000_000:
                break
        return b"".join(chunks)


def _stall(stack: ExitStack, port: int, n: int = 5) -> None:
    """Slow clients: connections that send half a request line and then nothing."""
    for _ in range(n):
        s = stack.enter_context(socket.create_connection(("127.0.0.1", port), timeout=10))
        s.sendall(b"GET / HTTP/1.1\r\nHost: 127.0")


@pytest.fixture(scope="module")
def site(built, tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    (root / "secret.txt").write_text(SECRET)
    build_site(built.store, root / "site")
    return root / "site"


def test_site_server_keeps_answering_and_stays_in_its_folder(site, serve_directory):
    url = serve_directory(site)
    port = urllib.parse.urlsplit(url).port
    with ExitStack() as stack:
        _stall(stack, port)
        for path in TRAVERSALS:
            reply = _raw(port, f"GET {path} HTTP/1.0\r\nHost: x\r\n\r\n".encode())
            assert SECRET.encode() not in reply, path
            assert reply.split(b" ", 2)[1] in (b"400", b"403", b"404", b"301", b"303"), (path, reply[:80])
        for accept in ACCEPTS:
            assert _status(url + "/id/chongqing-university", accept=accept) in (303, 400, 431), accept
        assert _status(url + "/" + "a" * 100_000) in (400, 404, 414)
        garbage = _raw(port, b"\x00\xff garbage\r\n\r\n")  # answered as HTTP/0.9: an error page, no status line
        assert any(code in garbage for code in (b"400", b"501", b"505")), garbage[:80]
        assert _status(url + "/index.html", data=b"x=1") in (405, 501)  # no uploads to a static site
        assert _status(url + "/index.html") == 200  # still answering, slow clients open


@pytest.fixture(scope="module")
def endpoint(built, project):
    with running(project.out / "dataset.nq", writable=False, timeout_s=10) as server:
        yield server


def test_read_only_endpoint_refuses_updates_and_keeps_answering(endpoint):
    query = endpoint.query_url
    ask = urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"})
    with ExitStack() as stack:
        _stall(stack, urllib.parse.urlsplit(query).port)
        assert _status(query + "?" + urllib.parse.urlencode({"query": "SELEC nonsense {"})) == 400
        for update in (b"update=DROP%20ALL", b"update=INSERT%20DATA%20%7B%3Ca%3A%3E%20%3Ca%3A%3E%20%3Ca%3A%3E%7D"):
            assert _status(
                endpoint.update_url, data=update, headers={"Content-Type": "application/x-www-form-urlencoded"}
            ) in (403, 404, 405)
        assert _status(
            endpoint.gsp_url + "?default", data=b"<a:> <a:> <a:> .", headers={"Content-Type": "application/n-triples"}
        ) in (403, 404, 405)
        for accept in ACCEPTS:
            assert _status(query + "?" + ask, accept=accept) in (200, 400, 406, 431), accept
        assert _status(query + "?query=" + "%20" * 100_000) in (400, 414, 431)
        time.sleep(0.2)
        assert _status(query + "?" + ask, accept="application/sparql-results+json") == 200
    assert (
        _status(
            query + "?" + urllib.parse.urlencode({"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"}),
            accept="application/sparql-results+json",
        )
        == 200
    )  # nothing was dropped


def test_a_client_that_goes_away_is_no_error_printed(tmp_path, capsys):
    """A browser that cancels a request leaves the server a broken pipe: nothing to print (other
    errors are printed as before)."""
    from defence_kg.publish.site_server import make_server

    (tmp_path / "index.html").write_text("<html></html>", encoding="utf-8")
    server = make_server(tmp_path)
    try:
        for gone in (BrokenPipeError(32, "Broken pipe"), ConnectionResetError(104, "Connection reset by peer")):
            try:
                raise gone
            except OSError:
                server.handle_error(None, ("127.0.0.1", 1))
        assert capsys.readouterr().err == ""
        try:
            raise ValueError("a bug")
        except ValueError:
            server.handle_error(None, ("127.0.0.1", 1))
        assert "ValueError: a bug" in capsys.readouterr().err
    finally:
        server.server_close()
