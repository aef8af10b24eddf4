"""The labelled profile-reading set (kb/eval/profile/sentences.yaml) keeps its format.

Every item: a unique kebab id, the sentence, its language, facts that validate as a Profile with
values in the guide's vocabularies (kb/eval/profile/README.md), and where it was found. The checker
below reports each problem with the item it is in; the bad-item cases prove it can fail.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest
import yaml
from pydantic import ValidationError

from assistant.catalog import load_catalog
from assistant.models import Profile
from assistant.settings import REPO_ROOT

SET_PATH = REPO_ROOT / "kb" / "eval" / "profile" / "sentences.yaml"

ITEM_KEYS = {"id", "text", "lang", "facts", "source"}
PLATFORMS = {"vmware", "vm", "openstack", "bare-metal", "aws", "azure", "gcp", "aliyun", "cloud", "edge"}
DISTRIBUTIONS = {"openshift", "rke2", "rke", "k3s", "k0s", "microk8s", "kubeadm", "kind", "minikube", "kops",
                 "kubespray"}
ENCAPS = {"ipip", "vxlan", "geneve"}
ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
# major.minor, optionally the patch and the first build number: "3.10", "5.4.0-91", "4.19.90-24".
KERNEL = re.compile(r"^\d+\.\d+(\.\d+)?(-\d+)?$")
OS = re.compile(r"^[a-z][a-z ]*[a-z]( v?\d+(\.\d+)*)?$")
SOURCE = re.compile(r"^https://github\.com/[\w.-]+/[\w.-]+/(issues|pull|discussions)/\d+$")
CJK = re.compile(r"[\u4e00-\u9fff]")
MAX_TEXT = 420
MAX_WRITTEN = 28


# The guide's current_plugin ids (kb/eval/profile/README.md); kube-ovn is among them though the
# catalog has no kube-ovn entry yet, so a label may name it.
GUIDE_PLUGIN_IDS = {
    "flannel", "flannel:vxlan", "flannel:host-gw", "flannel:wireguard", "calico", "calico:bgp", "calico:ipip",
    "calico:ipip-crosssubnet", "calico:vxlan", "calico:vxlan-crosssubnet", "calico:ebpf", "cilium", "cilium:vxlan",
    "cilium:geneve", "cilium:native-routing", "weave", "antrea", "antrea:geneve", "antrea:noencap", "antrea:hybrid",
    "kube-router", "kube-ovn", "ovn-kubernetes", "aws-vpc-cni", "azure-cni", "gke", "terway", "multus", "sriov",
    "macvlan", "ipvlan",
}


def catalog_ids() -> set[str]:
    catalog = load_catalog(REPO_ROOT / "kb")
    return {p.id for p in catalog.plugins} | {o.id for o in catalog.options} | GUIDE_PLUGIN_IDS


def item_problems(item, plugin_ids: set[str]) -> list[str]:
    """What is wrong with one item, each as a short phrase; empty when the item is well formed."""
    if not isinstance(item, dict):
        return ["not a mapping"]
    found = []
    keys = set(item)
    if keys != ITEM_KEYS:
        found.append(f"keys {sorted(keys)} instead of {sorted(ITEM_KEYS)}")
    if not ID.match(str(item.get("id", ""))):
        found.append("id is not kebab-case")
    text = item.get("text")
    if not isinstance(text, str) or not text.strip():
        found.append("text is empty")
    elif len(text) > MAX_TEXT:
        found.append(f"text longer than {MAX_TEXT} characters")
    lang = item.get("lang")
    if lang not in ("en", "zh"):
        found.append(f"lang {lang!r} is not en or zh")
    elif isinstance(text, str) and (lang == "zh") != bool(CJK.search(text)):
        found.append(f"lang {lang} does not match the text")
    source = item.get("source")
    if source != "written" and not SOURCE.match(str(source)):
        found.append(f"source {source!r} is neither 'written' nor a GitHub issue/PR/discussion URL")
    facts = item.get("facts")
    if not isinstance(facts, dict):
        return found + ["facts is not a mapping"]
    unknown = set(facts) - set(Profile.model_fields)
    if unknown:
        return found + [f"facts keys {sorted(unknown)} are not Profile fields"]
    try:
        known = Profile.model_validate(facts).known()
    except ValidationError as exc:
        return found + [f"facts do not validate: {exc.errors()[0]['loc']} {exc.errors()[0]['msg']}"]
    if known != facts:
        return found + ["facts change when validated (quote kernels, write counts as numbers, no nulls)"]
    return found + value_problems(facts, plugin_ids)


def value_problems(facts: dict, plugin_ids: set[str]) -> list[str]:
    found = []
    if "platform" in facts and facts["platform"] not in PLATFORMS:
        found.append(f"platform {facts['platform']!r} is not one of the guide's")
    if "distribution" in facts and facts["distribution"] not in DISTRIBUTIONS:
        found.append(f"distribution {facts['distribution']!r} is not one of the guide's")
    if "current_plugin" in facts and facts["current_plugin"] not in plugin_ids:
        found.append(f"current_plugin {facts['current_plugin']!r} is not a catalog or guide id")
    if "encap_blocked" in facts and (not facts["encap_blocked"] or set(facts["encap_blocked"]) - ENCAPS):
        found.append(f"encap_blocked {facts['encap_blocked']!r} is not a non-empty list of {sorted(ENCAPS)}")
    if "kernel" in facts and not KERNEL.match(facts["kernel"]):
        found.append(f"kernel {facts['kernel']!r} is not major.minor[.patch][-build]")
    if "os" in facts and not OS.match(facts["os"]):
        found.append(f"os {facts['os']!r} is not a lowercase '<distro> <release>'")
    if "nodes" in facts and facts["nodes"] < 1:
        found.append("nodes is not a positive count")
    if "mtu" in facts and not 576 <= facts["mtu"] <= 9216:
        found.append(f"mtu {facts['mtu']} is not an Ethernet MTU")
    return found


def set_problems(items: list, plugin_ids: set[str]) -> list[str]:
    """Every problem in the set, each naming its item."""
    problems = []
    seen: dict[str, int] = {}
    for n, item in enumerate(items, 1):
        label = f"item {n} (id {item.get('id')!r})" if isinstance(item, dict) else f"item {n}"
        problems += [f"{label}: {p}" for p in item_problems(item, plugin_ids)]
        if isinstance(item, dict) and item.get("id") in seen:
            problems.append(f"{label}: duplicate of item {seen[item['id']]}")
        elif isinstance(item, dict):
            seen[item.get("id")] = n
    return problems


@pytest.fixture(scope="module")
def items() -> list:
    data = yaml.safe_load(SET_PATH.read_text(encoding="utf-8"))
    assert isinstance(data, list), f"{SET_PATH} is not a YAML list"
    return data


@pytest.fixture(scope="module")
def plugin_ids() -> set[str]:
    return catalog_ids()


def test_every_item_is_well_formed(items, plugin_ids):
    problems = set_problems(items, plugin_ids)
    assert not problems, "\n".join(problems)


def test_set_size_languages_and_provenance(items):
    langs = Counter(i["lang"] for i in items)
    written = sum(i["source"] == "written" for i in items)
    assert len(items) >= 170 and langs["zh"] >= 60, f"{len(items)} items, {langs['zh']} in Chinese"
    assert len(items) - written >= 150, "fewer than 150 real sentences"
    assert written <= MAX_WRITTEN, f"{written} written items, at most {MAX_WRITTEN}"


# Keys that record the user's choice rather than the environment: read with the question (assistant.reading.refusals),
# not by the profile reader the set measures, so the guide does not label them.
CHOICES = ("ruled_out",)


def test_every_key_is_labelled_often_enough(items):
    """Per-key precision and recall need items for every key, and some that state nothing."""
    counts = Counter(k for i in items for k in i["facts"])
    thin = {k: counts[k] for k in Profile.model_fields if counts[k] < 4 and k not in CHOICES}
    assert not thin, f"keys labelled in fewer than 4 items: {thin}"
    empty = sum(not i["facts"] for i in items)
    assert empty >= 0.05 * len(items), f"only {empty} items state no fact"


GOOD = {"id": "ok-item", "text": "3 CentOS 7 nodes on vSphere", "lang": "en",
        "facts": {"nodes": 3, "os": "centos 7", "kernel": "3.10", "platform": "vmware"},
        "source": "https://github.com/o/r/issues/1"}

BAD_ITEMS = {
    "unknown fact key": ({"facts": {"cloud": "aws"}}, "not Profile fields"),
    "kernel as a float": ({"facts": {"kernel": 3.1}}, "do not validate"),
    "count as a string": ({"facts": {"nodes": "3"}}, "change when validated"),
    "made-up platform": ({"facts": {"platform": "vsphere"}}, "platform 'vsphere'"),
    "plugin not in catalog": ({"facts": {"current_plugin": "flannel:udp"}}, "not a catalog or guide id"),
    "bad encapsulation": ({"facts": {"encap_blocked": ["gre"]}}, "encap_blocked"),
    "distro version as kernel": ({"facts": {"kernel": "7"}}, "kernel '7'"),
    "uppercase os": ({"facts": {"os": "Ubuntu 22.04"}}, "os 'Ubuntu 22.04'"),
    "wrong language": ({"lang": "zh"}, "does not match the text"),
    "no source": ({"source": "a forum"}, "source 'a forum'"),
    "extra key": ({"why": "because"}, "keys"),
    "spaces in id": ({"id": "Bad Id"}, "kebab-case"),
}


@pytest.mark.parametrize("case", sorted(BAD_ITEMS))
def test_a_bad_item_is_reported(case, plugin_ids):
    change, needle = BAD_ITEMS[case]
    problems = set_problems([GOOD, {**GOOD, "id": "second", **change}], plugin_ids)
    assert problems and all(p.startswith("item 2 ") for p in problems), problems
    assert any(needle in p for p in problems), problems


def test_a_duplicate_id_is_reported(plugin_ids):
    assert set_problems([GOOD, GOOD], plugin_ids) == ["item 2 (id 'ok-item'): duplicate of item 1"]


def test_the_good_item_passes(plugin_ids):
    assert set_problems([GOOD], plugin_ids) == []
