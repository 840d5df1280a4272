"""Legacy Vietnamese byte encodings: Windows-1258, TCVN3 (ABC) and VNI-Windows.

Old government documents and text exported from Word files set in `.VnTime`
(TCVN3) or `VNI-Times` (VNI) fonts reach reviewers as bytes that are not UTF-8.
This module decodes them to Unicode and guesses which encoding a file uses.

No PyPI package was taken for this: the only one found that names TCVN3/VNI
(`viparse`, 0.1.x, a RAG document loader released in 2026) is young, unranked
and brings a loader framework with it; the two tables below are small, were
written from the published charts and are tested in both directions.

* **TCVN3** is the "VN3" variant of TCVN 5712:1993 used by the ABC fonts: one
  byte per letter, lower-case toned letters and the seven base capitals
  Ă Â Đ Ê Ô Ơ Ư only. Capitals with a tone (`Ủ`, `Ế`) have no code: fonts
  draw them from the same byte in the `…H` capital font, so the byte is the
  lower-case one. The decoder restores the capital at the start of a sentence
  and inside an all-capital word; elsewhere (`… - ủy viên`) it stays small.
* **VNI-Windows** writes a base letter followed by a mark byte (`a` + `ù` =
  `á`); `ơ ư đ` and the `i`/`ỵ` letters have single bytes. Capitals exist.
  Bytes are read through Windows-1252, which is what VNI fonts are laid on.
* **Windows-1258** (Python's `cp1258`) decodes to base letters plus combining
  tone marks; the caller normalises to NFC.
"""

from __future__ import annotations

import unicodedata

import regex

# --- TCVN3 (TCVN 5712:1993 VN3, "ABC") -----------------------------------------------------

_TCVN3_CHART = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
}  # fmt: skip


def _windows_1252_table() -> list[str]:
    """Byte → char through Windows-1252, with its five holes read as Latin-1."""
    table = []
    for b in range(256):
        try:
            table.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            table.append(chr(b))
    return table


_CP1252 = _windows_1252_table()
_TCVN3_DECODE = "".join(_TCVN3_CHART.get(b, _CP1252[b]) for b in range(256))
_TCVN3_ENCODE = {ch: bytes([b]) for b, ch in _TCVN3_CHART.items()}
# Capitals with a tone share the lower-case byte (see the module docstring).
for _b, _ch in _TCVN3_CHART.items():
    if _ch.upper() not in _TCVN3_ENCODE:
        _TCVN3_ENCODE[_ch.upper()] = bytes([_b])
_TCVN3_SMALL_ONLY = frozenset(
    ch for ch in _TCVN3_CHART.values() if ch.islower() and ch.upper() not in _TCVN3_CHART.values()
)

# A small toned letter that starts a sentence, or sits in an otherwise capital word.
_SENTENCE_START = regex.compile(r"(?:^|(?<=[.!?…:]\s+)|(?<=^[\"“'(\[]))(\p{Ll})", regex.M)
_CAPS_WORD = regex.compile(r"\b\p{L}*\p{Lu}\p{L}*\b")
_LINE = regex.compile(r"^.+$", regex.M)


def _restore_capitals(text: str) -> str:
    def at_start(m: regex.Match[str]) -> str:
        ch = m.group(1)
        return ch.upper() if ch in _TCVN3_SMALL_ONLY else ch

    def in_caps(m: regex.Match[str]) -> str:
        word = m.group(0)
        others = [c for c in word if c.isalpha() and c not in _TCVN3_SMALL_ONLY]
        if len(others) >= 2 and all(c.isupper() for c in others):
            return word.upper()
        return word

    def caps_line(m: regex.Match[str]) -> str:
        line = m.group(0)
        others = [c for c in line if c.isalpha() and c not in _TCVN3_SMALL_ONLY]
        if len(others) >= 3 and all(c.isupper() for c in others):
            return line.upper()
        return line

    text = _SENTENCE_START.sub(at_start, text)
    text = _CAPS_WORD.sub(in_caps, text)
    return _LINE.sub(caps_line, text)


def decode_tcvn3(data: bytes) -> str:
    """TCVN3 bytes → Unicode (NFC), capitals restored where the context shows them."""
    return _restore_capitals(data.decode("latin-1").translate(_TCVN3_DECODE_MAP))


_TCVN3_DECODE_MAP = {b: ch for b, ch in enumerate(_TCVN3_DECODE)}


def encode_tcvn3(text: str) -> bytes:
    """Unicode → TCVN3, as a converter of the time writes it (capitals with tone folded)."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        code = _TCVN3_ENCODE.get(ch)
        if code is not None:
            out += code
        elif ord(ch) < 0x80:
            out.append(ord(ch))
        else:
            out += ch.encode("cp1252", errors="replace")
    return bytes(out)


# --- VNI-Windows ----------------------------------------------------------------------------

# Marks after a base letter (lower-case byte; the capital form is the upper-case byte).
_VNI_TONES = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
_VNI_CIRCUMFLEX = {
    "": "â",
    "\u0301": "á",
    "\u0300": "à",
    "\u0309": "å",
    "\u0303": "ã",
    "\u0323": "ä",
}
_VNI_BREVE = {"": "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
# Letters with a byte of their own.
_VNI_SINGLE = {
    "đ": "ñ", "ơ": "ô", "ư": "ö",
    "í": "í", "ì": "ì", "ỉ": "æ", "ĩ": "ó", "ị": "ò", "ỵ": "î",
}  # fmt: skip


def _vni_chart() -> dict[str, str]:
    """Unicode letter → VNI characters (as Windows-1252 text)."""
    chart: dict[str, str] = {}

    def put(letter: str, vni: str) -> None:
        letter = unicodedata.normalize("NFC", letter)
        chart[letter] = vni
        chart[letter.upper()] = vni.upper()

    for small, vni in _VNI_SINGLE.items():
        put(small, vni)
    for base in "aeouy":
        for tone, mark in _VNI_TONES.items():
            if base == "y" and tone == "\u0323":
                continue  # ỵ has its own byte
            put(base + tone, base + mark)
    for base in "ơư":
        for tone, mark in _VNI_TONES.items():
            put(base + tone, _VNI_SINGLE[base] + mark)
    for base in "aeo":
        for tone, mark in _VNI_CIRCUMFLEX.items():
            put(base + "\u0302" + tone, base + mark)
    for tone, mark in _VNI_BREVE.items():
        put("a\u0306" + tone, "a" + mark)
    return chart


_VNI_ENCODE = _vni_chart()
_VNI_DECODE = {vni: letter for letter, vni in _VNI_ENCODE.items()}
_VNI_SEQ = regex.compile(
    "|".join(regex.escape(s) for s in sorted(_VNI_DECODE, key=len, reverse=True))
)
_CP1252_MAP = {b: ch for b, ch in enumerate(_CP1252)}


def decode_vni(data: bytes) -> str:
    """VNI-Windows bytes → Unicode (NFC)."""
    text = data.decode("latin-1").translate(_CP1252_MAP)
    return _VNI_SEQ.sub(lambda m: _VNI_DECODE[m.group(0)], text)


def encode_vni(text: str) -> bytes:
    """Unicode → VNI-Windows bytes."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        out.append(_VNI_ENCODE.get(ch, ch))
    return "".join(out).encode("cp1252", errors="replace")


# --- detection ------------------------------------------------------------------------------

_VOWEL_FORMS = {"a": ("", "\u0302", "\u0306"), "e": ("", "\u0302"), "o": ("", "\u0302", "\u031b"),
                "u": ("", "\u031b"), "i": ("",), "y": ("",)}  # fmt: skip
_VIET_LETTERS = frozenset(
    unicodedata.normalize("NFC", base + mod + tone)
    for vowel, mods in _VOWEL_FORMS.items()
    for base in (vowel, vowel.upper())
    for mod in mods
    for tone in ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")
) | frozenset("đĐ")
_TONES = frozenset("\u0301\u0300\u0309\u0303\u0323")
_ASCII_PUNCT = "\"'()[]{}.,;:!?-–—…“”‘’«»/%"


def plausibility(text: str) -> tuple[int, int]:
    """(plausible, implausible) counts over the words that contain non-ASCII letters.

    A word is plausible when every non-ASCII character is a Vietnamese letter
    and it carries at most one tone mark, as a Vietnamese syllable does.
    """
    good = bad = 0
    for token in text.split():
        word = token.strip(_ASCII_PUNCT)
        if word.isascii() or not word:
            continue
        letters_ok = all(c.isascii() or c in _VIET_LETTERS for c in word)
        tones = sum(1 for c in unicodedata.normalize("NFD", word) if c in _TONES)
        if letters_ok and tones <= 1:
            good += 1
        else:
            bad += 1
    return good, bad


def encode_cp1258(text: str) -> bytes:
    """Unicode → Windows-1258 as Windows writes it: a precomposed letter where the
    code page has one, else the base letter plus a combining tone mark."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
        tone = "".join(c for c in decomposed if c in _TONES)
        out += (base + tone).encode("cp1258", errors="replace")
    return bytes(out)


def _cp1258(data: bytes) -> str:
    return unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))


DECODERS = {
    "cp1258": _cp1258,
    "tcvn3": decode_tcvn3,
    "vni": decode_vni,
}


def detect_legacy(data: bytes, sample: int = 200_000) -> tuple[str, str] | None:
    """The legacy encoding that makes the most Vietnamese words: (name, text), or None.

    Only called on bytes that are not UTF-8. Each candidate decodes a sample;
    the winner must make most non-ASCII words valid syllables.
    """
    head = data[:sample]
    scores = []
    for name, dec in DECODERS.items():
        good, bad = plausibility(dec(head))
        scores.append((good - bad, good, bad, name))
    scores.sort(reverse=True)
    _, good, bad, name = scores[0]
    if good == 0 or good < 2 * bad:
        return None
    return name, DECODERS[name](data)
