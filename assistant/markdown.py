"""Markdown headings, read one way for everything: ingest splits notes along them and `kb check`
resolves the catalog's evidence against them, so a heading that passes the check is a heading
the index can find."""

from __future__ import annotations

import re
from dataclasses import dataclass

_ATX = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$")
FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")


@dataclass(frozen=True)
class Heading:
    line: int  # 1-based line number in the text scanned
    level: int
    title: str  # plain text: link, emphasis and code markup dropped


def clean(title: str) -> str:
    """A heading as plain text: "[`host-gw`](x) *mode*" -> "host-gw mode"."""
    title = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", title)
    title = re.sub(r"\{#[^}]*\}\s*$", "", title)
    return re.sub(r"[`*_]", "", title).strip()


def scan(lines: list[str]) -> list[Heading | str]:
    """The lines in order, headings (ATX and setext, outside code fences) as `Heading`s."""
    out: list[Heading | str] = []
    fence = None
    for n, line in enumerate(lines, 1):
        m = FENCE.match(line)
        if m and (fence is None or m.group(1)[0] == fence):
            fence = None if fence else m.group(1)[0]
        if fence is None and not m:
            if h := _ATX.match(line):
                out.append(Heading(n, len(h.group(1)), clean(h.group(2))))
                continue
            if _SETEXT.match(line) and _is_para_line(out):
                title = out.pop()
                assert isinstance(title, str)
                out.append(Heading(n - 1, 1 if line.strip()[0] == "=" else 2, clean(title)))
                continue
        out.append(line)
    return out


def headings(text: str) -> list[Heading]:
    return [item for item in scan(text.splitlines()) if isinstance(item, Heading)]


def _is_para_line(out: list[Heading | str]) -> bool:
    # "text\n---" is a setext heading only when "text" is a one-line paragraph, not a table/list.
    if not out or not isinstance(out[-1], str) or not out[-1].strip() or _ATX.match(out[-1]):
        return False
    prev = out[-1].strip()
    before = out[-2] if len(out) > 1 else ""
    if isinstance(before, Heading) or (isinstance(before, str) and before.strip()):
        return False
    return not prev.startswith(("|", "-", "*", ">", "<")) and len(prev) < 120
