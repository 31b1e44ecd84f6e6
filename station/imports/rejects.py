"""The rejected rows of a preview, saved as the user's own rows plus a 错误原因 column, to fix and import again."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from station.exports import export_rows
from station.imports.preview import ImportPreview

#: The column that carries the reasons; an import ignores it (it is no known header).
REASON_HEADER = "错误原因"


def save_rejections(preview: ImportPreview, path: str | Path) -> int:
    """Write every rejected row, in file order, with the same headers and original values, to .xlsx or .csv.

    Returns the number of rows written. The file re-imports as it is once the cells are corrected.
    """
    reasons: dict[int, list[str]] = defaultdict(list)
    for r in preview.rejections:
        reasons[r.line].append(f"{r.column}: {r.reason}" if r.column else r.reason)
    width = len(preview.headers)
    rows = []
    for line in sorted(preview.rejected_rows):
        cells = list(preview.rejected_rows[line][:width])
        cells += [None] * (width - len(cells))
        rows.append([*cells, "; ".join(reasons[line])])
    return export_rows([*preview.headers, REASON_HEADER], rows, path)
