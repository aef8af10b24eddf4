"""Declines: a question outside pod networking, or one about a plugin, mode or feature nobody documents."""

from __future__ import annotations

from assistant.catalog import Catalog
from assistant.compose.texts import ABSENT, CLOSEST, HAVING, KNOWN_MODES, OUT_OF_SCOPE, UNKNOWN, join_names
from assistant.evidence import CitationBook
from assistant.models import Reading
from assistant.reading.presumed import NAMES, PROPERTY, having
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


def absent(reading: Reading, catalog: Catalog, book: CitationBook) -> str:
    """A feature presumed in a plugin whose every mode documents that it has none: say so, cited, and name who has it."""
    lang = reading.lang
    plugin = catalog.plugin(reading.plugins[0])
    lines = []
    for key in reading.absent:
        refs = book.cite_refs([getattr(plugin.options[0].props, PROPERTY[key]).evidence])
        cites = " ".join(f"[{n}]" for n in refs)
        lines.append(ABSENT.of(lang).format(plugin=plugin.name, feature=NAMES[key].of(lang), cites=cites).rstrip())
        if others := having(catalog, key)[:4]:
            lines.append(HAVING.of(lang).format(feature=NAMES[key].of(lang), names=join_names(others, lang)))
    return "\n\n".join(lines)
