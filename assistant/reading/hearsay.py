"""Names others put forward: a plugin heard of in a talk or a demo, one a colleague pushes that the writer doubts, one a
tool offers on its menu or a feature request asks of. None is the writer's setup nor, when doubted, a candidate the
question weighs."""

from __future__ import annotations

import re

from assistant.reading.spans import rx, sentence

# A name heard in a talk or a demo: "领导听了一场 Cilium 的分享", "after a talk on Cilium at KubeCon"
_HEARD_BEFORE = rx(r"(听了|看了|参加了?|看过|听过)[^，。；！？]{0,6}$",
                   r"\b(talk|demo|webinar|presentation|keynote|session|video|blog post|article)s? (on|about|of)\s+$",
                   # read or heard of: "Someone read that Cilium can replace kube-proxy", "I've heard Calico does WireGuard"
                   r"\b(read|heard|hear|saw|seen)( somewhere| online| on reddit| on hacker news)?( that)?\s+$",
                   r"(听说|据说|看到说|看网上说|网上说)\s*$")
_HEARD_AFTER = rx(r"^\s*(的)?\s*(分享|演示|介绍|讲座|宣讲|直播|视频|文章|技术分享)",
                  r"^\s+(talk|demo|webinar|presentation|meetup|keynote|session|blog post|article|whitepaper|case study)s?\b")


# a quoted headline of what others write: 'I keep reading "replace flannel with Cilium" posts', "「flannel 换 Cilium」的文章"
_HEADLINE = re.compile(r"[\"“「『]([^\"”」』\n]{1,60})[\"”」』]\s*(的)?\s*(posts?|articles?|blogs?( posts?)?|threads?|videos?|tutorials?|guides?|advice|"
                       r"takes|tweets?|文章|帖子|视频|教程|博客)", re.I)


def heard_of(text: str, start: int, end: int) -> bool:
    """True when the name is the subject of a talk, demo or article the writer saw, not something they run."""
    # (the words after are matched as their own string: a `^` pattern given a position anchors at the text's start)
    return bool(_HEARD_BEFORE.search(text[max(0, start - 20):start]) or _HEARD_AFTER.match(text[end:end + 40])
                or any(m.start(1) <= start and end <= m.end(1) for m in _HEADLINE.finditer(text, max(0, start - 70), min(len(text), end + 80))))


# someone's pick the writer doubts: "(Our SRE lead keeps saying 'just put Calico overlay in', I'm not convinced.)"
_SUGGESTED = rx(r"\b(says?|saying|said|suggest\w*|push\w*|insist\w*|swears? by|recommend\w*|tells?|telling|told)\b", r"(说|建议|推荐|坚持)")
_DOUBT = rx(r"\b(i'?m|i am|we'?re|we are) not (convinced|sure about (it|that|this)|sold)\b", r"\b(i|we) (doubt|disagree)\b", r"\bskeptical\b",
            # the writer's own, plainer wish set against it: "..., but honestly I just want pod networking that works"
            r"\bbut (honestly |frankly |really |personally )?(i|we) (just|only|simply) (want|need)\b",
            r"(但|可)(是)?(我|我们)?(其实|说实话)?\s*(只想|只要|就想)",
            # (not 怀疑 as "suspect": "我怀疑是 MTU 的问题")
            r"(我|我们)\s*(不太|不|并不)\s*(认同|信服|确定)|(有点|有些|比较|持|表示)\s*怀疑|怀疑(这|它|他|她)|不太赞同|不同意")


def doubted(text: str, start: int, end: int) -> bool:
    """The name is someone else's suggestion in a sentence where the writer says they doubt it."""
    left, right = sentence(text, start, end)
    return _SUGGESTED.search(text, left, start) is not None and _DOUBT.search(text, left, right) is not None


# someone else's advice, told as such: 'My colleague keeps saying "just use the AWS VPC CNI"', "领导说直接上 Cilium"
_SAYER = rx(r"\b(colleagues?|co-?workers?|teammates?|lead|boss|manager|architects?|cto|vendor|consultants?|friends?|someone|people)\b"
            r"[^.;!?]{0,25}\b(keeps? saying|kept saying|says?|said|suggests?|suggested|recommends?|recommended|insists?|keeps? pushing|is pushing|"
            r"keeps? telling (me|us)|kept telling (me|us)|tells? (me|us)|told (me|us)|is telling (me|us))\b",
            r"(同事|领导|老板|架构师|朋友|有人|别人|厂商|厂家|供应商|集成商|乙方)[^。；！？]{0,10}(一直说|总说|说|建议|推荐|坚持|力推|力荐|主推)")
_IMPERATIVE = rx(r"\b(just |simply )?(use|go with|try|switch to|put in|install|pick|stick with)\s+(the\s+)?([\w-]+\s+)?[\"“'‘]?$",
                 r"(直接|就)?\s*(用|上|换成|装)\s*$")


def suggested(text: str, start: int, end: int) -> bool:
    """The name is what someone else tells the writer to use, not what runs."""
    left, _ = sentence(text, start, end)
    sayer = _SAYER.search(text, max(left, start - 90), start)
    return sayer is not None and _IMPERATIVE.search(text[max(sayer.end(), start - 30):start]) is not None


# a tool's menu, not the cluster's network: "RKE supports weave, why can't I see it in Rancher?", "kubespray 支持 cilium"
_OFFERED_BEFORE = rx(r"\b(rke2?|rancher|k3s|k0s|kubespray|kops|kubeadm|kubekey|kk|sealos|microk8s|talos|eks|aks|gke|the installer|"
                     r"the (helm )?chart|the operator|the tool)\s+(now |also |officially |only |already )?"
                     r"(supports?|offers?|lets? (you|us) (use|choose|pick|select))\s+([\w-]+\s*(,|and|or)\s*)*$",
                     r"(rke2?|rancher|k3s|k0s|kubespray|kops|kubeadm|kubekey|sealos|microk8s|talos)\s*(也|官方|已经)?\s*(支持|提供|可选)\s*$",
                     # a flag seen on its menu: "看到 k3s 有 --flannel-backend=wireguard-native"
                     r"(看到|发现|注意到)\s*(rke2?|k3s|k0s|kubespray|kubeadm|sealos|microk8s)\s*(也|还)?\s*有\s*$",
                     # a vendor's chart default, not the cluster's: "A 厂商的 helm chart 默认写的是 Calico eBPF 模式"
                     r"(chart|安装包|安装脚本|部署脚本|模板)[^。；！？]{0,10}(默认|缺省)[^。；！？]{0,4}(是|写的是|用的是|配的是|带的是)\s*$",
                     r"\b(helm )?chart('s)? defaults? (is|are|to|sets?)\s+$")


# a list of what a tool takes: "Currently only '--networking cni', '--networking weave', '--networking calico' are supported"
_LISTED_AS_SUPPORTED = rx(r"^[^.;!?]{0,60},[^.;!?]{0,60}\b(are|is) (currently |only |officially )?(supported|available|allowed|offered)\b")
# a feature request: "Allow cilium to be deployed with transparent encryption enabled"
_REQUESTED = rx(r"\b(allow|let|enable)\s+$")
_TO_AFTER = re.compile(r"\s+to\b")


def offered(text: str, start: int, end: int) -> bool:
    """The name is one of the plugins an installer or distribution can deploy, told as its feature, or the subject of a
    feature request."""
    return (_OFFERED_BEFORE.search(text[max(0, start - 60):start]) is not None or _LISTED_AS_SUPPORTED.match(text[end:end + 140]) is not None
            or (_REQUESTED.search(text[max(0, start - 10):start]) is not None and _TO_AFTER.match(text, end) is not None))


# a setup that is someone else's, not advice to us: another team's cluster, a past employer's
_SOMEONE_ELSES = rx(r"\b(another|other|a different|a sister) (team|department|group|org|division)s?\b|"
                    r"\b(previous|last|former|old) (job|company|employer|workplace)\b",
                    r"(另一个|另外一个|其他|别的|隔壁|兄弟)\s*(项目组|团队|部门|小组|事业部)|(上家|上一家|前)\s*公司|老东家")


def someone_elses(text: str, start: int, end: int) -> bool:
    """The sentence around a span tells another team's or a past employer's setup ("但那是另一个团队的集群")."""
    return _SOMEONE_ELSES.search(text, *sentence(text, start, end)) is not None


# Whoever sets the cluster's rules, telling what it must do: "老板突然说 pod 之间走公网的流量必须加密", "security says pod traffic
# must be encrypted". A demand on the writer's cluster, not hearsay about some other one.
_AUTHORITY = rx(r"\b(boss|manager|management|security|compliance|auditors?|ciso|cto|customer|client)\b", r"老板|领导|上级|公司|客户|甲方|安全|合规|审计")
_MUST_AFTER = rx(r"^[^.;!?]{0,60}\b(must|has to|have to|needs? to be|is required|are required|mandatory|not allowed)\b",
                 r"^[^。；！？]{0,30}(必须|务必|一定要|要求|不允许|不准|禁止)")


def demanded(report: str, after: str) -> bool:
    """`report` ("老板突然说") comes from whoever sets the rules and `after` says what the cluster must do."""
    return _AUTHORITY.search(report) is not None and _MUST_AFTER.search(after) is not None
