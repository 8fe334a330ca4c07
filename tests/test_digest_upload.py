"""A large Graph Store PUT to a server that wants HTTP Digest (as Virtuoso's /sparql-graph-crud-auth
does): the server refuses an unauthenticated request before reading its body and closes the
connection, so the client must answer the Digest challenge before it sends megabytes, not after.

The server is a real HTTP server on 127.0.0.1 that behaves as Virtuoso 7.2 was seen to (401 with
a Digest challenge, ``Connection: close``, the body left unread) and checks the Digest answer."""

from __future__ import annotations

import hashlib
import threading
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from defence_kg.queries.client import Endpoint

USER, PASSWORD, REALM, NONCE = "dba", "a-password-of-ours", "SPARQL", "5f3a9c0e7d1b"


def _md5(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()


class _DigestOnly(BaseHTTPRequestHandler):
    received: list[int] = []

    def log_message(self, *args) -> None:  # keep the test output clean
        pass

    def _refuse(self) -> None:
        self.send_response(401)
        self.send_header("WWW-Authenticate", f'Digest realm="{REALM}", nonce="{NONCE}", qop="auth", algorithm="MD5"')
        self.send_header("Connection", "close")
        self.send_header("Content-Length", "0")
        self.end_headers()
        self.close_connection = True

    def _authorised(self) -> bool:
        header = self.headers.get("Authorization") or ""
        if not header.startswith("Digest "):
            return False
        fields = urllib.request.parse_keqv_list(urllib.request.parse_http_list(header[7:]))
        ha1 = _md5(f"{USER}:{REALM}:{PASSWORD}")
        ha2 = _md5(f"{self.command}:{fields.get('uri')}")
        expected = _md5(f"{ha1}:{NONCE}:{fields.get('nc')}:{fields.get('cnonce')}:auth:{ha2}")
        return fields.get("response") == expected and fields.get("uri") == self.path

    def do_HEAD(self) -> None:
        self._refuse()

    def do_PUT(self) -> None:
        if not self._authorised():
            self._refuse()  # before reading the body, as Virtuoso does
            return
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.received.append(len(body))
        self.send_response(201)
        self.send_header("Content-Length", "0")
        self.end_headers()


@pytest.fixture
def digest_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _DigestOnly)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _DigestOnly.received = []
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_large_put_answers_the_digest_challenge_before_sending_its_body(digest_server, monkeypatch):
    monkeypatch.setenv("SPARQL_USER", USER)
    monkeypatch.setenv("SPARQL_PASSWORD", PASSWORD)
    line = b'<https://example.org/s> <https://example.org/p> "an object of our own" .\n'
    body = line * (8 * 2**20 // len(line))  # 8 MiB: far more than a socket buffer holds unread
    endpoint = Endpoint(f"{digest_server}/sparql", gsp_url=f"{digest_server}/sparql-graph-crud-auth", timeout=30)
    assert endpoint.put_graph("https://example.org/graph", body) == 201
    assert _DigestOnly.received == [len(body)]
