"""Bringing articles into a project and re-running the extractor over them.

Extraction (the slow, CPU-bound part) runs outside any transaction; each
document and its figures are then written in one short transaction, so a
cancelled or crashed import keeps every document it finished and none half.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import solieu.extract as extract
from solieu.model import FIGURE_FIELDS, Figure, decimal_str
from solieu.store.errors import InvalidEdit
from solieu.store.records import Change, ImportReport, ReextractReport, utc_now
from solieu.text import TextLoadError, load_document
from solieu.text.load import iter_article_paths

if TYPE_CHECKING:
    from solieu.store.project import Project

Progress = Callable[[int, int, str], None]

_EXTRACTED = FIGURE_FIELDS
_INSERT_FIGURE = (
    'INSERT INTO figures(document_id, start, "end", '
    + ", ".join(_EXTRACTED)
    + ", created_at, updated_at) VALUES ("
    + ", ".join("?" * (len(_EXTRACTED) + 5))
    + ")"
)


def _extracted_values(fig: Figure) -> tuple:
    """The extractor's fields in `_EXTRACTED` order, in their SQLite form."""
    return (
        fig.text,
        decimal_str(fig.number),
        fig.scale,
        decimal_str(fig.value),
        fig.unit,
        fig.unit_class,
        fig.qualifier,
        int(bool(fig.change)),
        fig.measure,
        fig.place,
        fig.period,
        float(fig.confidence),
        fig.kind,
    )


def _run_extractor(text: str) -> list[Figure]:
    return list(extract.extract_figures(text))


def import_paths(
    project: Project,
    paths: Iterable[str | Path],
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Load, extract and store each article; see `Project.import_paths`."""
    files = iter_article_paths(list(paths))
    report = ImportReport()
    for i, path in enumerate(files):
        if cancelled is not None and cancelled():
            report.cancelled = True
            break
        name = Path(path).name
        try:
            doc = load_document(path)
        except TextLoadError as exc:
            report.failed.append((name, exc.reason))
        else:
            existing = project._document_by_sha(doc.sha256)
            if existing is not None:
                report.skipped.append((name, f"already in the project (as {existing})"))
            else:
                try:
                    figures = _run_extractor(doc.text)
                except Exception as exc:  # an extractor bug must not lose the other files
                    report.failed.append((name, f"the figure extractor failed: {exc!r}"))
                else:
                    _store_document(project, doc, figures, report)
        if progress is not None:
            progress(i + 1, len(files), name)
    return report


def _store_document(project: Project, doc, figures: list[Figure], report: ImportReport) -> None:
    now = utc_now()
    with project._transaction() as conn:
        row = conn.execute("SELECT name FROM documents WHERE sha256 = ?", (doc.sha256,)).fetchone()
        if row is not None:  # imported meanwhile by another thread
            report.skipped.append((doc.name, f"already in the project (as {row[0]})"))
            return
        cursor = conn.execute(
            "INSERT INTO documents(name, source_path, sha256, text, encoding, title, place, "
            "imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (doc.name, doc.path, doc.sha256, doc.text, doc.encoding, doc.title, doc.place, now),
        )
        document_id = int(cursor.lastrowid)
        conn.executemany(
            _INSERT_FIGURE,
            [(document_id, f.start, f.end, *_extracted_values(f), now, now) for f in figures],
        )
        ids = [
            r[0]
            for r in conn.execute("SELECT id FROM figures WHERE document_id = ?", (document_id,))
        ]
    report.imported.append(doc.name)
    report.imported_figures.append(len(figures))
    project._notify(Change(frozenset(ids), frozenset({document_id}), structural=True))


def reextract(project: Project, document_id: int | None = None) -> ReextractReport:
    """Re-run the extractor; see `Project.reextract` for what is kept."""
    report = ReextractReport()
    if document_id is None:
        doc_ids = [d.id for d in project.documents()]
    else:
        doc_ids = [project.document(document_id).id]
    for doc_id in doc_ids:
        text = project.document(doc_id).text
        fresh = {(f.start, f.end): f for f in _run_extractor(text)}
        _reextract_one(project, doc_id, fresh, report)
    return report


def _reextract_one(
    project: Project, doc_id: int, fresh: dict[tuple[int, int], Figure], report: ReextractReport
) -> None:
    now = utc_now()
    touched: set[int] = set()
    structural = False
    with project._transaction() as conn:
        rows = conn.execute(
            'SELECT id, start, "end", status, origin, edited, deleted, '
            + ", ".join(_EXTRACTED)
            + " FROM figures WHERE document_id = ?",
            (doc_id,),
        ).fetchall()
        protected: list[tuple[int, int]] = []
        spans: set[tuple[int, int]] = set()
        for fid, start, end, status, origin, edited, deleted, *values in rows:
            spans.add((start, end))
            if status != "pending" or origin != "auto" or edited or deleted:
                protected.append((start, end))
                report.kept += 1
                continue
            new = fresh.get((start, end))
            if new is None:
                conn.execute("DELETE FROM figures WHERE id = ?", (fid,))
                report.removed += 1
                structural = True
                touched.add(fid)
            elif tuple(values) != _extracted_values(new):
                conn.execute(
                    "UPDATE figures SET "
                    + ", ".join(f"{c} = ?" for c in _EXTRACTED)
                    + ", updated_at = ? WHERE id = ?",
                    (*_extracted_values(new), now, fid),
                )
                report.updated += 1
                touched.add(fid)
        for (start, end), fig in sorted(fresh.items()):
            if (start, end) in spans:
                continue
            # A span overlapping a reviewer's figure would duplicate their decision.
            if any(start < p_end and p_start < end for p_start, p_end in protected):
                continue
            cursor = conn.execute(
                _INSERT_FIGURE, (doc_id, start, end, *_extracted_values(fig), now, now)
            )
            touched.add(int(cursor.lastrowid))
            report.added += 1
            structural = True
    if touched:
        project._notify(Change(frozenset(touched), frozenset({doc_id}), structural=structural))


def reread_document(project: Project, document_id: int, encoding: str) -> int:
    """Read a document's file again with the encoding the reviewer chose; returns its figures.

    A wrong guess between legacy encodings (cp1258, TCVN3, VNI) garbles the text,
    so its figures are wrong too: the text is replaced and extraction runs again,
    in one transaction. Refused once a figure of the document was reviewed,
    since its offsets would no longer point at the words the reviewer judged.
    """
    with project._reading() as conn:
        row = conn.execute(
            "SELECT source_path, name FROM documents WHERE id = ?", (document_id,)
        ).fetchone()
        reviewed = conn.execute(
            "SELECT COUNT(*) FROM figures WHERE document_id = ? AND (status != 'pending' "
            "OR origin != 'auto' OR edited = 1 OR deleted = 1)",
            (document_id,),
        ).fetchone()[0]
    if row is None:
        raise InvalidEdit(f"document {document_id} does not exist")
    source, name = row
    if reviewed:
        raise InvalidEdit(
            f"{name}: {reviewed} of its figures were already reviewed; re-reading it with "
            "another encoding would move them. Import the file again as a new document instead."
        )
    if not source or not Path(source).exists():
        raise InvalidEdit(f"{name}: the original file is no longer at {source}")
    try:
        doc = load_document(source, encoding=encoding)
    except TextLoadError as exc:
        raise InvalidEdit(f"{name}: {exc.reason}") from exc
    figures = _run_extractor(doc.text)
    now = utc_now()
    with project._transaction() as conn:
        old_ids = [
            r[0]
            for r in conn.execute("SELECT id FROM figures WHERE document_id = ?", (document_id,))
        ]
        conn.execute("DELETE FROM figures WHERE document_id = ?", (document_id,))
        conn.execute(
            "UPDATE documents SET text = ?, encoding = ?, title = ?, place = ? WHERE id = ?",
            (doc.text, doc.encoding, doc.title, doc.place, document_id),
        )
        conn.executemany(
            _INSERT_FIGURE,
            [(document_id, f.start, f.end, *_extracted_values(f), now, now) for f in figures],
        )
        conn.execute(
            "INSERT INTO review_log(at, who, action, figure_id, field, old, new, edit) "
            "VALUES (?, 'reviewer', 'reread', NULL, 'encoding', NULL, ?, NULL)",
            (now, doc.encoding),
        )
        new_ids = [
            r[0]
            for r in conn.execute("SELECT id FROM figures WHERE document_id = ?", (document_id,))
        ]
    project._notify(Change(frozenset(old_ids + new_ids), frozenset({document_id}), structural=True))
    return len(figures)
