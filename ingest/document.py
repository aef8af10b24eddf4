"""The loaders' common result: a file's text as heading-delimited sections."""

from __future__ import annotations

from dataclasses import dataclass, field


class LoadError(Exception):
    """A file that cannot be ingested; the message is the one-line reason users see."""


@dataclass
class Section:
    headings: list[str]  # heading path, outermost first
    text: str


@dataclass
class Loaded:
    sections: list[Section]
    meta: dict = field(default_factory=dict)  # front matter, if any
    title: str = ""

    @property
    def first_heading(self) -> str:
        return next((s.headings[-1] for s in self.sections if s.headings), "")
