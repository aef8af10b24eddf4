"""Node counts: numbers with their unit and role (the underlay MTU is read in mtu.py).

A number is a node count only when a count noun follows it ("40 nodes", "2,500 machines",
"12台服务器") and nothing marks it as something else: a version ("Ubuntu 18.04 nodes",
"Debian 12 servers", "Windows Server 2019 workers"), an address, a port or a size.
When a question gives a current and a planned size, the planned one counts: the cluster has
to work at the size it will reach.
"""

from __future__ import annotations

import re

from assistant.reading.counters import COUNT_TAI, COUNT_TOTAL, COUNT_ZH, KINDS_PAIR
from assistant.reading.examples import example
from assistant.reading.listings import listed_nodes
from assistant.reading.numerals import ORDINAL, ORDINALS
from assistant.reading.numerals import WORDS as _WORDS
from assistant.reading.numerals import value as _value
from assistant.reading.per_place import IN_EACH_PLACE, per_place
from assistant.reading.plans import ADDED as _ADDED
from assistant.reading.plans import ELLIPTIC as _ELLIPTIC
from assistant.reading.plans import JUST_ADDED as _JUST_ADDED
from assistant.reading.plans import NOT_OURS as _NOT_OURS
from assistant.reading.plans import NOW as _NOW
from assistant.reading.plans import PLANNED as _PLANNED
from assistant.reading.plans import TARGET as _TARGET
from assistant.reading.scope import own
from assistant.reading.spans import Hit, clause, rx, sentence

# (a colon only after a Chinese field label: "集群规模:3 Master + 5 Worker", not a time or an address)
_NUM = (r"(?:(?<![\w.,/:-])|(?<=[\u4e00-\u9fff]:))(\d{1,3}(?:[,，]\d{3})+|\d+(?:\.\d+)?\s*k|\d+|" + "|".join(sorted(_WORDS, key=len, reverse=True)) +
        r")(?![\w.]\d|(?![x×]\s)[\w:/%])")
_OS_WORDS = (r"(?:(?:ubuntu|debian|centos|rhel|rocky|alma|oracle|fedora|amazon linux|windows server|windows|flatcar|talos|"
             r"bottlerocket)\s*(?:linux\s*)?[\d.]*\s+)?")
# One free word, with a model number, may sit between a number and its noun ("3 cheap VPSes", "2 failing nodes",
# "3 Kunpeng 920 servers"), unless it
# is a unit or another thing counted ("4 GB nodes", "10 pods per node").
_FREE = (r"(?:(?!(?:of|per|the|a|an|and|or|to|between|across|among|from|into|in|on|for|with|over|behind|"
         r"pods?|gb|gib|mb|tb|cores?|vcpus?|cpus?|ram|containers?|ips?|nics?|ports?|"
         r"clusters?|racks?|sites?|regions?|zones?|years?|months?|days?|times?|percent|nodes?|servers?|machines?|hosts?|"
         r"workers?|masters?|agents?|controllers?)\b)[a-z][a-z0-9-]{2,12}\s+(?:\d{1,4}\s+)?|"
         r"[a-z][a-z0-9-]*\.[a-z0-9][a-z0-9.-]*\s+)?")  # or an instance type: "2 t3.large instances", "5 m5.xlarge nodes"
_HYPERVISORS = r"vmware|vsphere|esxi|virtualbox|kvm|proxmox|hyper-v|libvirt|vagrant|multipass|xen|qemu"
_QUALIFIERS = _OS_WORDS + _FREE + (r"(?:(?:worker|workers|master|masters|controllers?|control[\s-]plane|k8s|kubernetes|bare[\s-]?metal|physical|linux|windows|"
               r"virtual|vm|edge|gpu|cpu|compute|storage|cloud|ec2|ecs|aws|azure|gcp|gce|" + _HYPERVISORS +
               r"|raspberry pi|pi|arm64?|x86_64|x86|amd64|aarch64|production|prod|"
               r"dedicated|new|brand new|more|total|additional|big|small|identical|dell|hpe?|lenovo|supermicro|inspur|cisco|"
               # a model number after the vendor: "40 Dell R650 nodes", "5 Hetzner Cloud CX32 servers"
               r"[a-z]{1,6}\d{1,4}[a-z0-9]*|"
               # an aside on what they are: "6 Ampere Altra (aarch64) boxes"
               r"\([a-z0-9_ .-]{1,20}\)|ampere|altra|graviton\d?)\s+){0,3}")
_NOUNS = (r"(?:nodes?|controllers?(?=\s*(?:,|\+|and\b|&|/)?\s*\d)|"
          r"control[\s-]planes?(?![\s-](?:nodes?|machines?|servers?|hosts?|vms?|instances))|servers?|machines?|hosts?|vms?|"
          r"virtual machines|instances?|workers?|masters?|agents?|boxes|boards|"
          r"raspberry pis?|rpis?|raspis?|pis|nucs?|vps(?:es)?|droplets|lpars?|blades|towers|desktops|mini pcs)")
# "two node pools", "3 node groups": groups of nodes of unknown size, or a property of nodes.
_NOT_A_NODE = r"(?![\s-]*(?:pools?|groups?|types?|class(?:es)?|selectors?|labels?|ports?|images?|sizes?|count|rooms?|racks?)\b)"
COUNT = re.compile(rf"{_NUM}\s*(?:[x×]\s+)?(?:\+\s*)?(?:-\s*)?{_QUALIFIERS}{_NOUNS}\b{_NOT_A_NODE}", re.I | re.A)  # "4x Raspberry Pis"
# A multiplier before a machine type, its role in brackets ("1x CPX11 (control-plane), 2x CPX11 (worker nodes)")
# or after it ("24 x c6i.2xlarge workers").
COUNT_TIMES = re.compile(r"(?<![\w.])(\d{1,4})\s*[x×]\s+[A-Za-z][\w.-]*\s*(?:\((?:control[\s-]plane|masters?|servers?|workers?|"
                         r"worker nodes|nodes?|agents?)\)|(?:workers?|nodes?|instances|servers|vms|machines)\b)", re.I)
# "1nodes", "1master+8worker": the noun glued to the number.
# also one role glued to the next: "部署1master2node节点"
COUNT_GLUED = re.compile(r"(?:(?<![\w.,/:-])|(?<=master)|(?<=masters))(\d{1,5})(?:nodes?|masters?|workers?|servers?|hosts?|vms?|agents?)(?![a-z])",
                         re.I | re.A)
SINGLE = re.compile(r"\bsingle[\s-]node\b|\bone[\s-]node (cluster|setup)\b|\b(a|one) single (worker |k8s |kubernetes )?node\b|"
                    r"\bstandalone (k8s |kubernetes )?node\b|\bcluster (configuration|config|size|setup)\s*:\s*(one|1|a single) node\b|"
                    # kubeasz's all-in-one install: "使用 aio 方式部署"
                    r"\baio\b(?=\s*(方式|模式|部署|安装|install|mode|setup))|"
                    # an installer's one-node switch: "sealos run ... --single"
                    r"\bsealos\b[^\n]{0,200}\s--single\b|"
                    # "all in one tenant network" places the nodes; it does not make them one
                    r"\ball[\s-]?in[\s-]?one\b(?!\s+(\w+\s+)?(networks?|subnets?|vlans?|switch|racks?|lans?|segments?|places?|"
                    r"data ?cent(er|re)s?|regions?|zones?|hosts?|machines?|boxes|vpcs?|l2|broadcast)\b)|"
                    # "单节点跑不了多少 Pod" is per-node capacity, not a one-node cluster
                    r"单节点(?!\s*((要|需要|得|会)?\s*(起|承载)|(要|需要|得)\s*跑|跑(?!在)|能跑|可以跑|只能跑|最多|上限|的?\s*(pod|Pod|POD|容器)))|单机(部署|集群|版)|只有一个节点|单点的?\s*[“\"]?集群|"
                    r"单(个|台)\s*(物理机|服务器|机器|主机|节点)|一台(机器|服务器|物理机|主机)\s*(上|部署|作为|做|当)", re.I | re.A)
# The noun first: "节点 20 台", "nodes: 3", "node count to 42", `NUM_NODES=2`, and an issue template's
# question followed by its answer: "how many worker nodes are in the cluster? 10".
# (machines counted by their place: "公司机房两台、……、另一家 IDC 两台"; 台 counts machines)
COUNT_AFTER = re.compile(r"(?:机房|IDC|idc|数据中心|办公室|总部|本地|线下|云上)\s*(?:里|那边|这边|内)?\s*(?:有|放了?|部署了?)?\s*"
                         r"(\d+|[一二两三四五六七八九十]+)\s*台(?!\s*(?:交换机|路由器|防火墙|存储|负载均衡|f5|F5|pc|PC|电脑|打印机))|"
                         r"(?:节点|服务器|机器|主机|物理机|虚拟机|云主机|ECS|ecs|CVM|cvm|EC2|ec2|(?:集群)?规模)\s*(?:数|数量)?\s*"
                         r"(?:现在|目前|当前)?\s*(?:为|是|有|共|达到了?|到了|超过了?)?\s*"
                         r"(?:大概|大约|约|差不多|将近|一共|总共|在)?\s*"
                         r"(?:有)?\s*(\d+|[一二两三四五六七八九十百千]+)\s*(?:个|台|\+|多)(?!\s*(?:pod|容器|实例|服务|核|cpu|可用区|vswitch|交换机|机房|机架|机柜|子网|网段|区域|地域|数据中心|vlan|网络接口|网卡|网口|接口))|"
                         r"\b(?:node count|number of nodes|cluster size|nodes)\s*(?:is|of|:|=|to|at)?\s*(\d+)\b(?![.:/\d]|\s*(?:pods?|cpus?|cores?|gb|gi|ms))|"
                         r"\b\w*(?:num_?nodes|node[_-]?count|nodes?_?num|nodes?_?total|(?:master|control[_-]?plane)[_-]count)\w*"
                         r"\W{0,3}\s*[:= ]\s*[\"']?(\d+)\b|"
                         r"\bhow many (?:worker |cluster |k8s |kubernetes )?nodes[^?]{0,50}\?\)?\s*:?\s*(\d+)\b", re.I)
# VMs that a cluster runs (KubeVirt) are workloads, not its nodes.
_WORKLOAD_VMS = re.compile(r"(?:集群|cluster)\s*(?:上|中|里|内)?\s*(?:创建|运行|跑|启动|creat\w*|run\w*|launch\w*|spawn\w*)\s*(?:了)?\s*$|"
                           r"kubevirt[^.。]{0,30}$", re.I)
# KubeVirt named, or words only its own VMs come with: wherever they appear, "VMs" are its workloads
_KUBEVIRT_WORDS = re.compile(r"kubevirt|\bvirt-launcher\b|\bvmis?\b", re.I)
_VM_NOUN = re.compile(r"虚拟机|虚机|\bvms?\b|virtual machines", re.I)
# Machines that host the cluster's VMs: "two physical machines running the VMs", "VMs spread over 2 servers",
# "两台物理机上跑虚拟机". The nodes are the VMs; the count of their hosts is not the cluster's size.
_HOST_NOUN = re.compile(r"(?:hosts?|servers?|machines?|boxes|物理机|宿主机|服务器|主机|机器)$|^(?:宿主机|物理机|服务器|主机|机器)", re.I)  # "宿主机是 4 台"
_HOSTING_AFTER = rx(r"^[^.;!?]{0,25}\b(run\w*|host\w*|carry\w*|with)\b[^.;!?]{0,25}\b(vms?|virtual machines|guests)\b",
                    r"^[^。；！？.;]{0,25}(跑|运行|创建|起|部署|装|承载)[^。；！？.;]{0,12}(虚拟机|vms?\b|VMs?\b)")
_HOSTED_BEFORE = rx(r"\b(vms?|virtual machines|guests)\b[^.;!?]{0,30}\b(on|across|over|between|in)\s*$",
                    r"(虚拟机|vms?\b)[^。；！？]{0,10}(在|于|分布在|跑在|位于)\s*$")
# A count of the cluster's nodes is never preceded by these: it is a version or a model number.
_VERSION_BEFORE = rx(r"\b(ubuntu|debian|centos|rhel|red hat|rocky|alma(linux)?|oracle|fedora|sles|suse|opensuse|linux|windows server|"
                     r"windows|photon|flatcar|amazon|kernel|version|release|v|calico|cilium|flannel|"
                     r"python|openshift|ocp|okd|vsphere|esxi|proxmox|pve|coreos|stream|talos|bottlerocket|alpine|nixos|openeuler|"
                     r"kylin|macos|win|pi|raspberry pi|raspi|rpi|jetson|pine|graviton|kunpeng|xeon|epyc|ampere)\s*$",
                     # a model or release after a product's capitalised name: "Two Kunpeng 920 servers", "run Proxmox 8 hosts"
                     r"(?<=[a-z0-9,)] )(?-i:[A-Z][a-z]+[A-Za-z]*)\s*$",
                     r"(版本|内核|系统|鲲鹏|飞腾|海光|麒麟|欧拉|统信)\s*$")
# Kubernetes releases are always dotted ("k8s 1.28"): a bare integer after the name is a count ("k8s 3 nodes").
_K8S_BEFORE = rx(r"\b(k8s|kubernetes|k3s|k0s|rke2|microk8s)\s*$")
# "64-bit servers", "32位服务器": the bitness of the OS or CPU, not how many there are.
_BITNESS = rx(r"^\s*-?\s*bits?\b", r"^\s*位")
_CONTROL = rx(r"\b(masters?|control[\s-]plane|servers?|controllers?( nodes?)?)\b", r"master|控制(平面|节点)|管理节点")
_NODE_NOUN = rx(r"\bnodes?\b", r"节点|node")
_BESIDE_CONTROL = rx(r"\d+\s*(masters?|control[\s-]?planes?|servers?|controllers?)\s*(,|\+|and|&|/|和|加)?\s*$",
                     r"\d+\s*(个|台)?\s*(master|控制节点)\s*[,，+、和]?\s*$")
_WORKER = rx(r"\b(workers?|agents?|node[_-]count)\b", r"工作节点|计算节点|worker")


_BETWEEN_BEFORE = re.compile(r"\bbetween\b[^.;]{0,30}$", re.I)
_PODS_ON_BEFORE = re.compile(r"(pods?|容器)\s*(调度到|分别在|分布在|分别调度到|跑在|(running |scheduled |placed )?(on|onto|across))\s*$", re.I)
_ROLE_AFTER = re.compile(r"\s+as\s+(an?\s+|the\s+)?(rrs?|route[\s-]?reflectors?|reflectors?|gateways?|egress|ingress|edge|bgp)\b", re.I)
_BOUND_AFTER = re.compile(r"\s*(or|and) (less|fewer|below|under|more|above|over|smaller|larger|bigger)\b", re.I)


def _counts(text: str) -> list[tuple[int, re.Match[str]]]:
    out, kubevirt = [], _KUBEVIRT_WORDS.search(text) is not None
    for pattern in (COUNT, COUNT_ZH, COUNT_AFTER, COUNT_GLUED, COUNT_TIMES, COUNT_TAI, COUNT_TOTAL):
        for m in pattern.finditer(text):
            before = text[max(0, m.start() - 30):m.start()]
            k8s = _K8S_BEFORE.search(before[-20:])
            dotted = re.match(r"\s*\d+(\.\d+)", text[m.start():m.start() + 12]) is not None
            if re.match(r"\d+\s*(cpus?|cores?|vcpus?|gpus?)\b.*\b(server|node|machine|host|box)$", m.group(0), re.I):
                continue  # "a 96 CPU ARM64 server": what one machine has, not how many there are
            if _ROLE_AFTER.match(text, m.end()):
                continue  # "two calico nodes as RR": some nodes given a role, not the cluster
            if _BOUND_AFTER.match(text, m.end()):
                continue  # "the '50 nodes or less' guide": a bound quoted, not a size
            if re.match(r"\s*(个|块|张)?\s*(ip|IP|地址|网卡|网口|nics?\b|interfaces?\b)", text[m.end():m.end() + 8]):
                continue  # "机器有两个IP": the machine's addresses or NICs, not how many machines
            if (dotted if k8s else _VERSION_BEFORE.search(before[-20:])) or _NOT_OURS.search(before) or example(text, m.start(), m.start()) \
                    or _BITNESS.search(text[m.end(m.lastindex or 0):m.end(m.lastindex or 0) + 8]):
                continue
            if re.search(r"同\s*$", before) or re.search(r"\b(the )?same\s+$", before, re.I):
                continue  # "同一台节点上的 pod", "on the same one node": that node, not a count
            if re.match(r"\s*之间", text[m.end():m.end() + 4]) and re.search(r"在\s*$", before):
                continue  # "pod 在两台机器之间来回驱逐": the machines a pod moved between, not the cluster's size
            if text[max(0, m.start() - 1):m.start()] == "宿" or (_HOST_NOUN.search(m.group(0)) and (_HOSTING_AFTER.search(
                    text[m.end():m.end() + 60]) or _HOSTED_BEFORE.search(text[max(0, m.start() - 50):m.start()]))):
                continue  # the VMs' hosts, not the nodes
            if re.search(rf"\b({_HYPERVISORS})\b", m.group(0), re.I) and not re.search(
                    r"(\b(vms?|virtual machines|nodes?|workers?|guests?)|虚拟机|虚机|节点)$", m.group(0), re.I) \
                    and not re.search(r"\b(virtual ?box|vagrant|multipass)\s+(machines?|boxes)$", m.group(0), re.I):
                continue  # "three ESXi hosts", "2 VMware servers": the hypervisors ("3 virtualbox machines" are the VMs)
            if _VM_NOUN.search(m.group(0)) and (kubevirt or _WORKLOAD_VMS.search(text[max(0, m.start() - 40):m.start()])):
                continue
            try:
                value = _value(next(g for g in m.groups() if g))
            except ValueError:
                continue
            if value == 2 and (_BETWEEN_BEFORE.search(before) or _PODS_ON_BEFORE.search(before) or re.search(r"pods?|容器", m.group(0), re.I)):
                continue  # a pair, not the cluster: "communication between two pods on two nodes", "两个Pod调度到两个节点"
            if 0 < value <= 100_000:
                out.append((value, m))
    return out


def read_nodes(text: str) -> list[Hit]:
    """The cluster size: planned over current, control plane plus workers when both are counted; a
    pasted listing when it shows more nodes than the words count."""
    text = own(text)
    said, listed = _said(text), listed_nodes(text)
    if (pair := KINDS_PAIR.search(text)) is not None and (total := int(pair.group(1)) + int(pair.group(2))) > (said[0].value if said else 0):
        said = [Hit("nodes", total, pair.start(), pair.end(), pair.group(0))]
    if listed and (not said or listed.value > said[0].value):
        return [listed]
    # "2 servers run on Scaleway ... the third server is on Online.net": an ordinal past the count raises it
    if said and (m := ORDINAL.search(text)) is not None and ORDINALS[m.group(1).lower()] > said[0].value:
        return [Hit("nodes", ORDINALS[m.group(1).lower()], m.start(), m.end(), m.group(0))]
    return said




def _said(text: str) -> list[Hit]:
    counts = _counts(text)
    if counts:
        first = min(m.start() for _, m in counts)
        for m in _ELLIPTIC.finditer(text, first):
            counts.append((_value(next(g for g in m.groups() if g)), m))
    if not counts:
        single = SINGLE.search(text)
        return [Hit("nodes", 1, single.start(), single.end(), single.group(0))] if single else []
    planned, control, workers = [], [], []
    for value, m in counts:
        left, right = clause(text, m.start(), m.end())
        around = text[max(left, m.start() - 40):min(right, m.end() + 40)]
        if m.re is _ELLIPTIC or _PLANNED.search(around) and not _NOW.search(text[m.end():m.end() + 12]):
            planned.append((value, m))
        if _CONTROL.search(m.group(0)):
            control.append((value, m))
        elif _WORKER.search(m.group(0)) or re.match(r"/\s*(workers?|agents?)\b", text[m.end():m.end() + 12], re.I) \
                or (_NODE_NOUN.search(m.group(0)) and _BESIDE_CONTROL.search(text[max(0, m.start() - 20):m.start()])):
            workers.append((value, m))  # "1 master 1 node", "3 masters + 2 nodes": the nodes are the workers
    if planned and (each := per_place(text, planned)) is not None:
        return [each]  # "The plan is one NUC per store", of 35 stores
    if planned:
        value, m = max(planned, key=lambda x: x[0])
        # both roles of the plan: "规划 3 master + 40 node", "we plan 3 control-plane nodes and 12 workers"
        left, right = sentence(text, m.start(), m.end())
        if (pc := [c for c in control if left <= c[1].start() < right]) and (pw := [w for w in workers if left <= w[1].start() < right]) \
                and not _ADDED.search(text[max(0, m.start() - 20):m.end() + 20]):
            value = max(value, max(v for v, _ in pc) + max(v for v, _ in pw))
        now = [(v, other) for v, other in counts if (v, other) not in planned]
        if now and _ADDED.search(text[max(0, m.start() - 20):m.end() + 20]) and not _TARGET.search(text[max(0, m.start() - 12):m.start()]):
            # "4 more will join next quarter" adds to what runs now ("3 control-plane VMs and 8 workers" is 11); "grow to 300" is the total
            # ("9 Linux nodes + 3 Windows Server 2022 workers" is 12)
            parts = [[[c for c in g if c in now] for g in groups] for groups in ((control, workers), _by_os(now))]
            value += max([max(v for v, _ in now), *(sum(max(v for v, _ in g) for g in groups) for groups in parts if all(groups))])
        return [Hit("nodes", value, m.start(), m.end(), m.group(0), rank=1)]
    if (each := per_place(text, counts)) is not None:
        return [each]
    # "~3 nodes in each AZ" with the places not counted: a count per place is no cluster size
    counts = [(v, m) for v, m in counts if not IN_EACH_PLACE.match(text[m.end():m.end() + 30])]
    if not counts:
        return []
    # "IDC 里 20 台物理机 + 阿里云 ECS 30 台", "3 boxes in the office plus 4 EC2 instances": parts of one cluster
    # A chain: "3 个控制节点加 10 个 worker，另外还有 2 台 Windows 节点", "three VMs running k3s ..., plus one Pi".
    ordered = sorted(counts, key=lambda x: x[1].start())
    chain = ordered[:1]
    for n2, m2 in ordered[1:]:
        # (an aside in brackets is no break: "5 Proxmox VMs (10.20.0.0/24) in our office and 7 EC2 instances")
        between = re.sub(r"\([^()]*\)|（[^（）]*）", " ", text[chain[-1][1].end():m2.start()])
        if (0 <= len(between) <= 25 and _PLUS.fullmatch(between)) or _PLUS_LATER.search(between):
            chain.append((n2, m2))
        elif len(chain) > 1:
            break
        else:
            chain = [(n2, m2)]
    if len(chain) > 1:
        # the control plane listed before the parts: "1 control plane, 4 linux nodes and 2 windows 2019 server nodes" is 7
        chain = [c for c in control if c not in chain and re.fullmatch(r"\s*[,，、]\s*", text[c[1].end():chain[0][1].start()])][:1] + chain
        head, tail = chain[0][1], chain[-1][1]
        return [Hit("nodes", sum(n for n, _ in chain), head.start(), tail.end(), text[head.start():tail.end()])]
    # "3 masters and 2 workers", "2 linux nodes and 1 windows node": parts of one cluster, added up.
    for one_part, other_part in ((control, workers), _by_os(counts)):
        if one_part and other_part:
            a, b = max(one_part, key=lambda x: x[0]), max(other_part, key=lambda x: x[0])
            earlier, later = sorted((a[1], b[1]), key=lambda m: m.start())
            return [Hit("nodes", a[0] + b[0], earlier.start(), later.end(), text[earlier.start():later.end()])]
    # "one node can't reach...", "一个节点没有联网": one node among others, not the cluster's size; nor are the
    # nodes just added ("新增加两台node节点", "we added three workers") without the total.
    added = [(v, m) for v, m in counts if _JUST_ADDED.search(text[max(0, m.start() - 15):m.start()])]
    counts = [(v, m) for v, m in counts if not _INDIVIDUAL.fullmatch(next(g for g in m.groups() if g).strip())
              and (v, m) not in added]
    if not counts:
        single = SINGLE.search(text)
        return [Hit("nodes", 1, single.start(), single.end(), single.group(0))] if single else []
    value, m = max(counts, key=lambda x: x[0])
    if (joined := [v for v, a in added if a.start() > m.end()]) and _HAVE.search(text[max(0, m.start() - 15):m.start()]):
        # "现有集群有6个节点，今天新增一个ECS节点": the nodes added after the size told join it
        return [Hit("nodes", value + sum(joined), m.start(), m.end(), m.group(0))]
    if _OTHERS.search(text[max(0, m.start() - 12):m.start()]) and m.re is not COUNT_TOTAL:
        value += 1  # "ping the pods on the other two nodes": those two and the one the writer is on
    elif _ONE_CONTROL_BEFORE.search(text[max(0, m.start() - 35):m.start()]) and not _CONTROL.search(m.group(0)):
        value += 1  # "the master and the 3 worker nodes": the workers and their one master
    return [Hit("nodes", value, m.start(), m.end(), m.group(0))]


# (a Chinese list mark between places too: "公司机房两台、阿里云 ECS 三台、另一家 IDC 两台")
_PLUS = re.compile(r"[^\d.;。；!?！？]{0,20}?\s*(?:\+|加上?|以及|plus|and|另外还有|另外|还有|外加|、)\s*[^\d.;。；!?！？]{0,20}", re.I)
# one more part named after a description of the first: "three VMs running k3s with flannel, plus one Pi"
_PLUS_LATER = re.compile(r"^[^.;。；!?！？]{0,100}(?:,|，)\s*(?:plus|\+|加上|另外还有|另外|外加)\s*$", re.I)
_ONE_CONTROL_BEFORE = rx(r"\b(the|a|one|single|1) (master|control[\s-]plane|controller|server)( node)? (and|plus|\+|,|with|&) (the |its )?$",
                         r"(一个|1个|1台|一台)?\s*(master|控制节点|主节点)\s*(节点)?\s*(和|加|\+|，|,)\s*$")
_HAVE = rx(r"\b(have|has|had|running|run|existing|current(ly)?)\b[^.;!?]{0,6}$", r"(现有|已有|目前有?|现在有?|原有|原来有?)[^。；！？]{0,8}$")
_OTHERS = rx(r"\b(the|its|all)\s+other\s+$", r"(其他|其它|另外)\s*$")


def _by_os(counts: list[tuple[int, re.Match[str]]]) -> tuple[list[tuple[int, re.Match[str]]], list[tuple[int, re.Match[str]]]]:
    return ([c for c in counts if re.search(r"\blinux\b", c[1].group(0), re.I)],
            [c for c in counts if re.search(r"\bwindows\b", c[1].group(0), re.I)])


_INDIVIDUAL = re.compile(r"one|一", re.I)

