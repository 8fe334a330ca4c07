"""serve: `defence-kg serve` starts the real Oxigraph server, answers at its URL, stops on SIGINT."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from defence_kg.queries import library as queries
from defence_kg.queries.client import Endpoint
from defence_kg.queries.server import free_port
from helpers import ROOT


def test_serve_answers_the_stored_queries_like_in_process_and_stops_on_sigint(project, built):
    port = free_port()
    exe = Path(sys.executable).parent / "defence-kg"
    proc = subprocess.Popen(
        [str(exe), "--out", str(project.out), "serve", "--port", str(port)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        lines = []
        for line in proc.stdout:
            lines.append(line)
            if "Ctrl-C" in line:
                break
        assert f"http://127.0.0.1:{port}/" in "".join(lines)
        ep = Endpoint(f"http://127.0.0.1:{port}/query", timeout=60)
        for path in sorted((ROOT / "queries").glob("*.rq")):
            q = queries.parse_query_file(path)
            local = queries.run(q, {}, store=built.store)
            remote = queries.run(q, {}, endpoint=ep)
            if isinstance(local, bool):
                assert remote is local
            else:
                assert remote[0] == local[0], path.stem
                assert (remote[1] if q.ordered else sorted(remote[1], key=repr)) == (
                    local[1] if q.ordered else sorted(local[1], key=repr)
                ), path.stem
    finally:
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) == 0


def test_a_served_site_never_serves_a_link_leading_outside_it(tmp_path):
    """A link inside the site to /etc/hostname (or a user's files) is refused; a link within the
    site is served."""
    import threading
    import urllib.error
    import urllib.request

    from defence_kg.publish.site_server import make_server

    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<p>the site</p>")
    (tmp_path / "secret.txt").write_text("not for the web")
    (site / "leak.txt").symlink_to(tmp_path / "secret.txt")
    (site / "home.html").symlink_to(site / "index.html")
    server = make_server(site, port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(base + "leak.txt", timeout=10)
        assert refused.value.code == 403
        with urllib.request.urlopen(base + "home.html", timeout=10) as served:
            assert served.read() == b"<p>the site</p>"
    finally:
        server.shutdown()
        server.server_close()
