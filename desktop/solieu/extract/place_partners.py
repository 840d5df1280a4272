"""A foreign country as the subject of a flow with Việt Nam: the host's figure, not its own.

GUIDELINE §8 "place": a foreign country is a figure's place "only when the figure
describes that country itself. Flows between Việt Nam and a partner (exports to, FDI
from) belong to the Vietnamese side". Vietnamese news often makes the partner the
grammatical subject of such a flow: `Nhật Bản hiện có hơn 5.000 dự án đầu tư tại Việt
Nam`, `Hàn Quốc có 45 dự án còn hiệu lực trên địa bàn tỉnh`, `Singapore đã đầu tư 15 dự
án vào Long An`, `Trung Quốc nhập khẩu 60% lượng sầu riêng của Việt Nam`. The figure is
the host's (the province or the country the sentence names); with no host named, an
investment stock or aid (`dự án còn hiệu lực`, `vốn FDI`, `ODA`) told of a partner in
Vietnamese news is still Việt Nam's side (the article's place decides). A figure about
the country itself keeps it: `Hàn Quốc có 51 triệu dân`, `GDP của Hàn Quốc tăng 2,2%`,
`Trung Quốc nhập khẩu 5 triệu tấn gạo` (no Vietnamese host), `Nhật Bản có 1.200 dự án
tại Thái Lan` (another foreign host).
"""

from __future__ import annotations

import regex

# a flow between two sides: investment, aid, trade, visitors
_FLOW = regex.compile(
    r"(?i)(?<!\p{L})(?:đầu\s+tư|dự\s+án|vốn|fdi|oda|viện\s+trợ|tài\s+trợ|nhập\s+khẩu|xuất\s+khẩu"
    r"|thương\s+mại|kim\s+ngạch|mua|giải\s+ngân|rót)(?!\p{L})"
)
# a flow that is cross-border by itself when a foreign country is its subject: an
# investment stock or registration, aid (not trade: `Trung Quốc nhập khẩu 5 triệu tấn`
# is China's own)
_FOREIGN_STOCK = regex.compile(
    r"(?i)(?<!\p{L})(?:fdi|oda|viện\s+trợ|tài\s+trợ|còn\s+hiệu\s+lực|vốn\s+đăng\s+ký"
    r"|đăng\s+ký\s+(?:mới|đầu\s+tư)|cấp\s+(?:phép|mới)|dự\s+án\s+đầu\s+tư)(?!\p{L})"
)
# the country's own flows: outward ones (`đầu tư ra nước ngoài`, `ODA toàn cầu`) and those
# it receives as a host itself (`Mỹ thu hút 300 tỷ USD vốn FDI`)
_OUTWARD = regex.compile(
    r"(?i)(?<!\p{L})(?:ra\s+nước\s+ngoài|toàn\s+cầu|thế\s+giới|thu\s+hút|tiếp\s+nhận)(?!\p{L})"
)
# a host written without a name: `trên địa bàn`, `tại địa phương`
_HOST_WORDS = regex.compile(
    r"(?i)(?<!\p{L})(?:trên\s+địa\s+bàn|địa\s+phương|trong\s+nước)(?!\p{L})"
)
# (a comma before a space: not the decimal comma of `2,3 tỷ USD`; past it another clause
# may have its own subject, `Thái Lan xuất khẩu 9 triệu tấn, Việt Nam 8 triệu tấn`)
_CLAUSE_END = regex.compile(r"[,;.!?\n](?:\s|\Z)|;")
_HOST_KINDS = frozenset({"nation", "province", "subunit", "region"})


def clause_end(text: str, pos: int, s1: int) -> int:
    """Where the clause holding pos ends: at a comma or `;`, the sentence's end or s1."""
    stop = _CLAUSE_END.search(text, pos, s1)
    return stop.start() if stop else s1


def flows_to_host(text: str, country, places: list, k: int, stop: int) -> bool:
    """Whether the foreign country mention places[k] is the partner side of a flow its
    clause tells (to `stop`): a Vietnamese host named after it in the clause, or an
    investment stock or aid, outward flows aside."""
    span = text[country.end : stop]
    if not _FLOW.search(span) or _OUTWARD.search(span):
        return False
    for m in places[k + 1 :]:
        if m.start >= stop:
            break
        if m.kind == "country" and m.role == "subject":
            return False  # another foreign host: `… dự án tại Thái Lan`
        if m.kind in _HOST_KINDS and m.role == "subject":
            return True
    return bool(_HOST_WORDS.search(span) or _FOREIGN_STOCK.search(span))
