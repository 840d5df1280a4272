"""A folder imports whole: one bad figure, token or file never costs the rest (issue 10).

Each failure the issue names has a test here that failed before the fix: a figure
with no unit class aborted the whole import (NOT NULL), an extractor failure on
one article was not isolated from the store, copies in another encoding came in
as new documents, and a selection over an existing figure added a duplicate.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import solieu.extract
from solieu.model import UNIT_CLASSES
from solieu.resources import seed_articles
from solieu.store import AddFigure, DuplicateFigure, Project
from solieu.store.figure_check import check_figure, check_figures

ARTICLE = "Kim ngạch xuất khẩu đạt {n} triệu USD, tăng 12%. Tỉnh thu hút 45 dự án mới."


def _folder(tmp_path, n=5):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(n):
        (folder / f"a{i}.txt").write_text(ARTICLE.format(n=10 + i), encoding="utf-8")
    return folder


def test_a_figure_without_unit_class_is_kept_as_a_count_and_the_import_goes_on(
    tmp_path, monkeypatch
):
    real = solieu.extract.extract_document

    def broken(text, **kw):  # the extractor of the bug: a counted number word with no class
        got = real(text, **kw)
        figs = [dataclasses.replace(f, unit_class=None) for f in got.figures[:1]]
        return dataclasses.replace(got, figures=figs + list(got.figures[1:]))

    monkeypatch.setattr(solieu.extract, "extract_document", broken)
    with Project.create(tmp_path / "p.solieu") as project:
        report = project.import_paths([_folder(tmp_path)])
        assert len(report.imported) == 5 and not report.failed
        figs = project.figures()
        assert len(figs) == 15
        assert {f.unit_class for f in figs} <= set(UNIT_CLASSES)
        salvaged = [f for f in figs if f.text.startswith("10 triệu")]
        assert salvaged[0].unit_class == "USD"  # the unit says which class it was
        assert len(report.warnings) == 5
        name, message = report.warnings[0]
        at = ARTICLE.index("{n}")
        assert name == "a0.txt" and f"at {at} " in message and "USD" in message


def test_an_extractor_failure_on_one_article_names_it_and_imports_the_others(tmp_path, monkeypatch):
    real = solieu.extract.extract_document

    def failing(text, **kw):
        if "12 triệu" in text:
            raise RuntimeError("injected failure")
        return real(text, **kw)

    monkeypatch.setattr(solieu.extract, "extract_document", failing)
    with Project.create(tmp_path / "p.solieu") as project:
        report = project.import_paths([_folder(tmp_path)])
        assert report.imported == ["a0.txt", "a1.txt", "a3.txt", "a4.txt"]
        assert [name for name, _ in report.failed] == ["a2.txt"]
        assert "injected failure" in report.failed[0][1]
        assert len(project.documents()) == 4


def test_a_store_refusal_for_one_document_costs_that_document_only(tmp_path, monkeypatch):
    """A figure the boundary check let through but SQLite refuses (here: a text the
    CHECK constraint rejects is simulated with a span the check cannot see) must fail
    that document alone."""
    import solieu.store.importer as importer

    real = importer._store_document
    calls = []

    def refusing(project, doc, figures, report):
        calls.append(doc.name)
        if doc.name == "a1.txt":
            from solieu.store.errors import InvalidEdit

            raise InvalidEdit("the project cannot hold this change: NOT NULL constraint failed")
        return real(project, doc, figures, report)

    monkeypatch.setattr(importer, "_store_document", refusing)
    with Project.create(tmp_path / "p.solieu") as project:
        report = project.import_paths([_folder(tmp_path)])
        assert calls == [f"a{i}.txt" for i in range(5)]
        assert report.imported == ["a0.txt", "a2.txt", "a3.txt", "a4.txt"]
        assert report.failed == [
            ("a1.txt", "the project cannot hold this change: NOT NULL constraint failed")
        ]


def test_the_boundary_check_salvages_or_skips_and_says_where():
    text = "Đạt 76,2 triệu USD và 45 dự án."
    good = solieu.extract.extract_figures(text)
    assert len(good) == 2
    a, b = good
    fixed, problems = check_figure(dataclasses.replace(a, qualifier="sort of"), text)
    assert fixed.qualifier is None and problems[0].start == a.start and not problems[0].skipped
    fixed, problems = check_figure(dataclasses.replace(a, end=len(text) + 5), text)
    assert fixed is None and problems[0].skipped
    fixed, problems = check_figure(dataclasses.replace(a, value=Decimal("NaN")), text)
    assert fixed is None and "computed" in problems[0].reason
    fixed, problems = check_figure(dataclasses.replace(a, value=Decimal(10) ** 60), text)
    assert fixed is None and "digits" in problems[0].reason
    fixed, problems = check_figure(dataclasses.replace(b, text="xx", confidence=7.0), text)
    assert fixed.text == text[b.start : b.end] and fixed.confidence == 1.0
    kept, problems = check_figures("d.txt", [a, b, a], text)
    assert kept == [a, b] and problems[0].reason == "it repeats a figure"


def test_a_27_digit_value_is_stored_exactly(tmp_path):
    (tmp_path / "big.txt").write_text(
        "Tổng tài sản đạt 123.456.789.012.345 nghìn tỷ đồng.", encoding="utf-8"
    )
    with Project.create(tmp_path / "p.solieu") as project:
        report = project.import_paths([tmp_path / "big.txt"])
        assert report.imported == ["big.txt"] and not report.warnings
        (fig,) = project.figures()
        assert fig.value == Decimal("123456789012345") * 10**12


@pytest.mark.parametrize("variant", ["crlf", "bom", "utf-16", "crlf+bom"])
def test_a_copy_in_another_encoding_is_already_in_the_project(tmp_path, variant):
    seed = seed_articles()[0]
    text = seed.read_text(encoding="utf-8")
    if "crlf" in variant:
        text = text.replace("\n", "\r\n")
    data = text.encode("utf-16") if variant == "utf-16" else text.encode("utf-8")
    if "bom" in variant:
        data = b"\xef\xbb\xbf" + data
    copy = tmp_path / f"copy-{variant}.txt"
    copy.write_bytes(data)
    with Project.create(tmp_path / "p.solieu") as project:
        project.import_paths([seed])
        before = len(project.figures())
        report = project.import_paths([copy])
        assert report.imported == []
        assert report.skipped == [(copy.name, f"already in the project as {seed.name}")]
        assert len(project.documents()) == 1 and len(project.figures()) == before


def test_adding_a_figure_over_an_existing_one_is_refused_with_its_id(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE.format(n=10), encoding="utf-8")
    with Project.create(tmp_path / "p.solieu") as project:
        project.import_paths([tmp_path / "a.txt"])
        first = project.figures()[0]
        edit = AddFigure(
            first.document_id, first.start, first.end, {"value": "1", "unit_class": "count"}
        )
        with pytest.raises(DuplicateFigure) as caught:
            project.apply(edit)
        assert caught.value.figure_id == first.id
        assert len(project.figures()) == 3
        shifted = AddFigure(
            first.document_id, first.start, first.end - 4, {"value": "10", "unit_class": "count"}
        )
        project.apply(shifted)  # an overlapping but different span is the reviewer's call
        assert len(project.figures()) == 4


_NUMBER_WORDS = ["ba", "hai mươi lăm", "gần ba triệu", "mười hai nghìn", "bảy"]
_PIECES = st.one_of(
    st.builds(lambda w: f"Tỉnh đón {w} lượt khách.", st.sampled_from(_NUMBER_WORDS)),
    st.builds(lambda a, b: f"Giá từ {a}-{b} USD/tấn.", st.integers(1, 50), st.integers(51, 99)),
    st.builds(lambda a, b: f"Đạt {a},5 và {b},3 tỷ USD.", st.integers(1, 9), st.integers(1, 9)),
    st.builds(lambda a: f"Có {a} dự án, {a + 1} doanh nghiệp.", st.integers(2, 900)),
    st.builds(lambda a: f"Con số là {a}.", st.integers(0, 10**6)),
    st.builds(lambda a: f"Tăng {a} điểm phần trăm.", st.integers(1, 9)),
    st.builds(lambda a: f"Đạt {a} nghìn tỷ đồng.", st.integers(1, 10**15)),
    st.builds(lambda a: f"Mã {a}.", st.integers(10**28, 10**40)),
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(_PIECES, min_size=1, max_size=6))
def test_every_kind_of_extractor_output_goes_through_the_store(tmp_path_factory, pieces):
    folder = tmp_path_factory.mktemp("doc")
    text = " ".join(pieces)
    (folder / "a.txt").write_text(text, encoding="utf-8")
    expected, _ = check_figures("a.txt", solieu.extract.extract_figures(text), text)
    with Project.create(folder / "p.solieu") as project:
        report = project.import_paths([folder / "a.txt"])
        assert report.imported == ["a.txt"] and not report.failed
        stored = project.figures()
    assert [(f.start, f.end, f.value, f.unit_class) for f in stored] == [
        (f.start, f.end, f.value, f.unit_class) for f in expected
    ]
    assert all(f.text == text[f.start : f.end] for f in stored)


def test_a_counted_number_word_with_no_class_is_salvaged_as_a_count(tmp_path, monkeypatch):
    real = solieu.extract.extract_document
    text = "Năm 2025, tỉnh đón gần ba triệu lượt khách."

    def broken(t, **kw):
        got = real(t, **kw)
        return dataclasses.replace(
            got, figures=[dataclasses.replace(f, unit_class=None) for f in got.figures]
        )

    monkeypatch.setattr(solieu.extract, "extract_document", broken)
    (tmp_path / "k.txt").write_text(text, encoding="utf-8")
    with Project.create(tmp_path / "p.solieu") as project:
        report = project.import_paths([tmp_path / "k.txt"])
        (fig,) = project.figures()
    assert report.imported == ["k.txt"]
    assert fig.unit_class == "count" and fig.value == Decimal(3000000)


def _page_with_short_article(tmp_path):
    """A page whose marked article is short, beside a long unmarked block of text."""
    other = " ".join(
        f"Đoạn {i}: năm 2024 huyện đón {100 + i} đoàn khách và {200 + i} lượt khách."
        for i in range(60)
    )
    page = (
        "<html><head><title>Tin</title></head><body>"
        "<article><h1>Xuất khẩu tăng</h1><p>Kim ngạch đạt 1,2 tỷ USD, tăng 12%.</p></article>"
        f"<div class='khac'><p>{other}</p></div></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    return path


def test_a_page_much_longer_than_its_article_is_reported_and_can_be_read_whole(tmp_path):
    path = _page_with_short_article(tmp_path)
    with Project.create(tmp_path / "p.solieu") as project:
        report = project.import_paths([path])
        assert report.imported == ["page.html"]
        ((name, where, kept, visible),) = report.partial
        assert name == "page.html" and where == str(path) and kept * 2 < visible
        doc = project.documents()[0]
        assert [f.text for f in project.figures(doc.id)] == ["1,2 tỷ USD", "12%"]
        n = project.reread(doc.id, None, whole_page=True)
        assert n > 100  # the other block's figures too
        assert "Đoạn 59" in project.document(doc.id).text
        assert project.review_log()[0].action == "reread"
