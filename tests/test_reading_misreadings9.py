"""Classes of misreading, ninth round (first part): user-space NIC needs (DPDK, vfio-pci), SR-IOV named
as a plugin in a list of plugins, the primary network beside an extra interface, refused pod routes,
tenant networks, Chinese counts, kinds and scope. Each class is paired with a near-miss that must not be read."""

from __future__ import annotations

import pytest

from assistant.reading import understand
from reading_facts import CATALOG, facts


@pytest.mark.parametrize("text", ["The UPF uses DPDK and needs the VF bound to vfio-pci inside the pod.",
                                  "Our packet core does kernel bypass on the data plane.",
                                  "5G UPF 用户态收发包，VF 要绑定 vfio-pci 直通进 Pod"])
def test_pods_that_drive_the_nic_from_user_space_need_dpdk(text):
    assert facts(text).get("dpdk") is True


def test_a_refused_dpdk_is_read_as_refused():
    assert facts("The VFs stay on the kernel iavf driver, we don't use DPDK at all.").get("dpdk") is False


def test_failing_to_get_a_wanted_feature_working_is_no_refusal():
    # inability is a symptom: the writer wants DPDK, and cannot get it working
    assert facts("We are not able to use UPF pods with DPDK mode on our SR-IOV VFs.").get("dpdk") is True
    assert facts("We are not able to use WireGuard here, the kernel is too old.").get("encryption") is True


@pytest.mark.parametrize("text", ["Which secondary CNI for the data plane: macvlan, ipvlan or SR-IOV?",
                                  "SR-IOV vs macvlan for the media pods?", "数据面用 macvlan 还是 SR-IOV？"])
def test_sriov_listed_beside_other_plugins_names_the_plugin(text):
    assert "sriov" in understand(text, CATALOG).asked


@pytest.mark.parametrize("text", ["Our NICs support SR-IOV and we run Calico. Can pods get a VF?",
                                  "We use Calico and SR-IOV NICs, which mode?"])
def test_sriov_as_the_nics_feature_names_no_plugin(text):
    reading = understand(text, CATALOG)
    assert "sriov" not in reading.plugins
    assert reading.profile.sriov_nics is True


@pytest.mark.parametrize("text", ["Primary network is Calico.", "主网络还是 Calico，想给 UPF 加一张 VF。", "主网络是 Calico。"])
def test_the_primary_network_named_beside_an_extra_interface_is_in_use(text):
    assert facts(text).get("current_plugin", "").startswith("calico")


@pytest.mark.parametrize("text", ["主网络用 Calico 还是 Cilium？", "Which primary network is better here, Calico or Cilium?"])
def test_a_primary_network_still_to_choose_is_not_in_use(text):
    assert "current_plugin" not in facts(text)


@pytest.mark.parametrize("text", ["Network team: no BGP to servers and no static routes for pod CIDRs either.",
                                  "No BGP to servers, and netops won't add static routes for the pod subnets."])
def test_routes_for_pod_cidrs_refused_are_no_pod_routes(text):
    assert facts(text).get("pod_routes") is False


def test_routes_for_pod_cidrs_added_are_pod_routes():
    assert facts("The network team added static routes for each node's pod CIDR on the core.").get("pod_routes") is True


@pytest.mark.parametrize("text", ["k8s nodes are Nova VMs on one tenant network, port security is on", "节点都在同一个租户网络里"])
def test_one_tenant_network_is_one_subnet(text):
    assert facts(text).get("cross_subnet") is False


def test_nova_instances_run_on_openstack():
    assert facts("k8s nodes are Nova VMs on one tenant network").get("platform") == "openstack"
    assert "platform" not in facts("Bossa nova playlist for the on-call rotation")


@pytest.mark.parametrize("text, os", [("OS Ubuntu Xenial; Kernel 4.4.0-78-generic", "ubuntu 16.04"),
                                      ("nodes run Ubuntu Jammy", "ubuntu 22.04")])
def test_release_code_names_give_the_release(text, os):
    assert facts(text).get("os") == os


def test_a_bare_x86_is_amd64_but_not_x86_32():
    assert facts("Cloud provider or hardware configuration: x86").get("arch") == "amd64"
    assert facts("old x86-32 boxes").get("arch") != "amd64"


def test_reaching_a_service_by_ipv4_only_is_a_symptom_and_settings_enable_ipv6():
    read = facts("installed cilium with enableIPv6=true, but I can access the dualstack service by ipv4 only")
    assert read.get("ipv6") is True and read.get("dual_stack") is not False
    assert facts("Our cluster is IPv4-only.").get("ipv6") is False


def test_calicos_bpf_switch_names_its_ebpf_data_plane():
    read = facts("FelixConfiguration: bpfEnabled: true, bpfExternalServiceMode: DSR, vxlanEnabled: true")
    assert read.get("current_plugin") == "calico:ebpf" and read.get("ebpf_dataplane") is True
    assert facts("FelixConfiguration: bpfEnabled: false").get("current_plugin") == "calico"


def test_l7_rules_named_by_their_object_and_no_free_ips():
    assert facts("L7 CNP not working correctly. Cilium version 1.8.3").get("l7_policy") is True
    assert facts("Provided subnets ... Free IPs: 0 ... the cluster cannot scale").get("pod_density") is True


@pytest.mark.parametrize("text", ["AFAICT Calico already supports IPv6 policies?", "I'm not married to Calico, anything with policies is fine."])
def test_a_plugin_asked_about_or_held_loosely_is_not_in_use(text):
    assert "current_plugin" not in facts(text)


def test_the_nics_and_load_balancer_backends_are_no_unknown_cni_names():
    def knows_nothing(term: str) -> bool:
        return False

    q = "Pods must use real VPC IPs so the SLB 后端 and RDS whitelist can point at them; which CNI on ECS?"
    reading = understand(q, CATALOG, vocabulary=knows_nothing)
    assert reading.kind != "decline" and not reading.unknown
    assert understand("Calico 的 Zorbax 后端怎么配？", CATALOG, vocabulary=knows_nothing).unknown == ["Zorbax"]


def test_storage_naming_only_a_platform_is_off_topic_but_its_data_plane_is_not():
    pvc = "the PVC stays Pending with local-path-provisioner installed by its helm chart, unlike on GKE"
    assert understand(pvc, CATALOG).decline == "off_topic"
    assert understand("Does GKE Dataplane V2 work with the Helm chart of cert-manager?", CATALOG).kind != "decline"


@pytest.mark.parametrize("text", ["Hi, do you have any plan to implement BGP routing in Cilium, like kube-router does?",
                                  "Is there support for IPv6 in kube-router?"])
def test_a_capability_asked_of_a_roadmap_is_feasibility(text):
    assert understand(text, CATALOG).kind == "feasibility"


def test_a_plugin_the_writer_refuses_to_run_is_no_candidate():
    q = "New AKS cluster; we want eBPF and no kube-proxy, but we don't want to operate Cilium ourselves, AKS should manage it."
    assert "cilium" not in understand(q, CATALOG).plugins
    assert "cilium" not in understand("不想自己维护 Cilium，ACK 上用什么？", CATALOG).plugins
    # leaving the plugin in use is a move, not a refusal
    assert "calico" in understand("We don't want to run Calico anymore; we want Cilium. How to migrate?", CATALOG).plugins


def test_the_setting_that_picks_the_plugin_asks_to_choose():
    q = "OpenShift 4.16 on vSphere with two Windows workers. What do we put as networkType in install-config.yaml?"
    assert understand(q, CATALOG).kind == "choice"


@pytest.mark.parametrize("text", ["两台笔记本做实验:Mac 上 VMware Fusion NAT 跑 master,另一台 Windows 上 VMware Workstation NAT 跑 node02",
                                  "We have two laptops with VMware Workstation NAT, master on one, worker on the other"])
def test_vms_behind_nat_on_two_machines_share_no_l2(text):
    assert facts(text).get("l2_adjacent") is False


def test_vms_behind_nat_on_one_laptop_are_not_apart():
    assert facts("three VMs on my laptop, NAT network, flannel").get("l2_adjacent") is not False


@pytest.mark.parametrize("text, nodes", [("kk部署k8s v1.23.10三节点，其中一个节点calico node启动失败", 3),
                                         ("我们是 OpenStack 上的 12 台 Rocky Linux 9 虚拟机", 12),
                                         ("这是阿里云两个账户下面的两台ecs", 2),
                                         ("max-pods 已经调到 250；节点数现在 80 台，年底扩到 150 台", 150)])
def test_chinese_counts_glued_to_versions_or_before_an_os(text, nodes):
    assert facts(text).get("nodes") == nodes


def test_a_version_glued_to_a_chinese_numeral_is_not_a_count():
    assert facts("k8s v1.23.10三节点").get("nodes") != 10


def test_a_kernel_upgraded_everywhere_and_a_leased_line_of_ones_own():
    assert facts("openEuler 22.03，内核统一升级到了 5.10.0-136。").get("kernel") == "5.10.0-136"
    assert facts("机房之间是我们自己的专线，可以信任。").get("untrusted_network") is False


def test_mac_spoofing_enabled_on_hyperv_but_not_openstack_anti_spoofing():
    assert facts("3 VMs on an Hyper-V workstation. Spoofing is enabled on all VMs").get("mac_filtering") is False
    assert facts("VMs on OpenStack have anti-spoofing enabled which drops packets").get("mac_filtering") is not False


def test_x86_in_a_host_name_is_no_architecture():
    assert "arch" not in facts("kubectl get node: k8s-node-03 Ready v1.11.3; x86-edge-node-01 Ready 2.0.0")
