"""The published site's .htaccess and nginx snippet on REAL servers (Debian nginx and Apache) on
loopback, against the same content negotiation as the Python server: 303 by Accept (q-values,
order), Content-Type of the targets, 404 for unknown slugs, a --site-url path prefix.

The servers run from a temporary folder with their own configuration and are stopped by PID.
Tests skip with a reason when nginx or apache2 is not installed (.ci/run installs them)."""

from __future__ import annotations

import os
import random
import re
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from rdflib import Graph

from defence_kg.core.namespaces import ID
from defence_kg.publish.site import build_site
from defence_kg.publish.site_conneg import ENTITY_FORMATS, negotiate, negotiate_by_patterns
from helpers import free_port

CQU = "chongqing-university"
PREFIX = "/pub/defence-kg/"
SITE_URL = "https://example.org" + PREFIX  # hosting URL with a path prefix
NGINX = shutil.which("nginx") or (Path("/usr/sbin/nginx") if Path("/usr/sbin/nginx").is_file() else None)
APACHE = shutil.which("apache2") or (Path("/usr/sbin/apache2") if Path("/usr/sbin/apache2").is_file() else None)
APACHE_MODULES = Path("/usr/lib/apache2/modules")
PARSERS = {"ttl": "turtle", "jsonld": "json-ld", "nt": "nt", "rdf": "xml"}

#: Accept headers and the document the rule (site_conneg docstring) must choose
ACCEPTS = [
    (None, "html"),
    ("*/*", "html"),
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "html"),  # a browser
    ("text/turtle", "ttl"),
    ("application/ld+json", "jsonld"),
    ("application/n-triples", "nt"),
    ("application/rdf+xml", "rdf"),
    ("TEXT/Turtle", "ttl"),  # media types are case-insensitive
    ("text/turtle, text/html", "ttl"),  # listed before HTML
    ("text/html, text/turtle", "html"),  # listed after, same q
    ("text/html;q=0.5, text/turtle", "ttl"),  # higher q
    ("text/turtle;q=0.5, text/html", "html"),
    ("text/html;q=0.8, application/ld+json;q=0.9", "jsonld"),
    ("text/turtle;q=0.5, application/ld+json;q=0.9", "jsonld"),
    ("text/turtle;q=0, text/html;q=0.1", "html"),  # q=0: not acceptable
    ("text/turtle;q=0", "html"),
    ("application/rdf+xml;q=1.0, text/turtle;q=0.95, */*;q=0.1", "rdf"),
    ("text/turtle ; charset=utf-8 ; q=0.7, application/xml", "ttl"),  # parameters before q
    ("application/xml, application/json", "html"),  # not offered: the default
    ("text/html;level=1, application/n-triples;q=0.9", "html"),
]


def test_rule_examples():
    for accept, ext in ACCEPTS:
        assert negotiate(accept) == ext, accept


def test_server_regexes_implement_the_rule():
    """The regexes written into .htaccess/nginx agree with negotiate() on random headers
    (each offered type listed at most once)."""
    rng = random.Random(6)
    medias = [
        "text/html",
        "application/xhtml+xml",
        "text/turtle",
        "application/ld+json",
        "application/n-triples",
        "application/rdf+xml",
        "*/*",
        "application/xml",
        "text/*",
    ]
    qs = [None, "1", "1.0", "0.9", "0.85", "0.5", "0.55", "0", "0.0", "0.1", "0.05", "1.000", "0.999"]
    checked = 0
    for _ in range(3000):
        parts = []
        for media in rng.sample(medias, rng.randint(0, 5)):
            q = rng.choice(qs)
            parts.append(media + (f";q={q}" if q is not None else rng.choice(["", ";level=1"])))
        header = rng.choice([",", ", "]).join(parts)
        assert negotiate_by_patterns(header) == negotiate(header), header
        checked += 1
    assert checked == 3000


# ---- fixtures: a site published under a path prefix, and the three servers -----------------


def _wait_listening(port: int, proc: subprocess.Popen, log: Path) -> None:
    for _ in range(200):
        if proc.poll() is not None:
            raise AssertionError(
                f"server exited with {proc.returncode}: {log.read_text(errors='replace')[-2000:]}"
                if log.exists()
                else f"server exited with {proc.returncode}"
            )
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise AssertionError(f"server did not listen on {port}")


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()  # by PID: the process this test started
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def workdir():
    # servers' workers run as another user: a world-readable folder outside pytest's 0700 tree
    path = Path(tempfile.mkdtemp(prefix="dkg-site-servers-"))
    path.chmod(0o755)
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="module")
def prefixed_site(built, workdir) -> Path:
    docroot = workdir / "htdocs"
    (docroot / "pub").mkdir(parents=True)
    for d in (docroot, docroot / "pub"):
        d.chmod(0o755)
    out = docroot / "pub" / "defence-kg"
    build_site(built.store, out, site_url=SITE_URL)
    return out


@pytest.fixture(scope="module")
def python_server(prefixed_site, serve_directory):
    return serve_directory(prefixed_site) + "/"  # the Python server serves DIR at /


@pytest.fixture(scope="module")
def nginx_server(prefixed_site, workdir):
    if NGINX is None:
        pytest.skip("nginx is not installed (apt-get install nginx-light or nginx)")
    d = workdir / "nginx"
    d.mkdir()
    d.chmod(0o755)
    port = free_port()
    snippet = (prefixed_site / "nginx.conf").read_text(encoding="utf-8")
    map_part, location = snippet.split("\nlocation ", 1)
    location = "location " + location.replace("/path/to/published/site/", f"{prefixed_site}/")
    temps = "".join(f"    {k}_temp_path {d}/{k};\n" for k in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    user = "user root;\n" if os.geteuid() == 0 else ""
    conf = (
        f"daemon off;\nworker_processes 1;\npid {d}/nginx.pid;\nerror_log {d}/error.log;\n{user}"
        "events { worker_connections 64; }\n"
        f"http {{\n    access_log off;\n{temps}{map_part}\n"
        f"    server {{\n        listen 127.0.0.1:{port};\n        server_name localhost;\n"
        f"{location}\n        location / {{ return 404; }}\n    }}\n}}\n"
    )
    (d / "nginx.conf").write_text(conf, encoding="utf-8")
    check = subprocess.run(
        [str(NGINX), "-t", "-c", str(d / "nginx.conf"), "-p", str(d)], capture_output=True, text=True, timeout=60
    )
    assert check.returncode == 0, check.stderr
    proc = subprocess.Popen(
        [str(NGINX), "-c", str(d / "nginx.conf"), "-p", str(d)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        _wait_listening(port, proc, d / "error.log")
        yield f"http://127.0.0.1:{port}{PREFIX}"
    finally:
        _stop(proc)


@pytest.fixture(scope="module")
def apache_server(prefixed_site, workdir):
    if APACHE is None:
        pytest.skip("Apache is not installed (apt-get install apache2)")
    mods = {m: APACHE_MODULES / f"mod_{m}.so" for m in ("mpm_event", "authz_core", "mime", "rewrite", "headers")}
    missing = [m for m, p in mods.items() if not p.is_file()]
    if missing:
        pytest.skip(f"Apache modules not found: {', '.join(missing)}")
    d = workdir / "apache"
    d.mkdir()
    d.chmod(0o755)
    port = free_port()
    docroot = prefixed_site.parent.parent
    load = "".join(f"LoadModule {m}_module {p}\n" for m, p in mods.items())
    user = "User www-data\nGroup www-data\n" if os.geteuid() == 0 else ""
    conf = (
        f'ServerRoot "{d}"\nListen 127.0.0.1:{port}\nServerName 127.0.0.1\n{load}{user}'
        f'PidFile "{d}/httpd.pid"\nErrorLog "{d}/error.log"\nDefaultRuntimeDir "{d}"\nMutex file:{d} default\n'
        "TypesConfig /dev/null\n"
        f'DocumentRoot "{docroot}"\n'
        "<Directory />\n    AllowOverride None\n    Require all denied\n</Directory>\n"
        f'<Directory "{docroot}">\n    AllowOverride All\n    Require all granted\n</Directory>\n'
    )
    (d / "httpd.conf").write_text(conf, encoding="utf-8")
    env = {**os.environ, "APACHE_RUN_DIR": str(d), "APACHE_LOCK_DIR": str(d), "APACHE_LOG_DIR": str(d)}
    proc = subprocess.Popen(
        [str(APACHE), "-f", str(d / "httpd.conf"), "-DFOREGROUND"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_listening(port, proc, d / "error.log")
        yield f"http://127.0.0.1:{port}{PREFIX}"
    finally:
        _stop(proc)


@pytest.fixture(params=["python", "nginx", "apache"])
def site_server(request):
    return request.param, request.getfixturevalue(f"{request.param}_server")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def _get(url: str, accept: str | None = None, follow: bool = True):
    opener = urllib.request.build_opener() if follow else urllib.request.build_opener(_NoRedirect)
    req = urllib.request.Request(url, headers={"Accept": accept} if accept is not None else {})
    try:
        with opener.open(req, timeout=30) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


# ---- the same negotiation on every server ---------------------------------------------------


def test_entity_iri_negotiation_on_real_servers(site_server):
    name, root = site_server
    for accept, ext in ACCEPTS:
        status, headers, _ = _get(f"{root}id/{CQU}", accept, follow=False)
        assert status == 303, (name, accept, status)
        target = urljoin(f"{root}id/{CQU}", headers["Location"])
        assert urlsplit(target).path == f"{urlsplit(root).path}id/{CQU}.{ext}", (name, accept, headers["Location"])
        assert "accept" in headers.get("Vary", "").lower(), (name, accept)
        status, headers, body = _get(target)
        assert status == 200, (name, target)
        assert headers["Content-Type"].split(";")[0].strip() == ENTITY_FORMATS[ext], (
            name,
            ext,
            headers["Content-Type"],
        )
        if ext in PARSERS:
            g = Graph().parse(data=body.decode("utf-8"), format=PARSERS[ext])
            assert (ID[CQU], None, None) in g, (name, ext)
        else:
            assert b"<h1>Chongqing University</h1>" in body


def test_unknown_slug_is_404(site_server):
    name, root = site_server
    for accept in ("text/turtle", "text/html", None):
        assert _get(f"{root}id/no-such-entity", accept, follow=False)[0] == 404, (name, accept)


def test_static_files_have_types(site_server):
    name, root = site_server
    for path, media in (
        ("index.html", "text/html"),
        ("assets/style.css", "text/css"),
        ("void.ttl", "text/turtle"),
        ("void.jsonld", "application/ld+json"),
        ("dumps/dataset.nq.gz", "application/gzip"),
    ):
        status, headers, body = _get(root + path)
        assert status == 200 and body, (name, path)
        assert headers["Content-Type"].split(";")[0].strip() == media, (name, path, headers["Content-Type"])


def test_configs_use_the_site_path(prefixed_site):
    htaccess = (prefixed_site / ".htaccess").read_text(encoding="utf-8")
    nginx = (prefixed_site / "nginx.conf").read_text(encoding="utf-8")
    assert re.search(r"RewriteRule \^id/\(\[\^\./\]\+\)\$ /pub/defence-kg/id/\$1\.ttl \[R=303,L\]", htaccess)
    assert "location ^~ /pub/defence-kg/ {" in nginx and "return 303 /pub/defence-kg/id/$dkg_slug.$dkg_ext;" in nginx
