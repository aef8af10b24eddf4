"""Thirty-sixth to thirty-ninth rounds: plugins, kinds, needs and systems read from a question (batches 36–39), each beside
a near-miss. The network the nodes sit on (sites, BGP, counts, platforms) is in test_reading_network36."""

from __future__ import annotations

from assistant.planning import plan
from assistant.reading import understand
from reading_facts import CATALOG, facts, vocabulary


def test_modes_weighed_in_a_question_are_not_the_mode_in_use():
    for question in ("We run Calico. IPIP or VXLAN?", "We moved to Calico last month. Should we use IPIP or VXLAN?",
                     "我们用 calico，ipip 还是 vxlan 好？"):
        assert facts(question).get("current_plugin") == "calico", question
    # a mode said to run stays, beside the one weighed
    assert facts("We run Calico in IPIP mode. Should we switch to VXLAN or stay?").get("current_plugin") == "calico:ipip"
    assert facts("We run Calico with IPIP. Is that fine for us?").get("current_plugin") == "calico:ipip"


def test_a_plugin_an_installer_supports_is_its_menu_not_the_plugin_in_use():
    assert "current_plugin" not in facts("RKE supports weave, why can't I see it in Rancher?")
    assert facts("kubespray 支持 cilium，我们现在用的 calico").get("current_plugin") == "calico"
    # what the tool ships and the writer kept, or runs, is in use
    assert facts("k3s ships with flannel and we kept it").get("current_plugin") == "flannel"
    assert facts("Our RKE cluster runs weave").get("current_plugin") == "weave"


def test_an_image_repository_named_after_a_distribution_is_no_os():
    for text in ('image: quay.io/coreos/flannel:v0.9.0-amd64; command: [ "/opt/bin/flanneld" ]', "image coreos/flannel:v0.7.0-arm on my nodes"):
        assert "os" not in facts(text), text
    assert facts("Our nodes run CoreOS and flannel").get("os") == "coreos"


def test_what_a_plugin_supports_told_by_no_one_about_their_own_setup_is_no_plugin_in_use():
    said = facts("FIREBREAK: Encrypted node traffic with Wireguard. Calico supports Wireguard enabled encryption of cluster traffic on EKS.")
    assert "current_plugin" not in said
    # a first-person setup, or the plugin's version given, still names it
    assert facts("Calico supports WireGuard and we run it on EKS.").get("current_plugin") == "calico"
    assert facts("cilium supports kube-proxy replacement. Cilium 1.11.4; kernel 5.4").get("current_plugin") == "cilium"


def test_one_part_time_admin_asks_for_simplicity():
    assert facts("60 tiny clusters, maintained by one part-time tech. Pick one.").get("simplicity") is True
    assert facts("我们就一个兼职运维").get("simplicity") is True
    assert "simplicity" not in facts("I run a part-time business and our cluster has 3 nodes")


def test_multus_weighed_against_a_primary_is_no_need_for_a_second_interface():
    assert facts("在比较 Kube-OVN 和 Multus + macvlan 两种方案，哪个更合适？") == {}
    assert facts("Kube-OVN or Multus with macvlan for KubeVirt VMs?") == {}
    assert facts("We run Calico and Multus for a second NIC").get("multi_nic") is True


def test_a_field_protocol_question_with_no_cluster_in_it_is_off_topic():
    question = "风电场 SCADA 用 Modbus TCP 采集 30 台风机的数据，场站到集控中心的链路才 2M。轮询周期和寄存器批量读取一般怎么设置比较合理？"
    assert understand(question, CATALOG).kind == "decline"
    assert understand("Our Modbus TCP gateway pods can't reach the PLCs on the factory VLAN from Calico pods. Why?", CATALOG).kind != "decline"


def test_an_options_own_family_limit_or_a_symptom_with_ipv6_is_no_family_of_the_cluster():
    said = facts("The arg option --iface-can-reach does not seem to be working with IPv6 addresses; --iface-regex also seems to be IPv4 only.")
    assert said.get("ipv6") is True and said.get("current_plugin") == "flannel"
    assert facts("We run IPv4 only.").get("ipv6") is False
    assert facts("We don't use IPv6.").get("ipv6") is False


def test_a_plugins_own_settings_name_it():
    assert facts("I set IPALLOC_RANGE to 10.40.0.0/16 and pods still overlap").get("current_plugin") == "weave"
    assert facts("flanneld runs with --kube-subnet-mgr --iface-regex=eth1").get("current_plugin") == "flannel"
    assert "current_plugin" not in facts("I set the pod CIDR to 10.40.0.0/16 and pods still overlap")


def test_a_hedge_about_missing_something_blocks_nothing():
    assert "encap_blocked" not in facts("FastDP uses vxlan (unless I'm missing something).")
    assert facts("we can't use the vxlan backend because the module is missing").get("encap_blocked") == ["vxlan"]


def test_an_error_that_keeps_coming_or_a_range_that_collides_is_a_symptom():
    question = ("When choosing the network & policy I applied weave-kube but weave-net keeps erroring: "
                "Network 10.32.0.0/12 overlaps with existing route 10.42.0.0/16 on host. How can I fix this?")
    assert understand(question, CATALOG).kind == "troubleshoot"
    assert understand("When choosing the network & policy for a new cluster, which plugin fits?", CATALOG).kind == "choice"


def test_a_symptom_the_plugin_in_use_only_warns_on_is_its_likely_cause():
    question = ("The pods deployed with macvlan are not able to communicate with any service virtual IPs, because macvlans don't go "
                "through the host iptables. Bare metal, Ubuntu 16.04.")
    reading = understand(question, CATALOG)
    assert reading.suspects == ["services"]
    result = plan(reading, CATALOG)
    assert result is not None and result.options[0].plugin != "macvlan"
    # a symptom elsewhere keeps the plugin in use first
    other = understand("The pods deployed with macvlan cannot reach the internet. Bare metal, Ubuntu 16.04.", CATALOG)
    assert other.suspects == [] and plan(other, CATALOG).options[0].plugin == "macvlan"


def test_a_darwin_kernel_is_no_linux_kernel():
    assert "kernel" not in facts("OS: Darwin LANELSON-mac 16.5.0 Darwin Kernel Version 16.5.0")
    assert facts("kernel version 5.15.0-117").get("kernel", "").startswith("5.15")


def test_a_menu_of_supported_plugins_or_a_feature_request_is_no_plugin_in_use():
    menu = "Currently only '--networking cni', '--networking weave', '--networking calico' are supported for private topologies"
    assert "current_plugin" not in facts(menu)
    assert "current_plugin" not in facts("Allow cilium to be deployed with the pod to pod transparent encryption enabled.")
    assert facts("Calico, Cilium and Antrea are supported by our installer; we use Calico.").get("current_plugin") == "calico"


def test_a_capitalised_mode_name_no_plugin_has_is_unknown():
    knows = vocabulary("vxlan", "rdma", "geneve", "native", "direct")
    question = "How do I switch Cilium's tunnel from VXLAN to the new Hyperflow RDMA mode? What's the Helm value?"
    assert understand(question, CATALOG, vocabulary=knows).kind == "decline"
    assert understand("Should we use the Geneve tunnel mode in Cilium?", CATALOG, vocabulary=knows).kind != "decline"


def test_two_plugins_joined_by_and_before_which_are_weighed():
    assert "current_plugin" not in facts("地址段可能还跟别家重叠。Kube-OVN 和 Calico 哪个合适？节点是麒麟 V10 x86")
    assert facts("We run Calico and Multus; which is better for SR-IOV?").get("current_plugin") == "calico"


def test_a_unit_with_its_own_vpc_and_overlapping_ranges_wants_tenant_networks():
    assert facts("最好每个单位一个独立的 VPC，地址段可能还跟别家重叠").get("tenant_networks") is True
    assert "tenant_networks" not in facts("地址段不会重叠")
    assert facts("节点是麒麟 V10 x86，100 台左右。").get("nodes") == 100


def test_a_step_told_in_passing_is_no_new_cluster():
    assert not understand("Weave MTU can be configured manually after standing up a cluster. Should we set 8912?", CATALOG).new_cluster
    assert understand("We are standing up a new cluster. Is weave fine?", CATALOG).new_cluster


def test_ipv6_switched_off_on_the_nodes_is_no_ipv6():
    assert facts('GRUB_CMDLINE_LINUX="ipv6.disable=1"').get("ipv6") is False
    assert facts("I have ipv6 disabled on my k8s nodes").get("ipv6") is False
    assert facts("Pods on IPv6 cannot reach each other across nodes").get("ipv6") is True


def test_an_hwe_kernels_build_string_names_the_ubuntu_release():
    said = facts("Linux worker-1 6.5.0-15-generic #15~22.04.1-Ubuntu SMP PREEMPT_DYNAMIC x86_64 GNU/Linux")
    assert said.get("os") == "ubuntu 22.04" and said.get("kernel", "").startswith("6.5")
    assert facts("Linux node01 6.8.0-79-generic #79-Ubuntu SMP x86_64").get("os") != "ubuntu 22.04"


def test_anolis_by_its_chinese_name_is_an_os():
    assert facts("龙蜥系统 安装calico 工作节点异常报错").get("os") == "anolis"


def test_a_policy_engine_named_on_a_managed_service_rides_on_the_clouds_own_plugin():
    said = facts("I want to upgrade an existing AKS cluster with calico network policy to overlay.")
    assert said.get("current_plugin", "").startswith("azure-cni")
    assert facts("EKS with Calico policies: pods can't reach each other").get("current_plugin") == "aws-vpc-cni"
    # installed as the CNI itself, or off a managed service, it is the plugin in use
    assert facts("Our AKS BYOCNI cluster runs Calico as the CNI").get("current_plugin") == "calico"
    assert facts("We run Calico network policy on our kubeadm cluster").get("current_plugin") == "calico"
    # only weighed as the policy engine, it rides on nothing yet
    weighed = facts("Is Calico Network Policy plugin a good replacement for Azure NPM in an AKS cluster with over 250 nodes?")
    assert not weighed.get("current_plugin", "").startswith("azure-cni")


def test_will_it_work_on_our_nodes_asks_about_what_runs_now():
    said = facts("Will Calico's eBPF dataplane work on our RHEL 8.2 GPU nodes (kernel 4.18.0-193)?")
    assert said.get("os") == "rhel 8.2"
    assert "os" not in facts("We will move the nodes to RHEL 9 next year")


def test_egress_locked_down_to_a_handful_of_domains_is_fqdn_policy():
    said = facts("Compliance wants outbound traffic locked down to a handful of processor domains (api.stripe.com, two bank endpoints)")
    assert said.get("fqdn_policy") is True
    assert "fqdn_policy" not in facts("Our nodes are limited to two domains of trust")


def test_what_a_vendor_wants_of_the_nics_is_a_requirement_not_a_proposal():
    said = facts("Our UPF vendor wants VFs bound to vfio-pci for DPDK inside the pod, and the AMF talks SCTP (NGAP on N2).")
    assert said.get("dpdk") is True and said.get("sctp") is True and said.get("sriov_nics") is True
    assert "ebpf_dataplane" not in facts("Our vendor wants us to run Cilium in eBPF mode")
    # a NIC feature weighed as a colleague's pick is no requirement
    weighed = facts("A few pods need a second interface on the studio VLAN. One colleague says SR-IOV, another says macvlan through Multus.")
    assert "current_plugin" not in weighed and "sriov_nics" not in weighed


def test_whats_the_right_cni_setup_asks_to_choose():
    assert understand("Six bare-metal servers with SR-IOV NICs. What's the right CNI setup for this?", CATALOG).kind == "choice"
    assert understand("What's the right MTU for flannel VXLAN on a 1500 network?", CATALOG).kind != "choice"


def test_a_lighter_network_asked_for_is_simplicity():
    assert facts("What's a lighter pod network we should put on instead?").get("simplicity") is True
    assert "simplicity" not in facts("Which pod network do you suggest for lighting control systems?")


def test_a_made_up_routing_mode_switched_into_is_unknown():
    knows = vocabulary("vxlan", "geneve", "native", "sd-wan", "bgp")
    assert understand("How do I switch Cilium into MeshLink routing mode?", CATALOG, vocabulary=knows).kind == "decline"
    assert understand("How do I switch Cilium into native routing mode?", CATALOG, vocabulary=knows).kind != "decline"


def test_a_fixed_count_of_source_ips_for_outbound_traffic_is_an_egress_ip():
    said = facts("要求信贷这个 namespace 出去访问核心的流量必须是固定的 2 个源 IP，不能是随便哪个节点的 IP。")
    assert said.get("egress_ip") is True
    assert "egress_ip" not in facts("出去访问核心的流量走节点 IP 就行")
