"""Where the nodes run: platform, managed service or self-managed, distribution (Windows nodes: windows.py).

Scope matters: "my laptop runs Windows and hosts three VMware VMs" puts the nodes on VMware
and says nothing about Windows nodes; "physical servers running ESXi" puts them in VMs.
"""

from __future__ import annotations

import re

from assistant.reading.cues import EXPERIENCE
from assistant.reading.examples import example
from assistant.reading.hearsay import heard_of
from assistant.reading.hybrid import CLOUDS, LOCAL_PLATFORMS, MIGRATION, SPANS_CLOUDS, across_clouds, hybrid
from assistant.reading.roles import in_identifier, role
from assistant.reading.scope import own
from assistant.reading.spans import Hit, rx, sentence

# EC2 instance types ("m5.4xlarge", "t3.medium") name AWS as surely as the vendor does; Alibaba's carry
# an "ecs." prefix ("ecs.g7.4xlarge"), Equinix Metal's an architecture suffix ("c3.small.x86").
_EC2_TYPE = r"(?<!ecs\.)\b(?:[tmcrxzipgd][1-8][a-z]{0,3}(?:-flex)?)\.(?:nano|micro|small|medium|large|\d{0,2}xlarge|metal)\b(?!\.(?:x86|arm))"
# "an OCI registry", "OCI images": the container image format, not Oracle Cloud Infrastructure
_OCI_FORMAT = r"[\s-]*(registry|registries|images?|artifacts?|runtime|spec|compliant|index|layout|distribution|hooks?)"
# Named products and vendors: among these the first mentioned wins ("VMware now, AWS next year").
NAMED = (
    # A cloud vendor's dedicated servers are bare metal: "Hetzner dedicated (Robot) servers", "OVH bare-metal servers".
    ("bare-metal", rx(r"\b(hetzner|ovh(cloud)?|ionos|scaleway|vultr|equinix|oracle|ibm|leaseweb|contabo)\s+(\(?(robot|root)\)?\s+)?"
                      r"(dedicated|bare[\s-]?metal|robot|root)\s*(\(\w+\)\s*)?([\w-]+\s+)?(servers?|machines|hosts|boxes|nodes)\b",
                      r"\bhetzner robot\b", r"\bequinix metal\b", r"\bpacket\.net\b",
                      # on-prem servers run by a cloud's control plane: the nodes are the datacentre's machines
                      r"\b(eks|aks|gke) hybrid nodes?\b", r"\beks[\s-]?(anywhere|a)\b(?=[^.;!?]{0,40}\bbare[\s-]?metal\b)",
                      r"\b(anthos|gke) on bare[\s-]?metal\b", r"\bgoogle distributed cloud\b")),
    ("aliyun", rx(r"阿里云", r"\baliyun\b", r"\balibaba[\s-]?cloud\b", r"(?-i:\bACK\b)", r"\back[\s-]pro\b",
                  r"\becs\b(?! (task|service|cluster|fargate))", r"\balicloud\b")),
    # not a host name after `uname -a`'s "Linux", nor a kernel's flavour ("6.2.0-1017-aws"): hostnames are no evidence
    ("aws", rx(r"(?<!\blinux )(?<!\d-)\baws\b", r"\bEKS\b(?![\s-]*(anywhere|distro|hybrid|-a\b|-d\b))", r"\bamazon\b", r"亚马逊",
               r"\bec2\b", _EC2_TYPE, r"\bami-[0-9a-f]{8,17}\b", r"(?-i:\bAMIs?\b)",
               # AWS region names ("us-east-2", "eu-west-1"); GCP writes "us-east1", Azure "eastus"
               r"\b(us|eu|ap|ca|sa|me|af|il|mx)-(east|west|north|south|central|northeast|southeast|northwest|southwest)-\d\b",
               # Karpenter runs on AKS too (self-hosted, or as Node Auto Provisioning): AWS only when Azure is not named
               r"\bkarpenter\b(?![^.;!?]{0,60}\b(aks|azure)\b)",
               r"\bvpc[\s-]cni\b", r"(?-i:\bROSA\b)", r"\bv?\d+\.\d+\.\d+-eks-[0-9a-f]+\b")),  # EKS's build: "v1.22.17-eks-48e63af"
    ("azure", rx(r"\bazure\b", r"\ba[ck]s[\s-]engine\b", r"\bmicrosoft('s)? cloud\b", r"(?-i:\bAKS\b)", r"\baks[\s_-]?byocni\b", r"(?-i:\bARO\b)", r"微软云",
                 # a VM size (Standard_D4s_v5, Standard_B2ms), and Azure's private link to the datacentre
                 r"\bstandard_[a-z]{1,2}\d+[a-z]*(_v\d)?\b", r"\bexpress ?route\b")),
    ("gcp", rx(r"(?-i:\bGKE\b)", r"(?-i:\bgke\b)(?=[^.;!?]{0,30}\b(cluster|dataplane|data plane|autopilot|standard|node pool)s?\b)",
               r"\bGCP\b", r"\bgoogle cloud\b", r"\bgce\b", r"\bcompute engine\b", r"谷歌云",
               # the issue template's answer: "Cloud provider or hardware configuration: Google"
               r"\bcloud provider( or hardware configuration)?\s*:\s*google\b")),
    # common misspellings too: "opentack", "open stack", "vShpere", "vmare"
    ("openstack", rx(r"\bopen[\s-]?s?tac?k\b", r"\bneutron\b", r"\bmagnum\b", r"(?-i:\b(CAPO|OCCM|occm)\b)",
                      r"\bcluster-api-provider-openstack\b", r"\bnova (vms?|instances?|compute|servers?|hypervisors?)\b")),
    ("vmware", rx(r"\bvm-?w?are\b", r"\bvmvare\b", r"\bvs(ph|hp|p)ere\b", r"\besxi?\b", r"\bvcenter\b", r"\btanzu\b", r"\bnsx(-t)?\b")),
    ("vm", rx(r"\bkvm\b", r"\blibvirt\b", r"\bproxmox\b", r"\bpve\b", r"\bvirtual ?box\b", r"\bvagrant\b",
              r"\bhyper-?v\b(?![\s-]+(mode|isolat\w*|containers?))",
              r"\bmultipass\b", r"\bqemu\b", r"\bxen(server)?\b", r"\bnutanix\b", r"\bovirt\b", r"\bopennebula\b", r"\bz/vm\b",
              r"\bbhyve\b", r"\bparallels\b", r"\blima\b", r"\bcolima\b")),
    ("edge", rx(r"\bkubeedge\b", r"\bopenyurt\b", r"\bsuperedge\b", r"\b(edgecore|cloudcore|keadm)\b")),
    ("cloud", rx(r"\b(digital ?ocean|hetzner|hcloud|linode|vultr|scaleway|ovh(cloud)?|tencent( cloud)?|huawei ?cloud|oracle cloud|"
                 rf"oci(?!{_OCI_FORMAT})|"
                 r"ibm cloud|upcloud|contabo|civo|exoscale|ionos|ucloud|volcengine|yandex cloud|akamai)\b",
                 r"腾讯云", r"华为云", r"京东云", r"百度云", r"天翼云", r"金山云", r"青云", r"火山引擎", r"移动云", r"联通云")),
)
# A vendor in Chinese is "<name>云"; these words end in 云 without naming one.
_ZH_VENDOR = rx(r"(?<=[是用在于到、，,\s])(?!私有|公有|共有|混合|边缘|专有|政务|行业|阿里|腾讯|华为|自建|容器|内部|哪|什么|那家|这家)"
                r"[\u4e00-\u9fff]{2,3}云(?![原计边端平服存网])")
# Generic words, strongest first: the nodes are edge devices, in some cloud, in VMs, on the metal
# under them ("physical servers running VMs" puts the nodes in VMs).
GENERIC = (
    ("edge", rx(r"\bedge (nodes?|computing|sites?|devices?|clusters?|locations?|servers?)\b", r"边缘")),
    ("cloud", rx(r"\bpublic cloud\b", r"公有云", r"共有云", r"(?<!private )\bcloud (vms?|instances?|servers?)\b", r"\[x\]\s*cloud\b",
                 # not an issue template's field label: "Cloud provider or hardware configuration:", "What cloud provider are you using?"
                 r"\bcloud providers?\b(?!\s*(or hardware|/ ?hardware)|\s*(are you using|\?|:))", r"\bIaaS\b",
                 r"\bvps(es)?\b", r"\bvirtual private servers?\b", r"\bmulti[\s-]?cloud\b",
                 r"\b(several|multiple|different|two|three|four|five|[2-9]|other) (public )?(cloud providers|clouds)\b",
                 r"\b(master|control[\s-]plane|server|workers?|agents?)( nodes?)? (is|are|sits?|runs?|lives?) in the cloud\b",
                 r"云服务器", r"云主机", r"跨云", r"多云", r"云服务商", r"(多个|几个|不同的?)\s*云(平台|厂商)", _ZH_VENDOR.pattern)),
    # (a project to build one says nothing of what the nodes run on: "私有云项目，16 台裸金属")
    ("openstack", rx(r"\bprivate cloud\b(?! (project|initiative|offering|product))", r"私有云(?!项目|产品|业务)")),
    # (not network functions virtualised: "核心网虚拟化项目" is NFV on whatever the nodes are)
    ("vm", rx(r"\bvirtual ?machines?\b", r"\bVMs?\b", r"虚拟机", r"(?<!核心网)(?<!网络功能)(?<!网元)(?<!网络)虚拟化", r"\bhypervisors?\b")),
    ("bare-metal", rx(r"\bbare[\s-]?metal\b", r"\bphysical (servers?|machines?|nodes?|hosts?|hardware|boxes)\b", r"(?-i:\bBMs?\b)",
                      # rack servers named by model: "40 Dell R650 nodes", "HPE DL380 Gen10", "Supermicro"
                      r"\b(dell (poweredge )?r\d{3}\w*|poweredge|hpe? (proliant )?dl\d{3}\w*|proliant|supermicro|lenovo (thinksystem )?sr\d{3}|"
                      r"inspur nf\d+|(on|running on) real hardware)\b", r"物理机", r"物理服务器", r"裸金属", r"裸机",
                      r"(鲲鹏|泰山|TaiShan|taishan|飞腾|海光)\s*\d{0,4}\s*服务器", r"\b(tor|top[\s-]of[\s-]rack)\s*(switch(es)?|交换机)",
                      r"\bon[\s-]prem(ise|ises)?\s+(servers?|hardware|machines|nodes|boxes)\b",
                      r"\bhome ?lab\b", r"\b(raspberry[\s-]?pi|rpi|pi)\s?[2-5]\w{0,2}\b", r"\brp[2-5]\b",
                      r"\braspberry pis?\b", r"\brpis?\b", r"(?<![a-z]-)\braspis?\b(?![\s-]*(kernel|image|os)\b)", r"(?-i:\bRaPi\b)", r"树莓派",
                      r"\bpine64\b", r"\bnucs?\b", r"\b(custom|embedded|single[\s-]board)\s+(arm(64)?\s+)?(boards?|computers?)\b",
                      r"\bmac ?minis?\b", r"\b(orange|banana|rock) pi\b|\bradxa\b|\brock ?[345][abc]\b", r"\bodroid\w*\b|\bjetson\b|\brock(pro)?64\b",
                      r"\bmini[\s-]?pcs?\b", r"\b(dell|hpe?|lenovo|supermicro|inspur|fujitsu|huawei|ibm power\d*) (servers?|boxes|machines)\b",
                      r"\bequinix metal\b", r"\bpacket\.net\b", r"\bdedicated servers?\b", r"\bcolo(cation)?\b", r"(自建|自己的?|自有|自家)机房", r"\bIDC\b",
                      r"\b(our|my) own (racks?|hardware|data ?cent(er|re)s?|servers)\b", r"\b(hw|hardware) (nodes?|servers?|machines?)\b",
                      r"\broot servers?\b", r"独立服务器")),
)
# A managed service's name says where the workers run even in a clause about the control plane.
_SERVICE = rx(r"(?-i:\b(EKS|AKS|GKE|ACK)\b)")
# Words of the trade that name no platform: "--cloud-provider=external", "MetalLB, a bare-metal load balancer",
# the VMs a cluster runs for KubeVirt.
_NOT_PLATFORM = rx(r"--cloud-provider|\bcloud[\s-]provider[\s-]?(=|integration|controller|manager|interface|config)", r"\bbare[\s-]?metal load[\s-]?balancer",
                   # a cloud's package mirror ("阿里云搭建的yum源", mirrors.aliyun.com) and a template's labels ("公有云： 不推荐 slb 模式")
                   r"\b(yum|apt|pip|npm|docker|helm)[\s-]*(mirrors?|repos?|源)|\bmirrors?\.|镜像站|(yum|apt|软件|镜像)\s*源", r"(私有云|公有云|混合云)\s*[:：]",
                   # a hypervisor package put on a node makes it a host of VMs, not a VM: "the box someone installed libvirt on last week"
                   r"\b(install\w*|set up|added|put)\s+(libvirt|kvm|qemu|virtualbox|vagrant)\b(?!\s+vms?\b)", r"(装了|安装了)\s*(libvirt|kvm|qemu|virtualbox)")
# KubeVirt's VMs are workloads: near them a VM word names no platform (bare metal next to them still does).
_WORKLOAD_VM_WORDS = rx(r"\bkubevirt\b|\bvmis?\b|virtual machine instances?")
# VMs a cluster runs as workloads (KubeVirt) are not its nodes: "30节点集群创建3000台虚拟机", "the cluster runs 200 VMs".
_CLUSTER_RUNS = rx(r"(集群|\bcluster)\s*(上|中|里|内)?\s*(创建|运行|跑|启动|creat\w*|run\w*|launch\w*|spawn\w*|host\w*)\s*(了)?\s*"
                   r"(about |over |~)?[\d,]+\s*(台|个)?\s*$")
# VMs beside the cluster ("和现有虚拟机在同一个 VLAN", "our legacy VMs", "没上 k8s 的老服务（跑在 VM 上）") are not its nodes.
_OTHER_VMS = rx(r"\b(existing|legacy|other|old)\s+$", r"(现有|已有|原有|其他|其它)\s*(的)?\s*$",
                r"((没|未|还没|没有)上|不在)\s*(k8s|kubernetes|集群|容器)[^。；！？.;!?]{0,40}$",
                r"\b(not (yet )?(on|in) (k8s|kubernetes)|outside (of )?k8s)\b[^.;!?]{0,40}$")
# Where KubeVirt runs, "VMs" are its workloads, not the nodes; so are VMs live-migrated, moved between nodes or declared as objects.
_KUBEVIRT = rx(r"\bkubevirt\b", r"\bvirt-launcher\b", r"\bvmis?\b",
               r"\bkind:\s*virtualmachine", r"\b(vms?|virtual machines?)\b[^.;!?]{0,20}\blive[\s-]?migrat\w*",
               r"\bmigrat\w* (the |a )?(vms?|virtual machines?) (from|between|across|to another) (one )?(node|host)|(虚拟机|\bvm\b)[^。；！？]{0,10}热迁移",
               r"\b(vms?|virtual machines?) (on|in) (an?other|different|the other|other) node\b")
_DENIED = rx(r"\b(not|isn'?t|aren'?t|never|no longer)\s+(running\s+|hosted\s+|deployed\s+)?(on|in)\s*(the\s+)?$", r"(不在|没在)\s*$",
             r"\bnothing to do with\s+(the\s+)?$")
# "（跟 AWS 没关系）": said unrelated around its name
_WITH = re.compile(r"(跟|和|与)\s*$")
_UNRELATED_AFTER = re.compile(r"\s*(没有?(任何)?关系|无关|没关联)")
_NOT_ON = rx(r"\b(not|isn'?t|aren'?t|nothing|never|no longer)\s+(running\s+|hosted\s+|deployed\s+|located\s+)?(on|in|related to|using|about|"
             r"specific to)\s*(the\s+)?$", r"\b(instead of|rather than)\s+$",
             # a likeness, not the place: "kubeadm with only IPv6 subnets (similar to an AWS IPv6 kubeadm configuration)"
             r"\b(similar to|akin to|analogous to|modell?ed (on|after)|the same as|just like)\s+(an?\s+|the\s+)?$",
             r"(不是|并非|不在|没在|没有在)\s*(在|用)?\s*$",
             # machines outside the cluster are not its nodes: "servers outside the cluster", "集群外的物理服务器"
             r"\b(outside (of )?(the |our )?cluster|out of (the )?cluster|non-cluster|external)\s+(\w+\s+)?$", r"(集群外|k8s外|kubernetes外)\s*的?\s*$")
# Where the writer ran before is not where the nodes run now: "之前在阿里云 ACK 上用的 Terway", "previously on EKS",
# "moving 200 VMs from VMware into KubeVirt".
FORMERLY = rx(r"\b(previously|formerly|used to (be|run|live)|back when we were|at (my|our) (previous|last|old) (job|company|employer))\b"
               r"[^.;!?]{0,12}$", r"\b(mov\w*|migrat\w*|coming)\b[^.;!?]{0,30}\b(from|off( of)?|away from) (the |our )?(old |legacy |current )?$",
               r"(之前|以前|原来|过去|曾经|上家公司|老东家)\s*(在|用|是|跑在|部署在)?[^。；，,！？]{0,20}$",
               r"(替换|替代|取代|迁出|迁离)\s*(掉)?\s*(老的|旧的|原来的|原有的|现有的)?\s*$", r"\b(knows?|knew|familiar with)\s+(it|them|this|that)\s+from\s+$",
               # where a colleague worked before: "a colleague who came from a vSphere/Tanzu shop"
               r"\b(came|comes|coming) (over )?from (a |an |the )?([\w-]+/)?$",
               # what ran somewhere older: "that's what we ran on the old VMware farm", "我们旧的 OpenStack 上跑过"
               r"\b(ran|had|used|was|were|hosted|lived)\b[^.;!?]{0,25}\b(the |our |my )?(old|previous|former|legacy|last)\s+$",
               r"(旧的|老的|以前的|原来的|之前的)\s*$")
# ... or told with the years it ran: "the VMware farm from 2019 to 2023"
FORMER_YEARS = rx(r"^[\w\s-]{0,25}\b(from|between) (19|20)\d\d\s*(to|until|till|through|and|-|–)\s*(19|20)\d\d\b",
                  r"^[^。；！？]{0,15}(19|20)\d\d\s*(年)?\s*(到|至|-|–)\s*(19|20)\d\d\s*年?(间|期间)?")


_EXPERIENCE = rx(EXPERIENCE)


def _platform_hits(text: str) -> list[tuple[Hit, bool]]:
    """(hit, named) for every platform word about the writer's nodes."""
    out, denied = [], set()
    for named, table in ((True, NAMED), (False, GENERIC)):
        for name, pattern in table:
            for m in pattern.finditer(text):
                before = text[max(0, m.start() - 30):m.start()]
                unrelated = _WITH.search(before) is not None and _UNRELATED_AFTER.match(text, m.end()) is not None
                if (_DENIED.search(before) or unrelated) and not _SERVICE.fullmatch(m.group(0)):
                    denied.add(name)  # "EKS-D on our own servers, not on AWS": no mention of AWS places the nodes there
                left, right = sentence(text, m.start(), m.end())
                if in_identifier(text, m.start(), m.end()) or example(text, m.start(), m.end()) \
                        or _NOT_ON.search(text[max(0, m.start() - 30):m.start()]) or FORMERLY.search(text[max(left, m.start() - 30):m.start()]) \
                        or FORMER_YEARS.search(text[m.end():min(right, m.end() + 50)]) \
                        or _NOT_PLATFORM.search(text, max(left, m.start() - 30), min(right, m.end() + 30)) \
                        or _EXPERIENCE.search(text, left, right) or heard_of(text, m.start(), m.end()) \
                        or (name == "vm" and _WORKLOAD_VM_WORDS.search(text, max(left, m.start() - 30), min(right, m.end() + 30))) \
                        or (name == "vm" and _CLUSTER_RUNS.search(text[max(left, m.start() - 30):m.start()])) \
                        or (name == "vm" and not named and (_KUBEVIRT.search(text) or _OTHER_VMS.search(text[max(0, m.start() - 50):m.start()]))):
                    continue
                out.append((Hit("platform", name, m.start(), m.end(), m.group(0)), named))
    return [(h, n) for h, n in out if h.value not in denied]


# A cloud's own plugin named by its vendor implies the cloud only while nothing else says where the nodes are ("can I use
# amazon-vpc-cni-k8s on my physical machines?").
_CLOUD_PLUGIN = rx(r"\b((amazon|aws)[\s-]+)?vpc[\s-]+cni(-k8s)?\b", r"\baws[\s-]cni\b", r"\bazure[\s-]cni\b")


def read_platform(text: str) -> list[Hit]:
    """One platform: where the workers run. Among the words about them, the first named product or
    vendor, else the strongest generic word. A control plane hosted elsewhere does not count."""
    text = own(text)
    hits = _platform_hits(text)
    roles = {id(h): role(text, h.start, h.end) for h, _ in hits}
    workers_elsewhere = any(role(text, m.start(), m.end()) == "worker" for m in _NODE_WORDS.finditer(text))
    # An edge framework (KubeEdge, OpenYurt) shapes the whole cluster, whichever side names it
    # ("cloudcore on the master: KubeEdge v1.8.1; the Raspberry Pi runs edgecore").
    # Workers said to run elsewhere ("本地虚拟机作为worker节点") still name where the nodes are.
    frameworks = [h for h, n in hits if n and h.value == "edge"]
    if frameworks and not any(roles[id(h)] == "worker" for h, _ in hits if h.value != "edge"):
        return [frameworks[0]]
    kept = [(h, n) for h, n in hits
            if roles[id(h)] != "control" or not workers_elsewhere or _SERVICE.fullmatch(h.text)]
    names = [m.span() for m in _CLOUD_PLUGIN.finditer(text)]
    stated = [(h, n) for h, n in kept if not any(a <= h.start and h.end <= b for a, b in names)]
    kept = stated or kept
    # "a VM in AWS ... a VM in GCP": machines in two clouds put the nodes across clouds, not in the first one named.
    hosted = [h for h, n in kept if n and h.value in CLOUDS and _MACHINE_IN.search(text[max(0, h.start - 25):h.start])]
    if len({h.value for h in hosted}) >= 2:
        return [Hit("platform", "cloud", hosted[0].start, hosted[-1].end, text[hosted[0].start:hosted[-1].end])]
    if (spread := across_clouds(text, [h for h, n in kept if n])) is not None:
        return [spread]
    # a cloud or hypervisor left behind ("we've been on EC2 VMs ... now moving to bare metal", "从阿里云 ACK 迁回自己的 IDC"):
    # where the cluster goes is what it must work on
    left = [(h, n) for h, n in kept if n and (h.value in CLOUDS or h.value in _HYPERVISOR_PLATFORMS)
            and (_LEFT.search(text[max(0, h.start - 25):h.start]) or _LEFT_AFTER.match(text[h.end:h.end + 40]))
            and MIGRATION.search(text, max(0, h.start - 40), min(len(text), h.end + 120))]
    # and a hypervisor whose VMs move onto the cluster: "把老 VMware 上的业务虚机迁到 KubeVirt。12 台物理机"
    left += [(h, n) for h, n in kept if n and h.value in _HYPERVISOR_PLATFORMS and _TO_KUBEVIRT.match(text, h.end)]
    gone = {h.value for h, _ in left} | _moved_off(text)
    # (with the words for that cloud's machines: "EC2 VMs")
    # (but the same cloud moved to: "把 AKS 集群迁到 Azure VM 上自建" leaves the service, not the cloud)
    if gone and (rest := [(h, n) for h, n in kept if (h, n) not in left
                          and (h.value not in gone or (n and _MOVED_TO.search(text[max(0, h.start - 30):h.start])))
                          and not (not n and any(0 <= h.start - g.end <= 12 for g, _ in left))]):
        kept = rest
    # "lift-and-shift from vSphere to Azure VMs", "迁移到阿里云": the cluster has to work where it is going.
    bound = [h for h, n in kept if n and _MOVED_TO.search(text[max(0, h.start - 30):h.start]) and MIGRATION.search(text, *sentence(text, h.start, h.end))]
    # a move later is not where the nodes run, unless the question asks about where it goes ("明年搬到 AWS EKS … 到 EKS 上怎么选？")
    asked_there = {h.value for h, n in kept if n and any(c in "?？" for c in text[h.end:sentence(text, h.start, h.end)[1]])}
    moving = [h for h in bound if not _LATER.search(text, *sentence(text, h.start, h.end)) or h.value in asked_there]
    if moving and any(h.value != moving[0].value for h, n in kept if n or moving[0].value in asked_there):
        return [moving[0]]
    if (span := hybrid(text, [h for h, n in kept])) is not None:
        return [span]
    # A hosting vendor's dedicated machines are bare metal: "Hetzner hw nodes", "OVH dedicated servers".
    # (not where the cloud product is named as such: "9 Hetzner Cloud servers ... our Prometheus box on a dedicated server")
    # ("OVHcloud" is the vendor's name, not its cloud product; "hcloud" is Hetzner Cloud)
    if any(n and h.value == "cloud" and not re.search(r"(?:[\s-]|\bh)cloud\b", text[h.start:h.end + 7], re.I) for h, n in kept) \
            and any(_DEDICATED.fullmatch(h.text) for h, n in kept if h.value == "bare-metal"):
        return [next(h for h, _ in kept if h.value == "bare-metal" and _DEDICATED.fullmatch(h.text))]
    # nodes said to span clouds ("跨云的 pod 完全不通"): no one vendor's network carries them
    if (spanning := [h for h, n in kept if not n and h.value == "cloud" and SPANS_CLOUDS.fullmatch(h.text)]) \
            and not any(h.value in LOCAL_PLATFORMS for h, _ in kept):
        return [spanning[0]]
    for group in ([x for x in kept if roles[id(x[0])] == "worker"], kept):
        named = [h for h, n in group if n]
        if named:
            return [min(named, key=lambda h: h.start)]
        if group is not kept and all(h.value == "vm" for h, _ in group) and any(n and h.value in CLOUDS for h, n in kept):
            continue  # "plain Azure VMs ... on the receiving VM": a cloud's VMs
        for name, _ in GENERIC:
            generic = [h for h, n in group if h.value == name]
            # "the k8s nodes are VMs" on "vSphere 7, 6 ESXi hosts": the named hypervisor says which VMs
            hypervisor = [h for h, n in kept if n and h.value in _HYPERVISOR_PLATFORMS]
            if generic and name == "vm" and hypervisor:
                return [min(hypervisor, key=lambda h: h.start)]
            if generic:
                return [min(generic, key=lambda h: h.start)]
    return []


def read_platform_all(text: str) -> list[Hit]:
    """Every named platform about the writer's nodes (not where a colleague came from), first mention of each, in order."""
    hits = sorted((h for h, named in _platform_hits(own(text)) if named), key=lambda h: h.start)
    return list({h.value: h for h in reversed(hits)}.values())[::-1]


_HYPERVISOR_PLATFORMS = {"vmware", "openstack", "vm"}
_DEDICATED = rx(r"(dedicated|root|hw|hardware|bare[\s-]?metal) (servers?|nodes?|machines?)|bare[\s-]?metal|独立服务器")
# a cloud left, said where it is not read as a platform: "Company is moving off AWS: new clusters will be kubeadm on Azure VMs"
_MOVING_OFF = rx(r"\b(mov(e|es|ed|ing)|migrat(e|es|ed|ing)|get(ting)?|go(ing)?|pull(ing|ed)?) (off|away from|out of)\s+(of\s+)?(the\s+|our\s+)?",
                 r"(搬离|迁出|撤出|离开)\s*")


def _moved_off(text: str) -> set[str]:
    """The named platforms a move leaves."""
    return {name for m in _MOVING_OFF.finditer(text) for name, pattern in NAMED if pattern.match(text, m.end())}


# A move planned for later leaves the cluster where it runs now: "VMware today, moving to AWS next year".
_LATER = rx(r"\b(next|coming) (year|quarter|month|spring|summer|fall|autumn|winter)\b|\b(later|eventually|someday|in the future)\b",
            r"明年|以后|将来|未来|下半年|下个月")
_LEFT = rx(r"\b(from|off|leaving|leave|left|out of|been on|been in|been running on|were on|was on|lived on|lived in|today on)\s+(the\s+|our\s+|an?\s+)?$",
           r"(从|离开|撤出|搬出)\s*$")
# the cluster there moved elsewhere: "把跑在 EKS（VPC CNI）上的集群搬回自建 IDC", "our cluster on EKS moves back to the DC"
_LEFT_AFTER = rx(r"^[^。；！？]{0,25}(搬回|迁回|回迁|搬到|迁到|迁移到|迁往|搬离|搬出)",
                 r"^[^.;!?]{0,30}\b(moves?|moving|migrat\w+|repatriat\w+)\s+(back\s+)?(to|into|onto)\s+(our|the|its|a)\s+(own\s+)?"
                 r"(dc|data ?cent(er|re)|on[\s-]?prem\w*|colo\w*|idc)\b")
_TO_KUBEVIRT = rx(r"[^。；！？.;!?]{0,40}(迁|搬|挪|\bmov\w*|\bmigrat\w*|\blift\w*)[^。；！？.;!?]{0,20}\bkubevirt\b")
_MOVED_TO = rx(r"\b(to|onto|into)\s+(the\s+|an?\s+)?(plain\s+|bare\s+|new\s+|fresh\s+)?$", r"(到|至)\s*$")
_MACHINE_IN = rx(r"\b(vms?|nodes?|instances?|servers?|machines?|workers?|masters?)\s+(in|on|at|from)\s+((an?|the)\s+)?$", r"[一二两三四五六七八九十\d]+\s*台$")
_NODE_WORDS = rx(r"\b(workers?|agents?|nodes|edge nodes?)\b", r"worker|工作节点|计算节点|边缘节点")


# Networks one runs oneself (VLANs, racks, top-of-rack switches, 机房): with no cloud, VM or hypervisor named, the
# nodes are on premises. Only an assumption, shown as one; the profile reader's own facts never come from it.
_OWN_NETWORK = rx(r"\b(vlans?|racks?|top[\s-]of[\s-]rack|tor switch(es)?|leaf switch(es)?|spine switch(es)?|server rooms?|colo(cation)?|"
                  r"on[\s-]?prem(ise|ises)?)\b", r"机房|机柜|机架|(?<![A-Za-z])(VLAN|vlan)|核心交换机|接入交换机")
_ELSEWHERE = rx(r"\b(cloud|vpc|vnet|eks|aks|gke|ack|ec2|gce|aws|azure|gcp|aliyun|alibaba|instances?|vms?|virtual machines?|hypervisors?|"
                r"vmware|vsphere|esxi|proxmox|openstack|kvm|virtualbox|hyper-v|laptop|edge)\b", r"云|虚拟机|虚机|边缘")


def on_premises(text: str) -> Hit | None:
    """The place a network of the writer's own implies, when no other place is named."""
    text = own(text)
    if _ELSEWHERE.search(text) or (m := _OWN_NETWORK.search(text)) is None:
        return None
    return Hit("platform", "bare-metal", m.start(), m.end(), m.group(0))
