"""Reading a question once: language, kind, environment facts with their words, names."""

from assistant.models import Kind, ReadFact, Reading, Source
from assistant.reading.understand import facts_of, merge, read_profile, understand

__all__ = ["Kind", "ReadFact", "Reading", "Source", "facts_of", "merge", "read_profile", "understand"]
