"""Markdown and MDX: front matter, then sections along ATX/setext headings outside code fences."""

from __future__ import annotations

import re

from assistant.markdown import FENCE, Heading, scan
from ingest.document import Loaded, LoadError, Section

# MDX module lines and lines that are nothing but a JSX tag carry no prose.
_MDX_DROP = re.compile(r"^\s*((import|export)\s.*|</?[A-Z][\w.]*(\s[^<>]*)?/?>)\s*$")


def load_markdown(text: str, *, mdx: bool = False) -> Loaded:
    meta, body = _front_matter(text)
    lines = body.splitlines()
    if mdx:
        lines = _strip_mdx(lines)
    sections = _walk(lines)
    return Loaded(sections=sections, meta=meta, title=str(meta.get("title") or ""))


def _front_matter(text: str) -> tuple[dict, str]:
    if not text.lstrip("\ufeff").startswith(("---", "+++")):
        return {}, text
    import frontmatter

    try:
        post = frontmatter.loads(text)
    except Exception as exc:  # yaml/toml errors have many types; all mean the same to the user
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise LoadError(f"broken front matter: {first}") from None
    if not isinstance(post.metadata, dict):
        raise LoadError("broken front matter: not a mapping of keys to values")
    return dict(post.metadata), post.content


def _strip_mdx(lines: list[str]) -> list[str]:
    out, fence = [], None
    for line in lines:
        m = FENCE.match(line)
        if m and (fence is None or m.group(1)[0] == fence):
            fence = None if fence else m.group(1)[0]
        elif fence is None and _MDX_DROP.match(line):
            continue
        out.append(line)
    return out


def _walk(lines: list[str]) -> list[Section]:
    sections: list[Section] = []
    stack: list[tuple[int, str]] = []
    buf: list[str] = []
    headings: list[list[str]] = []  # every heading path opened, for a file of headings only

    def flush() -> None:
        if "".join(buf).strip():
            sections.append(Section([h for _, h in stack], "\n".join(buf).strip("\n")))
        buf.clear()

    for item in scan(lines):
        if isinstance(item, Heading):
            flush()
            while stack and stack[-1][0] >= item.level:
                stack.pop()
            stack.append((item.level, item.title))
            headings.append([h for _, h in stack])
        else:
            buf.append(item)
    flush()
    if not sections:
        # A file that is nothing but headings (a stub page, "# Roadmap") is still findable by
        # them: each heading is a section whose only text is the heading itself.
        sections = [Section(path, "") for path in headings if path[-1]]
    return sections
