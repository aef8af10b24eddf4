"""The grounded composer: extractive concept answers and choice answers from a real plan."""

from assistant.catalog import load_catalog
from assistant.compose import compose, out_of_scope
from assistant.compose.concept import concept
from assistant.evidence import CitationBook, to_recommendations
from assistant.lexical import LexicalIndex
from assistant.models import Passage, Profile, ReadFact, Reading
from assistant.recommend import recommend
from assistant.sentences import sentences
from assistant.settings import REPO_ROOT

PORTMAP = Passage(chunk_id="p1", source="kb/notes/portmap.md", heading="Chaining > portmap", text=(
    "## What portmap does\n\nThe portmap plugin forwards ports from the host to the pod,\n"
    "which is how `hostPort` works. It is chained after the main plugin.\n\n"
    "```json\n{\"type\": \"portmap\", \"capabilities\": {\"portMappings\": true}}\n```\n"
    "| plugin | role |\n|---|---|\n| portmap | hostPort |\n"))
CNI_ZH = Passage(chunk_id="z1", source="kb/notes/cni-basics.zh.md", lang="zh", text=(
    "CNI(容器网络接口)是一套规范，规定容器运行时如何调用网络插件，\n把容器接入网络。CNI 插件就是这套接口标准的实现。"))
OTHER = Passage(chunk_id="o1", source="kb/notes/mtu.md", text="VXLAN adds 50 bytes of headers to every packet.")


def reading(question: str, lang: str = "en", kind: str = "concept", **facts) -> Reading:
    return Reading(question=question, query=question, lang=lang, kind=kind,
                   facts=[ReadFact(key=k, value=v, source="explicit") for k, v in facts.items()])


def book(tmp_path, lang="en") -> CitationBook:
    index = LexicalIndex(tmp_path / "lex.sqlite3")
    return CitationBook(index.find, lang)


def test_sentences_skip_code_tables_and_headings_and_rejoin_wrapped_lines():
    found = sentences(PORTMAP.text)
    assert found == ["The portmap plugin forwards ports from the host to the pod, which is how `hostPort` works.",
                         "It is chained after the main plugin."]
    zh = sentences(CNI_ZH.text)
    assert zh[0].endswith("把容器接入网络。") and "，把" in zh[0]


def test_concept_answer_quotes_the_relevant_passage_with_its_number(tmp_path):
    b = book(tmp_path)
    answer = concept(reading("What does portmap do?"), [OTHER, PORTMAP], b)
    assert "forwards ports from the host to the pod" in answer
    assert "50 bytes" not in answer
    n = next(c.n for c in b.citations if c.chunk_id == "p1")
    assert f"[{n}]" in answer


def test_quoted_bracketed_numbers_do_not_look_like_citations(tmp_path):
    bench = Passage(chunk_id="b1", source="kb/notes/bench.md", text="The CNI benchmark over 40Gbit/s [2024] tested seven plugins.")
    answer = concept(reading("Which CNI benchmark tested plugins?"), [bench], book(tmp_path))
    assert "(2024)" in answer and "[2024]" not in answer and answer.endswith("[1]")


def test_concept_answer_prefers_passages_in_the_question_language(tmp_path):
    en = Passage(chunk_id="e1", source="kb/notes/cni-basics.md", text="CNI is a specification for plugins that configure container networking.")
    answer = concept(reading("CNI 是什么?", "zh"), [en, CNI_ZH], book(tmp_path, "zh"))
    assert answer.startswith("CNI(容器网络接口)")


def test_out_of_scope_speaks_the_question_language():
    assert "Kubernetes pod networking" in out_of_scope("en")
    assert "网络" in out_of_scope("zh")


def test_choice_answer_from_a_real_plan_cites_only_known_numbers(tmp_path):
    catalog = load_catalog(REPO_ROOT / "kb")
    plan = recommend(Profile(platform="openstack", latency_sensitive=True), catalog, "en", [])
    index = LexicalIndex(tmp_path / "lex.sqlite3")
    # The evidence headings the plan cites, as chunks, so the book can resolve them.
    refs = {(e.note, e.heading) for o in plan.options for c in o.checks for e in c.evidence}
    index.upsert(Passage(chunk_id=f"{n}#{h}", source=f"kb/notes/{n}.md", note_id=n, heading=h, text=h)
                 for n, h in refs)
    b = CitationBook(index.find, "en")
    answer = compose(reading("Which CNI for OpenStack?", kind="choice", platform="openstack", latency_sensitive=True), plan, [], b)
    recs = to_recommendations(plan, b)
    assert answer.startswith(f"**Recommended: {plan.options[0].name}**")
    assert "Not recommended:" in answer and "Assumed:" in answer
    used = {int(x) for x in __import__("re").findall(r"\[(\d+)\]", answer)}
    used |= {n for r in recs for c in r.checks for n in c.citations}
    assert used and used <= {c.n for c in b.citations}
    assert all(all(c.status == "fail" for c in r.checks) for r in recs if r.verdict == "rejected")


def test_concept_quotes_the_sentence_that_holds_the_asked_value(tmp_path):
    weave = Passage(chunk_id="w1", source="corpus/weave/kube-addon.md", heading="Kubernetes addon > Options", text=(
        "Kubernetes addon > Options\n\nThe addon reads its options from environment variables on the weave container.\n"
        "Peers connect to each other over TCP.\n\n"
        "`CONN_LIMIT` - soft limit on the number of connections between peers. Defaults to 200.\n"))
    notes = Passage(chunk_id="n1", source="kb/notes/plugin-weave.md", heading="Weave Net > Overview",
                    text="Weave Net builds a mesh of connections between peers; each peer connects to the others.")
    answer = concept(reading("What is the default connection limit CONN_LIMIT between Weave peers?"),
                     [notes, weave], book(tmp_path))
    assert "Defaults to 200." in answer and "soft limit on the number of connections" in answer


def test_concept_reads_ports_from_tables_when_a_value_is_asked(tmp_path):
    ports = Passage(chunk_id="t1", source="corpus/k8s/ports.md", heading="Ports and protocols > Control plane", text=(
        "Ports and protocols > Control plane\n\nOpen these ports on control-plane nodes.\n\n"
        "| Protocol | Port | Used by |\n|---|---|---|\n| TCP | 6443 | kube-apiserver |\n| TCP | 10259 | kube-scheduler |\n"))
    answer = concept(reading("Which TCP port does kube-scheduler listen on?"), [ports], book(tmp_path))
    assert "TCP | 10259 | kube-scheduler" in answer
    plain = concept(reading("What does kube-scheduler do?"), [ports], book(tmp_path))
    assert "10259" not in plain  # tables are read only for questions after a value


def test_the_top_passages_value_sentence_is_quoted_beside_longer_sentences_of_others(tmp_path):
    readme = Passage(chunk_id="r1", source="corpus/vpc-cni/README.md", heading="Configuration > INTROSPECTION_BIND_ADDRESS", text=(
        "Configuration > INTROSPECTION_BIND_ADDRESS\n\nSpecifies the bind address for the introspection endpoint.\n\n"
        "Type: String Default: `127.0.0.1:61679`\n"))
    long_note = Passage(chunk_id="n2", source="kb/notes/plugin-aws-vpc-cni.md", heading="AWS VPC CNI > Overview", text=(
        "The agent ipamd keeps a warm pool of addresses on each node, listens for pod requests from the CNI binary, "
        "allocates the default number of secondary addresses per interface and exposes introspection and metrics "
        "endpoints for the addresses it holds (see port 61678 for metrics)."))
    others = [Passage(chunk_id=f"o{i}", source=f"kb/notes/other{i}.md", heading="Other", text=(
        f"The ipamd agent address pool keeps {i} default addresses for introspection of the listen port and interface.")) for i in range(3)]
    answer = concept(reading("Which address and port does the ipamd introspection endpoint listen on by default?"),
                     [readme, long_note, *others], book(tmp_path))
    assert "127.0.0.1:61679" in answer


def test_a_compare_answer_says_when_the_plugin_in_use_is_ruled_out(tmp_path):
    catalog = load_catalog(REPO_ROOT / "kb")
    profile = Profile(static_pod_ips=True, current_plugin="flannel")
    plan = recommend(profile, catalog, "en", ["kube-ovn", "ovn-kubernetes"])
    r = reading("We run flannel; VMs must keep their IP. Kube-OVN or OVN-Kubernetes?", kind="compare",
                static_pod_ips=True, current_plugin="flannel")
    r.plugins = ["flannel", "kube-ovn", "ovn-kubernetes"]
    r.asked = ["kube-ovn", "ovn-kubernetes"]
    answer = compose(r, plan, [], book(tmp_path))
    assert "What you run now is ruled out here" in answer and "fixed pod IPs" in answer
    # a plugin in use that passes stays out of it
    fine = recommend(Profile(current_plugin="calico"), catalog, "en", ["kube-ovn", "ovn-kubernetes"])
    r2 = reading("We run Calico. Kube-OVN or OVN-Kubernetes?", kind="compare", current_plugin="calico")
    r2.plugins, r2.asked = ["calico", "kube-ovn", "ovn-kubernetes"], ["kube-ovn", "ovn-kubernetes"]
    assert "What you run now" not in compose(r2, fine, [], book(tmp_path))


def test_a_troubleshoot_answer_names_the_cause_in_the_mode_in_use_and_never_switches_to_it(tmp_path):
    catalog = load_catalog(REPO_ROOT / "kb")
    current = "azure-cni:pod-subnet"
    profile = Profile(platform="azure", managed=True, current_plugin=current, pod_density=True)
    siblings = tuple(o.id for o in catalog.options if o.plugin == "azure-cni" and o.id != current)
    plan = recommend(profile, catalog, "en", ["azure-cni"], siblings, stay=current)
    r = reading("AKS on classic Azure CNI and we're out of VNet IPs. What's the fix?", kind="troubleshoot",
                platform="azure", managed=True, current_plugin=current, pod_density=True)
    answer = compose(r, plan, [], book(tmp_path))
    assert answer.startswith("Likely causes") and "Pod density" in answer
    assert "Azure CNI Overlay" in answer.split("Pod density", 1)[1] or "Powered by Cilium" in answer.split("Pod density", 1)[1]
    # the VPC CNI, which only strains and stays first, is named as the cause without a switch to itself
    eks = Profile(platform="aws", managed=True, current_plugin="aws-vpc-cni", pod_density=True)
    plan = recommend(eks, catalog, "en", ["aws-vpc-cni"], (), stay="aws-vpc-cni")
    r = reading("EKS pods stuck: failed to assign an IP address. Is it the VPC CNI?", kind="troubleshoot",
                platform="aws", managed=True, current_plugin="aws-vpc-cni", pod_density=True)
    answer = compose(r, plan, [], book(tmp_path))
    assert "Pod density" in answer and "What works here instead" not in answer


def test_a_sentence_quoted_twice_with_other_spacing_is_quoted_once(tmp_path):
    one = Passage(chunk_id="s1", source="kb/notes/vxlan-offload.zh.md", lang="zh",
                  text="报告过的环境:SLES 15 虚拟机上的 Calico VXLAN 丢包。原因:虚拟网卡对 VXLAN 包做校验和卸载。")
    two = Passage(chunk_id="s2", source="kb/notes/vxlan-offload-2.zh.md", lang="zh", text="报告过的环境:SLES 15虚拟机上的 Calico VXLAN 丢包。")
    answer = concept(reading("SLES 15 虚拟机 Calico VXLAN 丢包 报告过的环境", "zh"), [one, two], book(tmp_path, "zh"))
    assert answer.count("报告过的环境") == 1 and "校验和卸载" in answer
