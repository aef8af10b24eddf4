"""HTML: visible text only, h1-h6 kept as section headings."""

from __future__ import annotations

from ingest.document import Loaded
from ingest.markdown import load_markdown


def load_html(text: str) -> Loaded:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(text, "html.parser")
    for tag in soup(["script", "style", "noscript", "template", "svg"]):
        tag.decompose()
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    if soup.title:
        soup.title.decompose()
    # Turn headings into Markdown ATX lines, then reuse the Markdown section walk.
    for tag in soup.find_all(["h1", "h2", "h3", "h4", "h5", "h6"]):
        heading = " ".join(tag.get_text(" ", strip=True).split())
        tag.replace_with(f"\n\n{'#' * int(tag.name[1])} {heading}\n\n")
    for tag in soup.find_all("pre"):
        # Keep code as a fence so a '#' comment inside is not read as a heading.
        tag.replace_with(f"\n\n```\n{tag.get_text()}\n```\n\n")
    body = soup.get_text("\n")
    loaded = load_markdown("\n".join(line.strip() if not line.startswith(" ") else line for line in body.splitlines()))
    loaded.title = title
    return loaded
