"""Which of the survey's tables a pasted description asks for, beyond its words.

A text about people (人材を採用したい, 職員を育てたい) means the digital-talent roles (③-1); one
about a team or a department (専門部署を作りたい, 検討チーム, 専門の係を置きたい) means the DX organisations (③-2).
Their key terms alone rank an IT council as high as an IT role. Each rule is a regular expression
over the text as typed; the engine ranks the cases of the tables asked for higher, never filters.
"""

from __future__ import annotations

import re

RULES: dict[str, re.Pattern[str]] = {
    # 採用 of 教員採用試験 or 採用選考 is a task of the cases, not a wish for people
    "digital_talent": re.compile(r"人材|人を|職員を(?:育|雇)|育てたい|育成|(?<!教員)採用(?!試験|選考)|招へい|招いて|"
                                 r"専門家|アドバイザー|補佐官"),
    "organization": re.compile(r"部署|組織|チーム|本部|推進体制|協議会|委員会|課を(?:作|設|置)|室を(?:作|設|置)|係を(?:作|設|置)"),
}


def asked_sections(text: str) -> list[str]:
    """The sections (`CaseRecord.section`) `text` asks for: [] for most task descriptions."""
    return [section for section, rule in RULES.items() if rule.search(text)]
