"""What a platform engineer expects the checks to decide, row by row from tests/data/domain_assertions.yaml,
each row with the upstream source that says so: the registry's checks run on the repo's catalog."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from assistant.catalog import load_catalog
from assistant.checks import SPECS, run_checks
from assistant.models import Profile
from assistant.settings import REPO_ROOT

ROWS = yaml.safe_load((Path(__file__).parent / "data" / "domain_assertions.yaml").read_text("utf-8"))
# The table names checks as kb/catalog/REVIEW.md does; two of them have shorter registry ids.
CHECK_IDS = {"encapsulation": "encap", "combination": "combos"}


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(REPO_ROOT / "kb")


def test_the_table_covers_every_finding_and_names_real_checks(catalog):
    findings = {row["finding"] for row in ROWS}
    assert set(range(1, 19)) <= findings
    ids = {o.id for o in catalog.options}
    for row in ROWS:
        assert row["option"] in ids, row
        assert CHECK_IDS.get(row["check"], row["check"]) in SPECS, row
        assert row["expect"] in ("pass", "warn", "fail", "unknown") and row["source"].startswith("https://"), row


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['finding']}-{r['option']}-{r['check']}-{i}" for i, r in enumerate(ROWS)])
def test_domain_assertion(catalog, row):
    profile = Profile.model_validate(row["profile"])
    check_id = CHECK_IDS.get(row["check"], row["check"])
    results = run_checks(catalog.option(row["option"]), profile, "en", catalog.environments_by_id,
                         catalog.distributions_by_id)
    found = next((r for r in results if r.check == check_id), None)
    status = found.status if found else "no result"
    assert status == row["expect"], (
        f"{row['option']} under {row['profile']}: check {check_id} says {status}, expected {row['expect']} "
        f"({row['why']}; source: {row['source']}); detail: {found.detail if found else '-'}")
    assert found is not None and found.evidence, f"{check_id} on {row['option']} cites no evidence"
