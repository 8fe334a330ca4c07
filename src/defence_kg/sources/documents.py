"""sources: where a source's document is (a local override, the shipped file, or a download cached
in the build folder), and reading it as text, recognised before it is read.

A UTF-8 byte-order mark is dropped; an HTML page (a profile saved from a browser) becomes its text
through a real HTML parser (the standard library's), one block per line, without the head, scripts,
styles, navigation, headers and footers; binary data and text in another encoding are refused, naming what was found.
"""

from __future__ import annotations

import codecs
import re
import tempfile
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

from defence_kg.core.errors import InputError
from defence_kg.core.inputs import document_file, read_input
from defence_kg.core.output import ensure_folder
from defence_kg.core.project import Project
from defence_kg.sources.profiles import Document, SourceProfile

_BOMS = {
    codecs.BOM_UTF32_LE: "UTF-32",
    codecs.BOM_UTF32_BE: "UTF-32",
    codecs.BOM_UTF16_LE: "UTF-16",
    codecs.BOM_UTF16_BE: "UTF-16",
}
_HTML_START = re.compile(r"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)
#: Elements whose text is never the page's content.
_SKIPPED = {"head", "script", "style", "nav", "noscript", "template", "svg", "form", "button"}
#: The site's chrome when outside the page's main content (its banner, side bar, footer); inside
#: ``<main>`` or ``<article>`` they are the page's own (a profile's header with its name and badges,
#: its side fields). A site banner's ``<h1>`` is kept: it is the page's title.
_CHROME = {"header", "footer", "aside"}
_CONTENT = {"main", "article"}
#: A field's value after its name: a description list's term, a table's header cell.
_VALUES = {"dd", "td"}
#: A footnote mark ("<sup>12</sup>", "<sup>[3]</sup>"): not text (glued to a full stop, it hides
#: where a sentence ends; to a year, it makes another number)
_FOOTNOTE_MARK = re.compile(r"\s*[\[(]?\s*(?:\d+|[a-z*†‡])(?:\s*[,–-]\s*(?:\d+|[a-z]))*\s*[\])]?\s*")
#: Elements that end a block of text (a paragraph, heading, list item, table row...).
_BLOCKS = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "tr",
    "table",
    "br",
    "hr",
    "dt",
    "dl",
    "blockquote",
    "figcaption",
    "pre",
}


def read_text(path: Path) -> str:
    """The text of a document file (see the module docstring).

    >>> import tempfile
    >>> page = Path(tempfile.mkdtemp()) / "p.html"
    >>> _ = page.write_bytes(b"<html><head><title>T | Site</title></head><nav>menu</nav>"
    ...                      b"<h1>Name</h1><p>One.</p><p>Two &amp; three.</p></html>")
    >>> read_text(page).splitlines()
    ['Name', 'One.', 'Two & three.']
    """
    return decode(read_input(path, "the document"), where=str(path))


def decode(data: bytes, *, where: str) -> str:
    """Bytes of a document as text: UTF-8 (a BOM dropped), HTML turned into text."""
    for bom, name in _BOMS.items():
        if data.startswith(bom):
            raise _not_utf8(where, f"{name} text (it starts with a {name} byte-order mark)")
    if b"\x00" in data[:4096]:
        raise InputError(
            "the document is binary data, not text",
            where=where,
            why="it contains NUL bytes",
            fix="give the profile page as plain UTF-8 text (or as a saved HTML page)",
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise _not_utf8(f"{where} (byte {err.start})", _guess(data)) from None
    return html_to_text(text) if _HTML_START.match(text) else text


def _not_utf8(where: str, found: str) -> InputError:
    return InputError(
        "the document is not UTF-8 text",
        where=where,
        why=f"it looks like {found}",
        fix="save it as UTF-8 (e.g. iconv -t UTF-8 FILE > FILE.txt) and give that file",
    )


def _guess(data: bytes) -> str:
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return "text in an unknown 8-bit encoding, or binary data"
    return "Windows-1252 or Latin-1 text"


class _TextOfPage(HTMLParser):
    """Collects a page's text as blocks, skipping what is not content."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._current: list[str] = []
        self._skipping = 0
        self._content = 0
        self._chrome: list[bool] = []  # per open chrome element: whether it is the site's
        self._title = 0
        self._mark: list[str] | None = None  # the text of an open <sup>
        self.first_heading: int | None = None  # the block the page's first <h1> begins

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skipping += 1
            return
        if tag == "sup":
            self._mark = []
        elif tag in _CHROME:
            self._chrome.append(not self._content)
        elif tag in _CONTENT:
            self._content += 1
        elif tag == "h1" and self._in_site_chrome():
            self._title += 1
        if tag == "h1" and self.first_heading is None and not self._skipping:
            self._end_block()
            self.first_heading = len(self.blocks)
        elif tag in _VALUES and self._current:
            # "<dt>Supervising Agencies</dt><dd>...": one line, as the field reads on the page
            self._current.append(" " if "".join(self._current).rstrip().endswith(":") else ": ")
        if tag in _BLOCKS or tag in _CHROME:
            self._end_block()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skipping = max(0, self._skipping - 1)
            return
        if tag == "sup" and self._mark is not None:
            mark, self._mark = "".join(self._mark), None
            if not _FOOTNOTE_MARK.fullmatch(mark):
                self.handle_data(mark)
            return
        if (tag in _BLOCKS and tag != "dt") or tag in _CHROME:  # a term's value follows it on its line
            self._end_block()
        if tag in _CHROME and self._chrome:
            self._chrome.pop()
        elif tag in _CONTENT:
            self._content = max(0, self._content - 1)
        elif tag == "h1":
            self._title = max(0, self._title - 1)

    def _in_site_chrome(self) -> bool:
        return any(self._chrome)

    def handle_data(self, data: str) -> None:
        if self._mark is not None:
            self._mark.append(data)
        elif not self._skipping and (self._title or not self._in_site_chrome()):
            self._current.append(data)

    def _end_block(self) -> None:
        text = " ".join("".join(self._current).split())
        if text:
            self.blocks.append(text)
        self._current = []

    def close(self) -> None:
        super().close()
        self._end_block()


def html_to_text(html: str) -> str:
    """The content of an HTML page as text, one block (paragraph, heading, item) per line, from its
    first ``<h1>``, the page's title (what comes before it is the site's: its name, breadcrumbs,
    skip links), or from the start when it has none."""
    parser = _TextOfPage()
    parser.feed(html)
    parser.close()
    return "\n".join(parser.blocks[parser.first_heading or 0 :]) + "\n"


def locate(project: Project, source: SourceProfile, document: Document, overrides: dict[str, Path]) -> Path:
    """The local file of a document: an override, the shipped path, or a cached download."""
    if document.key in overrides:
        path = overrides[document.key]
    elif document.path:
        path = project.root / document.path
    else:
        path = _fetch(project.cache / source.id, document)
    missing = InputError(
        f"document '{document.id}' not found",
        where=str(path),
        why=f"source {source.id} lists it",
        fix=f"restore the file, or pass --document {source.id}={document.id}=PATH",
    )
    return document_file(path, missing)


def _fetch(cache: Path, document: Document) -> Path:
    """Download once into the cache; later builds read the cache. A failed download leaves nothing."""
    if not document.url:
        raise InputError(f"document '{document.id}' has neither a path nor a URL", fix="give one in the source profile")
    target = cache / Path(document.url).name
    if target.is_file():
        return target
    try:
        with urllib.request.urlopen(document.url, timeout=60) as response:
            data = response.read()
    except (OSError, ValueError) as err:
        raise InputError(
            f"cannot download document '{document.id}'",
            where=document.url,
            why=str(err),
            fix=f"pass a local copy: --document SOURCE={document.id}=PATH",
        ) from None
    ensure_folder(cache)
    with tempfile.NamedTemporaryFile(dir=cache, prefix=f".{target.name}.", delete=False) as tmp:
        tmp.write(data)
    Path(tmp.name).replace(target)
    return target
