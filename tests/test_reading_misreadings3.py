"""Classes of misreading, third round: counts after a Kubernetes name, routers between the nodes,
and a Chinese fitness question that names a plugin's mode. Paraphrases, each paired with the
writer's own statement of the same fact where a fix could overreach."""

from __future__ import annotations

import pytest

from reading_facts import facts


@pytest.mark.parametrize("text, nodes", [("k8s 3 nodes on bare metal, which CNI?", 3),
                                         ("A Kubernetes 5 node cluster on VMware.", 5),
                                         ("rke2 4 servers behind one switch.", 4)])
def test_a_bare_integer_after_a_kubernetes_name_is_a_count(text, nodes):
    assert facts(text)["nodes"] == nodes


@pytest.mark.parametrize("text", ["Kubernetes 1.28 nodes on AWS.", "k3s v1.27 workers on Pi boards."])
def test_a_dotted_kubernetes_release_is_no_count(text):
    assert "nodes" not in facts(text)


@pytest.mark.parametrize("text", ["The nodes are separated by a router.", "Our workers sit behind different routers.",
                                  "There is an L3 hop between the nodes.", "Nodes live in routed subnets of the campus."])
def test_routers_between_the_nodes_mean_different_subnets(text):
    assert facts(text).get("cross_subnet") is True


def test_no_l3_hop_is_not_different_subnets():
    assert facts("There is no L3 hop between our nodes, all on one switch.").get("cross_subnet") is not True


@pytest.mark.parametrize("text", ["Cilium 的 native routing 模式适合跨机房部署吗", "Calico 的 BGP 模式在我们的机房能用吗"])
def test_a_chinese_fitness_question_about_a_mode_does_not_put_it_in_use(text):
    assert "current_plugin" not in facts(text)


def test_a_chinese_statement_of_the_mode_in_use_is_still_read():
    assert facts("我们用的是 Calico 的 IPIP 模式，跨机房的 pod 不通，怎么办")["current_plugin"] == "calico:ipip"


@pytest.mark.parametrize("text", ["The top-of-rack switches speak eBGP with the servers.", "Our spines run iBGP sessions with the leaves."])
def test_ebgp_and_ibgp_name_bgp(text):
    assert facts(text).get("bgp_fabric") is True


@pytest.mark.parametrize("text", ["Each rack is its own /25.", "We use one subnet per rack.", "每个机柜一个独立网段。"])
def test_a_subnet_per_rack_means_different_subnets(text):
    assert facts(text).get("cross_subnet") is True


def test_one_subnet_for_all_nodes_is_still_one_subnet():
    assert facts("All nodes are in one subnet.").get("cross_subnet") is False


def test_not_wanting_any_encapsulation_rules_all_out():
    assert "vxlan" in facts("We don't want any encapsulation at all.").get("encap_blocked", [])


@pytest.mark.parametrize("text", ["节点只有公网 IP，彼此之间没有任何内网互通。", "There is no private network between the offices, only the internet."])
def test_no_private_link_between_nodes_is_an_untrusted_network(text):
    assert facts(text).get("untrusted_network") is True


def test_fen_bie_each_is_no_negation():
    # 分别 "each" contains 别 "don't": the places after it are still stated
    assert facts("三台 worker 分别在不同机房。").get("cross_subnet") is True


@pytest.mark.parametrize("text, nodes", [("k3s：1 台 server，另外 4 台 agent。", 5), ("物理机 40 台，交换机是 trunk 口。", 40),
                                         ("三台 worker 节点。", 3)])
def test_chinese_counts_around_english_role_words_and_machine_nouns(text, nodes):
    assert facts(text)["nodes"] == nodes


@pytest.mark.parametrize("text", ["We rent 4 Hetzner dedicated servers for the cluster.", "Our nodes are OVH bare-metal servers."])
def test_a_cloud_vendors_dedicated_servers_are_bare_metal(text):
    assert facts(text)["platform"] == "bare-metal"


def test_a_cloud_vendors_cloud_servers_stay_cloud():
    assert facts("We run 3 Hetzner cloud servers in a private network.")["platform"] == "cloud"


@pytest.mark.parametrize("text", ["They share one private /24 at layer 2.", "The servers are joined at L2 by the provider's vSwitch."])
def test_sharing_a_network_at_layer_2_is_l2_adjacency(text):
    assert facts(text).get("l2_adjacent") is True


@pytest.mark.parametrize("text", ["Could another namespace use the same subnet?", "Can a subnet CIDR overlap another subnet?",
                                  "每个命名空间绑定不同的子网。"])
def test_subnets_given_to_namespaces_are_not_node_subnets(text):
    assert "cross_subnet" not in facts(text)


def test_the_machines_a_pod_moved_between_are_not_the_cluster_size():
    assert "nodes" not in facts("pod 在两台机器之间来回驱逐多次。")
    assert facts("集群有两台机器。")["nodes"] == 2


@pytest.mark.parametrize("text", ["Pods must sit in one VLAN with our existing VMs; the nodes are 12 physical servers.",
                                  "Pod 要和现有虚拟机在同一个 VLAN，物理机 40 台。"])
def test_vms_beside_the_cluster_are_not_its_platform(text):
    assert facts(text)["platform"] == "bare-metal"


@pytest.mark.parametrize("text, nodes", [
    ("sealos init --master 10.0.0.1 --master 10.0.0.2 --node 10.0.0.3 --node 10.0.0.4 --network calico", 4),
    ("[kube-master] 10.1.0.3, 10.1.0.4; [kube-node] 10.1.0.5, 10.1.0.6, 10.1.0.7", 5),
    ("sealos init --master 172.21.0.3 --user root", 1)])
def test_hosts_named_on_an_installer_command_line_or_inventory_are_counted(text, nodes):
    assert facts(text)["nodes"] == nodes


def test_a_host_range_on_the_command_line_hides_the_count():
    assert "nodes" not in facts("sealos init --master 10.0.0.1-10.0.0.3 --node 10.0.0.4-10.0.0.9")


def test_the_size_now_without_its_noun_wins_over_an_earlier_size():
    assert facts("It was fine at 30 nodes, but now with ~130, pods are stuck.")["nodes"] == 130
    assert facts("We have 5 nodes now with 2 GPUs each.")["nodes"] == 5


def test_nodes_slash_workers_are_workers_beside_the_master():
    assert facts("1 master in the cloud, 3 nodes/workers at home behind NAT.")["nodes"] == 4


@pytest.mark.parametrize("text, plugin", [("用的是 calico，后来将calico换成flannel后成功访问。", "flannel"),
                                          ("Evaluate Cilium as CNI alternative to default Flannel; the cluster deploys with Flannel today.",
                                           "flannel"),
                                          ("terway eniip模式，辅助ip被占满了", "terway:eniip"),
                                          ("kube-ovn1.11.3安装underlay模式后 pod 不通", "kube-ovn:underlay")])
def test_the_plugin_in_use_after_a_switch_a_weighing_a_mode_or_a_glued_release(text, plugin):
    assert facts(text)["current_plugin"] == plugin


@pytest.mark.parametrize("text", ["想把 calico 换成 flannel 后再试试吗？", "We run calico2 as a hostname."])
def test_a_wished_switch_or_a_name_with_digits_is_not_in_use(text):
    assert "current_plugin" not in facts(text)


def test_public_addresses_beside_a_private_network_do_not_split_the_nodes():
    said = facts("The 3 nodes talk over a private network 10.0.0.0/24; each also has a public IP address.")
    assert said.get("cross_subnet") is not True
    assert facts("Our nodes only have public IPs.").get("cross_subnet") is True


@pytest.mark.parametrize("text", ["node1 = 10.1.0.12 in datacenter 1; node2 = 10.1.0.27 in datacenter 2", "机房1 三台，机房2 两台。"])
def test_numbered_places_that_differ_split_the_nodes(text):
    assert facts(text).get("cross_subnet") is True


def test_one_numbered_place_does_not_split_the_nodes():
    assert "cross_subnet" not in facts("All nodes sit in rack 3 of datacenter 1.")


@pytest.mark.parametrize("text", ["Huge performance penalty when using eBPF.", "Does the MTU of 1500 affect performance?"])
def test_a_performance_cost_worried_about_is_latency_sensitivity(text):
    assert facts(text).get("latency_sensitive") is True


def test_as_an_example_marks_an_example():
    assert "platform" not in facts("As an example, on a cluster with 3 c5.large nodes the CNI keeps 49 IPs warm.")


@pytest.mark.parametrize("text", ["We use the OpenShift Windows Machine Config Operator.", "Our AKS cluster has a Windows node pool."])
def test_cluster_objects_that_add_windows_nodes_mean_windows_nodes(text):
    assert facts(text).get("windows_nodes") is True


def test_a_windows_machine_hosting_the_vms_is_still_not_a_node():
    assert facts("My Windows machine runs three VirtualBox VMs for the cluster.").get("windows_nodes") is not True


def test_a_cloud_controller_deployed_with_networks_routes_the_pod_cidrs():
    assert facts("I followed the hcloud cloud-controller-manager doc for deploying with networks.").get("pod_routes") is True


@pytest.mark.parametrize("text", ["The VPC is a /22 and the subnets are almost full.", "Azure CNI with VNet IPs eats the whole subnet.",
                                  "VPC 交换机的地址快用完了。"])
def test_a_full_network_address_space_is_pod_density(text):
    assert facts(text).get("pod_density") is True


def test_alibaba_instance_types_are_not_ec2_types():
    assert facts("阿里云 ACK，节点 ecs.g7.4xlarge。")["platform"] == "aliyun"
    assert facts("Our nodes are m5.large instances.")["platform"] == "aws"


def test_a_node_in_another_segment_is_cross_subnet():
    assert facts("新加了一台物理机，在另一个网段，通过路由器互通。").get("cross_subnet") is True


def test_kubevirt_vms_on_an_existing_vlan_need_routable_addresses():
    assert facts("KubeVirt 的 VM 要直接用机房已有的 VLAN 100 网段地址。").get("routable_pod_ips") is True
    assert "routable_pod_ips" not in facts("虚拟机直接使用机房网段地址。")


def test_a_question_starting_after_a_full_stop_weighs_the_plugin():
    assert "current_plugin" not in facts("We are stuck on CentOS 7.9. Can Cilium do kube-proxy replacement on that?")


def test_the_ec2_source_dest_check_off_in_one_subnet_acts_as_l2():
    assert facts("All 6 EC2 nodes are in one subnet and I disable the source/dest check.").get("l2_adjacent") is True
    assert facts("Nodes span three AZs; source/dest check is disabled.").get("l2_adjacent") is not True


def test_a_plugin_name_asked_as_a_question_is_not_in_use():
    assert "current_plugin" not in facts("Our DC routers peer BGP with the nodes. calico? which mode?")


@pytest.mark.parametrize("text", ["3 datacenters about 2 ms apart.", "The 12 nodes sit in 2 racks."])
def test_a_digit_before_physical_places_splits_the_nodes(text):
    assert facts(text).get("cross_subnet") is True


def test_a_digit_before_subnets_handed_out_does_not():
    assert "cross_subnet" not in facts("I would create 2 VPCs and 2 subnets with the same CIDR address plan for each namespace.")


@pytest.mark.parametrize("text, nodes", [("集群规模: 1master 1node", 2), ("3 masters + 2 nodes", 5),
                                         ("使用两台不同的云厂商的服务器组建k8s", 2)])
def test_nodes_beside_a_control_plane_count_and_machines_described_at_length(text, nodes):
    assert facts(text)["nodes"] == nodes


@pytest.mark.parametrize("text, dist", [("Version: v1.29.5+k3s1", "k3s"), ("rke2 version v1.28.12+rke2r1", "rke2"),
                                        ("Version: v1.25.2+k0s.0", "k0s")])
def test_a_distribution_release_tag_glued_to_its_name_names_it(text, dist):
    assert facts(text)["distribution"] == dist


def test_an_installer_with_its_release_glued_on_is_self_managed():
    assert facts("kubeasz3.2版本，calico IPIP模式")["managed"] is False
    assert facts("We install with k3sup.")["distribution"] == "k3s"  # the k3s installer
    assert "distribution" not in facts("We test with k3d clusters.")


def test_proc_version_gives_the_kernel():
    assert facts("Kernel Version: Linux version 6.1.82-talos (@buildkitsandbox)")["kernel"] == "6.1"


def test_a_plugin_that_was_never_installed_is_not_in_use():
    assert "current_plugin" not in facts("麒麟v10系统 sealos init 没有安装calico")


@pytest.mark.parametrize("text, mode", [("I am setting up kubeadm + Calico v3.29.2 (use manifests). Expected: All Calico components "
                                         "should start (VXLAN mode: CrossSubnet).", "calico:vxlan-crosssubnet"),
                                        ("We run Calico 0.6.0: calicoctl pool add 192.168.0.0/16 --ipip --nat-outgoing", "calico:ipip")])
def test_calico_modes_spelled_as_settings_or_flags(text, mode):
    assert facts(text)["current_plugin"] == mode


def test_the_writers_cluster_with_a_size_is_counted_but_sizes_in_general_are_not():
    assert facts("Running RR on the control planes of a cluster with 1400 nodes, calico-node used 1 vCPU.")["nodes"] == 1400
    assert "nodes" not in facts("For large clusters with 1000 nodes use route reflectors.")
    assert "nodes" not in facts("Route reflectors are advised for clusters of 100 nodes or more.")


def test_gke_in_lowercase_beside_cluster_words_and_a_rapi_board():
    assert facts("network policy is on when gke is configured with dataplane-v2")["platform"] == "gcp"
    assert facts("k3s broken on Ubuntu 22.04 64bit ARM64 on RaPi")["platform"] == "bare-metal"


@pytest.mark.parametrize("text", ['Does it support "1000 nodes and 250 pods/node" or "10,000 nodes and 250 pods/node"?',
                                  "Azure CNI Overlay scales to 5000 nodes."])
def test_a_capacity_asked_about_or_quoted_is_not_the_cluster_size(text):
    assert "nodes" not in facts(text)


def test_an_approximate_size_is_still_the_cluster_size():
    assert facts("We have 12 or 13 nodes.")["nodes"] == 13
