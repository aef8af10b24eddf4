"""Passages a question's shape always needs, however much of its wording is about the plugins themselves: what changing
the CNI of a running cluster costs, and what changing the mode of the plugin in use takes. Each is looked up once per
language, retriever and plugin: the answer is the same for every question of that shape."""

from __future__ import annotations

import functools
from typing import Any

from assistant.models import Passage, Reading
from assistant.reading.query import MIGRATION_COST, MODE_CHANGE_COST
from assistant.retrieve import retrieve


def mode_change(reading: Reading) -> str | None:
    """The plugin whose mode in use the question moves to another of its modes ("现在是默认的 vxlan，改成 host-gw 可不可行？")."""
    current = reading.profile.current_plugin or ""
    plugin = current.split(":")[0]
    moved = any(w.split(":")[0] == plugin and w != current for w in reading.wanted)
    return plugin if plugin and moved and not reading.moving else None


class Pinned:
    def __init__(self, store: Any):
        self.store = store
        self._lookup = functools.lru_cache(maxsize=32)(self._lookup_uncached)

    def _lookup_uncached(self, query: str, lang: str, kind: str, plugin: str) -> tuple[Passage, ...]:
        return tuple(retrieve(self.store, query, lang, kind=kind, k=1, plugins=[plugin] if plugin else None).passages)

    def for_reading(self, reading: Reading, kind: str, have: set[str]) -> list[Passage]:
        """The passages the reading's shape calls for that retrieval has not already found (`have`: their chunk ids)."""
        lang = reading.lang
        found: tuple[Passage, ...] = ()
        if reading.moving:
            found = self._lookup(MIGRATION_COST[lang], lang, kind, "")
        elif (plugin := mode_change(reading)) is not None:
            found = self._lookup(MODE_CHANGE_COST[lang].format(plugin=plugin), lang, kind, plugin)
        return [p for p in found if p.chunk_id not in have]
