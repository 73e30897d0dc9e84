"""Display-text cleaning for survey cells: a pipeline of small steps, each a plain function.

The survey's text reaches us through PDF extraction, which leaves HTML list markup, spaced-out
Latin letters (`A I - O C R`), compatibility characters (Kangxi radicals such as U+2F3F for 手,
full-width Latin) and spaces wherever a cell wrapped. `clean_cell` turns such a cell into the one
canonical form that both the text parser and the PDF parser produce, so a record is the same
whichever extraction it came from. The survey's own wording is never changed.

The canonical form keeps a space only between two ASCII characters (`Code for OSAKA`) and before
a `・` that starts a list item; Japanese has no word spaces, so every other space is an artefact of
layout. `join_wrapped_lines` is the inverse for a cell wrapped over several lines.
"""

from __future__ import annotations

import html
import re
import unicodedata
from typing import Callable, Iterable

# Characters NFKC would rewrite that carry meaning in the survey: circled numbers number the
# survey's closed choices and list items (① → "1" would lose that).
_PRESERVED = re.compile(r"[\u2460-\u2473\u24ea\u3251-\u325f\u32b1-\u32bf]+")

# CJK Radicals Supplement look-alikes that NFKC leaves alone but PDF extraction produces.
_RADICAL_LOOKALIKES = str.maketrans({
    "\u2e8a": "卜", "\u2e8c": "小", "\u2e8d": "小", "\u2e95": "彐", "\u2e9c": "日",
    "\u2ea1": "氵", "\u2ea9": "王", "\u2eab": "目", "\u2eb2": "罒", "\u2eb9": "耂",
    "\u2ebc": "月", "\u2ec3": "覀", "\u2ec4": "西", "\u2ec5": "見", "\u2ecf": "阝",
    "\u2ed1": "長", "\u2ed8": "青", "\u2edd": "食", "\u2ee0": "飠", "\u2ee9": "黄",
    "\u2eea": "黒", "\u2eed": "歯", "\u2ef2": "亀", "\u2ee8": "麦", "\u2ee4": "鬼",
    "\u2ea0": "民", "\u2ef3": "竜",
})

# Markup is an HTML tag of a known name whose attributes are written name="value": `A<B and C>D`
# is text (its "attributes" are bare words), `<ul style="list-style-type: none">` is markup.
_TAG_NAMES = "a|b|br|div|em|font|i|li|ol|p|span|strong|sub|sup|table|tbody|td|th|tr|u|ul"
_ATTRIBUTES = r"""(?:\s+[A-Za-z-]+\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>=]+))*"""


def _tag(names: str) -> re.Pattern[str]:
    return re.compile(rf"<\s*/?\s*(?:{names})\b{_ATTRIBUTES}\s*/?\s*>", re.IGNORECASE)


_TAG = _tag(_TAG_NAMES)
_LIST_OPEN = re.compile(rf"<\s*(?:ul|ol)\b{_ATTRIBUTES}\s*>", re.IGNORECASE)
_ITEM_OPEN = re.compile(rf"<\s*li\b{_ATTRIBUTES}\s*>", re.IGNORECASE)
_BREAK = _tag("br")
_SPACES = re.compile(r"\s+")

LIST_MARK = "・"
# Characters that open a list item or note in the survey; it never runs them into a sentence,
# so a space or line break before one is kept as a space.
ITEM_MARKS = frozenset("・※○●■□◆◇【")


def strip_markup(text: str) -> str:
    """Remove HTML tags; a `<ul>` list becomes `・item ・item` so its items stay apart."""
    if "<" not in text and "&" not in text:
        return text
    text = _BREAK.sub(" ", text)
    if _LIST_OPEN.search(text) or _ITEM_OPEN.search(text):
        parts = _LIST_OPEN.split(text, maxsplit=1)
        before = parts[0]
        after = parts[1] if len(parts) > 1 else ""
        if _ITEM_OPEN.search(after):
            items = [_TAG.sub(" ", item) for item in _ITEM_OPEN.split(after)]
        else:
            body = _TAG.sub(" ", after).strip()
            if LIST_MARK in body and body.startswith(LIST_MARK):
                items = re.split(r"\s+(?=" + LIST_MARK + ")", body)
            else:
                items = body.split()
        items = [" ".join(i.split()) for i in items if i.strip()]
        items = [i if i.startswith(LIST_MARK) else LIST_MARK + i for i in items]
        text = " ".join([_TAG.sub(" ", before).strip(), *items])
    text = _TAG.sub(" ", text)
    return html.unescape(text)


# Invisible characters that carry no text: C0/C1 controls (NUL…; tabs and line breaks become
# spaces later), bidirectional overrides and isolates (U+202E can make a name read backwards),
# zero-width marks and the BOM.
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e"
                        "\u2060-\u2064\u2066-\u2069\ufeff]")


def drop_invisible(text: str) -> str:
    """Remove control, bidirectional-override and zero-width characters from display text."""
    return _INVISIBLE.sub("", text)


def normalize_compat(text: str) -> str:
    """NFKC (width, Kangxi radicals, compatibility forms), keeping circled numbers as printed."""
    text = text.translate(_RADICAL_LOOKALIKES)
    out: list[str] = []
    pos = 0
    for m in _PRESERVED.finditer(text):
        out.append(unicodedata.normalize("NFKC", text[pos:m.start()]))
        out.append(m.group())
        pos = m.end()
    out.append(unicodedata.normalize("NFKC", text[pos:]))
    return "".join(out)


def collapse_whitespace(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


_SINGLE = r"[A-Za-z0-9&/\-.・]"
# Two or more single ASCII characters separated by single spaces: `A I - O C R`, `2 1 / 4 5`.
_SPACED_RUN = re.compile(rf"(?<![A-Za-z0-9]){_SINGLE}(?: {_SINGLE})+(?![A-Za-z0-9])")
# A spaced-out capital before the rest of its word: `L GWAN`.
_SPACED_INITIAL = re.compile(r"(?<![A-Za-z0-9])([A-Z]) (?=[A-Z]{2,})")


def join_spaced_letters(text: str) -> str:
    """`A I - O C R` → `AI-OCR`: undo the letter-spacing PDF extraction gives Latin text."""
    text = _SPACED_RUN.sub(lambda m: m.group().replace(" ", ""), text)
    return _SPACED_INITIAL.sub(r"\1", text)


# a space before a number that starts a word: where a numbered list's items may begin
_NUMBERED = re.compile(r"(?<=\S) (\d{1,2})(?=[^\d\s\x00-\x7f])")
LIST_ITEMS = 3  # items numbered 1, 2, 3 … in order, at least: a numbered list


def numbered_items(text: str) -> set[int]:
    """Where `text` has the spaces before the items of a numbered list written inline
    (`1精神… 2非常勤講師の報酬支払 3県立図書館…`): the numbers 1, 2, 3 … in order, each after a
    space, at least `LIST_ITEMS` of them. Those spaces are kept: without them 支払3県立 reads
    as a quantity."""
    expected = 1
    found: list[int] = []
    best: list[int] = []
    for m in _NUMBERED.finditer(text):
        number = int(m.group(1))
        if number == expected:
            found.append(m.start())
            expected += 1
        elif number == 1:
            found, expected = [m.start()], 2
        if len(found) > len(best):
            best = list(found)
    return set(best) if len(best) >= LIST_ITEMS else set()


# a cell opening with the name of the technology used, then a space, then not a particle: a label,
# a word of its own (茨城県's names 「RPA 県立病院旅費代理申請登録」, 「チャットボット 県税業務への問合せ
# 対応」). Joined, Janome read RPA県立病院旅費代理申請登録 as one word and チャットボット県税業務 as a
# compound, so a search for チャットボット ranked those cases below ones only describing a chatbot.
_LEADING_LABEL = re.compile(r"(?:RPA|AI-OCR|AI・OCR|OCR|AI|チャットボット) (?=[^\u3041-\u309f\s、。,.])")


def drop_layout_spaces(text: str) -> str:
    """Remove every space next to a non-ASCII character, except before a list mark (`・`, `※`, …),
    an item of a numbered list (`numbered_items`) and after a leading technology label (`RPA 予算
    令達入力`)."""
    out: list[str] = []
    n = len(text)
    items = numbered_items(text) if " " in text else set()
    label = _LEADING_LABEL.match(text)
    if label:
        items.add(label.end() - 1)
    for i, ch in enumerate(text):
        if ch == " " and 0 < i < n - 1 and i not in items:
            prev, nxt = text[i - 1], text[i + 1]
            if nxt not in ITEM_MARKS and (not prev.isascii() or not nxt.isascii()):
                continue
        out.append(ch)
    return "".join(out)


CELL_PIPELINE: tuple[Callable[[str], str], ...] = (
    strip_markup,
    drop_invisible,
    normalize_compat,
    collapse_whitespace,
    join_spaced_letters,
    drop_layout_spaces,
)


def clean_cell(text: str | None, steps: Iterable[Callable[[str], str]] = CELL_PIPELINE) -> str:
    """Run a raw cell through the cleaning pipeline; `None` (an absent cell) becomes ``""``."""
    if not text:
        return ""
    for step in steps:
        text = step(text)
    return text


def clean_lines(text: str | None, steps: Iterable[Callable[[str], str]] = CELL_PIPELINE) -> str:
    """A cell of one's own case file, each line cleaned apart and its line breaks kept (a line
    break typed in an Excel cell means one, unlike a PDF cell's wrap); blank lines go."""
    if not text:
        return ""
    steps = tuple(steps)
    return "\n".join(line for line in (clean_cell(raw, steps) for raw in text.splitlines()) if line)


def join_wrapped_lines(lines: Iterable[str]) -> str:
    """Join the lines of a wrapped cell the way the canonical form expects.

    A line break stands for a space only between two ASCII characters (a Latin word wrap) or
    before a list mark such as `・` (Japanese line breaking never starts a line with a mid-word
    `・`, and the survey never runs `※ ○ 【` into a sentence); between Japanese characters it
    stands for nothing.
    """
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if out and ((out[-1].isascii() and line[0].isascii()) or line[0] in ITEM_MARKS):
            out += " "
        out += line
    return out


def label_number(text: str) -> tuple[int | None, str]:
    """Split the survey's numbered choice `①導入(実施)済` into (1, `導入(実施)済`)."""
    text = "".join(normalize_compat(text).split())
    if text and "\u2460" <= text[0] <= "\u2473":
        return ord(text[0]) - 0x2460 + 1, text[1:]
    m = re.match(r"^\(?(\d{1,2})[).]?(?=\D)", text)
    if m and not text[m.end():].startswith(("年", "月", "日")):
        return int(m.group(1)), text[m.end():]
    return None, text
