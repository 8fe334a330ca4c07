"""analysis: reading a partner list — CSV, TSV, XLSX (openpyxl) or one name per line — into rows
that keep every input column, in input order, with the column that holds the names.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import shlex
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import defence_kg.analysis.screening.workbooks as workbooks
from defence_kg.core.errors import InputError
from defence_kg.core.inputs import read_input

#: headers taken as the name column first, when --column is not given (compared case-insensitively;
#: the headers earlier releases read, in their order; a bare "Name" is not one: in a visitors' list
#: it is the person's)
NAME_HEADERS = (
    "partner",
    "partner name",
    "institution",
    "institution name",
    "organisation",
    "organization",
    "organisation name",
    "organization name",
    "affiliation",
    "university",
)
#: else, words of a header that make it the name column, most specific first: a header holding a
#: word of an earlier group wins ("Chinese partner" over "UK university", the office's own;
#: "Institution" over "Name"). English and the languages partner lists of European and Chinese
#: offices are written in; compared as casefolded words, CJK as substrings.
NAME_WORDS = (
    frozenset(
        [
            "partner",
            "partners",
            "partenaire",
            "socio",
            "partnerinstitution",
            "counterpart",
            "collaborator",
            "employer",
            "company",
            "body",
            "entity",
        ]
    ),
    frozenset(
        [
            "institution",
            "institutions",
            "organisation",
            "organisations",
            "organization",
            "organizations",
            "affiliation",
            "affiliations",
            "university",
            "universities",
            "establishment",
            "etablissement",
            "universite",
            "organisme",
            "einrichtung",
            "hochschule",
            "universitat",
            "institucion",
            "universidad",
            "entidad",
            "istituzione",
            "universita",
            "ente",
            "instelling",
            "organisatie",
            "universiteit",
            "instituicao",
            "universidade",
            "instytucja",
            "uczelnia",
            "organizace",
            "instituce",
        ]
    ),
    frozenset(["name", "names", "nom", "naam", "nombre", "nome", "nazwa", "nazev"]),
)
NAME_WORDS_ZH = (("合作方", "伙伴", "夥伴"), ("机构", "单位", "大学", "院校", "学校", "機構", "單位"), ("名称", "名稱"))
#: words of a header that make it no name column whatever else it says ("Partner ID", "Partner country",
#: "Contact name", "Parent company"): an identifier, a date, an address, a person or an owner
NOT_NAME_WORDS = frozenset(
    [
        "id",
        "ids",
        "code",
        "codes",
        "number",
        "no",
        "nr",
        "num",
        "ref",
        "reference",
        "date",
        "year",
        "email",
        "mail",
        "e",
        "country",
        "countries",
        "city",
        "town",
        "region",
        "state",
        "province",
        "contact",
        "person",
        "coordinator",
        "phone",
        "tel",
        "url",
        "website",
        "web",
        "doi",
        "address",
        "postcode",
        "zip",
        "type",
        "status",
        "parent",
        "owner",
        "pays",
        "ville",
        "land",
        "stadt",
        "pais",
        "ciudad",
        "paese",
        "citta",
    ]
)
#: words of the office's own side, no name column unless a partner's word is there too ("Host
#: university", "University department", "Institution role"; not "Partner school")
#: ("Home institution" is none: in a visitors' list it is the visitor's)
OWN_SIDE_WORDS = frozenset(
    [
        "host",
        "own",
        "our",
        "lead",
        "school",
        "department",
        "faculty",
        "role",
        "signatory",
        "accueil",
        "composante",
        "fakultat",
    ]
)
NOT_NAME_ZH = ("编号", "代码", "日期", "国家", "國家", "城市", "邮箱", "联系人", "聯絡人", "地区", "地區")
FORMATS = ("csv", "tsv", "xlsx", "lines")


@dataclass(frozen=True)
class PartnerList:
    """The rows of a partner list, each a mapping of the input's columns to its cells."""

    source: str
    format: str
    columns: tuple[str, ...]
    name_column: str
    country_column: str | None
    rows: tuple[dict[str, str], ...]
    #: the row number a person sees in the file (header = 1 for tables, first name = 1 for lines)
    numbers: tuple[int, ...]
    #: lines of a one-name-a-line file left out as comments (they start with '#')
    comments: int = 0
    #: blank lines or rows left out (no cell filled: ";;;;" in a CSV Excel wrote), counted so none goes unsaid
    blank: int = 0


def input_format(path: str) -> str:
    suffix = Path(path).suffix.lower()
    return {".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".xlsx": "xlsx", ".xlsm": "xlsx"}.get(suffix, "lines")


def read_partners(
    path: str | Path, *, column: str | None = None, country_column: str | None = None, fmt: str | None = None
) -> PartnerList:
    """Read a partner list; ``fmt`` defaults to the file's extension (anything else: one name a line)."""
    where = str(path)
    data = _read_bytes(where)
    fmt = fmt or (_sniffed(data) if where == "-" else input_format(where))
    comments = 0
    if fmt == "xlsx":
        header, body, numbers, blank = _xlsx(data, where)
    elif fmt == "lines":
        text = _text(data, where)
        lines = [(i, line.strip()) for i, line in enumerate(text.splitlines(), 1)]
        kept = [(i, line) for i, line in lines if line and not line.startswith("#")]
        if not kept:  # (as an empty table is: "screened 0 rows" read as a list screened, all clear)
            raise InputError(
                "the partner list is empty",
                where=where,
                why="it holds no name: every line is blank or a comment (#)" if lines else "it holds nothing",
                fix="give one name a line, or a CSV with a header row and one partner a row",
            )
        header, body, numbers = ["name"], [[line] for _, line in kept], [i for i, _ in kept]
        comments = sum(line.startswith("#") for _, line in lines)
        blank = _blanks_within([bool(line) for _, line in lines])
    else:
        text = _text(data, where)
        header, body, numbers, blank = _table(text, where, "\t" if fmt == "tsv" else _csv_delimiter(text))
    columns = _unique_headers(header)
    if not columns:
        raise InputError("the partner list has no columns", where=where, fix="give a header row")
    if not body:  # (a header alone was "screened 0 rows", exit 0: read as a list screened, all clear)
        raise InputError(
            "the partner list has no partner",
            where=where,
            why=f"it holds a header row ({', '.join(columns)}) and no row under it",
            fix="put one partner a row under the header",
        )
    rows = tuple({c: (cells[i] if i < len(cells) else "") for i, c in enumerate(columns)} for cells in body)
    name_column = (
        _choose(columns, column, where, what="--column") if column is not None else _name_column(columns, rows, where)
    )
    country = _choose(columns, country_column, where, what="--country-column") if country_column is not None else None
    return PartnerList(where, fmt, tuple(columns), name_column, country, rows, tuple(numbers), comments, blank)


def _sniffed(data: bytes) -> str:
    """The format of a list read from stdin, which has no file name to tell: a table when its first
    line is a header naming the name column ("partner,country"), else one name a line."""
    first = next((line for line in data.decode("utf-8", "replace").splitlines() if line.strip()), "")
    for fmt, delimiter in (("tsv", "\t"), ("csv", ",")):
        cells = [cell.strip().strip('"').casefold() for cell in first.split(delimiter)]
        if len(cells) > 1 and any(map(_only_header_words, cells)):
            return fmt
    return "lines"


def _only_header_words(cell: str) -> bool:
    """A cell made only of the words of a name column's header ("Partner institution", "name"):
    not a name that holds one ("University of Toronto, Canada" is a name a line, not a header)."""
    words = _header_words(cell)
    return bool(words) and all(any(w in group for group in NAME_WORDS) or w in _HEADER_SMALL_WORDS for w in words)


_HEADER_SMALL_WORDS = frozenset({"of", "the", "de", "du", "des", "la", "le", "der", "die", "en", "english"})


def _csv_delimiter(text: str) -> str:
    """A CSV's delimiter: a semicolon when its header holds semicolons and no comma (Excel's CSV in
    locales whose decimal mark is a comma), else a comma."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    return ";" if ";" in first and "," not in first else ","


def _read_bytes(where: str) -> bytes:
    if where == "-":
        return sys.stdin.buffer.read()
    return read_input(where, "the partner list")


def _text(data: bytes, where: str) -> str:
    if data.startswith(b"PK\x03\x04"):
        raise InputError(
            "the partner list is a zip file (an XLSX workbook?), not text",
            where=where,
            fix="name it .xlsx so it is read as a workbook, or save it as CSV",
        )
    utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))  # (Excel's "Unicode text")
    if b"\x00" in data and not utf16:
        # UTF-16 without its byte-order mark reads as UTF-8 with a NUL after each letter: every name
        # would be "no match", which reads as an all-clear
        raise InputError(
            "the partner list holds NUL bytes, so it is not UTF-8 text",
            where=f"{where} (byte {data.index(0)})",
            why="a list saved as UTF-16 without its byte-order mark looks so",
            fix="save it as UTF-8 (Excel: 'CSV UTF-8'), or give the .xlsx workbook itself",
        )
    try:
        text = data.decode("utf-16" if utf16 else "utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(
            f"the partner list is not {'UTF-16' if utf16 else 'UTF-8'} text",
            where=f"{where} (byte {err.start})",
            why="CSV, TSV and name-per-line lists are read as UTF-8 (or as UTF-16 after its byte-order mark)",
            fix="save it as UTF-8 (Excel: 'CSV UTF-8'), or give the .xlsx workbook itself",
        ) from None
    if _HTML_START.match(text):
        # its markup would be screened as names, each "no match": an all-clear for a page of partners
        raise InputError(
            "the partner list is an HTML page, not a list",
            where=where,
            why="lists are CSV, TSV, XLSX or one name a line; a page's markup is no name",
            fix="open the page in a spreadsheet and save its table as CSV, or copy the names one a line",
        )
    return text


#: how a saved web page begins
_HTML_START = re.compile(r"\s*<(?:!doctype\s+html|html|head|body|table)\b", re.IGNORECASE)


def _table(text: str, where: str, delimiter: str) -> tuple[list[str], list[list[str]], list[int], int]:
    # strict: a quote left open swallows every row after it, which is reported, not read
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        records = [(reader.line_num, row) for row in reader]
    except csv.Error as err:
        raise InputError(
            "the partner list is not valid CSV",
            where=f"{where}:{reader.line_num}",
            why=str(err),
            fix="correct the quoting on that line",
        ) from None
    filled = [any(cell.strip() for cell in row) for _, row in records]
    blank = _blanks_within(filled)
    records = [(line, [cell.strip() for cell in row]) for (line, row), full in zip(records, filled) if full]
    if not records:
        raise InputError(
            "the partner list is empty", where=where, fix="give a file with a header row and one partner a row"
        )
    (_, header), body = records[0], records[1:]
    for line, row in body:
        if any(row[len(header) :]):  # a cell with no column would be dropped without a word
            raise InputError(
                f"the partner list's line has {len(row)} cells, its header names {len(header)} columns",
                where=f"{where}:{line}",
                why="a cell beyond the header's columns belongs to none (a name with a comma that is not in quotes?)",
                fix='put a name with a comma in quotes ("Harbin Institute of Technology, Weihai"), or name the column',
            )
    return header, [row for _, row in body], [line for line, _ in body], blank


def _xlsx(data: bytes, where: str) -> tuple[list[str], list[list[str]], list[int], int]:
    try:
        sheet = workbooks.first_sheet(data)
    except workbooks.UnreadableWorkbook as err:
        raise InputError(
            "the partner list is not a readable XLSX workbook",
            where=where,
            why=str(err),
            fix="open it in a spreadsheet and save it again as .xlsx",
        ) from None
    rows, filled = [], []
    for number, cells in enumerate(sheet, 1):
        filled.append(any(cells))
        if filled[-1]:
            rows.append((number, cells))
    blank = _blanks_within(filled)
    if not rows:
        raise InputError(
            "the partner list is empty",
            where=f"{where} (first sheet)",
            fix="put a header row and one partner a row on the first sheet",
        )
    (_, header), body = rows[0], rows[1:]
    return header, [cells for _, cells in body], [number for number, _ in body], blank


def _blanks_within(filled: list[bool]) -> int:
    """The blank lines or rows before the last filled one, which the summary counts (a row left out
    without a word could have been a partner); those after it are the file's end, not its rows."""
    last = max((i for i, full in enumerate(filled) if full), default=-1)
    return sum(not full for full in filled[:last])


def _unique_headers(header: list[str]) -> list[str]:
    """Header cells as column names: blanks named by position, repeats numbered."""
    names: list[str] = []
    for i, cell in enumerate(header, 1):
        name = cell or f"column {i}"
        base, k = name, 2
        while name in names:
            name, k = f"{base} ({k})", k + 1
        names.append(name)
    return names


def _choose(columns: list[str], wanted: str, where: str, *, what: str) -> str:
    for c in columns:
        if c == wanted or c.casefold() == wanted.casefold():
            return c
    raise InputError(
        f"the partner list has no column '{wanted}'",
        where=where,
        why=f"its columns are: {', '.join(columns)}",
        fix=f"give one of them with {what}",
    )


def _header_words(cell: str) -> list[str]:
    """A header cell's words, casefolded, accents dropped."""
    return re.findall(r"[^\W_]+", _folded(cell))


def _folded(text: str) -> str:
    """Casefolded, accents dropped: "Établissement" and "etablissement" are one header word."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _header_rank(header: str) -> tuple[int, int] | None:
    """How surely a header names the column of names: (its most specific word's group, fewer
    recognised words later), or None for a header of another kind or of no recognised word."""
    folded = _folded(header)
    words = _header_words(header)
    if NOT_NAME_WORDS.intersection(words) or any(zh in folded for zh in NOT_NAME_ZH):
        return None
    groups = [
        k
        for k, (latin, zh) in enumerate(zip(NAME_WORDS, NAME_WORDS_ZH))
        for hit in [*(w for w in words if w in latin), *(z for z in zh if z in folded)]
    ]
    if not groups or OWN_SIDE_WORDS.intersection(words) and min(groups) > 0:
        return None  # ("Host university", "University department": the office's own; not "Partner school")
    return (min(groups), -len(groups))


def name_header(columns: list[str]) -> str | None:
    """The column a list's header names as its names': one of ``NAME_HEADERS``, else the one whose
    words say so ("Partner Institution", "Institution (English)", "单位名称"), the most specific
    first, then the leftmost; None if none."""
    for header in NAME_HEADERS:
        for c in columns:
            if c.strip().casefold() == header:
                return c
    ranked = sorted((rank, i, c) for i, c in enumerate(columns) if (rank := _header_rank(c)) is not None)
    return ranked[0][2] if ranked else None


def _identifier(value: str) -> bool:
    """A cell that is a code, not a name: an e-mail address, or one word of Latin letters round two
    digits or more ("RO-0001", "2019"; not "3M", "O2", "中电科14所", "61398部队", nor a "-" left blank)."""
    return "@" in value or _CODE.fullmatch(value) is not None


_CODE = re.compile(r"[A-Za-z]*[-_/.#]?\d{2,}[-A-Za-z0-9_/.#]*")


def _codes(column: str, rows: tuple[dict[str, str], ...]) -> list[str]:
    """The column's cells, when most of them are codes (else none): names read from such a column
    would all be "no match", which reads as an all-clear."""
    values = [v for row in rows if (v := row.get(column, "").strip())]
    codes = [v for v in values if _identifier(v)]
    return codes if values and len(codes) * 2 > len(values) else []


def _name_column(columns: list[str], rows: tuple[dict[str, str], ...], where: str) -> str:
    """The column of names when --column is not given: the one its header names, else the only or
    first column; refused when its cells are codes, so that a wrong column is never screened silently."""
    named = name_header(columns)
    # (a column a header names is taken as it is; the first, taken for want of one, must hold names)
    if named is not None or not (codes := _codes(columns[0], rows)):
        return named or columns[0]
    others = [c for c in columns[1:] if any(_name_like(row.get(c, "")) for row in rows)]
    likely = max(others, key=lambda c: sum(_name_like(row.get(c, "")) for row in rows), default=None)
    raise InputError(
        f"the partner list's first column '{columns[0]}' does not hold names (its cells are codes such as '{codes[0]}')",
        where=where,
        why=f"no header names the column of names, so the first was taken; its columns are: {', '.join(columns)}",
        fix="give the column of names with --column" + (f" (perhaps --column {shlex.quote(likely)})" if likely else ""),
    )


def _name_like(value: str) -> bool:
    """A cell of several words with letters, as an institution's name is (a hint for the fix only)."""
    return len(value.split()) > 1 and not _identifier(value)
