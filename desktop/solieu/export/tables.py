"""The workbook's content as plain tables, built from a project and its reconciliation.

Sheet names and column keys are stable English identifiers that scripts and
formulas rely on; `--lang vi` swaps the header row and the coded values for
Vietnamese words (`labels.py`), never the sheet names. Every sheet is in reading
order: documents by name (as the window lists them), then by position in the
text, so a statistician can follow a printout with the articles beside it.
"""

from __future__ import annotations

import datetime as _dt
import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from operator import itemgetter

from solieu import __version__
from solieu.export.labels import VI_HEADERS, Coded
from solieu.export.sheet import (
    ABOUT_COLUMNS,
    CHECK_COLUMNS,
    CHECK_PRINTED,
    CONFLICT_COLUMNS,
    CONFLICT_PRINTED,
    DOCUMENT_COLUMNS,
    DOCUMENT_PRINTED,
    LOG_COLUMNS,
    MENTION_COLUMNS,
    MENTION_PRINTED,
    STAT_COLUMNS,
    STAT_PRINTED,
    Table,
)
from solieu.extract.gazetteer import place_info
from solieu.extract.periods import period_bounds
from solieu.learn.model import EntryState
from solieu.model import Status
from solieu.reconcile.grouping import Group, tolerance
from solieu.reconcile.session import Reconciliation, reconcile_project
from solieu.store import FigureRecord, Project
from solieu.text import sentence_at, split_sentences
from solieu.text.load import guess_title

__all__ = ["MENTION_COLUMNS", "STAT_COLUMNS", "VI_HEADERS", "Table", "build_tables"]

SHEETS = ("Statistics", "Mentions", "Documents", "Conflicts", "Checks", "Review log", "About")
_CUT = " …"  # how the importer's title guess marks a headline it shortened


def source_label(doc) -> str:
    """A source as a reader cites it: title (outlet, date), address; else the file name."""
    head = doc.title or doc.name
    extra = ", ".join(x for x in (doc.outlet, doc.published) if x)
    label = f"{head} ({extra})" if extra else head
    return f"{label}, {doc.url}" if doc.url else label


def full_title(title: str | None, text: str) -> str | None:
    """The whole headline when the stored one is the importer's shortened guess.

    Older projects (and `guess_title`'s default) keep only 120 characters of the
    first line, cut at a word with " …"; the text still holds the rest, so the
    export restores it rather than hand a statistician a truncated title.
    """
    if not title or not title.endswith(_CUT):
        return title
    whole = guess_title(text, limit=sys.maxsize)
    kept = title[: -len(_CUT)]
    return whole if whole and whole.startswith(kept) and len(whole) > len(kept) else title


def _date(iso: str | None) -> _dt.date | None:
    try:
        return _dt.date.fromisoformat(iso) if iso else None
    except ValueError:
        return None


def _group_value(group: Group, figs: list[FigureRecord]) -> FigureRecord:
    """The figure whose value the statistic takes: the winner, else the most precise report."""
    if group.winner is not None:
        for f in figs:
            if f.id == group.winner:
                return f
    return min(figs, key=lambda f: (tolerance(f), f.document_id))


def _included(status: str, figs: list[FigureRecord], group: Group | None) -> bool:
    if status == "all":
        return any(f.status != Status.REJECTED for f in figs)
    if group is not None and group.status == "accepted":
        return True
    return any(f.status == Status.CONFIRMED for f in figs)


def _disagree(figs: list[FigureRecord]) -> bool:
    """Mentions of one statistic whose values differ beyond the rounding of either."""
    return any(abs(a.value - b.value) > max(tolerance(a), tolerance(b)) for a in figs for b in figs)


def _resolution(group: Group) -> str:
    if group.winner is not None:
        return "winner"
    return "accepted" if group.status == "accepted" else "open"


def _row_maker(columns: list[tuple[str, str]]) -> Callable[[dict], tuple]:
    """A row in the sheet's column order from cells named by column key."""
    get = itemgetter(*(k for k, _ in columns))
    return lambda cells: get(cells)


_stat_row = _row_maker(STAT_COLUMNS)
_mention_row = _row_maker(MENTION_COLUMNS)
_document_row = _row_maker(DOCUMENT_COLUMNS)
_conflict_row = _row_maker(CONFLICT_COLUMNS)
_check_row = _row_maker(CHECK_COLUMNS)


def _place(place: str | None) -> dict:
    """The place, its official province code, the province it is part of since 1 July 2025."""
    info = place_info(place) if place else None
    return {
        "place": place,
        "place_code": info.code if info else None,
        "province_2025": info.province_2025 if info else None,
    }


def _period(period: str | None) -> dict:
    """The ISO period and its first and last days: real date cells to filter on."""
    bounds = period_bounds(period) if period else None
    start, end = bounds or (None, None)
    return {"period": period, "period_start": start, "period_end": end}


def _indicator(figs: list[FigureRecord], codebook: dict) -> EntryState | None:
    """The codebook entry a statistic reports: its chosen figure's, else a member's."""
    for f in figs:
        if f.entry_id is not None and f.entry_id in codebook:
            return codebook[f.entry_id]
    return None


def _statistic(
    key, best: FigureRecord, figs, source_of, status: str, conflict: bool, note, codebook: dict
):
    names = sorted({f.document for f in figs})
    entry = _indicator([best, *figs], codebook)
    return _stat_row(
        {
            "statistic": key,
            "measure": entry.name if entry else best.measure,  # the codebook's name first
            "indicator_code": entry.code if entry else None,
            **_place(best.effective_place),
            **_period(best.period),
            "value": best.value,
            "unit": best.unit,
            "unit_class": best.unit_class,
            "scale": best.scale,
            "qualifier": best.qualifier,
            "qualifier_code": best.qualifier,
            "change": best.change,
            "sources": len(names),
            "documents": "; ".join(names),
            "source": "; ".join(sorted({source_of[f.document_id] for f in figs})),
            "status": status,
            "conflict": conflict,
            "note": note,
        }
    )


def build_tables(
    project: Project,
    *,
    status: str = "confirmed",
    reconciliation: Reconciliation | None = None,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> list[Table]:
    """Every sheet of the export, in order (`SHEETS`)."""
    rec = reconciliation or reconcile_project(project)
    figures = rec.figures
    docs = project.documents()  # by name: the documents list's order
    rank = {d.id: i for i, d in enumerate(docs)}
    texts: dict[int, str] = {}

    def text_of(doc_id: int) -> str:
        if doc_id not in texts:
            texts[doc_id] = project.document(doc_id).text
        return texts[doc_id]

    codebook = {e.id: e.state for e in project.codebook()}
    records = project.document_properties()
    titles = {  # only a shortened title costs reading its text
        i: full_title(r.title, text_of(i)) if (r.title or "").endswith(_CUT) else r.title
        for i, r in records.items()
    }
    records = {i: _with_title(r, titles[i]) for i, r in records.items()}
    source_of = {i: source_label(r) for i, r in records.items()}

    def where(f: FigureRecord) -> tuple:
        """Reading order: the document's place in the list, then the position in its text."""
        return (rank.get(f.document_id, len(rank)), f.start, f.end, f.id)

    # statistics: groups reported by several documents and figures reported once, in the
    # order their first mention is read
    stats: list[tuple[tuple, tuple]] = []
    stat_of: dict[int, str] = {}
    grouped: set[int] = set()
    conflicts: list[tuple[Group, list[FigureRecord], FigureRecord]] = []
    for g in rec.listed():
        figs = sorted((figures[i] for i in g.members if i in figures), key=where)
        if not figs:
            continue
        grouped.update(f.id for f in figs)
        if not _included(status, figs, g):
            continue
        for f in figs:
            stat_of[f.id] = g.key
        best = _group_value(g, figs)
        row = _statistic(g.key, best, figs, source_of, g.status, g.conflict, None, codebook)
        stats.append((where(figs[0]), row))
        if g.conflict or _disagree(figs):  # open, or settled by choosing a winner
            conflicts.append((g, figs, best))
    for f in figures.values():
        if f.id in grouped or not _included(status, [f], None):
            continue
        key = f"f{f.id}"
        stat_of[f.id] = key
        row = _statistic(key, f, [f], source_of, f.status.value, False, f.note, codebook)
        stats.append((where(f), row))
    stats.sort(key=lambda s: s[0])
    stat_rows = [row for _, row in stats]

    sentences: dict[int, list] = {}

    def sentence_of(f: FigureRecord) -> str:
        text = text_of(f.document_id)
        if f.document_id not in sentences:
            sentences[f.document_id] = split_sentences(text)
        s = sentence_at(sentences[f.document_id], f.start)
        return " ".join((s.text if s else text[f.start : f.end]).split())

    mention_figs = sorted(
        (f for f in figures.values() if status == "all" or f.id in stat_of), key=where
    )

    def mention_rows():
        for f in mention_figs:
            yield _mention_row(
                {
                    "figure": f.id,
                    "statistic": stat_of.get(f.id),
                    "document": f.document,
                    "sentence": sentence_of(f),
                    "text": f.text,
                    "start": f.start,
                    "end": f.end,
                    "number": f.number,
                    "scale": f.scale,
                    "value": f.value,
                    "unit": f.unit,
                    "unit_class": f.unit_class,
                    "qualifier": f.qualifier,
                    "qualifier_code": f.qualifier,
                    "change": f.change,
                    "measure": f.measure,
                    "indicator": codebook[f.entry_id].name if f.entry_id in codebook else None,
                    "indicator_code": codebook[f.entry_id].code if f.entry_id in codebook else None,
                    **_place(f.effective_place),
                    "place_inherited": f.place_inherited,
                    **_period(f.period),
                    "period_text": f.period_text,
                    "source": source_of[f.document_id],
                    "confidence": f.confidence,
                    "kind": f.kind,
                    "status": f.status.value,
                    "origin": f.origin.value,
                    "note": f.note,
                }
            )

    doc_names = {d.id: d.name for d in docs}
    dup_of: dict[int, list[str]] = {}
    for p in rec.duplicates:
        if p.containment >= 0.2:
            dup_of.setdefault(p.a, []).append(f"{doc_names[p.b]} ({p.containment:.0%})")
            dup_of.setdefault(p.b, []).append(f"{doc_names[p.a]} ({p.containment:.0%})")
    doc_rows = [
        _document_row(
            {
                "name": d.name,
                "title": titles.get(d.id, d.title),
                "outlet": records[d.id].outlet,
                "url": records[d.id].url,
                "published": _date(records[d.id].published),
                "place": d.place,
                "sha256": d.sha256,
                "found": d.total,
                "confirmed": d.confirmed,
                "rejected": d.rejected,
                "near_duplicates": "; ".join(sorted(dup_of.get(d.id, []))),
            }
        )
        for d in docs
    ]

    conflicts.sort(key=lambda c: where(c[1][0]))
    conflict_rows = [
        _conflict_row(
            {
                "statistic": g.key,
                "resolution": _resolution(g),
                "statistic_value": best.value,
                "measure": best.measure,
                "place": best.effective_place,
                "period": best.period,
                "document": f.document,
                "figure": f.id,
                "start": f.start,
                "text": f.text,
                "value": f.value,
                "unit": f.unit,
                "qualifier": f.qualifier,
                "chosen": g.winner == f.id,
                "status": f.status.value,
            }
        )
        for g, figs, best in conflicts
        for f in figs
    ]

    checks = []
    for c in rec.checks:
        figs = sorted((figures[i] for i in c.figures if i in figures), key=where)
        if figs:
            checks.append((where(figs[0]), c, figs[0]))
    checks.sort(key=lambda x: x[0])
    check_rows = [
        _check_row(
            {
                "statistic": stat_of.get(c.figures[0]),
                "document": first.document,
                "start": first.start,
                "kind": c.kind,
                "ok": c.ok,
                "figures": ", ".join(map(str, c.figures)),
                "message": c,
            }
        )
        for _, c, first in checks
    ]

    log = project.review_log()  # by time: a log is read in the order things happened
    # a second reviewer's export leaves out the documents they review blind (see
    # `reconcile_project`), and the others' rows of them from the log
    hidden = project.blindness()
    log_rows = [
        (e.id, e.at, e.who, e.action, e.figure_id, e.field, e.old, e.new)
        for e in log
        if not hidden.hides(e.who, None, e.figure_id)
    ]

    about = [
        ("project", str(project.path)),
        ("exported_at", now().isoformat(timespec="seconds")),
        ("app_version", __version__),
        ("included", Coded("included", "all" if status == "all" else "confirmed")),
        ("statistics", str(len(stat_rows))),
        ("mentions", str(len(mention_figs))),
        ("documents", str(len(doc_rows))),
    ]
    if hidden.documents:
        about.append(("left_out_blind", f"{len(hidden.documents)} ({hidden.reviewer})"))
    return [
        Table("Statistics", STAT_COLUMNS, stat_rows, len(stat_rows), len(STAT_PRINTED)),
        Table("Mentions", MENTION_COLUMNS, mention_rows(), len(mention_figs), len(MENTION_PRINTED)),
        Table("Documents", DOCUMENT_COLUMNS, doc_rows, len(doc_rows), len(DOCUMENT_PRINTED)),
        Table(
            "Conflicts", CONFLICT_COLUMNS, conflict_rows, len(conflict_rows), len(CONFLICT_PRINTED)
        ),
        Table("Checks", CHECK_COLUMNS, check_rows, len(check_rows), len(CHECK_PRINTED)),
        Table("Review log", LOG_COLUMNS, log_rows, len(log_rows)),
        Table("About", ABOUT_COLUMNS, about, len(about)),
    ]


def _with_title(record, title: str | None):
    """A document's properties with its whole title (they are frozen dataclasses)."""
    return record if record.title == title else replace(record, title=title)
