"""A saved page's own metadata: title, outlet, address, publication date, author.

Read from what news CMSs write, most specific first: Open Graph and
`article:*` meta tags, `itemprop` microdata, `<link rel=canonical>`, JSON-LD
(the `NewsArticle`-like object, `@graph` and `@id` references included; a
script that is not valid JSON is read as far as it can be, then skipped), the
"saved from url=" comment browsers write into saved pages, and `<time>`. The
outlet falls back to the host of the page's address; nothing else is guessed.
Every date is validated (`solieu.text.formats.parse_date`).
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

from solieu.text.formats import date_line, parse_date

_SITE_SUFFIX = re.compile(r"\s+[-|–—]\s+[^-|–—]+$")
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.I)
_ARTICLE_TYPES = {"newsarticle", "article", "reportagenews", "blogposting", "analysisnewsarticle"}
_ARTICLE_TYPES |= {"opinionnewsarticle", "liveblogposting", "techarticle", "report"}


def first(tree, *xpaths: str) -> str | None:
    for xp in xpaths:
        for found in tree.xpath(xp):
            value = found if isinstance(found, str) else found.text_content()
            value = " ".join(value.split())
            if value:
                return value
    return None


def _json_objects(raw: str) -> list:
    """Every JSON value of a ld+json script; CMS junk (comments, CDATA, trailing commas,
    several objects in a row, raw newlines in strings) is tolerated, the unreadable skipped."""
    raw = re.sub(r"<!--|-->|(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>", "", raw).strip()
    for attempt in (raw, re.sub(r",\s*([}\]])", r"\1", raw)):
        try:
            return [json.loads(attempt, strict=False)]
        except ValueError:
            pass
    decoder, found, i, misses = json.JSONDecoder(strict=False), [], 0, 0
    while (j := raw.find("{", i)) >= 0 and misses < 50:
        try:
            obj, i = decoder.raw_decode(raw, j)
            found.append(obj)
        except ValueError:
            i, misses = j + 1, misses + 1
    return found


def _ld_name(value, by_id: dict) -> str | None:
    if isinstance(value, list):
        return next((n for v in value if (n := _ld_name(v, by_id))), None)
    if isinstance(value, dict):
        ref = value.get("@id")
        if "name" not in value and isinstance(ref, str):  # a reference into the @graph
            value = by_id.get(ref, value)
        value = value.get("name")
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None


def _json_ld(tree) -> dict[str, str]:
    """headline, datePublished, url, publisher and author of the page's article object."""
    stack: list = []
    for script in tree.xpath("//script[contains(translate(@type, 'LDJSON', 'ldjson'), 'ld+json')]"):
        stack.extend(_json_objects(script.text or ""))
    flat: list[dict] = []
    while stack:
        obj = stack.pop(0)
        if isinstance(obj, list):
            stack.extend(obj)
        elif isinstance(obj, dict):
            flat.append(obj)
            stack.extend(obj.get("@graph", []) if isinstance(obj.get("@graph"), list) else [])
    by_id = {o["@id"]: o for o in flat if isinstance(o.get("@id"), str)}

    def types(o: dict) -> set[str]:
        t = o.get("@type", [])
        return {str(x).lower() for x in (t if isinstance(t, list) else [t])}

    primary = next((o for o in flat if types(o) & _ARTICLE_TYPES), None)
    primary = primary or next((o for o in flat if "webpage" in types(o)), None)
    if primary is None:
        return {}
    page = primary.get("mainEntityOfPage")
    if isinstance(page, dict):
        page = page.get("@id") or page.get("url")
    out: dict[str, str] = {}
    for key, value in (
        ("headline", primary.get("headline")),
        ("date", primary.get("datePublished") or primary.get("dateCreated")),
        ("url", primary.get("url")),
        ("url", page),
        ("outlet", _ld_name(primary.get("publisher"), by_id)),
        ("author", _ld_name(primary.get("author"), by_id)),
    ):
        if isinstance(value, str) and value.strip() and (key != "url" or _absolute(value)):
            out.setdefault(key, " ".join(value.split()))
    return out


def _absolute(url: str | None) -> str | None:
    """An http(s) address with a host, else None (relative links name no page)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme in ("http", "https") and parts.hostname else None


def page_meta(tree, source: str) -> dict[str, str]:
    """title, url, outlet, date, author of a parsed page (`source`: its decoded text).

    Read before the article is cut out: JSON-LD sits in scripts, the
    canonical link and Open Graph in the head.
    """
    ld = _json_ld(tree)
    meta: dict[str, str] = {}
    title = first(tree, "//meta[@property='og:title']/@content", "//h1")
    if not title:
        title = ld.get("headline")
    if not title and (title := first(tree, "//title")):
        title = _SITE_SUFFIX.sub("", title)
    if title:
        meta["title"] = title
    saved = _SAVED_FROM.search(source[:4096])
    for url in (
        first(tree, "//meta[@property='og:url']/@content"),
        first(tree, "//link[contains(concat(' ', @rel, ' '), ' canonical ')]/@href"),
        ld.get("url"),
        saved.group(1) if saved else None,
    ):
        if url := _absolute(url):
            meta["url"] = url
            break
    outlet = first(
        tree,
        "//meta[@property='og:site_name']/@content",
        "//meta[@name='application-name']/@content",
    ) or ld.get("outlet")
    if not outlet and "url" in meta:
        outlet = (urlsplit(meta["url"]).hostname or "").removeprefix("www.") or None
    if outlet:
        meta["outlet"] = outlet
    for raw in (
        first(tree, "//meta[@property='article:published_time']/@content"),
        first(
            tree,
            "//meta[@itemprop='datePublished']/@content",
            "//*[@itemprop='datePublished']/@datetime",
            "//*[@itemprop='datePublished']/@content",
        ),
        ld.get("date"),
        first(tree, "//time/@datetime"),
        first(tree, "//meta[@name='pubdate']/@content", "//meta[@name='publishdate']/@content"),
    ):
        if date := parse_date(raw):
            meta["date"] = date
            break
    author = first(tree, "//meta[@name='author']/@content") or ld.get("author")
    if author and not _absolute(author):
        meta["author"] = author
    return meta


def date_near_title(blocks: list[str], h1: str | None = None) -> str | None:
    """Last resort: a short line holding only a date (after a label or a byline).

    With `h1`, the lines around the headline in the page, nearest first (a
    page's top bar shows today's date, so it is not read unless it is next to
    the headline); without, the first lines of the kept article.
    """
    if h1 is None:
        lines = blocks[:5]
    else:
        flat = [" ".join(b.split()) for b in blocks]
        if h1 not in flat:
            return None
        i = flat.index(h1)
        window = sorted(range(max(0, i - 3), min(len(blocks), i + 8)), key=lambda j: abs(j - i))
        lines = [blocks[j] for j in window if j != i]
    for line in (ln for ln in lines if len(ln) <= 80):
        label = re.match(r"\D{0,40}?(?=\d)", line)  # a byline or "Cập nhật:" before it
        if label and (date := date_line(line[label.end() :])):
            return date
    return None
