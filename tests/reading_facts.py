"""The rule reader's facts for a sentence, as {key: value}: what the reading tests compare."""

from __future__ import annotations

from assistant.catalog import load_catalog
from assistant.reading import read_profile
from assistant.settings import REPO_ROOT

CATALOG = load_catalog(REPO_ROOT / "kb")


def facts(text: str) -> dict:
    return {f.key: f.value for f in read_profile(text, CATALOG)}
