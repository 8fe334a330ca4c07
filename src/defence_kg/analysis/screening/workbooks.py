"""analysis: partner lists as XLSX workbooks, read and written; openpyxl sits behind this one module
(imported when first needed). A written workbook is the same bytes for the same lines: its dates
are fixed, and so are its zip entries'.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Mapping, Sequence

_FIXED_TIME = dt.datetime(2000, 1, 1)


class UnreadableWorkbook(ValueError):
    """The bytes are no XLSX workbook openpyxl can read (the message says why)."""


def first_sheet(data: bytes) -> list[list[str]]:
    """The first sheet's rows, every cell as its text ("" for an empty one)."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as err:
        raise UnreadableWorkbook(str(err) or type(err).__name__) from None
    try:
        return [
            ["" if v is None else str(v).strip() for v in values]
            for values in book.worksheets[0].iter_rows(values_only=True)
        ]
    finally:
        book.close()


def written(
    lines: Sequence[Sequence[object]], *, title: str, creator: str, fills: Mapping[tuple[int, int], tuple[str, str]]
) -> bytes:
    """One sheet of ``lines`` (the first its header: bold, frozen, filtered), the cells of ``fills``
    ((row, column) from 1 -> (fill colour, bold font colour)) coloured; a value that begins with
    "=" is text, never a formula."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.writer.excel import ExcelWriter

    book = Workbook()
    sheet = book.active
    sheet.title = title
    for line in lines:
        sheet.append(list(line))
    for row in sheet.iter_rows():
        for cell in row:
            if cell.data_type == "f":
                cell.data_type = "s"
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(lines[0]))}{len(lines)}"
    for (r, c), (fill, font) in fills.items():
        cell = sheet.cell(row=r, column=c)
        cell.fill = PatternFill("solid", fgColor=fill)
        cell.font = Font(bold=True, color=font)
    book.properties.created = book.properties.modified = _FIXED_TIME
    book.properties.creator = creator
    raw = io.BytesIO()
    # ExcelWriter, not book.save: save stamps the clock into the workbook's modified date
    ExcelWriter(book, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED)).save()
    return _fixed_zip(raw.getvalue())


def _fixed_zip(data: bytes) -> bytes:
    """The same zip with every entry dated 1980-01-01, so equal workbooks are equal bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()
