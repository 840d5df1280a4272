"""Bringing articles into a project and re-running the extractor over them.

Extraction (the slow, CPU-bound part) runs outside any transaction; each
document and its figures are then written in one short transaction, so a
cancelled or crashed import keeps every document it finished and none half.

The functions take the `ProjectBase` under `Project` (its transactions, reading
and notifications), not `Project` itself, so this module sits below the class
that calls it.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import solieu.extract as extract
from solieu.messages import Message, message_of, msg
from solieu.model import FIGURE_FIELDS, Figure, decimal_str
from solieu.store.apply import Applier
from solieu.store.edits import RestoreDocument
from solieu.store.errors import InvalidEdit, ProjectError
from solieu.store.figure_check import check_figures
from solieu.store.records import Change, ImportReport, ReextractReport, utc_now
from solieu.store.reviewlog import LogWriter
from solieu.store.transactions import ProjectBase
from solieu.text import TextLoadError, load_document
from solieu.text.load import iter_article_paths

Progress = Callable[[int, int, str], None]
log = logging.getLogger("solieu.store")

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
        fig.period_text,
    )


def _extract_checked(
    name: str, text: str, report: ImportReport | None = None, doc_date: str | None = None
) -> list[Figure]:
    """The extractor's figures that meet the store's contract; the rest are reported.

    Both the extractor's own warnings (a token it could not read) and the
    boundary check's problems end up in the report, one line per figure.
    """
    result = extract.extract_document(text, doc_date=doc_date)
    return _checked(name, text, result, report)


def _checked(name: str, text: str, result, report: ImportReport | None) -> list[Figure]:
    """`_extract_checked` on an extraction already made (by a pool's worker)."""
    figures, problems = check_figures(name, list(result.figures), text)
    if report is not None:
        for w in result.warnings:
            report.warnings.append(
                (name, msg("at {position}: {reason}", position=w.start, reason=w.reason))
            )
        report.warnings.extend((name, p.describe()) for p in problems)
    return figures


def text_sha256(text: str) -> str:
    """The fingerprint of a document's loaded text (NFC, LF, no BOM): copies that differ
    only in line ends, BOM or encoding share it."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def import_paths(
    project: ProjectBase,
    paths: Iterable[str | Path],
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    jobs: int = 1,
    report: ImportReport | None = None,
) -> ImportReport:
    """Load, extract and store each article; see `Project.import_paths`."""
    files = iter_article_paths(list(paths))
    report = ImportReport() if report is None else report
    ahead = _read_ahead(files, jobs, cancelled)
    try:
        _import_all(project, files, report, ahead, progress, cancelled)
    finally:
        if ahead is not None:
            ahead.close()  # a cancelled import ends its workers
    return report


# a pool of workers takes 0.3–0.4 s to start; below this many files it costs more than
# it saves
POOL_FROM = 8


def _read_ahead(files: list[Path], jobs: int, cancelled) -> Iterator | None:
    """The files loaded and extracted on `jobs` processes, in order (None: one core)."""
    if jobs <= 1 or len(files) < POOL_FROM:
        return None
    from solieu.extract.pool import extract_many

    return iter(extract_many(files, jobs=jobs, fmt="document", cancelled=cancelled))


def _import_all(project, files, report, ahead, progress, cancelled) -> None:
    from solieu.extract.pool_workers import PoolError

    for i, path in enumerate(files):
        if cancelled is not None and cancelled():
            report.cancelled = True
            break
        name = Path(path).name
        ready = None
        if ahead is not None:
            try:  # the workers start on the first request, and may fail to
                ready = next(ahead, None)
            except PoolError:
                log.exception("no extraction workers: importing on one core")
                ahead = None
            else:
                if ready is None:  # the workers stopped: cancelled
                    report.cancelled = True
                    break
        try:
            _import_one(project, path, report, ready)
        except Exception as exc:  # one file never costs the others: it is named instead
            log.exception("importing %s failed", path)
            if isinstance(exc, ProjectError):
                reason = message_of(exc)
            else:
                reason = msg("it could not be imported ({detail})", detail=repr(exc))
            report.failed.append((name, reason))
        if progress is not None:
            progress(i + 1, len(files), name)


def _import_one(project: ProjectBase, path: Path, report: ImportReport, ready=None) -> None:
    """One file; `ready` is a pool's DocResult for it (loaded and extracted already)."""
    name = Path(path).name
    prepared = ready.prepared if ready is not None else None
    if ready is not None and prepared is None:  # past its time limit, or a worker's bug
        error = ready.error
        reason = error.params.get("reason", error) if isinstance(error, Message) else error
        report.failed.append((name, reason))
        return
    if prepared is not None and prepared.load_error is not None:
        report.failed.append((name, prepared.load_error))
        return
    try:
        doc = prepared.document if prepared is not None else load_document(path)
    except TextLoadError as exc:
        report.failed.append((name, exc.reason))
        return
    existing = _document_named(project, doc.sha256, text_sha256(doc.text))
    if existing is not None:
        document_id, existing_name, removed = existing
        if removed:
            _restore_removed(project, document_id, existing_name, report)
            return
        report.skipped.append(
            (name, msg("already in the project as {document}", document=existing_name))
        )
        return
    if prepared is not None and prepared.extract_error is not None:
        detail = prepared.extract_error  # the worker's repr of the exception
        report.failed.append((name, msg("the figure extractor failed: {detail}", detail=detail)))
        return
    try:
        if prepared is not None:
            figures = _checked(name, doc.text, prepared.result, report)
        else:
            figures = _extract_checked(name, doc.text, report, doc.meta.get("date"))
    except Exception as exc:  # an extractor bug must not lose the other files
        log.exception("the figure extractor failed on %s", path)
        report.failed.append((name, msg("the figure extractor failed: {detail}", detail=repr(exc))))
        return
    _store_document(project, doc, figures, report)
    if doc.meta.get("partial") == "1":
        kept, visible = int(doc.meta.get("kept_chars", 0)), int(doc.meta.get("visible_chars", 0))
        report.partial.append((doc.name, str(path), kept, visible))


def _document_named(
    project: ProjectBase, sha256: str, text_sha: str
) -> tuple[int, str, bool] | None:
    """(id, name, removed) of the document with these bytes, else of the one whose loaded
    text is this one's (a copy in another encoding or with other line ends)."""
    with project._reading() as conn:
        for column, value in (("sha256", sha256), ("text_sha256", text_sha)):
            row = conn.execute(
                f"SELECT id, name, deleted FROM documents WHERE {column} = ? "
                "ORDER BY deleted, id LIMIT 1",
                (value,),
            ).fetchone()
            if row is not None:
                return int(row[0]), row[1], bool(row[2])
    return None


def _restore_removed(
    project: ProjectBase, document_id: int, name: str, report: ImportReport
) -> None:
    """Importing a removed document again brings it back as it was (its figures and
    decisions, logged as a restore, so the history can undo it) rather than skipping it
    silently — `sha256` is UNIQUE, so a second copy could not be stored anyway."""
    applier = Applier(project._connection(), project.reviewer, utc_now())
    with project._transaction():
        applier.apply(RestoreDocument(document_id))
    report.imported.append(name)
    report.imported_figures.append(len(applier.figure_ids))
    report.restored.append(name)
    project._notify(
        Change(frozenset(applier.figure_ids), frozenset({document_id}), structural=True)
    )


def _store_document(project: ProjectBase, doc, figures: list[Figure], report: ImportReport) -> None:
    now = utc_now()
    text_sha = text_sha256(doc.text)
    with project._transaction() as conn:
        row = conn.execute(
            "SELECT name FROM documents WHERE sha256 = ? OR text_sha256 = ?", (doc.sha256, text_sha)
        ).fetchone()
        if row is not None:  # imported meanwhile by another thread
            report.skipped.append(
                (doc.name, msg("already in the project as {document}", document=row[0]))
            )
            return
        meta = doc.meta
        cursor = conn.execute(
            "INSERT INTO documents(name, source_path, sha256, text, encoding, title, place, "
            "imported_at, text_sha256, outlet, url, published) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                doc.name,
                doc.path,
                doc.sha256,
                doc.text,
                doc.encoding,
                doc.title,
                doc.place,
                now,
                text_sha,
                meta.get("outlet"),
                meta.get("url"),
                meta.get("date"),
            ),
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


def reextract(project: ProjectBase, document_id: int | None = None) -> ReextractReport:
    """Re-run the extractor; see `Project.reextract` for what is kept."""
    report = ReextractReport()
    with project._reading() as conn:
        if document_id is None:
            doc_ids = [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM documents WHERE deleted = 0 ORDER BY name, id"
                )
            ]
        else:
            doc_ids = [
                r[0] for r in conn.execute("SELECT id FROM documents WHERE id = ?", (document_id,))
            ]
    if document_id is not None and not doc_ids:
        raise ProjectError(
            msg(
                "document {document_id} is not in {file}",
                document_id=document_id,
                file=project.path.name,
            )
        )
    for doc_id in doc_ids:
        with project._reading() as conn:
            row = conn.execute(
                "SELECT name, text, published FROM documents WHERE id = ?", (doc_id,)
            ).fetchone()
        if row is None:  # removed meanwhile by another thread
            continue
        name, text, published = row
        found = _extract_checked(name, text, doc_date=published)
        fresh = {(f.start, f.end): f for f in found}
        _reextract_one(project, doc_id, fresh, report)
    return report


def _reextract_one(
    project: ProjectBase, doc_id: int, fresh: dict[tuple[int, int], Figure], report: ReextractReport
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


def reread_document(
    project: ProjectBase, document_id: int, encoding: str | None, *, whole_page: bool = False
) -> int:
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
        raise InvalidEdit(msg("document {document_id} does not exist", document_id=document_id))
    source, name = row
    if reviewed:
        raise InvalidEdit(
            msg(
                "{file}: {reviewed} of its figures were already reviewed; re-reading it with "
                "another encoding would move them. Import the file again as a new document "
                "instead.",
                file=name,
                reviewed=reviewed,
            )
        )
    if not source or not Path(source).exists():
        raise InvalidEdit(
            msg("{file}: the original file is no longer at {path}", file=name, path=source)
        )
    try:
        doc = load_document(source, encoding=encoding, whole_page=whole_page)
    except TextLoadError as exc:
        # not through msg(): nothing to translate but the reason
        raise InvalidEdit(Message("{file}: {reason}", file=name, reason=exc.reason)) from exc
    figures = _extract_checked(name, doc.text, doc_date=doc.meta.get("date"))
    now = utc_now()
    with project._transaction() as conn:
        old_ids = [
            r[0]
            for r in conn.execute("SELECT id FROM figures WHERE document_id = ?", (document_id,))
        ]
        conn.execute("DELETE FROM figures WHERE document_id = ?", (document_id,))
        conn.execute(
            "UPDATE documents SET text = ?, encoding = ?, title = ?, place = ?, text_sha256 = ? "
            "WHERE id = ?",
            (doc.text, doc.encoding, doc.title, doc.place, text_sha256(doc.text), document_id),
        )
        conn.executemany(
            _INSERT_FIGURE,
            [(document_id, f.start, f.end, *_extracted_values(f), now, now) for f in figures],
        )
        LogWriter(conn, project.reviewer, now).write(
            "reread",
            field="text" if whole_page else "encoding",
            new="whole page" if whole_page else doc.encoding,
            document_id=document_id,
        )
        new_ids = [
            r[0]
            for r in conn.execute("SELECT id FROM figures WHERE document_id = ?", (document_id,))
        ]
    project._notify(Change(frozenset(old_ids + new_ids), frozenset({document_id}), structural=True))
    return len(figures)
