"""Whose environment a span describes: the writer's own cluster, or something else.

Only the writer's own cluster gives facts. Advice addressed to the reader ("if you deploy your own
VM, you should..."), statements about deployments in general ("some clouds drop IP-in-IP"), what a
plugin or mode needs in general ("host-gw only works on L2"), examples ("distributions like Ubuntu
20.04"), plans ("next year we move to Rocky 9"), the control plane of a cluster whose workers run
elsewhere, and words inside hostnames or kernel builds state nothing about it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.reading.hearsay import demanded
from assistant.reading.spans import rx

# A sentence with one of these talks to the reader or about deployments in general.
_GENERAL = rx(
    r"\byou(?:'ll| will)? (should|need to|must|have to|might|may want to|don'?t need|do not need|don'?t have to|do not have to)\b",
    # (not a question put to the maintainers: "I want to ask if you plan to support Windows", "let me know if you")
    r"(?<!\bask )(?<!\bwonder )(?<!\bknow )(?<!\bwondering )(?<!\basking )\bif you\b",
    r"\byou have (two|three|several|a few|some|\d) (choices|options|ways)\b", r"\beither you\b", r"^\W*or,? you\b",
    # a product's limits or make-up told as such: "Current limitation is that...", "enforcement is built into GKE Dataplane V2"
    r"\b(current|known) limitations?\b", r"\bis built into\b", r"\b(was|were|has been|have been) tested (on|with|against)\b",
    r"场景[一二三四五六七八九十\d]",  # scenarios asked for as demos: "场景一 云上三个 master 节点 ..."
    # a feature request's case for everyone: "Teams therefore must run a second policy engine", "in modern workloads"
    r"\b(teams|users|operators|customers|people|everyone) (therefore |then |currently |today )?(must|have to|need to|are forced to)\b",
    r"\bin modern (workloads|environments|deployments|clusters)\b", r"\bthe (former|latter)\b",
    # advice or a case for whoever reads: "For anyone experiencing ...", "for cases where users don't trust the network"
    r"^\W*for (anyone|everyone|people|folks)\b|^\W*for those (who|of you|experiencing|running|using|hitting|seeing)\b",
    r"\b(cases|situations|environments|setups) where (users|people|you|one|teams|operators)\b",
    r"\b(there is|there's|there are) (an? |some )?(\w+ )?(blogs?|articles?|blog posts?|guides?|talks?)\b",
    r"\byou (can|could|would) (use|try|set|configure|enable|install|deploy|run|switch|change|add)\b",
    r"\b(the )?(prescribed|recommended|suggested|official|documented|usual|standard) way\b",
    r"\bmake sure\b", r"\b(we|i) (would |'d )?(recommend|suggest)\b", r"\bshould one\b", r"\bone (should|can|could|needs? to|must)\b",
    r"(?<!\d )(?<!\btwo )(?<!\bthree )(?<!\bfour )(?<!\bthe )(?<!\bour )(?<!\bmy )(?<!\bin )(?<!\bat )(?<!\bto )(?<!\bfrom )"
    r"\b(some|many|most|certain|other) (deployments|clouds|cloud providers|providers|environments|users|people(?!'s)|setups|"
    r"installations|platforms|distributions)\b",
    # with words between: "other widely-used Kubernetes distributions (k0s with kube-router, ...)", "other distros such as RKE2"
    r"(?<!\bour )(?<!\bmy )(?<!\bthe )\bother ([\w-]+ ){1,3}(distributions|distros|clouds|cloud providers|platforms|offerings)\b",
    r"\bother distros\b", r"\bin (many|some|most) (environments|setups|clusters)\b", r"\bin (many|some|most|certain) ([\w-]+ ){0,3}(cases|scenarios)\b",
    # a condition with no subject is about any deployment: "When running in a public cloud, we shouldn't need BGP"
    r"^\W*(when|whenever|if) (running|deploying|deployed|installing|installed|using|used|run) (in|on|with|inside)\b",
    # what a guide or the docs say: "Based on the Red Hat OpenStack networking guide, the default MTU is 1450"
    r"^\W*(based on|according to) (the |a )?([\w-]+ ){0,4}(guide|docs|documentation|manual|handbook|whitepaper)\b",
    # plugins or products described in general: "Other popular CNI plugins, including Calico and Antrea, offer..."
    r"\bother (popular |common |major |well-known )?(cni |network(ing)? )?(plugins|cnis|solutions|implementations)\b",
    r"\breadme\b(?![-_.]\w)",  # a file named as the guide followed ("reference: README-zh_CN.md") is no report
    r"\b(it is|it'?s) said\b", r"^\W*for (example|instance),? (if |when )?(you|your|one|a user|someone)\b",
    # what a thing would entail, not who would want it: "as I am sure many here would require this feature"
    r"\b(it|that|this|which|they|doing so|this approach|that approach)\s+would (mean|imply|require)\b",
    # "not all NICs support SR-IOV"; not a symptom of the writer's own ("not all pods become available")
    r"\bnot all\b(?! (of )?(our|my|the|these|those)\b)(?! (pods?|nodes?|containers?|services?|replicas?|workers?|vms?)\b)",
    # what another platform let us do before: "but with openshift we were able to use both cidr as well as dnsname"
    r"\b(with|on|in) (openshift|okd|eks|gke|aks|ack|rancher|rke2?|k3s|k0s|kubespray|kops|microk8s|aws|azure|gcp|aliyun) "
    r"we (were able to|could|used to)\b", r"\b(typically|generally|usually) (required|used|needed|recommended)\b",
    # a design note: "Current model host gateway based routing of Kube-router assumes ..."
    r"^\W*(the )?current (model|design|implementation|approach)\b(?! (of|in|for) (our|my)\b)",
    r"^\W*((do not|don'?t|never) (install|use|run|enable|deploy|set|forget|mix)|be sure to|remember to|note that|note:)\s",
    r"如果(使用|用|在|是|要|你)", r"假如|假设|例如|比如", r"(如果|要是)[^，,。；！？]{0,15}的话",
    r"你(?!好)", r"(一些|很多|有些|部分|某些)\s*(云|环境|用户|厂商|场景)",
    # what people in general do, or could do one day: "通常大家在公有云上使用厂家提供的 CNI", "实际部署时，可以用云厂商的 K8s 服务"
    r"(通常|一般|往往)?\s*大家(都|一般|通常)?\s*(在|会|用|使用)", r"(实际|正式|生产)(部署|上线|使用)(时|的时候)[，,]?\s*(可以|可)\s*(用|使用|选)",
    # a side note: "Our staging environment on AWS uses the VPC CNI, if that matters"
    r"\b(if (that|it) matters|in case (that|it) matters|not that it matters|fwiw|for what it'?s worth|side ?note|as an aside)\b",
    # dismissed by the writer: "测试环境是自建的 k3s + flannel，那个不用管", "the dev cluster is irrelevant here"
    r"(那个|这个|那边|那套|那些)\s*(不用管|不用考虑|不重要|无所谓|不相关|可以忽略|别管|不管)|(不用管|不用考虑|可以忽略)\s*(那个|那套|它)",
    # only a side remark waved aside, not "it doesn't matter which plugin" said of the whole question
    r",\s*(which (doesn'?t|does not) matter|not relevant|irrelevant|unrelated)\b(?=\s*(\(|[.!;]|$))|"
    r"\b(that|this) one (doesn'?t|does not) matter\b|\b(is|are) (irrelevant|not relevant|out of scope) here\b|"
    r"^\W*(please |you can )?(ignore|disregard) (that|this|it|those)\b",
    # a product described in general: "Weave-net is a CNI implementation that is widely used in production"
    r"\b(is|are) (widely|commonly|broadly) (used|deployed|adopted)\b",  # not "we use the commonly used flannel backend"
    # plugins in general: "CNI plugins such as flannel require that the network between nodes are reachable"
    r"\b(plugins|cnis|solutions) (such as|like) [\w-]+( or [\w-]+)? (require|need|assume|expect)s?\b",
    r"^\W*((while|although|though|whilst) )?[\w-]+ (is|are) (a|an|one of the) (\w+ ){0,3}(cni|cnis|plugins?|implementation|options?|choices?|"
    r"network(ing)? (plugins?|solutions?|providers?))\b"
    r"(?! (that |which )?(we|i) )",
    # another team's cluster: "Another team here runs Cilium on 300 GKE nodes", "隔壁团队用的是 Cilium"
    # but not a team that runs part of our network: "the security group is managed by another team", "安全组归另一个团队管"
    # nor the teams we share a network with: "the VNet is shared with three other teams", "和其他团队共用"
    r"(?<!\bby )(?<!\bto )(?<!\bwith )(?<!\bwith \w{1} )(?<!\bwith \w{2} )(?<!\bwith \w{3} )(?<!\bwith \w{4} )(?<!\bwith \w{5} )"
    r"(?<!\bwith \w{7} )"
    r"(?<!\bwith a dozen )(?<!\bwith a few )(?<!\bwith several )(?<!\bwith many )(?<!\bwith dozens of )"
    r"\b(another|other|a different|a sister|the other) (project |product )?(team|department|group|business unit|bu|org|division)s?\b"
    r"(?! (owns?|manages?|controls?|handles?|runs?) (the |our )?(firewall|network|security group|router|switch|vpc|fabric)s?\b)"
    r"(?! (also )?(live|lives|sit|sits|share|shares) (in|on|it)\b)"  # "a shared /20 that three other teams also live in"
    # the thing named before it: "a routed VPN between two FortiGates that another team owns, so ..."
    r"(?! (owns?|manages?|controls?|operates?|maintains?|runs?)( (it|them))?\s*($|[,.;:)!?]))",
    # the clusters another team owns, not a team's rules on ours: "The platform team's EKS clusters use the AWS VPC CNI, but ours ..."
    r"\bthe [\w-]+ (team|department|group|org|division)'s ([\w-]+ ){0,2}(clusters?|environments?|setups?|k8s|kubernetes)\b",
    r"(?<!归)(?<!由)(?<!和)(?<!与)(?<!跟)(另一个|另外一个|其他|别的|隔壁|兄弟)\s*(项目组|项目团队|团队|部门|小组|组|事业部|bu|BU)(?!\s*(管|负责|管理|维护|控制))",
    # named by what it does: "隔壁大数据团队的集群", "the payments team next door runs Cilium"
    r"(?<!归)(?<!由)(?<!和)(?<!与)(?<!跟)(隔壁|兄弟|另一个|另外一个)\s*[\u4e00-\u9fffA-Za-z]{1,6}?\s*(团队|部门|项目组|事业部)(?!\s*(管|负责|管理|维护|控制))",
    r"\b(team|department|group|folks) (next door|down the hall|across the hall|upstairs|downstairs)\b|\btheir (cluster|setup)s?,? not ours\b",
    # a cluster gone by: "Previous cluster was k3s with the built-in flannel"; not what it did that is still needed ("two things the old setup did")
    r"(?<!things )(?<!things the )(?<!what the )(?<!features the )\b(our |my |the )?(previous|prior|former|last|old) "
    r"(cluster|setup|environment|install\w*)s? (was|were|ran|used|had|is|did)\b",
    r"(之前|以前|上一个|上一套)的?\s*(集群|环境)\s*(是|用的是|用|跑的是|跑)",
    # a cluster since taken down: "2022 年那套自建集群用的是 Weave，去年已经下线了", "the old cluster (decommissioned last year) ran Weave"
    r"(那套|那个|老|旧)[^，。；！？]{0,8}(集群|环境)[^。；！？]{0,30}(已经|已)\s*(下线|退役|停用|废弃|淘汰|拆掉|关掉)",
    r"\b(old|previous|former|legacy) (\w+ )?(cluster|setup|environment)\b[^.;!?]{0,60}\b(was |has been |got )?(decommissioned|retired|shut down|torn down)\b",
    r"\b(that|it|which)('s| has| had| was)? been (decommissioned|retired|shut down|torn down)\b", r"\bback in (19|20)\d\d\b",
    # a former employer's setup: "上家公司用的是 Calico", "at my last job we ran Calico on 300 nodes"
    r"(之前|以前|上)(那)?家公司|前(公司|东家)", r"\b(at|in) (my|our) (previous|last|former|old) (job|company|employer|workplace)\b",
)
# What a mode or plugin is built for ("host-gw only works on L2") says nothing about the writer's cluster; nor does a
# hypothetical with no first person. Asked as a question ("Does host-gw work across subnets?"), the scenario is the environment.
_DESCRIBES = rx(
    r"(?<![\w-])(host-gw|vxlan|ipip|bgp|direct routing|native routing|overlay|underlay)\s+(mode\s+)?(only\s+|mainly\s+|usually\s+)?"
    r"(works?|supports?|requires?|needs?|uses?|is (only |mainly |usually )?(used|meant|designed|constrained|limited|restricted))\b",
    r"(?<![\w-])(flannel|calico|cilium|weave|antrea|kube-router)\s+(is|are) (only |mainly )?(constrained|limited|restricted|meant|designed)\b",
    r"(host-gw|vxlan|ipip|bgp|直接路由)\s*(模式)?\s*(只支持|只能|仅支持|要求|需要)",
)
# How things tend to be, said in one clause: "in edge scenarios, it often appears that ...", "cloud nodes are generally
# assigned public IPs", "公有云上 IPIP 很多时候会被安全组拦截，我们在阿里云上" (the writer's own clauses around it stay).
_TENDENCY = rx(r"\bit (often|usually|generally|typically|commonly|frequently) (appears|happens|turns out)\b",
               r"\b(are|is) (generally|usually|typically|commonly|normally) (assigned|given|placed|located|deployed)\b",
               r"很多时候|大多数情况下|一般来说|一般情况下|通常情况下")
_CLAUSE_MARK, _QUESTION = re.compile(r"[,，;；]"), re.compile(r"[?？]\s*$|吗\s*[。.]?\s*$")
# Cues that leave what comes before them the writer's own: "X breaks if you run Y", "我们要限制 HTTP 路径(比如只允许 GET)".
_CONDITION = rx(r"(?<!\bask )(?<!\bwonder )(?<!\bknow )(?<!\bwondering )(?<!\basking )if you", r"如果(使用|用|在|是|要|你)", r"例如|比如")
# a Chinese full stop ends a sentence whatever follows it ("经常变。CNI 选哪个"); an ASCII one only before a space or Chinese
_SENTENCE_EDGE = re.compile(r"[。！？]+|[.!?\n]+['\"”’]*(?=\s|$|[^\x00-\x7f])|[;；]")  # a closing quote stays with its sentence


def _bracket_end(piece: str, at: int) -> int:
    """Where the bracket open at `at` closes (past it), else the end of the piece."""
    opened = max(piece.rfind("(", 0, at), piece.rfind("（", 0, at))
    if opened < 0 or max(piece.rfind(")", opened, at), piece.rfind("）", opened, at)) >= 0:
        return len(piece)
    closes = [i for i in (piece.find(")", at), piece.find("）", at)) if i >= 0]
    return min(closes) + 1 if closes else len(piece)


# the teams a network is shared with are no other cluster: "a VPC shared with like 5 other teams"
_TEAMS_SHARING = re.compile(r"\b(shar\w* with|with)\b[^,.;:]{0,20}\b(other|another) (teams?|departments?|groups?)$", re.I)


@lru_cache(maxsize=256)
def own(text: str) -> str:
    """The text with every sentence that is not about the writer's own cluster blanked out
    (same length, so spans still index the original)."""
    out, start = [], 0
    for edge in [*_SENTENCE_EDGE.finditer(text), None]:
        end = edge.end() if edge else len(text)
        piece = text[start:end]
        cue = _GENERAL.search(piece) or (None if _QUESTION.search(piece) else _DESCRIBES.search(piece))
        if cue and _TEAMS_SHARING.search(piece[max(0, cue.start() - 30):cue.end()]):
            cue = _DESCRIBES.search(piece) if not _QUESTION.search(piece) else None
        if cue and _CONDITION.fullmatch(cue.group(0)) and piece[:cue.start()].strip(" \t\"'-:"):
            # "X breaks if you run Y": only the condition is someone else's case, not what came before it; an
            # example in brackets ends with them ("白名单域名（比如 *.aliyuncs.com），内部 API 还要按 HTTP 方法控制").
            stop = _bracket_end(piece, cue.start())
            piece = piece[:cue.start()] + " " * (stop - cue.start()) + piece[stop:]
        elif cue and (resume := _OWN_RESUMES.search(piece, cue.end())) is not None:
            # "隔壁团队用的是 Cilium 加 BGP，我们这边还是 flannel vxlan": the writer's own setup resumes after it
            begin = max(piece.rfind(c, 0, cue.start()) + 1 for c in ",，:：\n")
            piece = piece[:begin] + " " * (resume.start() - begin) + piece[resume.start():]
        elif cue:
            piece = " " * len(piece)
        docs = _REPORTED.search(piece)
        if docs and not _AS_DOCS_SAY.search(piece[max(0, docs.start() - 40):docs.start()]) \
                and not _ABOUT_OURS.match(piece, docs.end()) and not _OUR_RULES.search(piece, max(0, docs.start() - 30), docs.end()) \
                and not demanded(docs.group(0), piece[docs.end():]):
            # "The AKS docs compare kubenet and Azure CNI", "a colleague warned that...": what others report, up to
            # where the writer's own setup resumes ("..., but our nodes are on Debian 10").
            resume = _OWN_RESUMES.search(piece, docs.end())
            stop = resume.start() if resume else len(piece)
            # from the clause the report starts in: "节点分两个网段, 不跑 BGP: ... host-gw 听说性能最好" keeps the nodes
            # (or the "and" that joins it to the writer's own: "we have 25 CentOS VMs and a consultant keeps pushing Cilium")
            joined = piece.rfind(" and ", 0, docs.start())
            begin = max([piece.rfind(c, 0, docs.start()) + 1 for c in ",，:：\n"] + ([joined + 5] if joined >= 0 else []))
            piece = piece[:begin] + " " * (stop - begin) + piece[stop:]
        proposal = _PROPOSAL.search(piece)
        outcome = _OUTCOME.search(piece, proposal.end()) if proposal else None
        if outcome is not None:
            # "同事想改成 VXLAN CrossSubnet，这样同一个子网里的节点之间就不用封装": what the proposed mode would do,
            # not the writer's network (the nodes sit in two subnets; nothing blocks encapsulation)
            piece = piece[:outcome.start()] + " " * (len(piece) - outcome.start())
        for m in _TENDENCY.finditer(piece):
            begin = max((c.end() for c in _CLAUSE_MARK.finditer(piece, 0, m.start())), default=0)
            stop = next((c.start() for c in _CLAUSE_MARK.finditer(piece, m.end())), len(piece))
            piece = piece[:begin] + " " * (stop - begin) + piece[stop:]
        if len(_REQUIREMENT.findall(piece)) >= 2:
            piece = " " * len(piece)  # "kubernetes>=1.11, docker >=1.12.6, 操作系统 centos7": a requirements list
        out.append(piece)
        start = end
    masked = "".join(out)
    # "Workarounds to evaluate: ... switch overlay to WireGuard": candidates to the end of the line, not the setup.
    for m in _TO_EVALUATE.finditer(masked):
        stop = masked.find("\n", m.start())
        stop = len(masked) if stop < 0 else stop
        masked = masked[:m.start()] + " " * (stop - m.start()) + masked[stop:]
    # An issue template's placeholder ("For example: CentOS 7.5 / 3 masters") runs to the end of its line; a field's "eg." only to the next field
    for m in _TEMPLATE_EXAMPLE.finditer(masked):
        ends = [i for i in (masked.find(c, m.end()) for c in ("\n" if m.group(0).rstrip().endswith((":", "：")) else "\n;；")) if i >= 0]
        stop = min(ends, default=len(masked))
        masked = masked[:m.start()] + " " * (stop - m.start()) + masked[stop:]
    return _TEMPLATE_CHOICES.sub(lambda m: " " * len(m.group(0)), masked)


_REQUIREMENT = re.compile(r"[<>]=\s*v?\d")
# a field's choices, the answer after them: "Type/provider of hosts: (VirtualBox/Bare-metal/AWS/GCE/DO) AWS ECS"
_TEMPLATE_CHOICES = re.compile(r"(?<=[:：])\s*\((?:[\w .+-]{1,20}/){2,}[\w .+-]{1,20}\)")
# A change someone proposes, and the clause telling what it would bring: "wants to switch to VXLAN CrossSubnet so that ...".
_PROPOSAL = rx(r"\b(wants?|wanted|would like|proposes?|proposed|suggests?|suggested|considering|thinking of)\b[^.;!?]{0,30}"
               r"\b(switch\w*|mov\w*|chang\w*|migrat\w*|turn\w*|enabl\w*)\b",
               r"(想|建议|打算|提议|准备|考虑)\s*(改成|换成|改用|切到|切换到|改为|换为|开启|打开|启用)")
# (这样 only as "so that ... then": "这样同一个子网里就不用封装", not "这样行得通吗" nor "这样我们 30 台都要重启")
_OUTCOME = rx(r"\b(so that|so as to|that way|in order that)\b", r"这样(?=[^。；！？，,]{0,20}(就|便|可以|能|不用|不需要|无需|省))|以便|从而|好让")
# What someone else reports: a product's docs ("the AKS docs compare kubenet and Azure CNI", "文档里说") or
# hearsay ("a colleague warned that...", "I heard that...", "听说").
_REPORTED = rx(r"\b(docs?|documentation|(concepts?|docs?|documentation|wiki|help|overview|networking|reference|overlay|product) page|"
               r"guide|article|blog(\s+post)?|manual|faq|tutorial|website)\s+(says?|said|states?|stated|"
               r"compares?|compared|describes?|described|explains?|mentions?|recommends?|claims?|suggests?|warns?)\b",
               r"(文档|官网|手册|指南|页面|教程|博客|文章)\s*(里|中|上)?\s*(说|写|提到|对比|比较|介绍|描述|推荐|建议|指出|声称)",
               r"\b(colleagues?|co-?workers?|friends?|someone|somebody|people|others|vendors?|consultants?)\b[^.;,]{0,20}\b(warned|told|"
               r"said|says|claims?|claimed|mentioned|suggested|argues|argued|thinks|thought|believes|believed|insists|insisted|reckons|"
               r"assumes|assumed)\b",
               r"\b(i|we)('ve| have)? (heard|read) (that|somewhere|online|about)\b", r"听说|据说|听人说|有人说|传言",
               # someone else's claim: "架构师说 ...", "按网上那篇笔记说跨 Hypervisor 二层不通"
               r"(架构师|同事|同学|老师|群友|网友|大佬|前辈|领导|老板|网上|笔记|别人|朋友)[^，。；！？]{0,8}说",
               r"按[^，。；！？]{0,10}说", r"听[^，。；！？]{1,12}说",
               # a proposal someone made: "有人提议把 Terway 换成 Calico 的纯 BGP 模式"
               r"(有人|同事|领导|老板|架构师|别人|厂商)\s*(提议|建议|提出|推荐)",
               # someone's wish in the team is a proposal, not the requirement: "组里有人想主网络直接上 Calico 的 eBPF 模式"
               r"(组里|团队里|部门里|我们这边)?有人\s*(想|想要|想用|打算|觉得)",
               r"\b(someone|somebody|colleagues?|vendors?|consultants?|architects?)( (on|in) the team)? (propos\w+|(keeps?|is) (push|nudg|urg)ing|wants?)\b",
               # a colleague's, a friend's or a stranger's setup: "同事之前那家公司用的是 EKS 加 Cilium", "a colleague runs Cilium"
               r"(同事|朋友|别人|别家)[^，。；！？]{0,12}(公司|那边|集群|环境|用的|跑的|跑了|家里|那套)",
               r"\b(a |my |our )?(colleague|co-?worker|friend)('s|s')? (previous |old |former )?(company|employer|team|cluster|setup|"
               r"home ?lab|lab)\b",
               r"\b(a |my |our )?(colleague|co-?worker|friend)s? (runs?|uses?|has|had|ran|used|is running|deployed)\b",
               r"\b(i|we) (saw|read|noticed|found) (that )?(someone|somebody|people|a user|others)\b", r"(看到|听到|见到)\s*(有人|别人|有公司)",
               # at the head of a sentence only: "Our cluster uses a 1450 MTU according to the admin guide" is the writer's
               r"^\W*([\w-]+,\s*)?(per|according to) (the |its |their )?([\w-]+ ){0,3}(docs?|documentation|guide|manual|faq|readme|wiki)\b",
               r"(根据|按照|据)\s*[^，。；]{0,10}(文档|官网|手册)\s*[，,]")
# a document of the writer's own organisation sets rules for the cluster: "Security's requirements doc says egress must ..."
_OUR_RULES = rx(r"\b(requirements?|security|compliance|policy|standards?|baseline|governance|architecture|design|internal|our)\b"
                r"['’]?s?\s+(\w+\s+)?(docs?|documents?|documentation|page|wiki)\b", r"(需求|安全|合规|规范|基线|内部|我们的?)\s*(文档|规范|要求)")
# "pool created with --ipip as the AWS guide says": the writer followed the docs; what follows is their own setup.
_AS_DOCS_SAY = rx(r"\b(as|like|just as)\s+(the\s+|its\s+|their\s+)?([\w-]+\s+){0,4}$", r"(按照|照着|根据|按)[^，。；]{0,10}$")
# What someone reports about the writer's own cluster ("a colleague told me that our nodes run kernel 4.19", "安全的同事说策略
# 只放行 TCP、UDP 和 ICMP") or demands of it ("老板看了几篇文章说要上 eBPF") is the writer's.
_ABOUT_OURS = rx(r"\s*(me|us)?\s*(that\s+)?(our|my|we|i)\b", r"\s*(我们|我)", r"\s*(一定)?(要|必须|务必|得)(?!是)",
                 r"\s*(that\s+)?(the\s+)?(firewall|security groups?|switch(es)?|routers?|core|acls?)\b[^.;!?]{0,20}\b(only|drops?|blocks?|won'?t|doesn'?t)\b",
                 r"\s*(这边的?)?\s*(防火墙|安全组|策略|交换机|路由器|核心|acl|ACL)[^。；！？]{0,6}(只|仅|不|会|一律|都)",
                 # what a vendor says its workload needs is the writer's requirement: "the vendor says their pods run DPDK"
                 r"\s*(that\s+)?(their|its|the) (pods?|cnfs?|vnfs?|apps?|applications?|software|product|workloads?|containers?) "
                 r"(need|needs|require|requires|run|runs|use|uses|must|speak|speaks|talk|talks)\b",
                 # or what it wants of the nodes' NICs: "Our UPF vendor wants VFs bound to vfio-pci for DPDK inside the pod"
                 # (a NIC feature weighed as someone's pick is no requirement: "One colleague says SR-IOV, another says macvlan")
                 r"\s*(the\s+)?(vfs?|dpdk|vfio[\w-]*|hugepages?|(a\s+)?(second|secondary|separate)\s+(nics?|interfaces?))\s+"
                 r"(bound|attached|passed|assigned|inside|in|on|for|per|with)\b|\s*(its|their)\s+([\w/-]+\s+){0,3}(interfaces?|nics?|ports?)\s+as\s+(vfs?|sr-?iov)\b")
_OWN_RESUMES = rx(r"[,;]\s*(but|and|while|whereas|yet|however)?\s*(honestly|frankly|personally|really|to be honest|tbh)?,?\s*"
                  r"(our|ours|my|mine|we|i|i'm|we're|we've)\b",
                  # (or the new one: "Our previous cluster ran Calico ..., but the new one has two hard requirements")
                  r"[,;]\s*(but|while|whereas|yet|however)\s*(the (cluster|setup|one) (i'm|i am|we're|we are) (asking|talking|writing) about|"
                  r"(the|this) (new|next|upcoming|planned) (one|cluster|setup|environment))\b",
                  r"[，,；;]\s*(但是?|而|可是|不过)?\s*(我们|我)",
                  # where the thing proposed would run is the writer's own: "colleague wants cilium w/ KPR on our centos 7.9 nodes (...)"
                  r"\b(on|in|for|across) (our|my) ([\w.-]+ ){0,3}(nodes|clusters?|servers|machines|vms|hosts|workers)\b")
_TO_EVALUATE = rx(r"\b(workarounds?|alternatives|possible (fixes|solutions|workarounds)|(options|ideas|approaches|fixes) "
                  r"to (evaluate|consider|try|explore))\b[^.:\n]{0,20}:")
_TEMPLATE_EXAMPLE = rx(r"\b(for example|e\.g\.|for instance)\s*:", r"(例如|比如)\s*[:：]",
                      # a template field still holding its example: "运行模式: eg. 物理机 ...", "Backend used (e.g. vxlan or udp):"
                      r"[:：]\s*(eg|e\.g)\.?\s")
