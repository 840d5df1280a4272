"""The workbook's content as plain tables, built from a project and its reconciliation.

Sheet names and column keys are stable English identifiers that scripts and
formulas rely on; `--lang vi` only swaps the header row for Vietnamese labels.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from solieu import __version__
from solieu.extract.gazetteer import place_info
from solieu.extract.numbers import format_vi
from solieu.extract.periods import period_bounds
from solieu.model import Status
from solieu.reconcile.grouping import Group, tolerance
from solieu.reconcile.session import Reconciliation, reconcile_project
from solieu.store import FigureRecord, Project
from solieu.text import sentence_at, split_sentences

# column kinds: text, number (Decimal → float cell), int, bool, pct
VI_HEADERS = {
    "statistic": "thống kê",
    "measure": "chỉ tiêu",
    "place": "địa phương",
    "period": "thời kỳ",
    "value": "giá trị",
    "unit": "đơn vị",
    "unit_class": "loại đơn vị",
    "scale": "đơn vị đếm (chữ)",
    "qualifier": "định tính",
    "change": "là mức thay đổi",
    "sources": "số nguồn",
    "documents": "văn bản nguồn",
    "status": "trạng thái",
    "conflict": "mâu thuẫn",
    "note": "ghi chú",
    "figure": "số liệu",
    "document": "văn bản",
    "sentence": "câu",
    "text": "nguyên văn",
    "start": "vị trí đầu",
    "end": "vị trí cuối",
    "number": "số",
    "confidence": "độ tin cậy",
    "origin": "nguồn gốc",
    "name": "tên tệp",
    "title": "tiêu đề",
    "sha256": "sha256",
    "found": "số liệu tìm thấy",
    "confirmed": "đã xác nhận",
    "rejected": "đã loại",
    "near_duplicates": "văn bản gần trùng",
    "kind": "loại",
    "ok": "hợp lệ",
    "figures": "các số liệu",
    "message": "nội dung",
    "id": "mã",
    "at": "thời điểm",
    "who": "người thực hiện",
    "action": "thao tác",
    "field": "trường",
    "old": "cũ",
    "new": "mới",
    "key": "mục",
    "period_start": "từ ngày",
    "period_end": "đến ngày",
    "period_text": "thời kỳ (nguyên văn)",
    "place_code": "mã tỉnh",
    "province_2025": "tỉnh (từ 1/7/2025)",
    "place_inherited": "địa phương lấy từ văn bản",
    "outlet": "cơ quan báo chí",
    "url": "địa chỉ",
    "published": "ngày đăng",
    "source": "nguồn",
}


@dataclass
class Table:
    name: str
    columns: list[tuple[str, str]]  # (key, kind)
    rows: Iterable[tuple]
    n_rows: int

    def headers(self, lang: str = "en") -> list[str]:
        if lang == "vi":
            return [VI_HEADERS.get(k, k) for k, _ in self.columns]
        return [k for k, _ in self.columns]


def source_label(doc) -> str:
    """A source as a reader cites it: title (outlet, date), address; else the file name."""
    head = doc.title or doc.name
    extra = ", ".join(x for x in (doc.outlet, doc.published) if x)
    label = f"{head} ({extra})" if extra else head
    return f"{label}, {doc.url}" if doc.url else label


def _date(iso: str | None):
    import datetime as _dt

    try:
        return _dt.date.fromisoformat(iso) if iso else None
    except ValueError:
        return None


def _place_cells(place: str | None) -> tuple:
    """(place, official province code, the province it is part of since 1 July 2025)."""
    info = place_info(place) if place else None
    if info is None:
        return (place, None, None)
    return (place, info.code, info.province_2025)


def _period_cells(period: str | None) -> tuple:
    """(ISO period, first day, last day): the days are real date cells to filter on."""
    bounds = period_bounds(period) if period else None
    return (period, *(bounds or (None, None)))


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


STAT_COLUMNS = [
    ("statistic", "text"),
    ("measure", "text"),
    ("place", "text"),
    ("place_code", "text"),
    ("province_2025", "text"),
    ("period", "text"),
    ("period_start", "date"),
    ("period_end", "date"),
    ("value", "number"),
    ("unit", "text"),
    ("unit_class", "text"),
    ("scale", "text"),
    ("qualifier", "text"),
    ("change", "bool"),
    ("sources", "int"),
    ("documents", "text"),
    ("source", "text"),
    ("status", "text"),
    ("conflict", "bool"),
    ("note", "text"),
]

MENTION_COLUMNS = [
    ("figure", "int"),
    ("statistic", "text"),
    ("document", "text"),
    ("sentence", "text"),
    ("text", "text"),
    ("start", "int"),
    ("end", "int"),
    ("number", "number"),
    ("scale", "text"),
    ("value", "number"),
    ("unit", "text"),
    ("unit_class", "text"),
    ("qualifier", "text"),
    ("change", "bool"),
    ("measure", "text"),
    ("place", "text"),
    ("place_inherited", "bool"),
    ("place_code", "text"),
    ("province_2025", "text"),
    ("period", "text"),
    ("period_start", "date"),
    ("period_end", "date"),
    ("period_text", "text"),
    ("source", "text"),
    ("confidence", "number"),
    ("status", "text"),
    ("origin", "text"),
    ("note", "text"),
]


def build_tables(
    project: Project,
    *,
    status: str = "confirmed",
    reconciliation: Reconciliation | None = None,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> list[Table]:
    """Every sheet of the export, in order."""
    rec = reconciliation or reconcile_project(project)
    figures = rec.figures
    docs = project.documents()
    doc_names = {d.id: d.name for d in docs}
    records = project.document_properties()
    source_of = {i: source_label(r) for i, r in records.items()}

    # statistics: listed groups, then figures reported once
    stat_rows: list[tuple] = []
    stat_of: dict[int, str] = {}
    grouped: set[int] = set()
    for g in rec.listed():
        figs = [figures[i] for i in g.members if i in figures]
        if not figs:
            continue
        grouped.update(f.id for f in figs)
        if not _included(status, figs, g):
            continue
        key = g.key
        for f in figs:
            stat_of[f.id] = key
        best = _group_value(g, figs)
        names = sorted({f.document for f in figs})
        stat_rows.append(
            (
                key,
                best.measure,
                *_place_cells(best.effective_place),
                *_period_cells(best.period),
                best.value,
                best.unit,
                best.unit_class,
                best.scale,
                best.qualifier,
                best.change,
                len(names),
                "; ".join(names),
                "; ".join(sorted({source_of[f.document_id] for f in figs})),
                g.status,
                g.conflict,
                None,
            )
        )
    for f in figures.values():
        if f.id in grouped or not _included(status, [f], None):
            continue
        key = f"f{f.id}"
        stat_of[f.id] = key
        stat_rows.append(
            (
                key,
                f.measure,
                *_place_cells(f.effective_place),
                *_period_cells(f.period),
                f.value,
                f.unit,
                f.unit_class,
                f.scale,
                f.qualifier,
                f.change,
                1,
                f.document,
                source_of[f.document_id],
                f.status.value,
                False,
                f.note,
            )
        )

    sentences: dict[int, tuple[str, list]] = {}

    def sentence_of(f: FigureRecord) -> str:
        if f.document_id not in sentences:
            text = project.document(f.document_id).text
            sentences[f.document_id] = (text, split_sentences(text))
        text, sents = sentences[f.document_id]
        s = sentence_at(sents, f.start)
        return " ".join((s.text if s else text[f.start : f.end]).split())

    mention_figs = [f for f in figures.values() if status == "all" or f.id in stat_of]

    def mention_rows():
        for f in mention_figs:
            yield (
                f.id,
                stat_of.get(f.id),
                f.document,
                sentence_of(f),
                f.text,
                f.start,
                f.end,
                f.number,
                f.scale,
                f.value,
                f.unit,
                f.unit_class,
                f.qualifier,
                f.change,
                f.measure,
                f.effective_place,
                f.place_inherited,
                *_place_cells(f.effective_place)[1:],
                *_period_cells(f.period),
                f.period_text,
                source_of[f.document_id],
                f.confidence,
                f.status.value,
                f.origin.value,
                f.note,
            )

    dup_of: dict[int, list[str]] = {}
    for p in rec.duplicates:
        if p.containment >= 0.2:
            dup_of.setdefault(p.a, []).append(f"{doc_names[p.b]} ({p.containment:.0%})")
            dup_of.setdefault(p.b, []).append(f"{doc_names[p.a]} ({p.containment:.0%})")
    doc_rows = [
        (
            d.name,
            d.title,
            records[d.id].outlet,
            records[d.id].url,
            _date(records[d.id].published),
            d.place,
            d.sha256,
            d.total,
            d.confirmed,
            d.rejected,
            "; ".join(dup_of.get(d.id, [])),
        )
        for d in docs
    ]

    conflict_rows = []
    for g in rec.listed():
        if g.conflict:
            figs = [figures[i] for i in g.members if i in figures]
            values = "; ".join(
                f"{f.document}: {format_vi(f.value)} {f.unit or ''}".strip() for f in figs
            )
            conflict_rows.append((g.key, "conflict", False, ", ".join(map(str, g.members)), values))
    for c in rec.checks:
        conflict_rows.append(
            (
                stat_of.get(c.figures[0]),
                c.kind,
                c.ok,
                ", ".join(map(str, c.figures)),
                c.message,
            )
        )

    log = project.review_log()
    log_rows = [(e.id, e.at, e.who, e.action, e.figure_id, e.field, e.old, e.new) for e in log]

    about = [
        ("project", str(project.path)),
        ("exported_at", now().isoformat(timespec="seconds")),
        ("app_version", __version__),
        ("included", "all figures not rejected" if status == "all" else "confirmed figures"),
        ("statistics", str(len(stat_rows))),
        ("mentions", str(len(mention_figs))),
        ("documents", str(len(doc_rows))),
    ]
    return [
        Table("Statistics", STAT_COLUMNS, stat_rows, len(stat_rows)),
        Table("Mentions", MENTION_COLUMNS, mention_rows(), len(mention_figs)),
        Table(
            "Documents",
            [
                ("name", "text"),
                ("title", "text"),
                ("outlet", "text"),
                ("url", "text"),
                ("published", "date"),
                ("place", "text"),
                ("sha256", "text"),
                ("found", "int"),
                ("confirmed", "int"),
                ("rejected", "int"),
                ("near_duplicates", "text"),
            ],
            doc_rows,
            len(doc_rows),
        ),
        Table(
            "Conflicts",
            [
                ("statistic", "text"),
                ("kind", "text"),
                ("ok", "bool"),
                ("figures", "text"),
                ("message", "text"),
            ],
            conflict_rows,
            len(conflict_rows),
        ),
        Table(
            "Review log",
            [
                ("id", "int"),
                ("at", "text"),
                ("who", "text"),
                ("action", "text"),
                ("figure", "int"),
                ("field", "text"),
                ("old", "text"),
                ("new", "text"),
            ],
            log_rows,
            len(log_rows),
        ),
        Table("About", [("key", "text"), ("value", "text")], about, len(about)),
    ]
