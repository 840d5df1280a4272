"""The review log names who made each edit: SOLIEU_REVIEWER, else the login name."""

from __future__ import annotations

import getpass
from decimal import Decimal

from solieu.store import Project, SetField
from solieu.store.transactions import default_reviewer


def test_the_default_is_the_login_name_unless_the_setting_says_otherwise(monkeypatch):
    monkeypatch.delenv("SOLIEU_REVIEWER", raising=False)
    assert default_reviewer() == (getpass.getuser().strip() or "reviewer")
    monkeypatch.setenv("SOLIEU_REVIEWER", "  Nguyễn Thị Lan ")
    assert default_reviewer() == "Nguyễn Thị Lan"


def test_each_edit_is_logged_with_its_reviewer(tmp_path, monkeypatch):
    monkeypatch.setenv("SOLIEU_REVIEWER", "lan")
    article = tmp_path / "a.txt"
    article.write_text("Năm 2025, tỉnh Hà Tĩnh thu hút 9 dự án và 2 tỷ USD vốn.", encoding="utf-8")
    with Project.create(tmp_path / "p.solieu") as p:
        p.import_paths([article])
        first, second = p.figures()[:2]
        p.apply(SetField(first.id, "note", None, "một"))
        p.reviewer = "minh"  # the window's setting changes it for the session
        p.apply(SetField(second.id, "value", second.value, Decimal("3")))
        p.apply(SetField(first.id, "note", "một", "hai"), who="hà")  # or one call
        names = {(r.figure_id, r.field, r.new): r.who for r in p.review_log()}
    assert names[(first.id, "note", "một")] == "lan"
    assert names[(second.id, "value", "3")] == "minh"
    assert names[(first.id, "note", "hai")] == "hà"
