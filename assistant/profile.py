"""The environment a text states, as a `Profile` (the reading without question kinds or names)."""

from __future__ import annotations

from assistant.models import Profile
from assistant.reading.understand import read_profile


def extract_profile(text: str) -> Profile:
    """The environment the text describes; keys it does not mention stay None."""
    return Profile.model_validate({f.key: f.value for f in read_profile(text or "")})
