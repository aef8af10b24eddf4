"""Twenty-ninth round, beyond the profile: question kinds, declines of made-up names, symptoms, checks and plans on the
held-out sets of 2026-12-05 (batches 24-28), each with a near-miss that must keep its answer."""

from __future__ import annotations

from assistant.reading import understand
from reading_facts import CATALOG, facts, vocabulary


def test_networking_words_keep_a_question_without_plugin_names_on_topic():
    for question in ("Is that possible to support ping for externalIP when DSR is enabled?",
                     "The docs say multicast is supported, but how about broadcast between containers on other hosts?"):
        assert understand(question, CATALOG).kind != "decline", question
    assert understand("How do I tune the JVM heap of my Java service?", CATALOG).kind == "decline"


def test_a_made_up_backend_set_in_a_config_or_said_to_be_added_is_unknown():
    knows = vocabulary("vxlan", "net-conf.json", "host-gw")
    for question in ('flannel 的 net-conf.json 里 "Type": "quic" 怎么配？',
                     "Does flannel now have a QUIC backend?",
                     "听说 flannel 新版本加了 QUIC backend，怎么开？"):
        assert understand(question, CATALOG, vocabulary=knows).kind == "decline", question
    # a documented backend, set or said to be there, is asked about
    assert understand('flannel 的 net-conf.json 里 "Type": "vxlan" 怎么配？', CATALOG, vocabulary=knows).kind != "decline"
    assert understand("Does flannel now have a host-gw backend?", CATALOG, vocabulary=knows).kind != "decline"


def test_cilium_egress_gateway_needs_kube_proxy_replacement():
    from assistant.models import Profile
    from reading_facts import check_status
    kept = Profile(platform="bare-metal", kernel="5.15", egress_ip=True, kube_proxy_replacement=False)
    assert check_status("cilium:vxlan", kept, "combos") == "fail"
    assert check_status("antrea:geneve", kept, "combos") in (None, "pass")
    assert check_status("cilium:vxlan", Profile(platform="bare-metal", kernel="5.15", egress_ip=True), "combos") != "fail"


def test_calico_node_never_ready_points_at_address_autodetection():
    from assistant.reading.symptoms import symptom_topics
    assert "interface" in symptom_topics("calico-kube-controllers ContainerCreating; calico-node-7xnt4 0/1 CrashLoopBackOff", False)
    assert "interface" in symptom_topics("calico/node 起不来，一直重启，怎么办", False)
    assert "interface" not in symptom_topics("calico-node is running on every node but pods on other nodes time out", True)


def test_a_symptom_of_an_unmaintained_plugin_in_use_is_fixed_in_it_first():
    from reading_facts import planned
    asked = ("We are using weave 2.8.1 on Ubuntu 20.04 VMs. After a kernel package upgrade we see this error: invalid CIDR address, "
             "and all weave connections are in sleeve mode only, not fastdp.")
    plan = planned(asked)
    assert plan.options[0].plugin == "weave" and plan.options[0].verdict == "recommended"
    # choosing for a new cluster, the archived plugin is no pick
    assert planned("New cluster on 6 Ubuntu 22.04 VMs, one subnet: is Weave Net a good choice?").options[0].plugin != "weave"


def test_an_option_only_a_managed_service_offers_puts_the_cluster_on_it():
    reading = understand("Will CiliumNetworkPolicy work with Azure CNI powered by Cilium, for DNS-based policies?", CATALOG)
    assert reading.profile.managed is True
    assert understand("We run kubeadm on Azure VMs; can we use Azure CNI Overlay?", CATALOG).profile.managed is False


def test_a_made_up_mode_called_the_plugins_own():
    knows = vocabulary("vxlan", "host-gw", "native", "routing-mode")
    for question in ("How do I switch flannel to its meshgw backend?",
                     "How do I switch Cilium from VXLAN to its 'hyperlane' routing mode (routing-mode: hyperlane)?"):
        assert understand(question, CATALOG, vocabulary=knows).kind == "decline", question
    assert understand("How do I switch flannel to its host-gw backend?", CATALOG, vocabulary=knows).kind != "decline"
    assert understand("Is Cilium with routing-mode: native right for us?", CATALOG, vocabulary=knows).kind != "decline"


def test_a_network_of_ones_own_with_no_place_named_is_on_premises():
    reading = understand("Does Calico's eBPF mode work here? 40 RHEL 8.9 servers, kernel 4.18.0-513.el8, all in one VLAN.", CATALOG)
    assert reading.profile.platform == "bare-metal"
    assert not any(f.key == "platform" for f in reading.facts if f.source == "stated")
    assert understand("Our EKS nodes sit in two VLANs.", CATALOG).profile.platform == "aws"
    assert understand("Our VMs sit in one VLAN on vSphere.", CATALOG).profile.platform == "vmware"


def test_a_quoted_mode_with_a_word_of_what_it_does_and_egress_by_fixed_ips():
    knows = vocabulary("vxlan", "native")
    asked = "How do I switch Cilium to the 'Hyperlane' routing mode? We're on Cilium 1.16."
    assert understand(asked, CATALOG, vocabulary=knows).kind == "decline"
    assert understand("How do I switch Cilium to the 'native' routing mode?", CATALOG, vocabulary=knows).kind != "decline"
    said = facts("Their traffic has to leave from one or two fixed, known IPs, not the node IPs.")
    assert said.get("egress_ip") is True


def test_a_wish_for_no_encapsulation_nothing_here_can_meet_leaves_the_encapsulating_modes():
    from reading_facts import planned
    plan = planned("Can we run Antrea without any encapsulation? Our 30 nodes sit in two VLANs (two subnets) with a plain router "
                   "between them that knows nothing about pod CIDRs, and we're not going to run BGP.")
    assert plan.options[0].id in ("antrea:hybrid", "antrea:geneve")
    # on one segment the wish is met, and the unencapsulated mode leads
    assert planned("Can we run Antrea without any encapsulation? All 30 nodes sit on one switch.").options[0].id == "antrea:noencap"


def test_a_wish_for_no_encapsulation_that_a_routed_mode_meets_stays():
    from reading_facts import planned
    plan = planned("Cilium vs Calico in eBPF mode for us? 200 bare-metal nodes on Ubuntu 22.04 (5.15 kernel), leaf-spine fabric where "
                   "every leaf peers BGP with its nodes. We want to run without kube-proxy and without any encapsulation.")
    assert next(o for o in plan.options if o.id == "cilium:vxlan").verdict == "rejected"
    assert plan.options[0].id in ("cilium:native-routing", "calico:ebpf-noencap")


def test_batch_28_classes():
    from assistant.reading.symptoms import symptom_topics
    knows = vocabulary("vxlan", "native")
    # the mode asked to be switched on, in Helm, is the network question, not a Helm one
    asked = "听说 Cilium 有个 SuperBridge 模式，开了以后 Pod 能直接从交换机拿 IP。这个模式在 Helm 里怎么开？"
    reading = understand(asked, CATALOG, vocabulary=knows)
    assert reading.kind == "decline" and reading.decline == "unknown_name"
    assert understand("How do I renew the Helm chart certificates? Our network plugin is Calico.", CATALOG).decline == "off_topic"
    # NSX SpoofGuard binds each port to its own addresses; segments are places
    said = facts("NSX 的 segment 开了 SpoofGuard，每台 VM 的 IP/MAC 都绑死了。20 台 VM 分在两个 segment 里。")
    assert said.get("l2_adjacent") is False and said.get("cross_subnet") is True
    # a firewall named with flannel between nodes also searches the host-firewall passage
    question = "flannel 默认 vxlan，跨节点的 Pod 全都 ping 不通，firewalld 默认开着。"
    assert "forward" in symptom_topics(question, True)
    assert "forward" not in symptom_topics("Calico IPIP between nodes fails; firewalld is on.", True)
