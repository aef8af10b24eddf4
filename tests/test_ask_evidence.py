"""Pasted command output decides facts: the seed's arp listings from two hypervisors mean overlay,
and the checks they decide cite the pasted lines."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.ask import Advisor
from assistant.errors import BadInput
from assistant.settings import REPO_ROOT, load_settings
from ui.cli import cli

pytestmark = pytest.mark.slow
SEED = REPO_ROOT.parent / "shared" / "seed" / "cni-plugin-selection-notes.zh.txt"
# The user's notes live beside the repository (../shared/seed); a clone without them skips these.
NEEDS_SEED = pytest.mark.skipif(not SEED.is_file(), reason="../shared/seed is not beside the repository")
FIXTURES = Path(__file__).parent / "fixtures" / "evidence"
OVERLAYS = ("flannel:vxlan", "flannel:wireguard", "calico:vxlan", "calico:ipip", "calico:vxlan-crosssubnet",
            "calico:ipip-crosssubnet", "cilium:vxlan", "cilium:geneve", "antrea:geneve", "weave")


def seed_listings() -> str:
    notes = SEED.read_text(encoding="utf-8")
    return notes[notes.index("[root@k8s-ha-master02 ~]# arp"):notes.index("通过mac广播")]


@pytest.fixture
def advisor(kb_index_dir):
    return Advisor(load_settings(index_dir=kb_index_dir))


@NEEDS_SEED
def test_seed_arp_listings_give_an_overlay_whose_l2_check_cites_the_lines(advisor):
    result = advisor.ask("Which CNI plugin should we use?", evidence=[seed_listings()])
    top = result.recommendations[0]
    assert top.id.startswith(OVERLAYS), top.id
    l2 = next(c for c in top.checks if c.id == "l2")
    assert l2.observed[0].startswith("Observed:") and "[root@bogon dist]# arp" in l2.observed
    routed = next(r for r in result.recommendations if r.id == "flannel:host-gw")
    assert routed.verdict == "rejected" and next(c for c in routed.checks if c.id == "l2").observed
    fact = result.reading.fact("l2_adjacent")
    assert fact.source == "observed" and fact.value is False and fact.lines


def test_stated_facts_yield_to_observed_ones_but_not_to_explicit_ones(advisor):
    a, b = (FIXTURES / "two_hypervisors_a.txt").read_text(), (FIXTURES / "two_hypervisors_b.txt").read_text()
    stated = advisor.ask("All nodes are on the same switch. Which CNI?", evidence=[a, b])
    assert stated.reading.fact("l2_adjacent").source == "observed" and stated.profile["l2_adjacent"] is False
    explicit = advisor.ask("Which CNI?", {"l2_adjacent": True}, evidence=[a, b])
    assert explicit.reading.fact("l2_adjacent").source == "explicit" and explicit.profile["l2_adjacent"] is True


@NEEDS_SEED
def test_chinese_question_gets_chinese_observations(advisor):
    result = advisor.ask("应该选哪个CNI插件?", evidence=[seed_listings()])
    assert result.reading.fact("l2_adjacent").detail.startswith("观察")


def test_too_much_or_binary_evidence_is_a_clear_error(advisor):
    with pytest.raises(BadInput, match="limit"):
        advisor.ask("Which CNI?", evidence=["x" * 5_000_000])
    with pytest.raises(BadInput):
        advisor.ask("Which CNI?", evidence=["\x00\x01binary"])


@NEEDS_SEED
def test_cli_reads_evidence_files_and_stdin(kb_index_dir):
    runner = CliRunner()
    out = runner.invoke(cli, ["ask", "Which CNI plugin?", "--index", str(kb_index_dir), "--json",
                              "--evidence", str(FIXTURES / "two_hypervisors_a.txt"), "--evidence", "-"],
                        input=(FIXTURES / "two_hypervisors_b.txt").read_text())
    assert out.exit_code == 0, out.output
    assert '"source": "observed"' in out.output
    text = runner.invoke(cli, ["ask", "Which CNI plugin?", "--index", str(kb_index_dir), "--evidence", "-"],
                         input=seed_listings())
    assert "[observed]" in text.output and "| Observed:" in text.output and "| [root@k8s-ha-master02 ~]# arp" in text.output
