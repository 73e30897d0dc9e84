"""Japanese line breaking for table cells, as a word processor does it.

Japanese breaks between any two characters except where 禁則 (kinsoku) forbids it: no line starts
with closing brackets, small kana, the long-vowel mark, `、。・` and the like, and no line ends with
an opening bracket. A run of Latin letters and digits is a word and is not broken unless it is
longer than a whole line. A space is a break opportunity and disappears at the break.
"""

from __future__ import annotations

import re
from typing import Callable

NO_LINE_START = set("、。，．,.)]}）〕】』」〉》・：；:;？！?!ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々〻ゝゞヽヾ…‥～〜")
NO_LINE_END = set("([{（〔【『「〈《")

_TOKEN = re.compile(r" +|[!-~]+|.", re.DOTALL)


def break_lines(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """Break `text` into lines no wider than `width` (in the units of `measure`)."""
    lines: list[str] = []
    line: list[str] = []  # tokens; a " " token marks a break opportunity that vanishes at a break

    def text_of(tokens: list[str]) -> str:
        return "".join(tokens).strip()

    def flush() -> None:
        if text_of(line):
            lines.append(text_of(line))
        line.clear()

    for tok in _TOKEN.findall(text):
        if tok.startswith(" "):
            if line and line[-1] != " ":
                line.append(" ")
            continue
        if not text_of(line) or measure(text_of(line + [tok])) <= width:
            line.append(tok)
            continue
        # tok does not fit. Break before it, unless kinsoku forbids: then carry tokens back.
        carry = [tok]
        while len(line) > 1 and line[-1] != " " and (
                carry[0][0] in NO_LINE_START or line[-1][-1] in NO_LINE_END):
            carry.insert(0, line.pop())
        if line and line[-1] == " ":
            line.pop()
        flush()
        line.extend(carry)
        # A word that is wider than a whole line is cut by characters.
        while text_of(line) and measure(text_of(line)) > width:
            whole = text_of(line)
            cut = 1
            while cut < len(whole) and measure(whole[:cut + 1]) <= width:
                cut += 1
            lines.append(whole[:cut])
            line[:] = [whole[cut:]]
    flush()
    return lines or [""]
