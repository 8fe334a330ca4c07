"""publishing: content negotiation for entity IRIs — one rule, implemented three times (the
loopback Python server, an Apache ``.htaccess`` and an nginx snippet) and tested against real
servers.

The rule (``negotiate``), for ``GET <site>/id/<slug>``:

1. The offered types are HTML (``text/html``, ``application/xhtml+xml``), Turtle, JSON-LD,
   N-Triples and RDF/XML. Every other entry in ``Accept`` is ignored, wildcards (``*/*``,
   ``text/*``) included: they are satisfied by the default, HTML.
2. Each offered type listed gets its ``q`` (1 when absent), compared at one decimal: ``q=0.85``
   counts as ``0.8`` (a regular expression in a server configuration cannot compare more).
   ``q`` below ``0.1`` (``q=0``) means "not acceptable".
3. The highest ``q`` wins; on equal ``q`` the type listed first wins.
4. Nothing offered is listed (or only with ``q=0``): HTML.

So ``text/turtle, text/html`` gives Turtle, ``text/html, text/turtle`` HTML,
``text/html;q=0.5, text/turtle`` Turtle and ``text/turtle;q=0.5, text/html`` HTML.
The answer is ``303 See Other`` to ``<site path>id/<slug>.<ext>`` (``Vary: Accept``), or 404
when there is no such entity.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

#: entity document extensions and their media types (the first is the default)
ENTITY_FORMATS = {
    "html": "text/html",
    "ttl": "text/turtle",
    "jsonld": "application/ld+json",
    "nt": "application/n-triples",
    "rdf": "application/rdf+xml",
}
#: media types answered with each extension (HTML has an alias)
OFFERS = {
    "html": ("text/html", "application/xhtml+xml"),
    "ttl": ("text/turtle",),
    "jsonld": ("application/ld+json",),
    "nt": ("application/n-triples",),
    "rdf": ("application/rdf+xml",),
}
MEDIA_TO_EXT = {media: ext for ext, medias in OFFERS.items() for media in medias}


def q_class(text: str | None) -> int:
    """A q-value as tenths, truncated: None (absent) and 1 are 10, '0.85' is 8, junk is 0."""
    if text is None:
        return 10
    m = re.fullmatch(r"\s*(1(?:\.0{0,3})?|0(?:\.(\d)\d{0,2})?|0\.)\s*", text)
    if not m:
        return 0
    if m.group(1).startswith("1"):
        return 10
    return int(m.group(2) or 0)


def negotiate(accept: str | None) -> str:
    """The extension to serve for an ``Accept`` header, by the rule in the module docstring."""
    best, best_key = "html", None
    for position, part in enumerate((accept or "").split(",")):
        fields = part.split(";")
        ext = MEDIA_TO_EXT.get(fields[0].strip().lower())
        if ext is None:
            continue
        q = None
        for f in fields[1:]:
            name, _, value = f.strip().partition("=")
            if name.strip().lower() == "q":
                q = value
                break
        cls = q_class(q)
        if cls == 0:
            continue
        key = (cls, -position)
        if best_key is None or key > best_key:
            best, best_key = ext, key
    return best


# ---- the same rule as regular expressions (PCRE: Apache mod_rewrite and nginx) ----------------


def _q_pattern(classes: list[int]) -> str:
    """A regex for a q-value whose class (tenths) is in ``classes`` (each 1..10)."""
    alts = []
    tenths = sorted(c for c in classes if c < 10)
    if tenths:
        digits = "".join(str(c) for c in tenths)
        alts.append(f"0\\.[{digits}]\\d{{0,2}}")
    if 10 in classes:
        alts.append("1(?:\\.0{0,3})?")
    return "(?:" + "|".join(alts) + ")"


def _token(medias: tuple[str, ...], classes: list[int]) -> str:
    """A regex matching one Accept entry for ``medias`` with a q-value class in ``classes``."""
    media = "(?:" + "|".join(re.escape(m) for m in medias) + ")"
    params = r"(?:\s*;\s*(?!q=)[^,;]*)*"
    ends = []
    if 10 in classes:
        ends.append(r"\s*")  # no q: q=1
    if classes:
        ends.append(rf"\s*;\s*q={_q_pattern(classes)}(?:\s*;[^,]*)?\s*")
    return rf"(?:^|,)\s*{media}{params}(?:{'|'.join(ends)})(?=,|$)"


def wins_patterns(ext: str) -> list[str]:
    """Regexes (case-insensitive, any one matching) for "``ext`` wins by the rule": for each
    q class k, ``ext`` is listed with class k, no other offered type has a higher class, and no
    other type with class k is listed before it."""
    mine = OFFERS[ext]
    others = tuple(m for e, ms in OFFERS.items() if e != ext for m in ms)
    out = []
    for k in range(10, 0, -1):
        higher = list(range(k + 1, 11))
        pattern = f"^(?=.*{_token(mine, [k])})"
        if higher:
            pattern += f"(?!.*{_token(others, higher)})"
        pattern += f"(?!.*{_token(others, [k])}.*{_token(mine, [k])})"
        out.append(pattern)
    return out


def negotiate_by_patterns(accept: str | None) -> str:
    """The rule evaluated with the server regexes (first matching extension, else HTML)."""
    text = accept or ""
    for ext in list(OFFERS)[1:]:
        if any(re.search(p, text, re.IGNORECASE) for p in wins_patterns(ext)):
            return ext
    return "html"


def site_path(site_url: str) -> str:
    """The path the site is served under, with leading and trailing slash ('/' at the root)."""
    path = urlsplit(site_url).path or "/"
    return "/" + path.strip("/") + "/" if path.strip("/") else "/"


def htaccess(base_url: str, site_url: str) -> str:
    """Apache (mod_rewrite, mod_mime, mod_headers) configuration for the site's folder."""
    path = site_path(site_url)
    lines = [
        f"# Content negotiation for {base_url.rstrip('/')}/id/<slug> (W3C Cool URIs: 303 See Other).",
        "# Generated by `defence-kg publish site`. Put this file in the folder served as",
        f"# {site_url.rstrip('/')}/ (needs AllowOverride FileInfo Options and mod_rewrite, mod_headers).",
        "# Rule: highest q wins (compared at one decimal), on equal q the type listed first; HTML",
        "# when no RDF type is preferred. Unknown slugs: 404.",
        "Options -MultiViews +SymLinksIfOwnerMatch",
        "AddDefaultCharset utf-8",
        "# every type the site uses, so nothing depends on the server's mime.types",
        "AddType text/html .html",
        "AddType text/css .css",
        "AddType application/json .json",
        "RemoveEncoding .gz",
        "AddType application/gzip .gz",
        "AddType text/turtle .ttl",
        "AddType application/ld+json .jsonld",
        "AddType application/n-triples .nt",
        "AddType application/rdf+xml .rdf",
        "AddType application/trig .trig",
        "AddType application/n-quads .nq",
        "AddType text/javascript .js",
        "AddCharset utf-8 .ttl .jsonld .nt .rdf .html .css .js .json",
        "<Files SHA256SUMS>\n  ForceType text/plain\n</Files>",
        "RewriteEngine on",
        "<IfModule mod_headers.c>",
        '  Header always merge Vary Accept "expr=%{REQUEST_URI} =~ m#/id/[^./]+$#"',
        "</IfModule>",
        "# no such entity: 404",
        "RewriteCond %{REQUEST_FILENAME}.html !-f",
        "RewriteRule ^id/[^./]+$ - [R=404,L]",
    ]
    for ext in list(OFFERS)[1:]:
        patterns = wins_patterns(ext)
        for i, p in enumerate(patterns):
            flags = "[NC,OR]" if i < len(patterns) - 1 else "[NC]"
            lines.append(f'RewriteCond %{{HTTP:Accept}} "{p}" {flags}')
        lines.append(f"RewriteRule ^id/([^./]+)$ {path}id/$1.{ext} [R=303,L]")
    lines += [
        "# browsers and anything else get the HTML page",
        f"RewriteRule ^id/([^./]+)$ {path}id/$1.html [R=303,L]",
        "",
    ]
    return "\n".join(lines)


def nginx(base_url: str, site_url: str) -> str:
    """An nginx snippet: a ``map`` for the http block and a ``location`` for the server block."""
    path = site_path(site_url)
    maps = "".join(f'    "~*{p}" {ext};\n' for ext in list(OFFERS)[1:] for p in wins_patterns(ext))
    types = "".join(
        f"        {media} {ext};\n"
        for media, ext in (
            ("text/html", "html"),
            ("text/css", "css"),
            ("text/javascript", "js"),
            ("application/json", "json"),
            ("text/turtle", "ttl"),
            ("application/ld+json", "jsonld"),
            ("application/n-triples", "nt"),
            ("application/rdf+xml", "rdf"),
            ("application/trig", "trig"),
            ("application/n-quads", "nq"),
            ("application/gzip", "gz"),
            ("text/plain", "SHA256SUMS"),
            ("application/gexf+xml", "gexf"),
            ("application/graphml+xml", "graphml"),
        )
    )
    return (
        f"# nginx: content negotiation for {base_url.rstrip('/')}/id/<slug> (W3C Cool URIs: 303 See Other).\n"
        "# Generated by `defence-kg publish site`. Put the map in the http block and the location\n"
        "# in the server block, and set the alias to the published folder.\n"
        "# Rule: highest q wins (compared at one decimal), on equal q the type listed first; HTML\n"
        "# when no RDF type is preferred. Unknown slugs: 404.\n"
        "map $http_accept $dkg_ext {\n    default html;\n" + maps + "}\n\n"
        f"location ^~ {path} {{\n"
        "    alias /path/to/published/site/;\n"
        "    types {\n" + types + "    }\n"
        "    default_type application/octet-stream;\n"
        "    charset utf-8;\n"
        "    charset_types text/html text/css text/javascript text/plain text/turtle application/json\n"
        "                  application/ld+json application/n-triples application/rdf+xml;\n"
        f"    location ~ ^{re.escape(path)}id/(?<dkg_slug>[^./]+)$ {{\n"
        "        if (!-f $request_filename.html) {\n            return 404;\n        }\n"
        "        absolute_redirect off;\n"
        "        add_header Vary Accept always;\n"
        f"        return 303 {path}id/$dkg_slug.$dkg_ext;\n"
        "    }\n"
        "}\n"
    )
