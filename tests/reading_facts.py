"""The rule reader's facts for a sentence, as {key: value}: what the reading tests compare."""

from __future__ import annotations

from assistant.catalog import load_catalog
from assistant.checks import run_checks
from assistant.models import Profile
from assistant.plan import Plan
from assistant.reading import read_profile
from assistant.settings import REPO_ROOT

CATALOG = load_catalog(REPO_ROOT / "kb")


def facts(text: str) -> dict:
    return {f.key: f.value for f in read_profile(text, CATALOG)}


def check_status(option: str, profile: Profile, check: str) -> str | None:
    """What one check says about one catalog option under a profile, or None when it says nothing."""
    results = run_checks(CATALOG.option(option), profile, "en", CATALOG.environments_by_id, CATALOG.distributions_by_id)
    return next((r.status for r in results if r.check == check), None)


def top(text: str) -> str:
    """The option the assistant puts first for a question."""
    return planned(text).options[0].id


def planned(text: str) -> Plan:
    """The checks for every option, as the assistant plans them for a question (read once, then planned)."""
    from assistant.planning import plan
    from assistant.reading import understand

    result = plan(understand(text, CATALOG), CATALOG)
    assert result is not None, text
    return result


def vocabulary(*names: str):
    """An index vocabulary that knows only these terms: a made-up name beside them reads as unknown."""
    known = {n.lower() for n in names}
    return lambda name: name.lower() in known
