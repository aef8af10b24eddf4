"""Nodes counted from what names each host: a pasted `kubectl get nodes` listing, an Ansible
inventory, an installer's command line (sealos `--master`/`--node`), kubeasz's host sections, or
hosts numbered by role ("node1", "worker-2")."""

from __future__ import annotations

import re

from assistant.reading.spans import Hit

# A pasted `kubectl get nodes` listing or an inventory: one node per line (or ";"/"；"-joined segment)
# that starts with a host name followed by its status or its address (roles and version may come between).
# The first row may follow the command on the same line: "kubectl get nodes: node1 Ready; node2 Ready". Nodes named
# by their address ("172.16.0.182 Ready control-plane") count when their status follows.
# The first row may also follow a heading's colon: "hosts: node1 10.146.81.201; node2 10.146.81.202".
_ROW_START = r"(?:^|[\n;；：]|[.:]\s|\bget\s+(?:nodes?|no)(?:\s+-o\s*wide)?[\"'`]?\s*[:：]?)\s*"
_LISTED = re.compile(_ROW_START + r"(?:([A-Za-z][\w.-]*)\s+(?:(?:Ready|NotReady)\b|(?:[\w.,-]+\s+)?(?:v\d[\w.+-]*\s+)?(?:\d{1,3}\.){3}\d{1,3}(?![\d/.]))"
                     r"|((?:\d{1,3}\.){3}\d{1,3})\s+(?:Ready|NotReady)\b)")
# Hosts named by role and number: "node1", "worker-2", "k8s-master01".
# A listing folded into one line: "kubectl get nodes: bigdata01, bigdata02, master1 均为 Ready".
_FOLDED = re.compile(r"\bget\s+(?:nodes?|no)\b[^:：\n]{0,12}[:：]\s*((?:[A-Za-z][\w.-]*\s*[,，、]\s*)+[A-Za-z][\w.-]*)\s*(?:均为|都是|all|are)?\s*Ready",
                     re.I)
_NUMBERED = re.compile(r"\b(?:k8s-)?(master|work(?:er)?|node|edge|agent|minion)[-_]?(\d{1,3})\b", re.I)
_INVENTORY = re.compile(r"[\"']?(?:kube_control_plane|kube_master|kube_node|masters|workers|nodes)[\"']?\s*[:=]\s*\[([^\]]*)\]", re.I)
# Installer command lines and inventories name each host: "sealos init --master 10.0.0.1 --node 10.0.0.2",
# kubeasz's "[kube-master] 10.1.16.3, 10.1.16.12; [kube-node] 10.1.16.25".
_FLAG_HOST = re.compile(r"--(?:masters?|nodes?|workers?)[ =]((?:\d{1,3}\.){3}\d{1,3}(?:-(?:\d{1,3}\.){3}\d{1,3})?)")
# sealos 4's plural flags take comma-separated lists: "--masters 10.0.0.1,10.0.0.2 --nodes 10.0.0.3"
_FLAG_LIST = re.compile(r"--(?:masters|nodes|workers)[ =]((?:(?:\d{1,3}\.){3}\d{1,3}\s*,\s*)*(?:\d{1,3}\.){3}\d{1,3})")
_SECTION = re.compile(r"\[(?:kube[-_]?master|kube[-_]?node|kube_control_plane|masters?|nodes?|workers?)\]\s*:?\s*"
                      r"((?:(?:\d{1,3}\.){3}\d{1,3}\s*[,，\s]\s*)*(?:\d{1,3}\.){3}\d{1,3})", re.I)


# A node agent's DaemonSet runs one pod per node: "calico-node-2lfnb; calico-node-52lnc; calico-node-l7sv2" is three nodes.
_AGENT_POD = re.compile(r"(?<![\w-])(calico-node|cilium|kube-flannel-ds(?:-amd64|-arm64|-arm)?|kube-proxy|canal|weave-net|antrea-agent|"
                        r"kube-ovn-cni|ovs-ovn|kube-router|terway(?:-eniip)?|aws-node)-([a-z0-9]{5})(?![\w-])")


def listed_nodes(text: str) -> Hit | None:
    """The number of nodes a pasted listing or inventory shows."""
    rows = list(_LISTED.finditer(text))
    names = {m.group(1) or m.group(2) for m in rows}
    if len(names) >= 2:
        return Hit("nodes", len(names), rows[0].start(), rows[-1].end(), text[rows[0].start():rows[-1].end()].strip())
    if (folded := _FOLDED.search(text)) is not None:
        return Hit("nodes", len(set(re.split(r"\s*[,，、]\s*", folded.group(1)))), folded.start(1), folded.end(1), folded.group(1))
    # an Ansible inventory line per host: "[all] master01 ansible_host=10.10.15.198; ... app01 ansible_host=10.10.15.201"
    inventory = list(_ANSIBLE_HOST.finditer(text))
    if len(hosts := {m.group(1) for m in inventory}) >= 2:
        return Hit("nodes", len(hosts), inventory[0].start(), inventory[-1].end(), text[inventory[0].start():inventory[-1].end()])
    groups = list(_INVENTORY.finditer(text))
    hosts = {h for g in groups for h in re.findall(r"[\"']([\w.-]+)[\"']", g.group(1))}
    if len(hosts) >= 2:
        return Hit("nodes", len(hosts), groups[0].start(), groups[-1].end(), text[groups[0].start():groups[-1].end()])
    flagged = list(_FLAG_HOST.finditer(text))
    sections = list(_SECTION.finditer(text))
    flagged += list(_FLAG_LIST.finditer(text))
    hosts = {ip for m in [*flagged, *sections] for ip in re.findall(r"(?:\d{1,3}\.){3}\d{1,3}(?:-(?:\d{1,3}\.){3}\d{1,3})?", m.group(1))}
    if hosts and not any("-" in h for h in hosts):  # a range ("10.0.0.1-10.0.0.5") hides how many
        spans = flagged + sections
        first, last = min(m.start() for m in spans), max(m.end() for m in spans)
        return Hit("nodes", len(hosts), first, last, text[first:last])
    pods = list(_AGENT_POD.finditer(text))
    per_agent: dict[str, set[str]] = {}
    for m in pods:
        per_agent.setdefault(m.group(1), set()).add(m.group(2))
    if per_agent and (most := max(len(v) for v in per_agent.values())) >= 2:
        return Hit("nodes", most, pods[0].start(), pods[-1].end(), text[pods[0].start():pods[-1].end()])
    # an Ansible run reports each host it touched: "fatal: [192.168.11.172]: FAILED! ... fatal: [192.168.11.173]: ..."
    played = list(_PLAYED.finditer(text))
    if len({m.group(1) for m in played}) >= 2:
        return Hit("nodes", len({m.group(1) for m in played}), played[0].start(), played[-1].end(), text[played[0].start():played[-1].end()])
    # a kind cluster's config lists one role entry per node: "nodes: - role: control-plane - role: worker - role: worker"
    if len(kind_roles := list(_KIND_ROLE.finditer(text))) >= 2:
        return Hit("nodes", len(kind_roles), kind_roles[0].start(), kind_roles[-1].end(), text[kind_roles[0].start():kind_roles[-1].end()])
    numbered = list(_NUMBERED.finditer(text))
    roles = {(m.group(1).lower(), int(m.group(2))) for m in numbered}
    # hosts named as examples of a larger set ("I have multiple nodes ... node1 and node2 are in different NAT") count nothing
    if len(roles) >= 2 and not _UNCOUNTED.search(text):
        # Numbered workers next to a master named without a number: the master counts too (not in an Ansible inventory,
        # which lists every host and gives the master role to one of them: "node1 ansible_host=…; [kube-master] node1")
        extra = 1 if all(r != "master" for r, _ in roles) and re.search(r"\bmaster\b", text, re.I) and "ansible_host" not in text else 0
        return Hit("nodes", len(roles) + extra, numbered[0].start(), numbered[-1].end(), text[numbered[0].start():numbered[-1].end()])
    return None


_ANSIBLE_HOST = re.compile(r"(?<![\w.-])([A-Za-z][\w.-]*)\s+ansible_(?:ssh_)?host\s*=")
_PLAYED = re.compile(r"\b(?:fatal|ok|changed|failed|unreachable|skipping):\s*\[([\w.-]+)\]")
_KIND_ROLE = re.compile(r"-\s*role:\s*(control-plane|worker)\b")
_UNCOUNTED = re.compile(r"\b(multiple|several|many|lots of|a (bunch|number) of|dozens of|hundreds of) (\w+ )?(nodes|hosts|servers|machines|workers)\b|"
                        r"(多个|多台|很多|若干|好几个|好多)\s*(节点|主机|服务器|机器)", re.I)
