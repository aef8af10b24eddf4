"""reStructuredText: sections along underlined (optionally overlined) titles.

docutils would need every Sphinx role and directive registered to parse upstream docs
without noise, so headings are recognised by the adornment rules of the RST spec instead.
"""

from __future__ import annotations

import re

from ingest.document import Loaded, Section

_ADORN = re.compile(r"^([=\-~^\"'`#*+.:_])\1{2,}\s*$")
_DROP = re.compile(r"^\.\.\s*(_[^:]*:.*|\|[^|]*\|.*|)$")  # labels, substitutions, bare comments


def load_rst(text: str) -> Loaded:
    lines = text.splitlines()
    styles: list[tuple[str, bool]] = []  # adornment styles in order of first use = levels
    sections: list[Section] = []
    stack: list[tuple[int, str]] = []
    buf: list[str] = []
    i = 0

    def flush():
        if "".join(buf).strip():
            sections.append(Section([h for _, h in stack], "\n".join(buf).strip("\n")))
        buf.clear()

    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        after = lines[i + 2] if i + 2 < len(lines) else ""
        title, style, step = "", ("", False), 1
        if _ADORN.match(line) and nxt.strip() and _ADORN.match(after) and after[0] == line[0]:
            title, style, step = nxt.strip(), (line[0], True), 3
        elif line.strip() and not line[0].isspace() and _ADORN.match(nxt) and len(nxt.rstrip()) >= len(line.rstrip()):
            title, style, step = line.strip(), (nxt[0], False), 2
        if title:
            if style not in styles:
                styles.append(style)
            level = styles.index(style)
            flush()
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, title))
        elif not _DROP.match(line):
            buf.append(line)
        i += step
    flush()
    return Loaded(sections=sections)
