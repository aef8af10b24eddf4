"""Problems found in the knowledge base, and where YAML nodes sit in their files."""

from __future__ import annotations

import yaml
from pydantic import BaseModel

Loc = tuple[str | int, ...]  # a path into a YAML document: mapping keys and list indexes, as pydantic reports them


class Problem(BaseModel):
    path: str  # as shown to the user, e.g. "kb/catalog/flannel.yaml"
    line: int | None = None
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}" if self.line else f"{self.path}: {self.message}"


class KBReport(BaseModel):
    problems: list[Problem]
    notes: int
    plugins: int
    options: int
    evidence_refs: int
    releases: dict[str, str] = {}  # plugin id -> the upstream release its facts were checked against

    @property
    def ok(self) -> bool:
        return not self.problems


def line_of(node: yaml.Node | None, loc: Loc, base: int = 1) -> int | None:
    """The line of the deepest YAML node along a pydantic error location."""
    line = node.start_mark.line + base if node is not None else None
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if k.value == part), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        else:
            node = None
        if node is None:
            break
        line = node.start_mark.line + base
    return line
