"""Score a profile reader against the labelled sentences of kb/eval/profile: precision and recall per key.

Values are compared the way the checks use them: kernels by major.minor, operating systems by
distribution and major release, blocked encapsulations as a set, and a plugin label without a
mode by plugin (a reader that adds a mode has over-read it; that is counted on its own).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, Field

from assistant.errors import BadInput


class LabelledSentence(BaseModel):
    id: str
    text: str
    lang: str
    facts: dict[str, Any] = Field(default_factory=dict)
    source: str = ""

    @property
    def held_out(self) -> bool:
        """A fixed third of the set, by id: reported, never used to tune the reader."""
        return int(hashlib.sha256(self.id.encode()).hexdigest(), 16) % 3 == 0


class KeyScore(BaseModel):
    key: str
    labelled: int = 0
    predicted: int = 0
    correct: int = 0

    @property
    def precision(self) -> float | None:
        return self.correct / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.correct / self.labelled if self.labelled else None


class ProfileScore(BaseModel):
    keys: dict[str, KeyScore] = Field(default_factory=dict)
    over_read_modes: int = 0
    errors: list[str] = Field(default_factory=list)  # "id: key expected X got Y", for reading the misses

    @property
    def total(self) -> KeyScore:
        out = KeyScore(key="all")
        for k in self.keys.values():
            out.labelled, out.predicted, out.correct = out.labelled + k.labelled, out.predicted + k.predicted, out.correct + k.correct
        return out


def load_sentences(path: Path) -> list[LabelledSentence]:
    try:
        raw = yaml.safe_load(Path(path).read_text("utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise BadInput(f"{path}: cannot read the labelled set: {exc}") from None
    return [LabelledSentence.model_validate(item) for item in raw or []]


def _major_minor(v: Any) -> str:
    m = re.match(r"(\d+)\.(\d+)", str(v))
    return f"{m.group(1)}.{m.group(2)}" if m else str(v)


def _os(v: Any) -> tuple[str, str]:
    # one distribution under its short and long names: "almalinux 9" and "alma 9", "rocky linux 8" and "rocky 8"
    text = re.sub(r"^(alma|rocky|oracle)\s*linux\b", r"\1", str(v).lower().strip())
    m = re.match(r"([a-z ]+?)\s*(\d+)?(?:\.\d+)*$", text)
    return (m.group(1).strip(), m.group(2) or "") if m else (str(v), "")


def same(key: str, want: Any, got: Any) -> bool:
    if key == "kernel":
        return _major_minor(want) == _major_minor(got)
    if key == "os":
        return _os(want) == _os(got)
    if key == "encap_blocked":
        return set(want or []) == set(got or [])
    if key == "current_plugin" and ":" not in str(want):
        return str(got).split(":")[0] == want
    return bool(want == got)


def score_reader(items: list[LabelledSentence], read: Callable[[str], dict[str, Any]]) -> ProfileScore:
    out = ProfileScore()
    for item in items:
        got = read(item.text)
        for key in set(item.facts) | set(got):
            ks = out.keys.setdefault(key, KeyScore(key=key))
            want_has, got_has = key in item.facts, key in got
            ks.labelled += want_has
            ks.predicted += got_has
            if want_has and got_has and same(key, item.facts[key], got[key]):
                ks.correct += 1
                if key == "current_plugin" and ":" in str(got[key]) and ":" not in str(item.facts[key]):
                    out.over_read_modes += 1
            elif want_has or got_has:
                out.errors.append(f"{item.id}: {key} expected {item.facts.get(key, '-')!r} got {got.get(key, '-')!r}")
    return out


def render(score: ProfileScore, title: str) -> str:
    def pct(x: float | None) -> str:
        return "n/a" if x is None else f"{x:.1%}"

    rows = [f"#### {title}", "", "| key | labelled | predicted | correct | precision | recall |", "|---|---|---|---|---|---|"]
    for ks in [*sorted(score.keys.values(), key=lambda k: k.key), score.total]:
        rows.append(f"| {ks.key} | {ks.labelled} | {ks.predicted} | {ks.correct} | {pct(ks.precision)} | {pct(ks.recall)} |")
    rows.append(f"\nPlugin modes over-read: {score.over_read_modes}")
    return "\n".join(rows)
