"""The rule offer bar: one proposal at a time, three answers, each offered once a session."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from solieu.learn.model import RuleState
from solieu.learn.rules import Proposal
from solieu.messages import msg
from solieu.store import Project
from solieu.ui.views.rule_bar import RuleBar, rule_key

ARTICLE = (
    "Nghệ An: xuất khẩu 10 tháng tăng mạnh\n\n"
    "Vinh, ngày 3/11/2025 - Theo Sở Công Thương, 10 tháng năm 2025 kim ngạch xuất khẩu "
    "của tỉnh ước đạt 2.150 triệu USD, tăng 14,2% so với cùng kỳ năm trước.\n\n"
    "Tổng thu ngân sách nhà nước trên địa bàn đạt 19.700 tỷ đồng. Toàn tỉnh có 1.320 "
    "doanh nghiệp thành lập mới với tổng vốn đăng ký 16.400 tỷ đồng.\n"
)
NGHE = "baonghean.vn"


@pytest.fixture
def figure_ids(tmp_path):
    (tmp_path / "nghe_an.txt").write_text(ARTICLE, encoding="utf-8")
    project = Project.create(tmp_path / "rules.solieu")
    report = project.import_paths([tmp_path / "nghe_an.txt"])
    assert report.imported and not report.failed
    ids = [f.id for f in project.figures()]
    assert len(ids) >= 3
    yield ids
    project.close()


def proposal(old: str, new: str, targets: tuple[int, ...], outlet: str | None = NGHE) -> Proposal:
    scope = {"outlet": outlet} if outlet else {}
    rule = RuleState("place", old, new, scope)
    if targets:
        text = msg(
            "Set {field} to “{new}” where it reads “{old}” in {outlet} articles? "
            "Apply to the other {n} like this?",
            field="place", new=new, old=old, outlet=outlet, n=len(targets),
        )  # fmt: skip
    else:
        text = msg(
            "Set {field} to “{new}” wherever it reads “{old}”, from now on?",
            field="place", new=new, old=old,
        )  # fmt: skip
    return Proposal(rule, 3, targets, text)


@pytest.fixture
def bar(qtbot):
    """The bar above a line edit standing in for the figure table, in an active window."""
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    bar = RuleBar(host)
    host.review = QLineEdit(host)
    layout.addWidget(bar)
    layout.addWidget(host.review)
    host.resize(900, 200)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is host, timeout=2000)
    host.review.setFocus()
    yield bar  # the fixture's frame keeps the host alive until the test ends


def test_the_bar_shows_the_first_proposal_and_hides_when_there_is_none(bar, figure_ids):
    assert bar.isHidden() and bar.current() is None
    first = proposal("Hà Nội", "Nghệ An", tuple(figure_ids[:2]))
    second = proposal("Vinh", "Nghệ An", tuple(figure_ids))
    bar.offer([first, second])
    assert bar.isVisible()
    assert bar.current() is first
    assert bar.pending() == 2
    assert bar.text.text() == (
        "Set place to “Nghệ An” where it reads “Hà Nội” in baonghean.vn articles? "
        "Apply to the other 2 like this?"
    )
    assert bar.apply_button.isVisible()
    assert bar.apply_button.text() == "&Apply to 2 like this"
    assert bar.rule_only_button.text() == "&Only from now on"
    assert bar.not_now_button.text() == "&No, thanks"
    bar.offer([])
    assert bar.isHidden() and bar.current() is None


def test_each_button_emits_its_signal_with_the_right_object(qtbot, bar, figure_ids):
    a = proposal("Hà Nội", "Nghệ An", tuple(figure_ids[:2]))
    b = proposal("Vinh", "Nghệ An", tuple(figure_ids[:1]))
    c = proposal("TP Vinh", "Nghệ An", tuple(figure_ids))
    bar.offer([a, b, c])
    with qtbot.waitSignal(bar.applyRequested) as applied:
        qtbot.mouseClick(bar.apply_button, Qt.MouseButton.LeftButton)
    assert applied.args == [a]
    assert bar.current() is b
    assert bar.apply_button.text() == "&Apply to 1 like this"
    with qtbot.waitSignal(bar.ruleOnlyRequested) as rule_only:
        qtbot.mouseClick(bar.rule_only_button, Qt.MouseButton.LeftButton)
    assert rule_only.args == [b]
    with qtbot.waitSignal(bar.dismissed) as dismissed:
        qtbot.mouseClick(bar.not_now_button, Qt.MouseButton.LeftButton)
    assert dismissed.args == [c.rule]
    assert isinstance(dismissed.args[0], RuleState)
    assert bar.isHidden()
    # a click never takes the keyboard from the review
    assert bar.parentWidget().review.hasFocus()


def test_the_mnemonics_answer_from_the_review(qtbot, bar, figure_ids):
    a = proposal("Hà Nội", "Nghệ An", tuple(figure_ids[:2]))
    b = proposal("Vinh", "Nghệ An", tuple(figure_ids[:1]))
    c = proposal("TP Vinh", "Nghệ An", tuple(figure_ids))
    bar.offer([a, b, c])
    review = bar.parentWidget().review
    alt = Qt.KeyboardModifier.AltModifier
    with qtbot.waitSignal(bar.ruleOnlyRequested) as rule_only:
        qtbot.keyClick(review, Qt.Key.Key_O, alt)
    assert rule_only.args == [a]
    with qtbot.waitSignal(bar.applyRequested) as applied:
        qtbot.keyClick(review, Qt.Key.Key_A, alt)
    assert applied.args == [b]
    with qtbot.waitSignal(bar.dismissed) as dismissed:
        qtbot.keyClick(review, Qt.Key.Key_N, alt)
    assert dismissed.args == [c.rule]
    assert bar.current() is None and review.hasFocus()


def test_esc_on_the_bar_is_not_now(qtbot, bar, figure_ids):
    a = proposal("Hà Nội", "Nghệ An", tuple(figure_ids[:2]))
    b = proposal("Vinh", "Nghệ An", ())
    bar.offer([a, b])
    bar.setFocus()  # lands on the first button
    assert bar.apply_button.hasFocus()
    with qtbot.waitSignal(bar.dismissed) as dismissed:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert dismissed.args == [a.rule]
    assert bar.current() is b
    # Esc from the review is the review's: the bar does not hear it
    review = bar.parentWidget().review
    review.setFocus()
    with qtbot.assertNotEmitted(bar.dismissed):
        qtbot.keyClick(review, Qt.Key.Key_Escape)
    assert bar.current() is b


def test_a_proposal_without_targets_hides_the_apply_button(qtbot, bar, figure_ids):
    lonely = proposal("Hà Nội", "Nghệ An", ())
    bar.offer([lonely])
    assert bar.isVisible()
    assert bar.apply_button.isHidden()
    assert bar.rule_only_button.isVisible() and bar.not_now_button.isVisible()
    assert bar.text.text() == "Set place to “Nghệ An” wherever it reads “Hà Nội”, from now on?"
    with qtbot.assertNotEmitted(bar.applyRequested):
        qtbot.keyClick(bar.parentWidget().review, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
        bar.apply()
    assert bar.current() is lonely
    bar.setFocus()
    assert bar.rule_only_button.hasFocus()


def test_answered_proposals_are_not_offered_again(qtbot, bar, figure_ids):
    a = proposal("Hà Nội", "Nghệ An", tuple(figure_ids[:2]))
    b = proposal("Vinh", "Nghệ An", tuple(figure_ids[:1]))
    bar.offer([a, b])
    bar.not_now()
    assert bar.current() is b
    # the miner proposes the same rule again (other targets, other case): skipped
    again = proposal("hà  nội", "Nghệ An", tuple(figure_ids))
    assert rule_key(again.rule) == rule_key(a.rule)
    bar.offer([again, b])
    assert bar.current() is b and bar.pending() == 1
    bar.rule_only()
    bar.offer([again, b])
    assert bar.current() is None and bar.isHidden()
    # the same correction for another outlet is another rule
    elsewhere = proposal("Hà Nội", "Nghệ An", tuple(figure_ids[:1]), outlet="vnexpress.net")
    bar.offer([again, elsewhere])
    assert bar.current() is elsewhere


def test_the_proposal_on_show_stays_when_the_list_is_resorted(bar, figure_ids):
    a = proposal("Hà Nội", "Nghệ An", tuple(figure_ids[:2]))
    b = proposal("Vinh", "Nghệ An", tuple(figure_ids[:1]))
    bar.offer([a, b])
    a2 = proposal("Hà Nội", "Nghệ An", tuple(figure_ids[:1]))  # one target fewer now
    bar.offer([b, a2])
    assert bar.current() is a2
    assert bar.apply_button.text() == "&Apply to 1 like this"
    bar.offer([b])  # a was fixed by hand meanwhile: the miner no longer offers it
    assert bar.current() is b
