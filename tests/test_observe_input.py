"""Bad and awkward input: binary, oversized, half tables, ANSI colours, CRLF, prompts and hosts."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from assistant.errors import BadInput
from assistant.observe import ObservedFact, read_evidence

FIXTURES = Path(__file__).parent / "fixtures" / "evidence"


def text(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("payload,words", [
    (b"\x7fELF\x02\x01\x01\x00\x00\x00" * 20, "not text"),
    ("arp -n\n\x00\x00\x00\x01", "NUL"),
    (b"\xff\xfe\xfa\xfb arp output", "not UTF-8"),
    ("".join(chr(c) for c in range(1, 9)) * 40, "binary"),
])
def test_binary_input_is_refused_with_one_clear_line(payload, words):
    with pytest.raises(BadInput) as err:
        read_evidence([payload])
    message = str(err.value)
    assert words in message and "paste" in message and "\n" not in message


def test_five_megabytes_is_refused_before_any_parsing():
    big = text("arp_n_centos7.txt") * (5_000_000 // len(text("arp_n_centos7.txt")) + 1)
    with pytest.raises(BadInput) as err:
        read_evidence([big])
    assert "5.0 MB" in str(err.value) and "256 KB" in str(err.value) and "\n" not in str(err.value)


def test_the_bound_counts_all_texts_and_can_be_set():
    small = text("system_centos7.txt")
    read_evidence([small, small])
    with pytest.raises(BadInput):
        read_evidence([small, small], max_bytes=len(small.encode()) + 10)


def test_half_a_table_reads_the_whole_rows_and_names_the_cut_one():
    listing = text("kubectl_nodes_wide_routed.txt")
    cut = listing[:listing.index("node3") + 40]
    obs = read_evidence(cut)
    assert obs.fact("nodes") is None, "a cut listing undercounts the cluster"
    assert obs.fact("os").value == "centos 7" and len(obs.fact("os").lines) == 2
    assert any("kubectl get nodes" in n and "node3" in n and "cut off" in n for n in obs.notices)
    arp = text("arp_n_centos7.txt")
    obs = read_evidence(arp[:arp.index("10.10.1.13") + 20])
    assert any(n.startswith("arp: 1 line could not be read") for n in obs.notices)


def test_rows_without_their_header_still_read():
    listing = text("kubectl_nodes_wide_routed.txt").splitlines()
    obs = read_evidence("\n".join(listing[2:]))
    assert obs.fact("os").value == "centos 7" and len(obs.fact("os").lines) == 3
    assert obs.fact("nodes") is None


def test_ansi_colours_are_stripped_and_read_the_same():
    plain = text("ip_addr_flannel_ubuntu2204.txt")
    coloured = (plain.replace("ens160", "\x1b[36mens160\x1b[0m").replace("flannel.1", "\x1b[36mflannel.1\x1b[0m")
                .replace("192.168.10.21/24", "\x1b[35m192.168.10.21\x1b[0m/24").replace("00:50:56:a1:3c:07", "\x1b[33m00:50:56:a1:3c:07\x1b[0m"))
    obs, base = read_evidence(coloured), read_evidence(plain)
    assert [(f.key, f.value, f.lines) for f in obs.facts] == [(f.key, f.value, f.lines) for f in base.facts]
    assert obs.fact("current_plugin").value == "flannel:vxlan"
    assert all("\x1b" not in line for f in obs.facts for line in f.lines)


def test_windows_line_endings_read_the_same():
    names = ("two_hypervisors_a.txt", "two_hypervisors_b.txt")
    crlf = read_evidence([text(n).replace("\n", "\r\n") for n in names])
    lf = read_evidence([text(n) for n in names])
    assert crlf.fact("l2_adjacent").value is False
    assert crlf.fact("l2_adjacent").lines == lf.fact("l2_adjacent").lines
    assert all(not line.endswith("\r") for f in crlf.facts for line in f.lines)


@pytest.mark.parametrize("prompt_a,prompt_b", [
    ("[root@kube-m1 ~]# arp", "[root@kube-w3 ~]# arp"),
    ("admin@kube-m1:~$ arp", "admin@kube-w3:/tmp$ arp"),
    ("# host: kube-m1\n$ arp", "# host: kube-w3\n$ arp"),
    ("# host: kube-m1\narp", "### host: kube-w3"),
])
def test_prompt_styles_tell_hosts_apart(prompt_a, prompt_b):
    a = text("two_hypervisors_a.txt").replace("[root@kube-m1 ~]# arp", prompt_a)
    b = text("two_hypervisors_b.txt").replace("[root@kube-w3 ~]# arp", prompt_b)
    obs = read_evidence(a + b)
    assert obs.hosts == 2
    assert obs.fact("l2_adjacent").value is False


def test_without_prompts_the_paste_is_one_host_and_says_so():
    a = "\n".join(text("two_hypervisors_a.txt").splitlines()[1:])
    b = "\n".join(text("two_hypervisors_b.txt").splitlines()[1:])
    obs = read_evidence([a, b])
    assert obs.hosts == 1
    assert obs.fact("l2_adjacent") is None
    assert any("read as one host" in n for n in obs.notices) and len(obs.notices_zh) == len(obs.notices)


def test_uname_names_a_text_without_prompts():
    paste = ("Linux k8s-w9 5.15.0-101-generic #111-Ubuntu SMP Tue Mar 5 20:16:58 UTC 2024 x86_64 x86_64 x86_64 GNU/Linux\n"
             "default via 10.0.1.1 dev eth0\n")
    obs = read_evidence(paste)
    assert obs.hosts == 1 and not any("one host" in n for n in obs.notices)
    assert "k8s-w9" in obs.fact("kernel").detail_en


def test_nothing_recognised_is_said_not_raised():
    obs = read_evidence(["我们的集群有三台虚拟机，想选一个 CNI。"])
    assert obs.facts == [] and obs.formats == [] and obs.hosts == 0
    assert obs.notices and "collect" in obs.notices[0]
    assert read_evidence([]).notices == [] and read_evidence(["  \n"]).notices == []


def test_a_fact_must_be_a_profile_field_with_a_valid_value():
    ok = ObservedFact(key="mtu", value=1450, lines=["x"], detail_en="e", detail_zh="z")
    assert ok.value == 1450
    with pytest.raises(ValidationError):
        ObservedFact(key="colour", value="blue", detail_en="e", detail_zh="z")
    with pytest.raises(ValidationError):
        ObservedFact(key="arch", value="sparc", detail_en="e", detail_zh="z")


def test_observation_as_profile():
    profile = read_evidence(text("system_ubuntu2204.txt")).profile()
    assert profile.kernel == "5.15.0-101" and profile.os == "ubuntu 22.04" and profile.l2_adjacent is None
