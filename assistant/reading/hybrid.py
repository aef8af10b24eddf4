"""One cluster over premises and a cloud ("3 boxes in our office and 4 EC2 instances, one kubeadm cluster"):
the hybrid platform, told apart from a cloud's own VMs and from a move between the two."""

from __future__ import annotations

import re

from assistant.reading.roles import role
from assistant.reading.spans import Hit, rx

CLOUDS = {"aws", "azure", "gcp", "aliyun", "cloud"}
MIGRATION = rx(r"\b(migrat\w*|mov(e|es|ed|ing)|lift[\s-]and[\s-]shift\w*|lift(ing|ed)?\b[^.;!?]{0,120}\b(onto|into)|rebuild(ing)? on|"
               # "lifting our clusters from GCE to Azure VMs", "pulling staging out of EKS into a colo cage"
               r"lift(ing|ed|s)?\b[^.;!?]{0,80}\bfrom\b[^.;!?]{0,40}\bto|pull(ing|ed|s)?\b[^.;!?]{0,60}\bout of|"
               r"re-?host\w*|transferr?\w*|relocat\w*|porting|ported)\b",
               r"迁移|搬迁|搬到|迁到|上云|迁回|搬回|下云")
_ON_PREM = rx(r"\b(on[\s-]?prem\w*|in (our|the|my) office|office (servers?|boxes|machines?)|at home|home ?lab|home[\"']? network|"
              r"in (our|the) (corp|corporate|company|office) (network|lan)|"
              r"our (own |[A-Z]\w+ )?(data ?cent(er|re)|dc|server room)|colo(cation)?)\b", r"本地(机房|服务器|物理机|虚拟机|节点)|自建机房|线下机房|IDC|idc",
              r"办公室|公司机房|自有机房|(?<!云)(?<!云的)机房的?\s*(物理机|服务器|机器|节点)", r"(公司|我们)?\s*(自己|自有)的?\s*(机房|数据中心)")
# one cluster over both: "one kubeadm cluster across all 7 nodes", "join my Pine64 at home into that cluster"
_ONE_CLUSTER = rx(r"\b(one|a single|the same|same|single) ([\w-]+ )?cluster\b", r"\ba ([\w-]+ )?cluster (where|in which|whose)\b",
                  r"\b(our|the|my) cluster (spans|stretches|is spread)\b",
                  r"\b(join|add)\w*\b[^.;!?]{0,60}\b(into|to|in) (that|the|our|this|my|one) cluster\b", r"\bacross (all|both)\b",
                  # one count over both places: "9 nodes in total: 3 VMs in our office and 6 servers on Hetzner Cloud"
                  r"\b(nodes|machines|servers|vms) in total\b", r"\btotal of \d+ (nodes|machines|servers)\b",
                  r"\bjoined (over|via|through|across) (the )?(public )?(internet|vpn|wireguard|tailscale)\b",
                  # the roles of one cluster placed apart: "master node is in the cloud, some workers are at home"; a worker added there
                  r"\b(master|control[\s-]plane|server)( nodes?)? (is|runs|sits|lives) (in|on|at)\b[^.;!?]{0,100}"
                  r"\b(workers?|agents?|nodes?) (are |is )?(in|on|at)\b",
                  r"\b(new|another|additional|extra|one more) (worker|node|agent)( node)? (in|on|at)\b", r"(一共|总共)\s*\d+\s*(台|个节点)",
                  # "想用 kubeadm 拼一个三节点集群", "组成一个集群"
                  r"(拼|组|搭|凑|组成|合成|加入)\s*(成)?\s*(一个|一套|同一个)\s*[^。；！？，,]{0,6}集群",
                  # "以注册节点的方式挂进集群": machines joined into the cluster there is
                  r"(挂|加|接|纳管|注册|加入)\s*(进|入|到)\s*(这个|该|同一个|我们的|现有的?)?\s*(tke|TKE|ack|ACK|k8s|K8s)?\s*集群",
                  r"\bplus (\d+|two|three|four|five|six|seven|eight|nine|ten|a few|several) (more )?([\w-]+ )?(workers?|nodes?|servers?|machines?|agents?|"
                  r"instances?|vms?) (on|in|at)\b",
                  r"\bjoined (over|via|through) (a |an |the |our )?(site[\s-]to[\s-]site )?(ipsec |wireguard )?(vpn|tunnel)\b",
                  r"\+\s*\d+ (more )?(workers?|nodes?|servers?|machines?|vms?|instances?) (on|in|at)\b",
                  r"\bhalf (of )?(the |our )?(cluster|nodes|servers|machines|workers)\b(?:[^.;!?]|\.(?=\d)){0,80}\b(and|,|while) (the other )?half\b",
                  r"\bhalf of (our|the) (nodes|servers|machines|workers)\b[^.;!?]{0,80}\bthe other half\b",
                  r"另一半", r"(另外|另)\s*一(批|部分)", r"一半[^。；！？]{0,30}一半",
                  r"(?<![:=] )(?<![:=])(?<!antrea )\bhybrid\b(?![\s-]*(mode|encap|模式|封装))", r"混合云", r"混合[”\"'」]?\s*(的)?\s*[“\"'「]?集群",
                  r"(加入|接入|加进|加到|并入)(到)?(同一个|这个|该|云上的?)?\s*集群", r"(当|作为)[^。；！？，,]{0,8}节点\s*(接|加|并)进来",
                  r"新加的?\s*(\d+|[一两二三四五六七八九十几]+)\s*(个|台)\s*(节点|worker|机器)", r"(同一个|一个|单个)\s*([A-Za-z0-9]+\s*)?集群",
                  r"(拉通|打通|横跨|跨)(到)?\s*(两|2|三|3)\s*个?\s*(地方|地点|站点|机房)",
                  # "节点分散在三个地方：公司机房两台、阿里云 ECS 三台", "our nodes are spread over three sites"
                  r"(节点|机器|服务器|主机)\s*(分散|分布|散落)\s*(在|于)\s*(两|三|四|几|多|2|3|4)\s*个?\s*(地方|地点|站点|机房|数据中心|位置)",
                  r"\b(nodes|machines|servers|workers) (are |sit |live )?(spread|scattered|split|distributed) (across|over|between|among) "
                  r"(two|three|four|several|\d) (sites|locations|places|data ?cent(er|re)s|dcs|providers)\b", r"跨\s*(数据中心|机房|云)\s*(部署|组建|搭建)",
                  # "新加了 3 台阿里云 ECS 当 worker", "在阿里云上买 10 台 ECS 当 worker": machines added to the cluster there
                  r"(新加|加了|新增|增加|扩容|扩|买|购买|采购|开|租|申请)了?\s*(\d+|[一两二三四五六七八九十几]+)\s*台[^。；！？]{0,15}(当|作为|做|成为)\s*"
                  r"(worker|node|节点|工作节点|计算节点)",
                  r"\b(buy|bought|buying|add|added|adding|rent|rented|spin up|spun up|provision\w*)\s+(\d+|two|three|four|five|six|eight|ten|a few|some)\s+"
                  r"([\w-]+\s+){0,3}(as|to serve as|to be)\s+(extra\s+|additional\s+|more\s+)?(workers?|worker nodes|nodes|agents)\b")
_HYBRID_CLOUD = rx(r"\bhybrid[\s-]cloud (cluster|setup|environment|deployment|k8s|kubernetes)\b", r"混合云(环境|集群|部署|架构|场景)",
                   # (not a mix of operating systems: "a hybrid cluster of Linux and Windows nodes", checked around it)
                   r"\b(on|in|our|my|a) hybrid (k8s |kubernetes |k3s |rke2 )?cluster\b")
LOCAL_PLATFORMS = {"bare-metal", "vmware", "vm", "openstack", "edge"}
# nodes said to span clouds: "跨云的 pod 完全不通"
SPANS_CLOUDS = rx(r"跨云|多云|(多个|几个|不同的?)\s*云(平台|厂商)")
# "Azure VMs", "阿里云ECS虚拟机": nothing joins a second place between the cloud and its VMs
_OWN_VMS = rx(r"(?:(?!\band\b|\bplus\b)[^,;、，和+])*")
# systems on premises that reach the cluster are not its nodes: "IDC 那边的老系统通过专线要能直接访问 Pod IP"
_SYSTEMS_THERE = rx(r"\s*(那边|这边|里|中|内)?\s*的?\s*(老|旧|原有的?|现有的?|其他|其它)?\s*(业务)?\s*(系统|数据库|应用|服务|客户端|用户|设备|存储)",
                    r"\s*(legacy |old |existing )?(systems?|databases?|apps?|applications?|services|clients?|users|mainframes?|erp)\b")
# ... nor the place they reach in from over a private line: "IDC 机房那边走专线过来也要能直接访问 pod IP"
_REACHES_IN = rx(r"\s*(机房)?\s*(那边|这边|侧)?\s*的?[^。；！？]{0,8}(走|通过|经|经过|用)\s*"
                 r"(专线|vpn|VPN|云企业网|CEN|cen)[^。；！？]{0,10}(访问|连|调用|打到)",
                 r"[^.;!?]{0,30}\b(over|via|through) (a |the |our )?(direct connect|expressroute|vpn|leased line|interconnect)\b[^.;!?]{0,30}"
                 r"\b(reach|access|call|connect to)\b")
_VMS_ON = rx(r"\s*(in|on|at|from)\s+(the\s+)?", r"\s*(在|于)")




def hybrid(text: str, hits: list[Hit]) -> Hit | None:
    """One cluster with nodes on premises and in a cloud: the span from the first to the last place named, else None."""
    # a cloud that only hosts the control plane ("EKS Hybrid Nodes: on-prem servers joined to an EKS control plane") has no nodes
    clouds = [h for h in hits if h.value in CLOUDS and role(text, h.start, h.end) != "control"]
    # a cloud's own VMs ("Azure VMs", "阿里云ECS虚拟机", "VMs on AWS") are not on premises
    cloud_vm = [h for h in hits if h.value == "vm" and any((0 <= h.start - c.end <= 12 and _OWN_VMS.fullmatch(text[c.end:h.start]))
                                                            or (0 <= c.start - h.end <= 12 and _VMS_ON.fullmatch(text[h.end:c.start])) for c in clouds)]
    local = [h for h in hits if h.value in LOCAL_PLATFORMS and h not in cloud_vm] + [Hit("platform", "local", m.start(), m.end(), m.group(0))
                                                                                      for m in _ON_PREM.finditer(text)]
    local = [h for h in local if not _SYSTEMS_THERE.match(text, h.end) and not _REACHES_IN.match(text, h.end)]
    if not (clouds and local) and (said := _HYBRID_CLOUD.search(text)) and not MIGRATION.search(text) \
            and not re.search(r"\bwindows\b", text[max(0, said.start() - 80):said.end() + 120], re.I):
        return Hit("platform", "hybrid", said.start(), said.end(), said.group(0))  # "混合云环境部署", "our hybrid-cloud cluster"
    # during a move one cluster may stretch over both places: "during our move out of the colo we'll run one cluster
    # stretched across both sides for six months"
    if not clouds or not local or not _ONE_CLUSTER.search(text) or (MIGRATION.search(text) and not _STRETCHED.search(text)):
        return None
    first, last = min(clouds + local, key=lambda h: h.start), max(clouds + local, key=lambda h: h.end)
    return Hit("platform", "hybrid", first.start, last.end, text[first.start:last.end])


_STRETCHED = rx(r"\bstretch(ed|es|ing)?\b[^.;!?]{0,40}\b(across|over|between)\b", r"\b(across|over|spanning|spans) both (sides|sites|places|halves|ends)\b",
                r"(横跨|跨)(两边|两地|两个(地方|环境))")
_SEVERAL_CLUSTERS = rx(r"\b((an)?other|second|two|three|both|each|several|multiple) clusters?\b", r"(两|2|三|3|多|几)\s*个\s*集群|另(一|外)个?\s*集群|每个集群")


def across_clouds(text: str, named: list[Hit]) -> Hit | None:
    """One cluster over two vendors' clouds ("一半在阿里云 ECS，一半在腾讯云 CVM", "our cluster spans AWS and GCP"): no one cloud's
    network or plugin carries it, so the platform is a public cloud without a vendor (`named`: hits of named vendors only)."""
    clouds = [h for h in named if h.value in CLOUDS and role(text, h.start, h.end) != "control"]
    if len({h.value for h in clouds}) < 2 or MIGRATION.search(text) or _SEVERAL_CLUSTERS.search(text) \
            or not (_ONE_CLUSTER.search(text) or re.search(r"一半[^。；！？]{0,30}一半", text)):
        return None
    first, last = min(clouds, key=lambda h: h.start), max(clouds, key=lambda h: h.end)
    return Hit("platform", "cloud", first.start, last.end, text[first.start:last.end])
