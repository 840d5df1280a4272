"""Vietnamese number grammar: numerals in digits and in words, scale words, display.

Vietnamese writes `.` between thousands groups and `,` as the decimal mark:
`3.190,732` is 3190.732 and `1.234.567` is 1234567. A dot followed by anything
but exactly three digits is not a thousands separator (`4.0`, `12.3000`), so
such tokens are not read as numbers at all.
"""

from __future__ import annotations

from decimal import (
    Context,
    Decimal,
    DivisionByZero,
    Inexact,
    InvalidOperation,
    Overflow,
    Underflow,
    localcontext,
)

import regex

# The arithmetic of figures. The thread's default context rounds at 28 digits and
# raises on a 29-digit quantize, so the extractor never computes in it: every
# multiplication and sum goes through EXACT, wide enough for any numeral the scanner
# accepts (FIGURE_DIGITS) times the largest scale (`nghìn tỷ`, 10^12), twice. Its
# traps include Inexact: a result that would be rounded raises (decimal.Inexact, an
# ArithmeticError) instead of being silently wrong, and the caller skips the figure.
EXACT = Context(prec=60, traps=[InvalidOperation, DivisionByZero, Overflow, Underflow, Inexact])

# The widest figure every consumer can write exactly: `model.decimal_str`, the store
# and the exports format values in the default context (28 digits). `nghìn tỷ` of a
# 15-digit numeral is 27 digits, so every real statistic fits; a longer numeral is an
# identifier, a misprint or a pasted table cell, and is skipped with a warning.
FIGURE_DIGITS = 28

# A numeral in digits, Vietnamese style. Not glued to a letter or another number on
# the left; not followed by another digit or by a separator that continues the number.
NUMERAL = (
    r"(?<![\p{L}\p{N}_]|\p{N}[.,])"
    r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
    r"(?![\p{N}]|[.,]\p{N})"
)
_NUMERAL_RE = regex.compile(NUMERAL)

# Scale words and their powers of ten; spelling variants normalise to one name.
SCALES: dict[str, tuple[str, int]] = {
    "nghìn tỷ": ("nghìn tỷ", 12),
    "nghìn tỉ": ("nghìn tỷ", 12),
    "ngàn tỷ": ("nghìn tỷ", 12),
    "ngàn tỉ": ("nghìn tỷ", 12),
    "nghìn": ("nghìn", 3),
    "ngàn": ("nghìn", 3),
    "triệu": ("triệu", 6),
    "tỷ": ("tỷ", 9),
    "tỉ": ("tỷ", 9),
}
_GLUED_SCALES = {k.replace(" ", ""): v for k, v in SCALES.items() if " " in k}
SCALE_PATTERN = "|".join(
    regex.escape(k).replace(r"\ ", r"[ \t]*\n?[ \t]*")
    for k in sorted(SCALES, key=len, reverse=True)
)

UNIT_WORDS = {
    "không": 0,
    "một": 1,
    "mốt": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
    "năm": 5,
    "lăm": 5,
    "nhăm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
}


def numeral_digits(token: str) -> int:
    """How many digits a numeral is written with (separators not counted)."""
    return len(token) - token.count(".") - token.count(",")


def plain_digits(value: Decimal) -> int:
    """Digits `model.decimal_str` has to write for `value` exactly: every digit of an
    integer (`1E+40` is 41), the significant digits of a fraction (`0,0005` is 1)."""
    _, digits, exp = value.as_tuple()
    if not isinstance(exp, int):  # NaN, Infinity
        return 0
    n = len(digits)
    while n > 1 and digits[n - 1] == 0:
        n -= 1
        exp += 1
    return n + exp if exp >= 0 else n


def parse_numeral(token: str) -> Decimal | None:
    """Read a Vietnamese digit numeral exactly (`3.190,732` → Decimal('3190.732')).

    The Decimal constructor is exact whatever its length; the caller decides whether
    a numeral that long can be a figure (FIGURE_DIGITS).
    """
    token = token.strip()
    if not _NUMERAL_RE.fullmatch(token):
        return None
    try:
        return Decimal(token.replace(".", "").replace(",", "."))
    except InvalidOperation:
        return None


def parse_matched(token: str) -> Decimal | None:
    """`parse_numeral` of a token a NUMERAL pattern matched in a text: it is a numeral
    by itself too (its look-arounds hold at a string's edges), so it is not checked
    again (the scanner reads every digit candidate through this)."""
    try:
        return Decimal(token.replace(".", "").replace(",", "."))
    except InvalidOperation:
        return None


def parse_number_words(words: list[str]) -> int | None:
    """Read a Vietnamese number in words up to 999 (`hai mươi lăm` → 25, `đôi` → 2).

    Returns None when the words are not a well-formed number.
    """
    ws = [w.lower() for w in words]
    if ws == ["đôi"]:
        return 2
    total = 0
    current = None  # pending digit
    tens_seen = False
    i = 0
    while i < len(ws):
        w = ws[i]
        if w == "trăm":
            if current is None or total:
                return None
            total = current * 100
            current = None
        elif w == "mười":
            if current is not None or tens_seen:
                return None
            total += 10
            tens_seen = True
        elif w == "mươi":
            if current is None or current < 2 or tens_seen:
                return None
            total += current * 10
            current = None
            tens_seen = True
        elif w in ("linh", "lẻ"):
            if total % 100 or current is not None:
                return None
        elif w in UNIT_WORDS:
            if current is not None:
                return None
            v = UNIT_WORDS[w]
            if w in ("mốt", "lăm", "nhăm", "tư") and not tens_seen:
                if w == "tư" and total >= 100:
                    pass
                else:
                    return None
            current = v
        else:
            return None
        i += 1
    if current is not None:
        total += current
    elif not total:
        return None
    return total


def scale_of(word: str) -> tuple[str, int] | None:
    """Normalised scale name and power of ten for a scale word (whitespace-tolerant).

    SCALE_PATTERN lets the words of a compound scale run together (`nghìntỷ`, a typo
    the press makes), so those are read too, by the compound with its spaces taken out.
    """
    key = " ".join(word.split()).lower()
    return SCALES.get(key) or _GLUED_SCALES.get(key.replace(" ", ""))


def apply_scale(number: Decimal, power: int) -> Decimal:
    """number × 10^power, exact (raises decimal.Inexact rather than round)."""
    return number.scaleb(power, context=EXACT) if power else number


def add_exact(a: Decimal, b: Decimal) -> Decimal:
    """a + b, exact (`2 tỷ 500 triệu`: the two parts of one amount)."""
    return EXACT.add(a, b)


def format_vi(value: Decimal | None, *, max_decimals: int = 6) -> str:
    """A Decimal shown the Vietnamese way: `76.200.000`, `3.190,732`, `25,1`."""
    if value is None:
        return ""
    sign = "-" if value < 0 else ""
    with localcontext(EXACT) as ctx:  # normalize() rounds in the default context
        ctx.traps[Inexact] = False  # a value wider than EXACT is shown rounded, not lost
        text = format(abs(value).normalize(), "f")
    whole, _, frac = text.partition(".")
    frac = frac[:max_decimals].rstrip("0")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    out = ".".join(groups)
    return f"{sign}{out},{frac}" if frac else f"{sign}{out}"


_VALUE_RE = regex.compile(
    rf"^\s*(?P<num>[+-]?{NUMERAL})\s*(?P<scale>{SCALE_PATTERN})?\s*(?P<rest>.*?)\s*$",
    regex.IGNORECASE,
)


def parse_value(text: str) -> Decimal | None:
    """Parse what a reviewer types as a value: `1.800 triệu`, `76,2`, `25,1%`, `1800000000`.

    The scale word multiplies, and an amount in two scales adds up (`2 tỷ 500 triệu`);
    a trailing unit or `%` is allowed and ignored. A value
    wider than FIGURE_DIGITS is None, like any other text that is not a value.
    """
    m = _VALUE_RE.match(text or "")
    if not m:
        return None
    num_text = m.group("num")
    neg = num_text.startswith("-")
    number = parse_numeral(num_text.lstrip("+-"))
    if number is None:
        return None
    if m.group("scale"):
        _, power = scale_of(m.group("scale"))  # type: ignore[misc]
        try:
            number = apply_scale(number, power)
        except ArithmeticError:
            return None
        # an amount in two scales, `2 tỷ 500 triệu`: each further part a smaller scale
        rest = m.group("rest")
        while rest and rest[0].isdigit():
            part = _VALUE_RE.match(rest)
            if part is None or not part.group("scale") or part.group("num")[0] in "+-":
                return None  # `2 tỷ 500`: a number where a unit should be
            smaller = scale_of(part.group("scale"))[1]  # type: ignore[index]
            value = parse_numeral(part.group("num"))
            if value is None or smaller >= power:
                return None
            try:
                number += apply_scale(value, smaller)
            except ArithmeticError:
                return None
            power, rest = smaller, part.group("rest")
    if plain_digits(number) > FIGURE_DIGITS:
        return None  # wider than any figure: not a value a reviewer meant, nor one to store
    return -number if neg else number
