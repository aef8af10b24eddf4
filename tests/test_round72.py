"""Seventy-second round: readings from held-out batch 72 (blind504-511), each beside a near-miss."""

from __future__ import annotations

from assistant.reading import understand
from reading_facts import CATALOG, vocabulary

# what an index of the notes knows, for the settings below: real keys and values, none of the made-up ones
KNOWS = vocabulary("ipam mode", "cluster-pool", "kubernetes", "tunnel", "vxlan", "routing mode", "native", "mtu", "eni", "dsr")


def test_a_made_up_setting_handed_over_as_code_is_unknown():
    for text in ("Someone said to set `tunnel-compression: zstd` in the cilium-config ConfigMap. What level should I pick?",
                 "Terway 的 ENI 跨可用区漂移模式（eni_cross_zone_roaming: true）在哪配置？",
                 "Should we move Cilium to its Hetzner IPAM mode (ipam.mode: hcloud), or stay on cluster-pool?"):
        reading = understand(text, CATALOG, vocabulary=KNOWS)
        assert reading.kind == "decline" and reading.unknown, text


def test_real_settings_logs_labels_and_pasted_configs_name_nothing_unknown():
    for text in ("Should we move Cilium to ipam.mode: cluster-pool or stay on kubernetes?",
                 "We set `routing-mode: native` in Cilium and pods across nodes time out.",
                 "部署calico-01时出错：==> calico-01: chmod: cannot access '/srv/kubernetes'",
                 "kubectl -n kube-system get pods -l k8s-app=kube-dns -o wide shows them pending on the flannel nodes",
                 "With calico_network_backend: vxlan the calico-node pods never become ready.",
                 "Our Cilium values: `bpf-lb-mode: dsr`, `cluster-name: east`, `hubble-relay: true`. Why do pods time out?"):
        assert understand(text, CATALOG, vocabulary=KNOWS).unknown == [], text


def test_an_application_protocol_is_no_plugins_tunnel():
    assert understand("Our firewall only passes TCP, so I'd like to switch flannel to its tcp backend over port 443. Where is the port set?",
                      CATALOG, vocabulary=KNOWS).kind == "decline"
    assert understand("Our firewall only passes TCP and UDP 8472; can flannel's vxlan backend work?", CATALOG, vocabulary=KNOWS).unknown == []
