"""The window on a large project, against a bare PySide6 window measured in the same run.

Builds (once per size, in a temporary folder) a project of synthetic Vietnamese
articles of 3–5 KB, 50 figures each (2,000 articles for 100,000 figures) whose
spans are really in the text, written straight through the store's SQL schema in
one transaction. Then, offscreen, as medians and maxima over several repetitions:

  (a) first paint of the real main window: from just before `Project.open` and
      `MainWindow(...)` to the end of the first paint of the figure table;
  (b) the floor: a bare QMainWindow with a list view (2,000 titles), a plain
      text edit (the first article) and a table view over a trivial
      QAbstractTableModel with as many rows as the first document has figures,
      measured the same way;
  (c) switching document in the documents list, until table and article are painted
      (floor: setPlainText + a trivial model reset, painted);
  (d) the all-documents table: toggling it, typing a filter, setting a status filter,
      sorting (floor: a trivial model reset to 100,000 rows, painted); also right
      after opening, before the idle-time reading of the filter index, and each
      step of that reading (an input waits for at most one);
  (e) one edit through the window's undo stack: push → COMMIT done, push returned
      (store notification handled), painted; `confirm and next` as a key would run it;
      and raw `project.apply(SetStatus / SetField)`.

The interactions run while the first background reconciliation (which starts
1.5 s after opening) is still running, as a reviewer meets them; `--settle S`
waits up to S seconds for it to end and times them again. Goals: at 100,000
figures every interaction under 100 ms median and 250 ms max; at 1,000,000
under 1 s.

"Painted" means: the action runs, then events are processed until the
viewports concerned have received their Paint event and the paint has
returned (a zero-timer posted from the Paint event fires only after the
backing store has been flushed). Run by hand:

    .venv/bin/python bench/project.py [--figures 100000,1000000] [--reps 7] [--settle 600]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from PySide6.QtCore import (  # noqa: E402
    QAbstractTableModel,
    QEvent,
    QEventLoop,
    QModelIndex,
    QObject,
    QSettings,
    QStringListModel,
    Qt,
    QTimer,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QListView,
    QMainWindow,
    QPlainTextEdit,
    QSplitter,
    QTableView,
)

from solieu.extract.numbers import format_vi  # noqa: E402
from solieu.model import Status, decimal_str  # noqa: E402
from solieu.store import Project, SetField, SetStatus  # noqa: E402

SIZE = (1400, 900)
GOAL_FIRST_PAINT_EXTRA_MS = 1500.0
GOAL_INTERACTION_MS = 100.0  # median, at 100,000 figures
GOAL_INTERACTION_MAX_MS = 250.0  # the slowest repetition, at 100,000 figures
GOAL_HUGE_MS = 1000.0  # median and max, at 1,000,000 figures
GOAL_COMMIT_MS = 10.0

# --- a synthetic corpus ---------------------------------------------------------------------

PLACES = (
    "Hà Nội", "TP.HCM", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Bình Dương", "Đồng Nai",
    "Quảng Ninh", "Bắc Ninh", "Thanh Hóa", "Nghệ An", "Khánh Hòa", "Lâm Đồng", "Long An",
    "An Giang", "Kiên Giang", "Đắk Lắk", "Bà Rịa - Vũng Tàu", "Thừa Thiên Huế", "Vĩnh Phúc",
)  # fmt: skip
PERIODS = (
    "năm 2023", "năm 2024", "quý I/2024", "6 tháng đầu năm 2024", "9 tháng năm 2023",
    "tháng 10/2024", "quý III/2023", "năm 2022",
)  # fmt: skip
# (clause with {fig}, measure, unit, unit_class, scale choices, qualifier); a sentence
# strings one to three clauses together, as a news summary paragraph does
CLAUSES = (
    ("kim ngạch xuất khẩu đạt {fig}", "kim ngạch xuất khẩu", "USD", "USD", ("triệu", "tỷ"), None),
    ("vốn đầu tư ước đạt khoảng {fig}", "vốn đầu tư", "đồng", "VND", ("tỷ", "nghìn tỷ"), "approx"),
    ("tỷ lệ hộ nghèo giảm còn {fig}", "tỷ lệ hộ nghèo", "%", "percent", ("",), None),
    ("sản lượng lúa đạt {fig}", "sản lượng lúa", "tấn", "mass", ("nghìn", "triệu"), None),
    ("có {fig} thành lập mới", "số doanh nghiệp", "doanh nghiệp", "count", ("",), None),
    ("diện tích cà phê hơn {fig}", "diện tích cà phê", "ha", "area", ("", "nghìn"), "over"),
    ("đón gần {fig}", "lượng khách du lịch", "lượt khách", "count", ("nghìn", "triệu"), "nearly"),
    ("thu ngân sách tăng {fig}", "thu ngân sách", "đồng", "VND", ("tỷ",), None),
)
FILLER = (
    "Theo lãnh đạo địa phương, kết quả này phản ánh nỗ lực cải thiện môi trường kinh doanh.",
    "Nhiều chuyên gia cho rằng đà phục hồi sẽ còn tiếp diễn trong thời gian tới.",
    "Chính quyền cho biết sẽ tiếp tục tháo gỡ khó khăn cho doanh nghiệp và người dân.",
    "Báo cáo cũng chỉ ra một số hạn chế cần khắc phục trong công tác quản lý.",
)
OPENINGS = ("Trong {period}, {place} ", "Tại {place}, {period} ", "Theo số liệu {period}, {place} ")
SCALES = {"": Decimal(1), "nghìn": Decimal(1000), "triệu": Decimal(10**6), "tỷ": Decimal(10**9)}
SCALES["nghìn tỷ"] = Decimal(10**12)
STATUS_MIX = ("pending",) * 6 + ("confirmed",) * 3 + ("rejected",)


def _number(rng: random.Random, unit_class: str) -> Decimal:
    if unit_class == "percent":
        return Decimal(rng.randint(1, 999)) / 10
    if rng.random() < 0.3:
        return Decimal(rng.randint(10, 99999)) / 10
    return Decimal(rng.choice([rng.randint(2, 99), rng.randint(100, 9999)]))


def make_document(i: int, n_figures: int, rng: random.Random) -> tuple[str, str, list[tuple]]:
    """(title, text, figures) where each figure is (start, end, fields…) into `text`."""
    place = rng.choice(PLACES)
    period = rng.choice(PERIODS)
    title = f"Kinh tế {place} {period}: nhiều chỉ tiêu tăng trưởng (bài {i + 1})"
    parts: list[str] = [title, "\n\n"]
    pos = len(title) + 2
    figures = []
    k = 0
    while k < n_figures:
        s_place = place if rng.random() < 0.6 else rng.choice(PLACES)
        sentence = rng.choice(OPENINGS).format(place=s_place, period=period)
        for j in range(min(rng.randint(1, 3), n_figures - k)):
            clause, measure, unit, unit_class, scales, qualifier = rng.choice(CLAUSES)
            scale = rng.choice(scales)
            number = _number(rng, unit_class)
            shown = format_vi(number) + ("%" if unit == "%" else "")
            fig_text = " ".join(x for x in (shown, scale, "" if unit == "%" else unit) if x)
            before, _, after = clause.partition("{fig}")
            if j:
                sentence += rng.choice((", ", "; ", " và "))
            start = pos + len(sentence) + len(before)
            sentence += before + fig_text + after
            value = number * SCALES[scale]
            figures.append(
                (
                    start, start + len(fig_text), fig_text, decimal_str(number), scale or None,
                    decimal_str(value), unit, unit_class, qualifier, int("tăng" in before),
                    measure, s_place, period, round(rng.uniform(0.4, 0.95), 2), "figure",
                    rng.choice(STATUS_MIX),
                )
            )  # fmt: skip
            k += 1
        sentence += "."
        if rng.random() < 0.2:
            sentence += " " + rng.choice(FILLER)
        sep = "\n\n" if rng.random() < 0.2 else " "
        parts.append(sentence + sep)
        pos += len(sentence) + len(sep)
    return title, "".join(parts).rstrip() + "\n", figures


def build_project(path: Path, n_docs: int, n_figures: int, seed: int = 11) -> dict:
    """Create the project through the store, then fill it in one SQL transaction."""
    rng = random.Random(seed)
    Project.create(path, overwrite=True).close()
    per_doc = [n_figures // n_docs] * n_docs
    for i in range(n_figures - sum(per_doc)):
        per_doc[i] += 1
    for _ in range(n_docs):  # vary the sizes, keep the total
        a, b = rng.randrange(n_docs), rng.randrange(n_docs)
        d = rng.randint(0, min(per_doc[a] - 30, 20)) if per_doc[a] > 30 else 0
        per_doc[a] -= d
        per_doc[b] += d
    now = "2025-01-01T00:00:00.000Z"
    conn = sqlite3.connect(str(path), isolation_level=None)
    sizes = []
    try:
        conn.execute("BEGIN IMMEDIATE")
        for i in range(n_docs):
            title, text, figures = make_document(i, per_doc[i], rng)
            sizes.append(len(text.encode("utf-8")))
            doc_id = conn.execute(
                "INSERT INTO documents(name, source_path, sha256, text, title, imported_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    f"bao-{i:04d}.txt",
                    f"/data/bao-{i:04d}.txt",
                    hashlib.sha256(text.encode()).hexdigest(),
                    text,
                    title,
                    now,
                ),
            ).lastrowid
            conn.executemany(
                'INSERT INTO figures(document_id, start, "end", text, number, scale, value, '
                "unit, unit_class, qualifier, change, measure, place, period, confidence, kind, "
                "status, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(doc_id, *f, now, now) for f in figures],
            )
            assert all(text[f[0] : f[1]] == f[2] for f in figures)
        conn.execute("COMMIT")
        conn.execute("ANALYZE")
    finally:
        conn.close()
    return {"sizes": sizes, "per_doc": per_doc}


# --- timing helpers ---------------------------------------------------------------------------


class PaintWatch(QObject):
    """Counts Paint events of some widgets; `wait()` returns once each was painted since
    `arm()` and the paint returned (a zero-timer posted during the paint fires after it)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.widgets: list = []
        self.pending: set[int] = set()
        self.done_at: float | None = None
        self.loop: QEventLoop | None = None

    def watch(self, *widgets) -> None:
        for w in self.widgets:
            w.removeEventFilter(self)
        self.widgets = list(widgets)
        for w in self.widgets:
            w.installEventFilter(self)

    def arm(self) -> None:
        self.pending = {id(w) for w in self.widgets}
        self.done_at = None

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and id(obj) in self.pending:
            self.pending.discard(id(obj))
            if not self.pending:
                QTimer.singleShot(0, self._finished)
        return False

    def _finished(self) -> None:
        self.done_at = time.perf_counter()
        if self.loop is not None:
            self.loop.quit()

    def wait(self, timeout_ms: int = 30000) -> float:
        if self.done_at is None:
            self.loop = QEventLoop()
            QTimer.singleShot(timeout_ms, self.loop.quit)
            self.loop.exec()
            self.loop = None
        if self.done_at is None:
            raise RuntimeError(
                f"no paint within {timeout_ms} ms (still waiting for {self.pending})"
            )
        return self.done_at


def timed_paint(watch: PaintWatch, action: Callable[[], None]) -> float:
    """Milliseconds from calling `action` to the end of the paint it caused."""
    watch.arm()
    t0 = time.perf_counter()
    action()
    return (watch.wait() - t0) * 1000


def median(xs: list[float]) -> float:
    return statistics.median(xs)


def scratch_settings(folder: Path, n: int):
    from solieu.ui.settings import Settings

    return Settings(QSettings(str(folder / f"settings-{n}.ini"), QSettings.Format.IniFormat))


# --- the floor --------------------------------------------------------------------------------


class TrivialModel(QAbstractTableModel):
    def __init__(self, rows: int, columns: int = 12) -> None:
        super().__init__()
        self.rows, self.columns = rows, columns

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.rows

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.columns

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row()}·{index.column()}"
        return None

    def set_rows(self, rows: int) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()


class BareWindow(QMainWindow):
    def __init__(self, titles: list[str], text: str, rows: int) -> None:
        super().__init__()
        self.list = QListView(self)
        self.list.setModel(QStringListModel(titles, self.list))
        self.article = QPlainTextEdit(self)
        self.article.setReadOnly(True)
        self.article.setPlainText(text)
        self.model = TrivialModel(rows)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        splitter = QSplitter(self)
        for w in (self.list, self.article, self.table):
            splitter.addWidget(w)
        splitter.setSizes([230, 540, 640])
        self.setCentralWidget(splitter)


def floor_first_paint(app, watch, titles, text, rows) -> tuple[float, BareWindow]:
    t0 = time.perf_counter()
    win = BareWindow(titles, text, rows)
    watch.watch(win.table.viewport())
    watch.arm()
    win.resize(*SIZE)
    win.show()
    return (watch.wait() - t0) * 1000, win


def window_first_paint(app, watch, path, settings) -> tuple[float, object]:
    from solieu.ui.main_window import MainWindow

    t0 = time.perf_counter()
    win = MainWindow(Project.open(path), settings)
    watch.watch(win.table.viewport())
    watch.arm()
    win.resize(*SIZE)
    win.show()
    return (watch.wait() - t0) * 1000, win


# --- the run ----------------------------------------------------------------------------------


def fmt(ms: float, floor: float | None = None, goal: str = "") -> str:
    out = f"{ms:9.1f} ms"
    if floor:
        out += f"   {ms / floor:6.1f}× floor"
    if goal:
        out += f"   {goal}"
    return out


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSES GOAL"


def goals(n_figures: int) -> tuple[float, float]:
    """(median, max) an interaction may take at this size."""
    if n_figures <= 100_000:
        return GOAL_INTERACTION_MS, GOAL_INTERACTION_MAX_MS
    return GOAL_HUGE_MS, GOAL_HUGE_MS


class Results:
    """Rows of (name, median, floor, max, kind); kind says which goal applies."""

    def __init__(self, n_figures: int) -> None:
        self.n = n_figures
        self.rows: list[tuple[str, float, float | None, float, str]] = []
        self.failed: list[str] = []

    def add(self, name: str, xs: list[float], floor: float | None, kind: str) -> None:
        self.rows.append((name, median(xs), floor, max(xs), kind))

    def print(self, title: str) -> None:
        goal_median, goal_max = goals(self.n)
        print(f"\n{title} (median, max)")
        for name, ms, fl, worst, kind in self.rows:
            line = f"  {name:40s}{fmt(ms, fl)}   max {worst:8.1f} ms"
            if kind == "interaction":
                ok = ms < goal_median and worst < goal_max
                line += f"   goal < {goal_median:.0f} / max < {goal_max:.0f} ms: {verdict(ok)}"
            elif kind == "commit":
                ok = ms < GOAL_COMMIT_MS
                line += f"   goal < {GOAL_COMMIT_MS:.0f} ms: {verdict(ok)}"
            else:
                ok = True
            if not ok:
                self.failed.append(f"{title}: {name.strip()}")
            print(line)


class Heartbeat(QObject):
    """The longest gap between the ticks of a 5 ms timer: how long the event loop (an
    input, a paint) waited at worst while it ran."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.worst = 0.0

    def start(self) -> None:
        self.last, self.worst = time.perf_counter(), 0.0
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def stop(self) -> float:
        self._tick()
        self.timer.stop()
        return self.worst * 1000


def time_background_sort(app, win, order) -> tuple[float, float, float]:
    """(ms until the click returned, longest event-loop wait, ms until sorted and shown)."""
    model = win.figures_model
    beat = Heartbeat()
    beat.start()
    t0 = time.perf_counter()
    win.table.sortByColumn(0, order)
    returned = (time.perf_counter() - t0) * 1000
    if model.sorting():
        loop = QEventLoop()
        model.sortingChanged.connect(lambda busy: None if busy else loop.quit())
        QTimer.singleShot(120_000, loop.quit)
        loop.exec()
    app.processEvents()  # the sorted rows paint
    done = (time.perf_counter() - t0) * 1000
    return returned, beat.stop(), done


def reconciling(win) -> bool:
    return win.reconcile._task is not None or win.reconcile.rec is None


def interactions(app, watch, win, n_figures: int, reps: int, floors: dict) -> Results:
    """The review page's interactions on an open window, each timed until painted."""
    out = Results(n_figures)
    table_vp, article_vp = win.table.viewport(), win.article.viewport()
    n_docs = win.documents_model.rowCount()
    start = random.Random(len(out.rows)).randrange(1, max(2, n_docs - 2 * reps - 1))
    watch.watch(table_vp, article_vp)
    switch = [
        timed_paint(watch, lambda r=r: win.select_document_row(r))
        for r in range(start, start + 2 * reps)
    ]
    out.add("(c) switch document", switch, floors["switch"], "interaction")
    model = win.figures_model
    watch.watch(table_vp)
    sort_one = []
    for _ in range(max(2, reps // 2)):
        sort_one.append(
            timed_paint(watch, lambda: win.table.sortByColumn(0, Qt.SortOrder.DescendingOrder))
        )
        sort_one.append(timed_paint(watch, win.table.restore_article_order))
    out.add("(c) sort a document / article order", sort_one, floors["switch"], "interaction")

    watch.watch(table_vp)
    cases: dict[str, list[float]] = {
        "(d) all documents on": [],
        "(d) type a filter (one key)": [],
        "(d) type a filter (a word, per key)": [],
        "(d) clear the filter": [],
        "(d) status filter: confirmed": [],
        "(d) status filter: all": [],
        "(d) all documents off": [],
    }
    confirmed_index = win.status_filter.findData(Status.CONFIRMED.value)
    for _ in range(max(3, reps // 2)):
        cases["(d) all documents on"].append(
            timed_paint(watch, lambda: win.all_docs.setChecked(True))
        )
        cases["(d) type a filter (one key)"].append(
            timed_paint(watch, lambda: win.text_filter.setText("k"))
        )
        for n in range(2, len("khánh") + 1):
            cases["(d) type a filter (a word, per key)"].append(
                timed_paint(watch, lambda n=n: win.text_filter.setText("khánh"[:n]))
            )
        cases["(d) clear the filter"].append(timed_paint(watch, lambda: win.text_filter.clear()))
        cases["(d) status filter: confirmed"].append(
            timed_paint(watch, lambda: win.status_filter.setCurrentIndex(confirmed_index))
        )
        cases["(d) status filter: all"].append(
            timed_paint(watch, lambda: win.status_filter.setCurrentIndex(0))
        )
        cases["(d) all documents off"].append(
            timed_paint(watch, lambda: win.all_docs.setChecked(False))
        )
    for name, xs in cases.items():
        out.add(name, xs, floors["big"] if "off" not in name else floors["switch"], "interaction")
    win.all_docs.setChecked(True)
    app.processEvents()
    returned, stalls, shown, back = [], [], [], []
    for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
        r, stall, done = time_background_sort(app, win, order)
        returned.append(r)
        stalls.append(stall)
        shown.append(done)
        back.append(timed_paint(watch, win.table.restore_article_order))
    out.add("(d) sort all documents: the click", returned, floors["big"], "interaction")
    out.add("    longest wait of the event loop", stalls, None, "interaction")
    out.add("    until the sorted rows show", shown, None, "")
    out.add("(d) back to article order", back, floors["big"], "interaction")
    win.all_docs.setChecked(False)
    app.processEvents()

    # (e) one edit through the undo stack
    win.select_document_row(0)
    app.processEvents()
    committed_at: list[float] = []
    project = win.project
    project._subscribers.insert(0, lambda _c: committed_at.append(time.perf_counter()))
    watch.watch(table_vp, article_vp)
    commit, returned, painted = [], [], []
    for row in range(min(model.rowCount(), 3 * reps)):
        rec = model.record(row)
        new = Status.CONFIRMED if rec.status != Status.CONFIRMED else Status.PENDING
        edit = SetStatus((rec.id,), new, (rec.status,))
        watch.arm()
        committed_at.clear()
        t0 = time.perf_counter()
        win.edits.push(edit, "Confirm figure")
        t1 = time.perf_counter()
        t2 = watch.wait()
        commit.append((committed_at[0] - t0) * 1000)
        returned.append((t1 - t0) * 1000)
        painted.append((t2 - t0) * 1000)
    project._subscribers.pop(0)
    out.add("(e) push → COMMIT done", commit, None, "commit")
    out.add("(e) push → push returned", returned, None, "")
    out.add("(e) push → painted", painted, floors["switch"], "interaction")
    confirm = win.actions_by_name["confirm_next"]

    def confirm_next_times(n: int) -> list[float]:
        """Time the `confirm and next` key on pending rows only (each is a real edit)."""
        times = []
        row = 0
        while len(times) < n and row < model.rowCount():
            if model.record(row).status == Status.PENDING:
                win.select_row(row)
                app.processEvents()
                times.append(timed_paint(watch, confirm.trigger))
            row += 1
        return times

    win.select_document_row(3)
    app.processEvents()
    out.add("(e) confirm and next", confirm_next_times(2 * reps), floors["switch"], "interaction")
    win.all_docs.setChecked(True)
    app.processEvents()
    watch.watch(table_vp)
    out.add(
        "(e) confirm and next (all docs)",
        confirm_next_times(2 * reps),
        floors["switch"],
        "interaction",
    )
    win.all_docs.setChecked(False)
    app.processEvents()
    return out


def run_size(app, watch, tmp: Path, path: Path, n_docs: int, n_figures: int, reps: int, args):
    """Build a project of this size, time the window on it; the list of missed goals."""
    import solieu.ui.reconciling as reconciling_

    t = time.perf_counter()
    built = build_project(path, n_docs, n_figures)
    sizes = built["sizes"]
    print(
        f"\n=== {n_figures:,} figures: {n_docs:,} documents, "
        f"text {min(sizes) / 1000:.1f}–{max(sizes) / 1000:.1f} KB "
        f"(median {median(sizes) / 1000:.1f}), {path.stat().st_size / 1e6:.0f} MB, "
        f"built in {time.perf_counter() - t:.1f} s",
        flush=True,
    )
    with Project.open(path, read_only=True) as p:
        docs = p.documents()
        first_text = p.document(docs[0].id).text
        first_rows = docs[0].total
        other = [(p.document(d.id).text, d.total) for d in docs[1 : reps + 2]]
    titles = [d.title or d.name for d in docs]
    first_run_delay = reconciling_.FIRST_RUN_DELAY_MS
    reconciling_.FIRST_RUN_DELAY_MS = 10**9  # windows opened only to be timed and closed

    # (a)/(b) first paint; the first of each is the cold one (Qt's own one-time set-up)
    cold_floor, w = floor_first_paint(app, watch, titles, first_text, first_rows)
    w.close()
    w.deleteLater()
    cold_win, w = window_first_paint(app, watch, path, scratch_settings(tmp, 0))
    w.close()
    w.deleteLater()
    app.processEvents()
    floors_, wins = [], []
    for n in range(reps):  # interleaved, so drift hits both alike
        ms, w = floor_first_paint(app, watch, titles, first_text, first_rows)
        floors_.append(ms)
        w.close()
        w.deleteLater()
        ms, w = window_first_paint(app, watch, path, scratch_settings(tmp, n + 1))
        wins.append(ms)
        w.close()
        w.deleteLater()
        app.processEvents()
    floor = median(floors_)
    first = median(wins)
    print(f"\nfirst paint (median of {reps}; cold = first in the process)")
    print(f"  (b) floor: bare window           {fmt(floor)}   (cold {cold_floor:.0f} ms)")
    extra_ok = first - floor <= GOAL_FIRST_PAINT_EXTRA_MS
    print(
        f"  (a) main window                  {fmt(first, floor)}   (cold {cold_win:.0f} ms)   "
        f"+{first - floor:.0f} ms, goal ≤ +{GOAL_FIRST_PAINT_EXTRA_MS:.0f}: {verdict(extra_ok)}"
    )
    missed = [] if extra_ok else [f"{n_figures:,}: first paint"]

    # floor interactions on a bare window
    bare = BareWindow(titles, first_text, first_rows)
    bare.resize(*SIZE)
    watch.watch(bare.table.viewport())
    watch.arm()
    bare.show()
    watch.wait()
    watch.watch(bare.table.viewport(), bare.article.viewport())
    floor_switch = median(
        [
            timed_paint(
                watch,
                lambda t=t, r=r: (bare.article.setPlainText(t), bare.model.set_rows(r)),
            )
            for t, r in other
        ]
    )
    watch.watch(bare.table.viewport())
    floor_reset = []
    for _ in range(reps):
        floor_reset.append(timed_paint(watch, lambda: bare.model.set_rows(n_figures)))
        timed_paint(watch, lambda: bare.model.set_rows(first_rows))
    floors = {"switch": floor_switch, "big": median(floor_reset)}
    bare.close()

    # just opened: nothing read in idle time yet
    opened = Results(n_figures)
    cold_all, cold_filter, cold_status = [], [], []
    confirmed = Status.CONFIRMED.value
    for n in range(max(3, reps // 2)):
        w = window_first_paint(app, watch, path, scratch_settings(tmp, 200 + n))[1]
        w.figures_model._warm_timer.stop()  # as if the reviewer were quicker than idle time
        watch.watch(w.table.viewport())
        cold_all.append(timed_paint(watch, lambda w=w: w.all_docs.setChecked(True)))
        cold_filter.append(timed_paint(watch, lambda w=w: w.text_filter.setText("khánh")))
        index = w.status_filter.findData(confirmed)
        cold_status.append(
            timed_paint(watch, lambda w=w, i=index: w.status_filter.setCurrentIndex(i))
        )
        w.close()
        w.deleteLater()
        app.processEvents()
    opened.add("(d) all documents on", cold_all, floors["big"], "interaction")
    opened.add("(d) type a filter (the first rows)", cold_filter, floors["big"], "interaction")
    opened.add("(d) then a status filter", cold_status, floors["big"], "interaction")

    # the real window for the interactions; its idle-time reading of the all-documents
    # index is done here by hand, step by step, to time each step (an input waits ≤ one)
    reconciling_.FIRST_RUN_DELAY_MS = first_run_delay
    win = window_first_paint(app, watch, path, scratch_settings(tmp, 99))[1]
    win.activateWindow()
    app.processEvents()
    steps = []
    while True:
        t0 = time.perf_counter()
        more = win.figures_model.warm_up()
        steps.append((time.perf_counter() - t0) * 1000)
        if not more:
            break
    opened.add(f"    idle-time index read: {len(steps)} steps", steps, None, "interaction")
    opened.print(f"{n_figures:,} figures, just opened")
    missed += opened.failed

    busy = interactions(app, watch, win, n_figures, reps, floors)
    label = "while the first reconciliation runs" if reconciling(win) else "reconciled"
    busy.print(f"{n_figures:,} figures, {label}")
    missed += busy.failed
    if reconciling(win) and args.settle > 0:
        t0 = time.perf_counter()
        deadline = t0 + args.settle
        while reconciling(win) and time.perf_counter() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 100)
        if reconciling(win):
            print(f"\n(the first reconciliation still runs after {args.settle} s more)")
        else:
            print(f"\n(the first reconciliation ended {time.perf_counter() - t0:.0f} s later)")
            calm = interactions(app, watch, win, n_figures, reps, floors)
            calm.print(f"{n_figures:,} figures, reconciled")
            missed += calm.failed
    win.reconcile.shutdown()
    win.close()
    win.deleteLater()
    app.processEvents()

    raw_status, raw_field = [], []
    with Project.open(path) as p:
        figs = p.figures(document_id=docs[5].id)
        for rec in figs[: 5 * reps]:
            new = Status.REJECTED if rec.status != Status.REJECTED else Status.PENDING
            t0 = time.perf_counter()
            p.apply(SetStatus((rec.id,), new, (rec.status,)))
            raw_status.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            p.apply(SetField(rec.id, "measure", rec.measure, (rec.measure or "") + " (sửa)"))
            raw_field.append((time.perf_counter() - t0) * 1000)
    raw = Results(n_figures)
    raw.add("(e) raw apply(SetStatus)", raw_status, None, "commit")
    raw.add("(e) raw apply(SetField)", raw_field, None, "commit")
    raw.print(f"{n_figures:,} figures, the store alone")
    return missed + raw.failed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--figures",
        default="100000",
        help="figures in the project; several sizes comma-separated (100000,1000000)",
    )
    ap.add_argument("--docs", type=int, help="documents (default: one per 50 figures)")
    ap.add_argument("--reps", type=int, default=7)
    ap.add_argument(
        "--settle",
        type=float,
        default=0.0,
        help="seconds to wait for the first reconciliation, then time everything again",
    )
    ap.add_argument("--keep", help="build the projects in this folder and keep them")
    args = ap.parse_args()
    sizes = [int(x.replace("_", "")) for x in args.figures.split(",") if x.strip()]

    tmp = Path(tempfile.mkdtemp(prefix="solieu-bench-"))
    folder = Path(args.keep) if args.keep else tmp
    folder.mkdir(parents=True, exist_ok=True)
    qInstallMessageHandler(lambda *_: None)  # the offscreen platform's notices
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp))
    watch = PaintWatch(app)
    missed: list[str] = []
    for n in sizes:
        docs = args.docs or max(1, n // 50)
        reps = args.reps if n <= 100_000 else max(3, args.reps // 2)
        missed += run_size(app, watch, tmp, folder / f"big-{n}.solieu", docs, n, reps, args)
    print("\ngoals: at 100,000 figures every interaction < "
          f"{GOAL_INTERACTION_MS:.0f} ms median and < {GOAL_INTERACTION_MAX_MS:.0f} ms max; "
          f"beyond, < {GOAL_HUGE_MS:.0f} ms")  # fmt: skip
    print("all goals met" if not missed else "missed: " + "; ".join(missed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
