"""A saved news page → its article text, title, outlet, address and date.

Order of trust, most specific first:

1. **What the page marks as its article.** `<article>`, `itemprop=articleBody`
   and the main-content blocks news CMSs name in class/id words
   (`detail-content`, `fck_detail`, `singular-content`, `cms-body`,
   `the-article-body` …: one pattern over such words, `_ARTICLE_WORD`). The
   largest marked block wins (class/id markers count double over a bare
   `<article>`, which teaser lists use too); a marked block nested in it that
   holds three quarters of its text is taken instead (the body inside an
   `<article>` that also holds the byline). A lead (`sapo`, `lead`,
   `description` …) just before the block is kept. Inside the block every text
   block is kept in order — p, div, li, headings, table rows as lines with
   tab-separated cells, `<br>` as a line break — minus only what is clearly
   boilerplate (`_BOILERPLATE` class/id names, nav, aside, forms) and photo
   captions. Short paragraphs are kept: a classifier drops them, and a short
   article's paragraphs are exactly its figures.
2. **jusText, only when nothing is marked**, after a pre-pass that drops what
   the page marks as chrome (nav, header, footer, aside, and the class/id names
   above). Measured by `bench/text_formats.py` on the long test pages: 100 %
   kept, 0 leaked, ~4 ms (trafilatura 100 % / 1 leaked at four times the
   install; readability-lxml 100 % / 2; jusText alone 2 / 2). When jusText
   keeps less than half of the page's `<p>` text (or of all its text blocks,
   if it has no `<p>`) it has taken the article for boilerplate, and the
   `<p>` paragraphs outside the chrome are kept instead.

`whole_page=True` keeps every visible text block in order (nav, header, footer
and captions included: the reviewer asked for everything because something
was cut, and a menu costs nothing to ignore). Never script, style, noscript.

Visible-text check. `visible_chars`: non-space characters of the body minus
script/style/noscript; `content_chars`: the same outside the marked chrome;
`kept_chars`: of the text returned. `partial` = "1" when the page has more
than 1,500 visible characters and the kept text is under 40 % of the content
text. Against the chrome-free text, not the visible one: a short article that
is wholly kept is a fifth of a page full of menus, and must not be flagged;
below 1,500 characters the page is too small for a ratio to mean anything.

Metadata from the page's own markup (what news CMSs write): `og:*`,
`article:published_time`, `itemprop`, `<link rel=canonical>`, JSON-LD
(`NewsArticle`, its `publisher`, `@graph` included, junk tolerated), the
"saved from url=" comment browsers write, and as a last resort for the date a
short date line near the `<h1>` (`Thứ hai, 14/7/2025 08:30`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

import justext
import lxml.etree
import lxml.html

from solieu.messages import msg
from solieu.text.formats import Extracted, FormatError
from solieu.text.formats.html_meta import date_near_title, first, page_meta

_INVISIBLE = ("script", "style", "noscript", "template")
_DROP_TAGS = frozenset({"nav", "header", "footer", "aside", "form", "iframe"})
_IN_ARTICLE_DROP = frozenset(
    {"nav", "aside", "footer", "form", "iframe", "button", "select", "figcaption"}
)
_BLOCKS = frozenset(
    "p div li ul ol dl dt dd h1 h2 h3 h4 h5 h6 table caption section article main header "  # noqa: SIM905
    "footer nav aside blockquote figure figcaption pre address center hr details summary "
    "fieldset form body".split()
)
_BOILERPLATE = re.compile(
    r"(?:^|[\s_-])(?:comments?|comment-?\w*|binh-?luan|ads?|advert\w*|banner|quang-?cao|"
    r"sponsor\w*|related|tin-?lien-?quan|box-related|share|social|breadcrumbs?|tags?|"
    r"newsletter|subscribe|sidebar|menu|nav|navbar|footer|most-read|popup|cookie\w*)(?:$|[\s_-])",
    re.I,
)
# One class/id word with its - and _ removed: [theme prefix] container word + content word.
_ARTICLE_WORD = re.compile(
    r"(?:the|td|dt)?(?:article|detail|post|entry|news|story|singular|single|cms|knc|fck|main|"
    r"content|body)(?:body|content|detail|cmain|text|main)(?:body|content)?"
)
_LEAD = re.compile(
    r"(?:^|[\s_-])(?:sapo|lead|chapeau|description|desc|summary|excerpt|intro|abstract|tom-?tat)"
    r"(?:$|[\s_-])",
    re.I,
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.I)
_PARA, _LINE, _CELL = "\ue000", "\ue001", "\ue002"
_PARSER = lxml.html.HTMLParser(huge_tree=True)
PARTIAL_MIN_VISIBLE = 1500
PARTIAL_RATIO = 0.4

Skip = Callable[[lxml.html.HtmlElement, str], bool]


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    m = _META_CHARSET.search(data[:4096])
    declared = m.group(1).decode("ascii").lower() if m else None
    for enc in filter(None, (declared, "utf-8")):
        try:
            return data.decode(enc), enc
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("cp1258", errors="replace"), "cp1258"


def _names(el) -> str:
    return f"{el.get('class', '')} {el.get('id', '')}"


def _is_boilerplate(el) -> bool:
    names = _names(el)
    return bool(names.strip()) and bool(_BOILERPLATE.search(names))


def _skip_in_article(el, tag: str) -> bool:
    return tag in _IN_ARTICLE_DROP or _is_boilerplate(el)


def _skip_nothing(el, tag: str) -> bool:
    return False


def text_blocks(root, skip: Skip) -> list[str]:
    """The text blocks under `root` in document order, as a browser lays them out.

    Block elements end a paragraph, `<br>` ends a line (two end a paragraph), a
    table row is a line of tab-separated cells. Iterative: saved pages can nest
    thousands of unclosed inline tags.
    """
    parts: list[str] = []
    stack: list[tuple[lxml.html.HtmlElement, bool]] = [(root, False)]
    while stack:
        el, closing = stack.pop()
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        tail = el.tail if el is not root else None
        if closing:
            if tag in _BLOCKS:
                parts.append(_PARA)
        elif not tag or (el is not root and skip(el, tag)):
            pass
        elif tag == "br":
            parts.append(_LINE)
        else:
            if tag in ("td", "th"):
                parts.append(_CELL)
            elif tag == "tr":
                parts.append(_LINE)
            elif tag in _BLOCKS:
                parts.append(_PARA)
            if el.text:
                parts.append(el.text)
            stack.append((el, True))
            stack.extend((child, False) for child in reversed(el))
            continue
        if tail:
            parts.append(tail)
    out: list[str] = []
    for chunk in "".join(parts).split(_PARA):
        para: list[str] = []
        for line in chunk.split(_LINE):
            text = "\t".join(c for c in (" ".join(x.split()) for x in line.split(_CELL)) if c)
            if text:
                para.append(text)
            elif para:
                out.append("\n".join(para))
                para = []
        if para:
            out.append("\n".join(para))
    return out


def _chars(blocks: list[str]) -> int:
    return sum(len(b) - sum(1 for ch in b if ch.isspace()) for b in blocks)


def _is_marked(el) -> bool:
    if "articlebody" in (el.get("itemprop") or "").lower():
        return True
    return any(
        _ARTICLE_WORD.fullmatch(re.sub(r"[-_]+", "", word.lower())) for word in _names(el).split()
    )


def _chrome(body, visible: int) -> set:
    """What the page marks as chrome: nav, header, footer, aside, form, iframe, and the
    boilerplate class/id boxes — unless a box holds half the page's text: a column named
    `sidebar-1` that holds the article is the main column, whatever its name."""
    return {
        el
        for el in body.iter()
        if isinstance(el.tag, str)
        and (
            el.tag in _DROP_TAGS
            or (_is_boilerplate(el) and 2 * _chars([el.text_content()]) < visible)
        )
    }


def _article_header(el) -> bool:
    """A `<header>` of the article itself (headline, byline, date), not the site's."""
    return el.tag == "header" and any(a.tag in ("article", "main") for a in el.iterancestors())


def _article(body, chrome: set) -> list[str] | None:
    """The blocks of the page's marked article (with its lead), or None when nothing is marked.

    A bare `<article>` inside chrome is a teaser (related, most read) and never
    counts; a class/id marker counts unless it sits in nav, aside or footer.
    """
    cands = []
    for el in body.iter():
        if not isinstance(el.tag, str) or el in chrome or _is_boilerplate(el):
            continue
        marked = _is_marked(el)
        if not (marked or el.tag == "article"):
            continue
        if marked and any(a.tag in ("nav", "aside", "footer") for a in el.iterancestors()):
            continue
        if not marked and any(a in chrome for a in el.iterancestors()):
            continue
        blocks = text_blocks(el, _skip_in_article)
        if size := _chars(blocks):
            cands.append((el, size, blocks, size * (2 if marked else 1)))
    if not cands:
        return None
    best = max(cands, key=lambda c: c[3])
    inner = [
        c
        for c in cands
        if c[1] >= 0.75 * best[1] and any(a is best[0] for a in c[0].iterancestors())
    ]
    if inner:
        best = min(inner, key=lambda c: c[1])
    return _lead(best[0]) + best[2]


def _lead(block) -> list[str]:
    """A sapo/lead box just before the article block (CMSs often keep it outside)."""
    found, node = [], block
    for _ in range(2):
        for i, sib in enumerate(node.itersiblings(preceding=True)):
            if i >= 4:
                break
            if isinstance(sib.tag, str) and _LEAD.search(_names(sib)) and not _is_boilerplate(sib):
                found.append(sib)
        node = node.getparent()
        if node is None or node.tag in ("body", "html"):
            break
    return [b for el in reversed(found) for b in text_blocks(el, _skip_in_article)]


def _classified(tree, body, chrome: set) -> list[str]:
    """No marked article: the chrome pre-pass, jusText, and the `<p>` fallback."""
    for el in [e for e in body.iter() if e in chrome]:
        if el.getparent() is not None:
            el.drop_tree()
    cleaned = lxml.html.tostring(tree, encoding="utf-8")
    paragraphs = justext.justext(cleaned, justext.get_stoplist("Vietnamese"), encoding="utf-8")
    kept = [" ".join(p.text.split()) for p in paragraphs if not p.is_boilerplate]
    kept = [p for p in kept if p]
    in_p = [b for p in body.iter("p") for b in text_blocks(p, _skip_nothing)]
    reference = in_p or text_blocks(body, _skip_nothing)
    if _chars(kept) < 0.5 * _chars(reference):
        return reference
    return kept


def read_html(data: bytes, whole_page: bool = False) -> Extracted:
    """The article of a saved page (or, with `whole_page`, all its visible text) and its meta."""
    source, enc = _decode(data)
    source = unicodedata.normalize("NFC", source)  # Windows-1258 pages carry combining tones
    if not source.strip():
        raise FormatError(msg("the web page is empty"))
    try:
        # huge_tree: libxml2 otherwise silently drops text nested deeper than 255 tags,
        # which old pages with unclosed <font>/<b> reach
        tree = lxml.html.document_fromstring(source, parser=_PARSER)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise FormatError(msg("the web page cannot be parsed ({detail})", detail=str(exc))) from exc
    meta = page_meta(tree, source)
    title = meta.get("title")
    body = tree.find("body")
    if body is None:
        body = tree
    for el in list(body.iter(*_INVISIBLE)):
        el.drop_tree()
    visible = _chars([body.text_content()])
    chrome = _chrome(body, visible)
    content = _chars(text_blocks(body, lambda el, tag: el in chrome))
    page = text_blocks(body, lambda el, tag: tag in _DROP_TAGS and not _article_header(el))
    h1 = first(body, ".//h1")
    whole = text_blocks(body, _skip_nothing) if whole_page else None
    article = _article(body, chrome)
    if article is None:
        article = _classified(tree, body, chrome)  # edits the tree: after `whole`
    if "date" not in meta:  # from the article in both modes: the top bar's date is today's
        date = (h1 and date_near_title(page, h1)) or date_near_title(article)
        if date:
            meta["date"] = date
    kept = whole if whole is not None else article
    if title and title not in kept[:1]:
        kept.insert(0, title)
    if not kept:
        raise FormatError(msg("the web page has no article text"))
    meta.update(visible_chars=str(visible), content_chars=str(content))
    meta["kept_chars"] = str(_chars(kept))
    if whole_page:
        meta["whole_page"] = "1"
    elif visible > PARTIAL_MIN_VISIBLE and _chars(kept) < PARTIAL_RATIO * content:
        meta["partial"] = "1"
    return Extracted("\n\n".join(kept), enc, title=title, meta=meta)
