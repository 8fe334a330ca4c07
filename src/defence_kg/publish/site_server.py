"""publishing: serve a published site on the loopback interface with the same 303 content
negotiation as its .htaccess — `defence-kg serve --site DIR`.

``GET /id/<slug>`` answers ``303 See Other`` with a Location of ``/id/<slug>.html`` for
browsers, ``.ttl`` for ``text/turtle``, ``.jsonld`` for ``application/ld+json``, ``.nt`` for
``application/n-triples`` and ``.rdf`` for ``application/rdf+xml``, by the rule in
:mod:`defence_kg.publish.site_conneg` (the generated .htaccess and nginx snippet implement the same).
"""

from __future__ import annotations

import functools
import os
import re
import sys
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from defence_kg.core.errors import InputError
from defence_kg.core.inputs import no_folder_why
from defence_kg.publish.site_conneg import ENTITY_FORMATS, negotiate  # noqa: F401 (negotiate re-exported)

_ENTITY = re.compile(r"^/id/([A-Za-z0-9_-]+)/?$")


class SiteHandler(SimpleHTTPRequestHandler):
    timeout = 30  # seconds a client may take to send its request: a stalled client frees its thread
    extensions_map = {
        **SimpleHTTPRequestHandler.extensions_map,
        **{f".{ext}": media for ext, media in ENTITY_FORMATS.items()},
        ".html": "text/html; charset=utf-8",
        ".ttl": "text/turtle; charset=utf-8",
        ".trig": "application/trig",
        ".nq": "application/n-quads",
        ".gz": "application/gzip",
        ".js": "text/javascript",
        ".css": "text/css",
    }

    def _redirect(self) -> bool:
        match = _ENTITY.match(self.path.split("?", 1)[0])
        if not match:
            return False
        slug = match.group(1)
        if not (Path(self.directory) / "id" / f"{slug}.html").is_file():
            self.send_error(404, f"no entity {slug}")
            return True
        ext = negotiate(self.headers.get("Accept"))
        self.send_response(303)
        self.send_header("Location", f"/id/{slug}.{ext}")
        self.send_header("Vary", "Accept")
        self.send_header("Content-Length", "0")
        self.end_headers()
        return True

    def send_head(self):
        # a link inside the site may lead anywhere (/etc/hostname, a home folder): what is served
        # is what lies in the site's folder itself
        root = os.path.realpath(self.directory)
        real = os.path.realpath(self.translate_path(self.path))
        if real != root and not real.startswith(root + os.sep):
            self.send_error(403, "a link leading outside the site is not served")
            return None
        return super().send_head()

    def do_GET(self) -> None:  # noqa: N802 (http.server naming)
        if not self._redirect():
            super().do_GET()

    def do_HEAD(self) -> None:  # noqa: N802
        if not self._redirect():
            super().do_HEAD()

    def log_message(self, fmt, *args) -> None:
        sys.stderr.write(f"{self.log_date_time_string()} {fmt % args}\n")


class LoopbackServer(ThreadingHTTPServer):
    """The tool's HTTP servers (the site's, the reconciliation service's): a client that goes away
    before its answer is sent (a browser's cancelled request, a tool's timeout) is no error to
    print; any other is printed as http.server does."""

    def handle_error(self, request, client_address) -> None:
        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return
        super().handle_error(request, client_address)


def make_server(directory: Path, *, host: str = "127.0.0.1", port: int = 0) -> ThreadingHTTPServer:
    """A server for a published site (not started). ``port=0`` picks a free port."""
    directory = Path(directory)
    if not (directory / "index.html").is_file():
        raise InputError(
            "not a published site",
            where=str(directory),
            why=no_folder_why(directory) or "no index.html there",
            fix="run `defence-kg publish site -o DIR` first and pass that DIR",
        )
    handler = functools.partial(SiteHandler, directory=str(directory.resolve()))
    try:
        return LoopbackServer((host, port), handler)
    except OSError as err:
        raise InputError(
            f"cannot listen on {host}:{port}", why=err.strerror, fix="choose another --port (0 picks a free one)"
        ) from None
