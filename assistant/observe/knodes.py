"""Kubernetes nodes: `kubectl get nodes [-o wide]`, the custom-columns listing `collect` prints, and `-o yaml` / `-o json`."""

from __future__ import annotations

import re

from assistant.observe.records import Block, Node, Parsed

HEADER = re.compile(r"^NAME\s+STATUS\s+ROLES\s+AGE\s+VERSION(?P<wide>\s+INTERNAL-IP\s+EXTERNAL-IP\s+OS-IMAGE\s+KERNEL-VERSION\s+CONTAINER-RUNTIME)?\s*$")
ROW = re.compile(r"^(?P<name>[\w.-]+)\s+(?P<status>(?:Not)?Ready(?:,\S+)?|Unknown(?:,\S+)?)\s+(?P<roles>\S+)\s+(?P<age>\S+)\s+(?P<version>v\d+\.\d+\S*)"
                 r"(?:\s+(?P<iip>[0-9a-fA-F.:]+)\s+(?P<eip>\S+)\s+(?P<image>\S.*?)\s+(?P<kernel>\d\S*|<unknown>)\s+(?P<runtime>[\w.-]+://\S+|<unknown>))?\s*$")
COLUMNS_HEADER = re.compile(r"^NAME\s+PROVIDER-ID\s+ARCH\s+POD-CIDRS\s*$")
COLUMNS_ROW = re.compile(r"^(?P<name>[\w.-]+)\s+(?P<pid>\S+)\s+(?P<arch>amd64|arm64|arm|ppc64le|s390x|<none>)\s+(?P<cidrs>\S.*?)\s*$")

# Keys of a Node object as `-o yaml` or `-o json` prints them, one per line.
KEY = r'^\s*(?:-\s+)?"?(?:{})"?\s*:\s*"?(?P<v>[^",\s]+)"?,?\s*$'
YAML_KEYS = {
    "provider_id": re.compile(KEY.format("providerID")),
    "arch": re.compile(KEY.format(r"(?:beta\.)?kubernetes\.io/arch|architecture")),
    "os_family": re.compile(KEY.format(r"(?:beta\.)?kubernetes\.io/os|operatingSystem")),
    "hostname": re.compile(KEY.format(r"kubernetes\.io/hostname")),
    "name": re.compile(KEY.format("name")),
    "kernel": re.compile(KEY.format("kernelVersion")),
    "version": re.compile(KEY.format("kubeletVersion")),
    "pod_cidr": re.compile(KEY.format("podCIDR")),
    "address": re.compile(KEY.format("address")),
    "type": re.compile(KEY.format("type")),
    "managed_label": re.compile(r'^\s*"?(?P<v>eks\.amazonaws\.com/nodegroup|kubernetes\.azure\.com/cluster'
                                r'|cloud\.google\.com/gke-nodepool|alibabacloud\.com/nodepool-id)"?\s*:'),
}
OS_IMAGE = re.compile(r'^\s*"?osImage"?\s*:\s*"?(?P<v>[^"]+?)"?,?\s*$')
KIND_NODE = re.compile(r'^\s*(?:-\s+)?"?kind"?\s*:\s*"?Node"?,?\s*$')
POD_CIDRS = re.compile(r'^\s*"?podCIDRs"?\s*:\s*(?P<inline>\[.*\])?\s*\[?\s*,?\s*$')
CIDR_ITEM = re.compile(r'^\s*(?:-\s+)?"?(?P<v>[0-9a-fA-F.:]+/\d+)"?,?\s*$')
CIDR = re.compile(r"[0-9a-fA-F.:]+/\d+")


def parse(block: Block, host: str, out: Parsed) -> None:
    _tables(block, out)
    _objects(block, out)


def _tables(block: Block, out: Parsed) -> None:
    listing = None
    columns = headed = False
    for line in block.lines:
        s = line.strip()
        if (h := HEADER.match(s)) or COLUMNS_HEADER.match(s):
            out.listings += 1
            listing, columns, headed = out.listings, h is None, True
            out.saw("kubectl get nodes -o wide" if h and h["wide"] else
                    "kubectl get nodes" if h else "kubectl get nodes -o custom-columns")
            continue
        if columns and (m := COLUMNS_ROW.match(s)):
            node = Node(m["name"], "kubectl get nodes -o custom-columns", listing=None)
            node.provider_id = None if m["pid"] == "<none>" else m["pid"]
            node.arch = None if m["arch"] == "<none>" else m["arch"]
            node.pod_cidrs = CIDR.findall(m["cidrs"])
            node.lines = {k: line for k in ("provider_id", "arch", "pod_cidrs")}
            out.nodes.append(node)
            continue
        if m := ROW.match(s):
            if listing is None:  # rows without their header: half a table is still a listing
                out.listings += 1
                listing, headed = out.listings, False
                out.partial_listings.add(listing)
                out.saw("kubectl get nodes -o wide" if m["iip"] else "kubectl get nodes")
            wide = bool(m["iip"])
            node = Node(m["name"], "kubectl get nodes -o wide" if wide else "kubectl get nodes", listing=listing,
                        version=m["version"])
            node.lines = {"name": line, "version": line}
            if wide:
                node.internal_ip = m["iip"]
                node.os_image = m["image"].strip()
                node.kernel = None if m["kernel"] == "<unknown>" else m["kernel"]
                node.lines.update({k: line for k in ("internal_ip", "os_image", "kernel")})
            out.nodes.append(node)
            continue
        if listing is not None:
            if not s:
                listing = None
            elif headed or re.match(r"^[\w.-]+\s+(?:Not)?Rea", s):
                out.cut("kubectl get nodes", line)
                out.partial_listings.add(listing)


def _objects(block: Block, out: Parsed) -> None:
    node: Node | None = None
    loose: list[Node] = []  # keys pasted without their object (e.g. `kubectl get node -o yaml | grep providerID`)
    address: str | None = None
    in_cidrs = False
    fmt = "kubectl get nodes -o yaml"
    for line in block.lines:
        if KIND_NODE.match(line):
            fmt = "kubectl get nodes -o json" if '"kind"' in line else "kubectl get nodes -o yaml"
            node = Node(None, fmt)
            out.nodes.append(node)
            out.saw(fmt)
            in_cidrs = False
            continue
        if in_cidrs:
            if m := CIDR_ITEM.match(line):
                target = node or _anonymous(out, fmt, loose)
                if m["v"] not in target.pod_cidrs:
                    target.pod_cidrs.append(m["v"])
                target.lines.setdefault("pod_cidrs", line)
                continue
            in_cidrs = False
        if m := POD_CIDRS.match(line):
            target = node or _anonymous(out, fmt, loose)
            if m["inline"]:
                target.pod_cidrs = list(dict.fromkeys(CIDR.findall(m["inline"])))
                target.lines["pod_cidrs"] = line
            else:
                in_cidrs = True
            continue
        if m := OS_IMAGE.match(line):
            target = node or _anonymous(out, fmt, loose)
            target.os_image, target.lines["os_image"] = m["v"], line
            continue
        for key, rx in YAML_KEYS.items():
            m = rx.match(line)
            if not m:
                continue
            if key in ("name", "address", "type") and node is None:
                break  # plain `name:` / `address:` keys elsewhere (ConfigMaps, Services) say nothing about nodes
            target = node or _anonymous(out, fmt, loose)
            if key == "address":
                address = m["v"]
            else:
                _store(target, key, m["v"], line, address)
            break


def _anonymous(out: Parsed, fmt: str, loose: list[Node]) -> Node:
    if not loose:
        loose.append(Node(None, fmt))
        out.nodes.append(loose[0])
        out.saw(fmt)
    return loose[0]


def _store(node: Node, key: str, value: str, line: str, address: str | None) -> None:
    if key == "hostname":
        node.name = node.name or value
    elif key == "name":
        if node.name is None:
            node.name = value
    elif key == "type":
        if value == "InternalIP" and address and node.internal_ip is None:
            node.internal_ip, node.lines["internal_ip"] = address, line
    elif key == "pod_cidr":
        if not node.pod_cidrs:
            node.pod_cidrs, node.lines["pod_cidrs"] = [value], line
    elif key == "managed_label":
        node.managed_label, node.lines["managed_label"] = value, line
    elif getattr(node, key) is None:
        setattr(node, key, value)
        node.lines[key] = line
