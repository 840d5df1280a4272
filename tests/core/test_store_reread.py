"""Re-reading a document with the encoding the reviewer chose (issue 7 override)."""

from __future__ import annotations

import pytest

from solieu.model import Status
from solieu.store import InvalidEdit, Project, SetField
from solieu.text.legacy import encode_vni

ARTICLE = "Kim ngạch xuất khẩu ước đạt 1.800 triệu USD, tăng 25,1% so với cùng kỳ."


def test_reread_with_another_encoding_replaces_text_and_figures(tmp_path):
    src = tmp_path / "old.txt"
    src.write_bytes(encode_vni(ARTICLE))
    with Project.create(tmp_path / "p.solieu") as p:
        p.import_paths([src])
        (doc,) = p.documents()
        assert p.document(doc.id).encoding == "vni"
        n = p.reread(doc.id, "cp1258")  # a wrong choice garbles the words ...
        assert p.document(doc.id).encoding == "cp1258"
        assert p.document(doc.id).text != ARTICLE
        n = p.reread(doc.id, "vni")  # ... and the right one restores them
        assert p.document(doc.id).text == ARTICLE
        assert n == len(p.figures(doc.id)) == 2
        assert any(e.action == "reread" for e in p.review_log())


def test_reread_refused_once_reviewed(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    with Project.create(tmp_path / "p.solieu") as p:
        p.import_paths([src])
        f = p.figures()[0]
        p.apply(SetField(f.id, "status", Status.PENDING, Status.CONFIRMED))
        with pytest.raises(InvalidEdit, match="already reviewed"):
            p.reread(f.document_id, "vni")
        assert p.figure(f.id).status == Status.CONFIRMED
