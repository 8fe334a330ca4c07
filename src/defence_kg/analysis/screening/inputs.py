"""analysis: reading a partner list — CSV, TSV, XLSX (openpyxl) or one name per line — into rows
that keep every input column, in input order, with the column that holds the names.
"""

from __future__ import annotations

import csv
import io
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

from defence_kg.core.errors import InputError
from defence_kg.core.inputs import read_input

#: headers taken as the name column when --column is not given (compared case-insensitively)
NAME_HEADERS = (
    "name",
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
        header, body, numbers = _xlsx(data, where)
    elif fmt == "lines":
        text = _text(data, where)
        lines = [(i, line.strip()) for i, line in enumerate(text.splitlines(), 1)]
        kept = [(i, line) for i, line in lines if line and not line.startswith("#")]
        header, body, numbers = ["name"], [[line] for _, line in kept], [i for i, _ in kept]
        comments = sum(line.startswith("#") for _, line in lines)
    else:
        text = _text(data, where)
        header, body, numbers = _table(text, where, "\t" if fmt == "tsv" else _csv_delimiter(text))
    columns = _unique_headers(header)
    name_column = _choose(columns, column, where, fallback=columns[0] if columns else None, what="--column")
    country = (
        _choose(columns, country_column, where, fallback=None, what="--country-column") if country_column else None
    )
    rows = tuple({c: (cells[i] if i < len(cells) else "") for i, c in enumerate(columns)} for cells in body)
    return PartnerList(where, fmt, tuple(columns), name_column, country, rows, tuple(numbers), comments)


def _sniffed(data: bytes) -> str:
    """The format of a list read from stdin, which has no file name to tell: a table when its first
    line is a header naming the name column ("partner,country"), else one name a line."""
    first = next((line for line in data.decode("utf-8", "replace").splitlines() if line.strip()), "")
    for fmt, delimiter in (("tsv", "\t"), ("csv", ",")):
        cells = [cell.strip().strip('"').casefold() for cell in first.split(delimiter)]
        if len(cells) > 1 and any(cell in NAME_HEADERS for cell in cells):
            return fmt
    return "lines"


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
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(
            "the partner list is not UTF-8 text",
            where=f"{where} (byte {err.start})",
            why="CSV, TSV and name-per-line lists are read as UTF-8",
            fix="save it as UTF-8 (Excel: 'CSV UTF-8'), or give the .xlsx workbook itself",
        ) from None


def _table(text: str, where: str, delimiter: str) -> tuple[list[str], list[list[str]], list[int]]:
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
    records = [(line, [cell.strip() for cell in row]) for line, row in records if any(cell.strip() for cell in row)]
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
    return header, [row for _, row in body], [line for line, _ in body]


def _xlsx(data: bytes, where: str) -> tuple[list[str], list[list[str]], list[int]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as err:
        raise InputError(
            "the partner list is not a readable XLSX workbook",
            where=where,
            why=str(err) or type(err).__name__,
            fix="open it in a spreadsheet and save it again as .xlsx",
        ) from None
    sheet = book.worksheets[0]
    rows = []
    for number, values in enumerate(sheet.iter_rows(values_only=True), 1):
        cells = ["" if v is None else str(v).strip() for v in values]
        if any(cells):
            rows.append((number, cells))
    book.close()
    if not rows:
        raise InputError(
            "the partner list is empty",
            where=f"{where} (first sheet)",
            fix="put a header row and one partner a row on the first sheet",
        )
    (_, header), body = rows[0], rows[1:]
    return header, [cells for _, cells in body], [number for number, _ in body]


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


def _choose(columns: list[str], wanted: str | None, where: str, *, fallback: str | None, what: str) -> str:
    if wanted is not None:
        for c in columns:
            if c == wanted or c.casefold() == wanted.casefold():
                return c
        raise InputError(
            f"the partner list has no column '{wanted}'",
            where=where,
            why=f"its columns are: {', '.join(columns)}",
            fix=f"give one of them with {what}",
        )
    for header in NAME_HEADERS:
        for c in columns:
            if c.strip().casefold() == header:
                return c
    if fallback is None:
        raise InputError("the partner list has no columns", where=where, fix="give a header row")
    return fallback
