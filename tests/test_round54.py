"""Fifty-fourth round: readings and one catalog fact from held-out batch 54 (blind418-421), each beside a near-miss."""

from __future__ import annotations

from assistant.models import Profile
from assistant.reading import understand
from reading_facts import CATALOG, check_status, facts, planned


def test_an_isolation_wish_in_english_is_no_symptom():
    text = "EKS with 30 nodes. We need policies so that tenant A's pods can't reach tenant B's. Which CNI setup?"
    assert understand(text, CATALOG).kind == "choice"
    assert understand("I don't want pods of the dev namespace to talk to prod. Which plugin on AKS?", CATALOG).kind == "choice"
    assert understand("Pods in namespace a can't reach namespace b since we enabled Calico.", CATALOG).kind == "troubleshoot"


def test_our_own_requirements_document_states_our_needs():
    said = facts("Our compliance standards doc says all egress must be allow-listed by domain name, not IP ranges.")
    assert said.get("fqdn_policy") is True
    assert "fqdn_policy" not in facts("The Cilium docs say egress can be allow-listed by domain name.")


def test_self_managed_clusters_forbidden_mean_the_managed_service():
    assert facts("Running on GKE; corporate IT forbids self-managed clusters.").get("managed") is True
    assert facts("公司不允许自建集群，只能上 ACK。").get("managed") is True
    assert facts("We run self-managed clusters on EC2.").get("managed") is False


def test_a_place_of_its_own_routed_subnet():
    assert facts("Half the servers move to room 2 next month, which gets its own routed subnet.").get("cross_subnet") is True
    assert "cross_subnet" not in facts("flannel gives each node its own /24 for pods.")


def test_what_should_the_backend_be_asks_for_a_choice():
    text = "flannel host-gw today on 20 servers; after the re-cabling they sit in two VLANs. What should our backend be then?"
    assert understand(text, CATALOG).kind == "choice"
    assert understand("Cilium on 12 bare-metal nodes, kube-proxy replaced. Suggestions?", CATALOG).kind == "choice"


def test_overhead_inside_one_subnet_is_a_wish_not_the_topology():
    said = facts("节点在两个子网里，想省掉同一子网内的封装开销。")
    assert said.get("cross_subnet") is True
    assert facts("所有节点都在同一子网里。").get("cross_subnet") is False


def test_pods_needing_a_second_nic_in_chinese():
    assert facts("有两个采集 pod 需要额外的网卡接到工控 VLAN。").get("multi_nic") is True
    assert "multi_nic" not in facts("每台节点有两张网卡，一张业务一张存储。")


def test_pod_addresses_seen_by_the_networks_services_in_chinese():
    said = facts("要求 pod IP 能直接被机房防火墙和数据库白名单识别，vxlan 封装最好也去掉。")
    assert said.get("routable_pod_ips") is True and said.get("latency_sensitive") is True


def test_wanting_off_the_plugin_in_use_leaves_it():
    reading = understand("We run Weave on 10 VMs; it's archived, so we want off it. Whatever replaces it needs NetworkPolicy. Ideas?", CATALOG)
    assert reading.leaving and reading.kind == "choice"
    assert not understand("We run Weave on 10 VMs and want to tune its MTU.", CATALOG).leaving


def test_pods_with_their_security_groups_and_more_pods_per_node():
    said = facts("EKS with the VPC CNI: we want to fit more pods with security groups per node.")
    assert said.get("pod_security_groups") is True and said.get("pod_density") is True


def test_bgp_joined_to_the_writers_router():
    assert facts("Calico in BGP mode, and I peered it with our edge router.").get("bgp_fabric") is True


def test_a_plugin_pod_deleted_as_a_workaround_is_still_in_use():
    said = facts("New pods on node 4 get no IP address until calico-node is deleted.")
    assert said.get("current_plugin") == "calico"
    assert "current_plugin" not in facts("calico-node was deleted and we installed Cilium.") or \
        facts("calico-node was deleted and we installed Cilium.").get("current_plugin") != "calico"


def test_kubekey_with_a_version_is_self_managed():
    assert facts("kk 3.0 create cluster 之后 calico 起不来").get("managed") is False


def test_fast_links_required_are_a_performance_need():
    assert facts("We need fast 25G links between the storage nodes.").get("latency_sensitive") is True


def test_a_calico_pool_with_both_modes_named_prefers_the_cross_subnet_ones_when_compared():
    text = "EC2 自建，calico 现在是 ipipMode: Always，节点在三个子网。想减少同一子网内的封装开销，ipipMode: CrossSubnet 和 vxlanMode: CrossSubnet 选哪个？"
    reading = understand(text, CATALOG)
    assert reading.kind == "compare" and {"calico:ipip-crosssubnet", "calico:vxlan-crosssubnet"} <= set(reading.options)
    assert planned(text).options[0].id in ("calico:ipip-crosssubnet", "calico:vxlan-crosssubnet")


def test_managed_services_of_other_providers_keep_their_plugin_in_chinese():
    on_tke = Profile(platform="cloud", managed=True, current_plugin="cilium")
    assert check_status("flannel:vxlan", on_tke, "cloud") == "fail"


def test_vms_on_one_named_hypervisor_workstation_share_a_segment():
    said = facts("Two VMs (a master and a worker, both Debian) on a Hyper-V desktop.")
    assert said.get("l2_adjacent") is True
    assert "l2_adjacent" not in facts("Two VMs, each on its own Hyper-V host.")


def test_workers_behind_nat_with_the_master_on_the_public_internet_are_another_site():
    said = facts("k3s with the server on the public internet and 2 agents at home behind NAT.")
    assert said.get("cross_subnet") is True and said.get("untrusted_network") is True


def test_sealer_is_a_self_managed_installer():
    assert facts("sealer run an image with kubernetes 1.25 and calico").get("managed") is False


def test_mac_minis_are_bare_metal_and_ubuntu_misspelt_still_names_its_kernel():
    said = facts("Three Mac minis running Ubunut 22.04 as nodes.")
    assert said.get("platform") == "bare-metal" and said.get("kernel") == "5.15"
