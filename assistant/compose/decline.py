"""Declines: a question outside pod networking, or one about a plugin, mode or feature nobody documents."""

from __future__ import annotations

from assistant.catalog import Catalog
from assistant.compose.texts import CLOSEST, KNOWN_MODES, OUT_OF_SCOPE, UNKNOWN, join_names
from assistant.models import Reading
from assistant.text import say


def decline(reading: Reading, catalog: Catalog) -> str:
    lang = reading.lang
    if reading.decline != "unknown_name":
        return OUT_OF_SCOPE.of(lang)
    names = join_names([f"`{n}`" for n in reading.unknown], lang)
    it = say(lang, "it" if len(reading.unknown) == 1 else "them", "它" if len(reading.unknown) == 1 else "它们")
    lines = [UNKNOWN.of(lang).format(names=names, it=it)]
    if reading.closest:
        lines.append(CLOSEST.of(lang).format(names=join_names(reading.closest, lang)))
    for plugin_id in reading.plugins[:2]:
        plugin = catalog.plugin(plugin_id)
        modes = [o.name for o in plugin.options]
        lines.append(KNOWN_MODES.of(lang).format(plugin=plugin.name, modes=join_names(modes, lang)))
    return "\n\n".join(lines)
