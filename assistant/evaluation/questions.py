"""The evaluation question-set format: a YAML list or JSON Lines, validated strictly.

Other people write sets in this format, so every mistake is reported as one line naming the file,
the item and the key, instead of being silently ignored or scored as a failure.
"""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from assistant.catalog import yaml_problem
from assistant.errors import BadInput
from assistant.models import Lang, Profile

# strict: YAML `answerable: "no"` or `kernel: 3.10` (a float) is a mistake, not something to coerce.
_STRICT = ConfigDict(extra="forbid", strict=True)


class Expect(BaseModel):
    """What a good answer looks like. Absent keys are not scored; `answerable` defaults to true.

    An empty list means "none": no option required on top, none to exclude, no term or source
    required. The key is then not scored, as if absent; tools that write every key
    (`recommend_exclude: []`) must not have their sets refused.
    """

    model_config = _STRICT

    answerable: bool = True
    recommend_top_any: list[str] | None = None
    recommend_exclude: list[str] | None = None
    answer_contains_any: list[list[str]] | None = None
    sources_any: list[str] | None = None

    @field_validator("recommend_top_any", "recommend_exclude", "answer_contains_any", "sources_any")
    @classmethod
    def _empty_is_none(cls, v):
        return v or None

    @field_validator("answer_contains_any")
    @classmethod
    def _groups_not_empty(cls, v):
        if v is not None and any(not group for group in v):
            raise ValueError("each inner list needs at least one term")
        return v


class EvalQuestion(BaseModel):
    model_config = _STRICT

    id: str = Field(min_length=1)
    question: str = Field(min_length=1)
    lang: Lang | None = None
    profile: dict | None = None
    expect: Expect = Field(default_factory=Expect)
    why: str = ""
    set: str = Field(default="", exclude=True)  # file stem, filled by the loader, not a file key

    @field_validator("profile")
    @classmethod
    def _profile_keys(cls, v):
        if v is None:
            return v
        unknown = sorted(set(v) - set(Profile.model_fields))
        if unknown:
            raise ValueError(f"unknown profile key {unknown[0]!r}")
        Profile.model_validate(v, strict=True)
        return v

    def profile_model(self) -> Profile | None:
        return Profile.model_validate(self.profile) if self.profile else None


_FILE_KEYS = set(EvalQuestion.model_fields) - {"set"}


def _where(path: Path, n: int, raw) -> str:
    qid = raw.get("id") if isinstance(raw, dict) else None
    return f"{path}: item {n}" + (f" (id {qid!r})" if isinstance(qid, str) else "")


def _parse_item(path: Path, n: int, raw) -> EvalQuestion:
    where = _where(path, n, raw)
    if not isinstance(raw, dict):
        raise BadInput(f"{where}: must be a mapping with keys id, question, expect")
    if "set" in raw:  # `set` is ours, not a file key
        raise BadInput(f"{where}: unknown key 'set' (allowed: {', '.join(sorted(_FILE_KEYS))})")
    try:
        q = EvalQuestion.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"]) or "?"
        if err["type"] == "extra_forbidden":
            raise BadInput(f"{where}: unknown key {key!r}: check its spelling against the format") from None
        msg = err["msg"].removeprefix("Value error, ")
        if err["type"] == "string_type" and isinstance(err.get("input"), (int, float)):
            msg += f" (got the number {err['input']!r}: quote it)"
        raise BadInput(f"{where}: key {key!r}: {msg}") from None
    q.set = path.stem
    return q


def _raw_items(path: Path) -> list[tuple[int, object]]:
    """(item number, raw value) pairs; JSON Lines items are numbered by line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInput(f"{path}: cannot read the question set: {exc}") from None
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        items = []
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                items.append((lineno, json.loads(line)))
            except json.JSONDecodeError as exc:
                raise BadInput(f"{path}: line {lineno}: not valid JSON ({exc.msg})") from None
        return items
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        bad_line, _ = yaml_problem(exc)
        at = f" at line {bad_line + 1}" if bad_line is not None else ""
        raise BadInput(f"{path}: not valid YAML{at}: fix the syntax") from None
    if not isinstance(data, list):
        raise BadInput(f"{path}: must be a YAML list of questions (or a .jsonl file)")
    return list(enumerate(data, 1))


def load_questions(path: Path) -> list[EvalQuestion]:
    """Every question of one set; BadInput naming the item and key on the first problem."""
    path = Path(path)
    items = _raw_items(path)
    if not items:
        raise BadInput(f"{path}: the question set is empty")
    seen: dict[str, int] = {}
    out = []
    for n, raw in items:
        q = _parse_item(path, n, raw)
        if q.id in seen:
            raise BadInput(f"{_where(path, n, raw)}: key 'id': duplicate of item {seen[q.id]}")
        seen[q.id] = n
        out.append(q)
    return out


def load_sets(paths) -> list[EvalQuestion]:
    return [q for p in paths for q in load_questions(Path(p))]
