"""The accumulator the derivations write to: facts, conflicts and notices, each in English and Chinese."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from assistant.observe.models import ObservedFact

MAX_LINES = 16


def dedupe(lines: list[str]) -> list[str]:
    seen: list[str] = []
    for line in lines:
        if line and line not in seen:
            seen.append(line)
    return seen[:MAX_LINES]


@dataclass
class Findings:
    facts: list[ObservedFact] = field(default_factory=list)
    conflicts: list[tuple[str, str]] = field(default_factory=list)
    notices: list[tuple[str, str]] = field(default_factory=list)

    def fact(self, key: str, value: Any, lines: list[str], en: str, zh: str, nodes_seen: int | None = None) -> None:
        self.facts = [f for f in self.facts if f.key != key]
        self.facts.append(ObservedFact(key=key, value=value, lines=dedupe(lines), detail_en=en, detail_zh=zh,
                                       nodes_seen=nodes_seen))

    def conflict(self, en: str, zh: str) -> None:
        if (en, zh) not in self.conflicts:
            self.conflicts.append((en, zh))

    def notice(self, en: str, zh: str) -> None:
        if (en, zh) not in self.notices:
            self.notices.append((en, zh))
