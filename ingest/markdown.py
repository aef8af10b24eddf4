"""Markdown and MDX: front matter, then sections along ATX/setext headings outside code fences."""

from __future__ import annotations

import re

from ingest.document import Loaded, LoadError, Section

_ATX = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
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
        m = _FENCE.match(line)
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
    fence = None

    def flush():
        if "".join(buf).strip():
            sections.append(Section([h for _, h in stack], "\n".join(buf).strip("\n")))
        buf.clear()

    def open_heading(level: int, title: str):
        flush()
        while stack and stack[-1][0] >= level:
            stack.pop()
        stack.append((level, _clean(title)))
        headings.append([h for _, h in stack])

    for line in lines:
        m = _FENCE.match(line)
        if m and (fence is None or m.group(1)[0] == fence):
            fence = None if fence else m.group(1)[0]
        if fence is None and not m:
            if h := _ATX.match(line):
                open_heading(len(h.group(1)), h.group(2))
                continue
            setext = _SETEXT.match(line)
            if setext and buf and buf[-1].strip() and not _ATX.match(buf[-1]) and _is_para_line(buf, line):
                title = buf.pop()
                open_heading(1 if setext.group(1)[0] == "=" else 2, title)
                continue
        buf.append(line)
    flush()
    if not sections:
        # A file that is nothing but headings (a stub page, "# Roadmap") is still findable by
        # them: each heading is a section whose only text is the heading itself.
        sections = [Section(path, "") for path in headings if path[-1]]
    return sections


def _is_para_line(buf: list[str], underline: str) -> bool:
    # "text\n---" is a setext heading only when "text" is a one-line paragraph, not a table/list.
    prev = buf[-1].strip()
    before = buf[-2].strip() if len(buf) > 1 else ""
    return not before and not prev.startswith(("|", "-", "*", ">", "<")) and len(prev) < 120


def _clean(title: str) -> str:
    # Drop link/emphasis markup so heading paths read as plain text.
    title = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", title)
    title = re.sub(r"\{#[^}]*\}\s*$", "", title)
    return re.sub(r"[`*_]", "", title).strip()
