"""Extra interfaces (SR-IOV, multiple NICs) ride next to the primary plugin through a meta-plugin:
the conditional advice that names both."""

from __future__ import annotations

from assistant.catalog import Catalog
from assistant.checks.interfaces import attaches_extra, wants_extra_interfaces
from assistant.models import Profile
from assistant.plan import Conditional, OptionResult
from assistant.text import Lang, say


def secondary(options: list[OptionResult], catalog: Catalog, profile: Profile, lang: Lang) -> list[Conditional]:
    """Extra interfaces (SR-IOV, multiple NICs) ride next to the primary plugin through a meta-plugin."""
    if not wants_extra_interfaces(profile):
        return []
    # The extra interface rides beside a primary plugin, so name the best live one even when the
    # attaching options outrank it for this question.
    primary = next((o for o in options if o.verdict != "rejected" and not attaches_extra(catalog.option(o.id))), None)
    extras = [o for o in options if o.verdict != "rejected" and catalog.option(o.id).props.secondary_via.value]
    # Hardware the user has beats a better score: SR-IOV NICs call for the option that uses them.
    def uses_hw(o: OptionResult) -> bool:
        return any(c.check == "sriov" and c.status == "pass" for c in o.checks)

    extras.sort(key=lambda o: (not uses_hw(o), -o.score))
    if primary is None or not extras:
        return []
    extra = extras[0]
    via = catalog.option(extra.id).props.secondary_via
    via_name = next((p.name for p in catalog.plugins if p.id == via.value), via.value)
    return [Conditional(
        condition=say(lang, "For the SR-IOV / extra NICs", "对于 SR-IOV/多网卡"),
        advice=say(lang, f"keep {primary.name} as the primary network and attach {extra.name} as a second interface through {via_name}.",
                    f"保留 {primary.name} 作为主网络，通过 {via_name} 把 {extra.name} 作为第二块网卡挂给 Pod。"),
        evidence=[via.evidence, catalog.option(extra.id).props.primary.evidence])]
