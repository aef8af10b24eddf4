"""Encapsulations the network or the kernel cannot carry: "the firewall only allows TCP, UDP and
ICMP" rules out IP-in-IP (IP protocol 4); "the kernel has no vxlan module" rules out VXLAN."""

from __future__ import annotations

import re

from assistant.reading.scope import own
from assistant.reading.spans import Hit, rx, sentence

_ENCAPS = {
    "ipip": rx(r"\b(ipip|ip-in-ip|ip in ip|ipinip|ip protocol 4|protocol 4|ip proto(col)? 4)\b",
               r"(?<![A-Za-z0-9])(ip\s*)?协议\s*(号)?\s*4(?!\d)"),  # Chinese text has no word edge before "IP协议4"
    "vxlan": rx(r"\bvxlan\b(?![\s-]*(offload\w*|checksum|csum))", r"\b(udp )?port (4789|8472)\b", r"\budp (4789|8472)\b",
                 r"\b(4789|8472)/udp\b", r"\bflannel\.1\b"),
    "geneve": rx(r"\bgeneve\b", r"\budp (port )?6081\b"),
}
# Words that say a protocol cannot get through; "doesn't work" is a symptom and says nothing about why.
_BLOCKED = rx(r"\b(block(s|ed|ing)?|drop(s|ped|ping)?|filter(s|ed)?|reject(s|ed)?|strip(s|ped)?|not (allowed|permitted|supported|"
              r"passed|forwarded|available|compiled|found|created|open|opened|loaded)|(doesn'?t|does not|don'?t|do not|won'?t|can'?t|cannot) "
              r"(allow|support|pass|forward|carry|permit|have|load|open)|(won'?t|will not|refuses? to) (add|whitelist|open up)|"
              r"no way to (allow|open|permit|pass|get)|"
              r"(won'?t|will not|doesn'?t|don'?t) let (us|me|them|you|anyone) (open|use|allow) (up )?(udp|tcp|ports?|ip protocol|protocol|ipip|vxlan|"
              r"geneve|\d)|no (support|module)|(?<!i'm )(?<!i am )(?<!am i )(?<!are we )missing(?! (something|anything|a step))|"
              r"lacks?|disabled)\b",
              r"禁止|禁用|不支持|被拦截|拦截|丢弃|被丢|不允许|不让|过滤|缺少|过不去|无法通过|不放行|没有放行|未放行|找不到|没有(加载|创建)|"
              r"(没办法|没法|无法|不能)\s*放行|放行不了|(都|全|给|被)\s*拦(了|掉|住)|"
              # a port that cannot be opened: "UDP 8472 开不了", "UDP 4789 和 8472 都打不开"
              r"打不开|开不了|开不通|放不通|放不开|(直接|全部|都|会|就)\s*(被)?丢(掉|了)?|(被)?(拦掉|挡掉|拦住|挡住|屏蔽)|(不同意|不肯|拒绝)\s*放行|"
              # a capture at the far end that shows nothing: "对端 tcpdump 'ip proto 4' 什么都抓不到"
              r"(什么)?(都|也)?(抓不到|没抓到|抓不着)|(那里|那儿|这里|那边)\s*(就|都|全|直接)\s*没了")
_ONLY_TCP_UDP = rx(r"\bonly (allow|support|permit|pass|open|let)(s|es)?( through| rules for| traffic on| for)? tcp\b[^.;]{0,12}\budp\b",
                   r"\b(drops?|blocks?|denies|rejects?|filters?)\s+(anything|everything|all( traffic)?)\s+(that\s+)?(isn'?t|is not|other than|except|but)\s+"
                   r"tcp\s*(or|and|/|,)\s*udp\b",
                   # "only tcp, udp and icmp are accepted on the private iface, nothing else"
                   r"\bonly tcp\s*(,|/|and)\s*udp\s*((,|/|and)\s*icmp\s*)?(rules?\s+|traffic\s+|protocols?\s+)?(are|is|get|gets)?\s*"
                   r"(accepted|allowed|permitted|passed|let through)\b",
                   r"\b(only )?(allows?|passes|permits|lets)( through)? (only )?tcp\s*(,|/|and)\s*udp\s*(,|/|and)\s*icmp\b",
                   # a firewall opened for TCP and UDP says nothing else passes: "the firewall team allowed all TCP and UDP between the subnets"
                   r"\bfirewalls?\b[^.;]{0,40}\b(allowed|opened|permitted|allows|opens|permits)\s+(all\s+)?tcp\s*(and|/|,|&)\s*udp\b",
                   r"\b(tcp|udp)\s*(,|/|and|or)\s*(udp|tcp)(\s*(,|/|and)\s*icmp)? only\b",
                   # rules written for TCP and UDP alone: "the default security group only has rules for TCP, UDP and ICMP",
                   # "firewall with policy DROP and rules allowing TCP, UDP and ICMP"
                   r"\bonly (has|have) rules (for|allowing) tcp\s*(,|/|and)\s*udp\b",
                   # "DO's cloud firewall only does TCP/UDP/ICMP rules"
                   r"\bonly (does|do|supports?|takes|accepts|offers) tcp\s*(,|/|and)\s*udp\s*((,|/|and)\s*icmp\s*)?(rules?|traffic|protocols?)\b",
                   r"\bpolicy drop\b[^.;]{0,40}\brules? (allowing|for) tcp\s*(,|/|and)\s*udp\b",
                   # whoever holds the firewall: "安全组的同事只肯放行 TCP 和 UDP"
                   r"(只|仅)\s*(能|可以|肯|愿意|会|让|给)?\s*((允许|支持|放行|放通|开通|开放|通过|开|放|配置?|设置?|写)\s*){1,2}了?\s*tcp(?!\s*\d)"
                   r"(?![^。；！？]{0,30}?(以及|和|及|与|跟|还有|加上|外加)[^。；！？不没]{0,15}(ip\s*协议\s*号?\s*4|ipip|ip-in-ip)(?![^。；！？]{0,8}(被|不|拦|禁|丢)))",
                   # a security group opened for the three protocols, named as what was opened: "安全组已经放开了全部 TCP/UDP/ICMP",
                   # "the security group allows all TCP, UDP and ICMP" (IP protocol 4 is none of them)
                   r"(安全组|防火墙)[^。；！？]{0,12}(放开|放行|放通|开放|允许)了?\s*(全部|所有)?(的)?\s*tcp\s*(/|、|,|，|和)\s*udp\s*(/|、|,|，|和)\s*icmp"
                   r"(?![^。；！？]{0,15}(ipip|ip-in-ip|协议\s*号?\s*4))",
                   # "安全组已经把内网 TCP/UDP 全放开了", "安全组放开了所有 TCP 和 UDP": opened by protocol, IP protocol 4 left out
                   r"(安全组|防火墙)[^。；！？]{0,12}(把|将)[^。；！？]{0,10}tcp\s*(/|、|和|及)\s*udp[^。；！？]{0,6}?(全|都|全部)?\s*(放开|放行|放通|开放|打开)"
                   r"(?![^。；！？]{0,15}(ipip|ip-in-ip|协议\s*号?\s*4))",
                   r"(安全组|防火墙)[^。；！？]{0,12}(放开|放行|放通|开放|允许)了?\s*(全部|所有)?(的)?\s*tcp\s*(/|、|和|及)\s*udp"
                   r"(?![^。；！？]{0,15}(ipip|ip-in-ip|协议\s*号?\s*4|端口|\d))",
                   r"\b(security groups?|firewalls?)\b[^.;]{0,20}\b(allows?|opens?|opened|permits?)\s+(all\s+)?tcp\s*(,|/)\s*udp\s*(,|/|and)\s*icmp\b"
                   r"(?![^.;]{0,20}\b(ipip|ip-in-ip|protocol 4)\b)",
                   # rules written per TCP/UDP port can never name IP protocol 4: "防火墙策略是按TCP/UDP端口放行的"
                   r"(按|基于|根据)\s*tcp\s*(/|、|和|或)?\s*(udp)?\s*端口", r"(按|基于|根据)\s*udp\s*(/|、|和|或)?\s*(tcp)?\s*端口",
                   r"\b(firewalls?|rules?|security groups?|acls?)\b[^.;]{0,40}\b(by|per|based on) (tcp|udp)\s*(/|and|or)?\s*(tcp|udp)? ports?\b",
                   # IP protocols other than TCP and UDP refused: "custom IP protocols are not something they'll add"
                   r"\b(custom|other|additional) ip protocols?\b[^.;!?]{0,30}\b(not|won'?t|never|no|refuse\w*|aren'?t|isn'?t)\b",
                   r"\b(won'?t|will not|never|refuse\w* to|not allowed to) (add|open|allow|permit)\b[^.;!?]{0,15}\b(custom|other) ip protocols?\b",
                   r"(其他|其它|自定义)\s*(的)?\s*ip\s*协议[^。；！？]{0,10}(不|没有|不会|不允许|不放行)",
                   r"(不给|不让|不允许|不能|不会|不肯)\s*(放|放行|开|开放|加|写)?\s*(其他|其它|自定义)\s*(的)?\s*ip\s*协议",
                   # a firewall whose rules can only name TCP and UDP: "the Robot template only has TCP and UDP rules (no other IP protocols)"
                   r"\bonly (has|have|supports?|offers?|contains?|knows?|understands?|handles?|speaks?|can (express|write|model)) tcp\s*(and|/|,|or)\s*udp"
                   r"( rules?)?\b", r"\bno other ip protocols?\b",
                   # "安全组现在只放了 TCP/UDP/ICMP", "只开了 tcp 和 udp"
                   r"(只|仅)\s*(放通|开通|放开|开放|放|开)了?\s*tcp[^。；！？]{0,12}(/|、|,|，|和)\s*udp",
                   # "安全组规范只允许按 TCP/UDP/ICMP 写规则"
                   r"(只|仅)\s*(允许|能|可以)\s*(按|用|写)?\s*tcp\s*(/|、|,|，|和)\s*udp",
                   # the rule editor itself: "安全组协议下拉框里也只有 TCP/UDP/ICMP"
                   r"(安全组|防火墙|acl|ACL)[^。；！？]{0,12}(只有|仅有|只能选|只支持)\s*tcp\s*(/|、|,|，|和)\s*udp")
# TCP alone lets no encapsulation through: VXLAN, Geneve and WireGuard ride on UDP, IP-in-IP is IP protocol 4.
_TCP_ONLY = rx(r"\b(nothing|none|no traffic|no protocol) (but|except|other than|besides) tcp\b", r"\btcp[\s-]only\b",
               # "drops anything that isn't TCP or ICMP": ICMP carries no encapsulation either
               r"\b(drops?|blocks?|denies|rejects?|filters?)\s+(anything|everything|all( traffic)?)\s+(that\s+)?(isn'?t|is not|other than|except|but)\s+"
               r"tcp( (or|and|/) icmp)?\b(?! (or|and|/) udp)",
               r"\bonly (allow|permit|pass|open|let)s?( through)? tcp\b(?!\s*\d)(?![^.;:]{0,15}\b(udp|ipip|ip-in-ip|ip protocol 4|protocol 4)\b)",
               r"\b(allows?|permits?|passes|lets)( through)? only tcp\b(?!\s*\d)(?![^.;:]{0,15}\budp\b)",
               r"\bonly tcp (is |traffic is |gets )?(allowed|permitted|let through|passed|open)\b",
               r"\bonly tcp (and|or|/) icmp (pass|passes|get through|gets through|are allowed|is allowed|are permitted|go through)\b",
               # "只放了 TCP 全部端口、UDP 全部端口和 ICMP" lets UDP through too
               r"(只|仅)\s*(能|可以|肯|愿意|会|让|给)?\s*(允许|支持|放行|放通|开通|开放|通过|开|放)了?\s*(icmp\s*(和|、|/|,|，|及|与)\s*)?tcp(?!\s*\d)(?![^。；！？]{0,12}(/|、|,|，|和|及|与|以及|跟)\s*udp)(?![^。；！？]{0,20}(/|、|,|，|和|及|与|以及|跟)\s*udp)"
               # IP-in-IP let through beside TCP: "只放行 TCP 和 IP 协议号 4（IPIP）"
               r"(?![^。；！？]{0,30}?(以及|和|及|与|跟|还有|加上|外加)[^。；！？不没]{0,15}(ip\s*协议\s*号?\s*4|ipip|ip-in-ip)(?![^。；！？]{0,8}(被|不|拦|禁|丢)))",
               r"(只有|仅有)\s*tcp\s*(能|可以)?\s*(通过|放行|出去|过)")
# UDP itself blocked: the UDP encapsulations cannot pass, IP-in-IP still may.
_NO_UDP = rx(r"\bno udp\b(?! (port|ports)\b)",
             r"\b(won'?t|will not|doesn'?t|don'?t) let (us|me|them|you|anyone) (open|use|allow) udp\b(?! (port|ports)? ?\d)",
             r"\budp (traffic )?(is |are )?(blocked|not allowed|not permitted|dropped|filtered|denied|forbidden)\b",
             r"\b(blocks?|blocked|drops?|dropped|denies|denied|forbids?|filters?) (all |any )?((inbound|incoming|ingress|outbound) )?udp\b(?! (port|ports|\d))",
             r"(不允许|禁止|不放行|不让|屏蔽了?|封了?|封掉了?)\s*(任何|所有)?\s*udp(?!\s*\d)(?!\s*端口)",
             r"(不允许|禁止|不让|不准)[^。；！？，,]{0,10}?(放通|放行|开放|通过)\s*(任何|所有)?\s*udp(?!\s*\d)(?!\s*端口)",
             r"udp\s*(流量|包|报文)?\s*(全部|都|一律)?\s*(被)?\s*(防火墙|安全组|交换机)?\s*(禁止|封|屏蔽|不通|不放行|不允许|拦|挡|丢|阻断|过滤)",
             # no UDP port at all may open: "不允许开放任何 UDP 端口", "not allowed to open any UDP ports"
             r"(不允许|禁止|不能|不让|不准)\s*([^。；！？，,]{0,10}?)(开放|开|放行|打开)\s*(任何|所有|全部)\s*(的)?\s*udp\s*端口",
             r"\b(not (allowed|permitted) to|can'?t|cannot|won'?t|may not) open any udp ports?\b", r"\bno udp ports? (at all|whatsoever)\b")
_UDP_ENCAPS = ["vxlan", "geneve", "wireguard", "udp"]
# Firewalls whose rules can only name TCP, UDP and ICMP (kb/notes/env-public-cloud.md, DigitalOcean):
# attached to the nodes, they drop IP-in-IP whatever the rules say.
_TCP_UDP_ICMP_FIREWALLS = rx(r"\b(digitalocean|digital ocean|(?-i:DO)) (cloud )?firewalls?\b",
                             r"\bdroplets?\b[^.;!?]{0,60}\bcloud firewalls?\b", r"\bcloud firewalls?\b[^.;!?]{0,60}\bdroplets?\b",
                             r"(digitalocean|droplet)[^。；！？]{0,30}云防火墙")
# none attached: "no DO Cloud Firewall attached", "without a cloud firewall", "没有挂云防火墙"
_NO_FIREWALL = rx(r"\b(no|without|not using)\s+(an?\s+|the\s+|any\s+)?((digitalocean|digital ocean|do)\s+)?(cloud\s+)?firewalls?\b",
                  r"(没有|没|未|不)(挂|绑定|启用|用)?\s*(digitalocean\s*)?云防火墙")
_NO_FIREWALL_AFTER = rx(r"\s*(is |are )?(not|isn'?t|aren'?t) (attached|used|enabled)\b")
# Encapsulated packets seen leaving one node and never arriving at the other: the network between drops them.
_NEVER_ARRIVES = rx(r"\b(leav\w*|left|go(es|ing)? out|went out|sent|send\w*|egress\w*|outgoing)\b[^.;!?]{0,60}\b(never (arriv\w*|reach\w*|"
                    r"show\w* up|make it|get through)|nothing (arrives|is received|comes in|shows up|gets through)|(is |are )?not (arriving|received)|"
                    r"(don'?t|doesn'?t|do not|does not) (arrive|reach|show up))",
                    r"(发出|发送|出去)[^。；！？]{0,25}(收不到|没有收到|没收到|没有到达|到不了|未到达)")
_VXLAN_UNSUPPORTED = rx(r"\bvxlan\b[^.;!?\n]{0,40}:\s*operation not supported\b")
# Dropping large packets is an MTU problem, not a blocked encapsulation.
_MTU_TALK = rx(r"\b(large|big|oversized|jumbo|fragment\w*|mtu|packet size|df bit)\b", r"大包|分片|mtu|MTU")


_PUNCT = re.compile(r"[,;:!?，；：！？]|\.(?=\s|$)|。|\s[-–—]\s")  # " - " separates the fields of a pasted status


def _between_punctuation(text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch around a span up to the nearest punctuation: "BGP disabled, VXLAN" keeps BGP's word to itself,
    while "can't use the vxlan backend because the module is missing" stays one stretch."""
    left = max((m.end() for m in _PUNCT.finditer(text, 0, start)), default=0)
    right = next((m.start() for m in _PUNCT.finditer(text, end)), len(text))
    return left, right


# Not wanting encapsulation rules it out as surely as a firewall: "I do not want VXLAN, I want
# native routing", "no overlay", "不想用 VXLAN".
_UNWANTED = rx(r"\b(don'?t|do not|doesn'?t|does not|never) (want|like|need) (to use |to run |an? |any )?(?P<what>vxlan|ipip|ip-in-ip|geneve|"
               r"encapsulation|overlays?|tunnel(s|ing)?)\b",
               # a wish, not a configuration someone describes ("the pool is set to no encapsulation")
               r"\b(want|need|prefer|rather|would like|looking for|aim for|can we|could we|possible to)\b[^.;!?]{0,45}\b(avoid|without|no) (any )?"
               r"(?P<what2>encapsulation|overlays?|tunnel(s|ing)?)\b", r"\bavoid (any )?(?P<what4>encapsulation|overlays?|tunnel(s|ing)?)\b",
               r"\b(rather not|prefer not to)\s+(run|use|have|add|put)\s+(an? |any )?(?P<what5>vxlan|ipip|geneve|encapsulation|overlays?|tunnel(s|ing)?)\b",
               r"不(想|要|希望)(要|用|使用)?\s*(任何|什么)?\s*(的)?\s*(?P<what3>vxlan|ipip|overlay|封装|隧道|覆盖网络)",
               # "不用" wishes only in the first person: "直接写 VPC 路由，不用封装" describes a backend
               r"(我们|我|咱们)[^，。；！？]{0,8}不用\s*(用|使用)?\s*(?P<what6>vxlan|ipip|overlay|封装|隧道|覆盖网络)",
               # a second overlay on the cloud's own, named as the problem: "big issue is double overlay", "双层封装"
               r"\b(double|nested) (overlays?|encapsulation|tunnel(s|ing)?)\b",
               r"\b(overlay|encapsulation|tunnel(ing)?) (on top of|inside|within|over) (an?(nother)?|the|its|their) (\w+ )?(overlay|encapsulation|tunnel)\b",
               r"(双层|两层|二次|重复|嵌套)\s*(overlay|封装|隧道)|(overlay|封装|隧道)\s*(套|叠加)\s*(overlay|封装|隧道)",
               # tried and given up: "IPIP 这条路基本放弃", "we gave up on VXLAN"
               r"(?P<what7>vxlan|ipip|ip-in-ip|geneve)\s*(这条路|这个方案|这种方式)?\s*(基本|已经|就|只能)?\s*(放弃|pass\s*掉)",
               r"\b(gave up on|given up on|abandoned|ruled out)\s+(the\s+)?(?P<what8>vxlan|ipip|ip-in-ip|geneve)\b",
               # banned by a rule: "the security standard forbids any tunnel encapsulation", "禁止使用任何隧道封装"
               r"\b(forbids?|forbidden|bans?|banned|prohibits?|prohibited|disallows?|not allowed to use)\s+(the use of\s+)?(any\s+|all\s+)?"
               r"(kind of\s+)?(?P<what9>encapsulation|overlays?|tunnel(s|ing)?)\b",
               r"\b(?P<what10>encapsulation|overlays?|tunnels?|tunnel(l)?ing)\s+(of any kind\s+)?(is|are)\s+(forbidden|banned|prohibited|not allowed|"
               r"not permitted|off the table)\b",
               r"(禁止|不允许|不准|不得|严禁)\s*(使用|用|走|跑|做)?\s*(任何|所有)?\s*(的)?\s*(?P<what11>vxlan|ipip|overlay|封装|隧道)",
               # a wish that ends "not through an overlay", a need that concludes "so no overlay"
               r"(想|希望|要求|需要)[^。；！？]{0,30}不走\s*(?P<what12>overlay|封装|隧道)",
               r"\b(so|hence|therefore|thus),?\s+no\s+(?P<what13>overlay|encapsulation|tunnel(s|ing)?)\b",
               r"\b(must|have to|has to|need to|needs to)\b[^.;!?]{0,80}\bno (nat\w* or |nat\w*, )?(?P<what14>tunnels|overlays?|encapsulation)\b")
# A preference, not a ban: "avoid encapsulation overhead wherever we can" still takes an overlay between racks.
_SOFT = rx(r"\b(encapsulation|overlay|tunnel\w*) (overhead|cost|penalty|tax)\b", r"\bwherever (we|you|it) can\b", r"\bwherever possible\b",
           r"\b(where|when|if|as far as|as much as) (possible|we can|it can)\b", r"\bideally\b", r"\bif we can\b", r"尽量|尽可能|最好",
           # some of the cost cut, not every tunnel banned: "double encapsulation, so I hope to reduce some overhead"
           r"\b(reduce|cut|lower|trim|shave)\s+(some|the|that|this|part of the)\s+(\w+\s+)?overhead\b", r"减少(一些|一点|部分)?\s*(开销|损耗)",
           r"\bif the (network|fabric|underlay|environment|platform) (allows|permits|lets us|supports)\b")
ALL_ENCAPS = ["ipip", "vxlan", "geneve", "wireguard", "gre", "udp"]
# "so we could drop VXLAN": what the writer would give up, not what the network drops
_AVOIDED = rx(r"\b(avoid|without|instead of|rather than|skip|save|(could|can|would|to|might|should|shall|must)( we| i)?( just| simply)? "
              r"(drop|ditch|get rid of|stop using|abandon|give up( on)?))\s+"
              r"(the\s+)?$", r"(省掉|省去|省|避免|去掉|不用|不想用|代替|替代)\s*$")
# switched off in the plugin's own settings: "Calico with IPIP and VXLAN both disabled on the pool", "IPPool 里关掉了 VXLAN"
_SETTING_OFF = rx(r"\b(disabled|turned off|switched off|set to never)\s+(on|in|for)\s+(the\s+|our\s+|all\s+|every\s+)?(default\s+)?"
                  r"(ip\s*pools?|pools?|config\w*|calico|helm|values|operator|installation|felix\w*|crds?|custom resources?)\b",
                  r"(ippool|IPPool|地址池|池|配置)\s*(里|中|上)?[^。；！？，,]{0,10}(禁用|关闭|关掉)")
_TURNED_OFF = rx(r"\b(disabled?|disabling|turned off|switched off|turn off|switch off)\s+(the\s+)?$", r"(禁用|关闭|关掉)了?\s*$")


_MOVED_OFF = rx(r"\bfrom\s+(the\s+)?$", r"从\s*$", r"(改回|换回|切回|回到)\s*$", r"\b(back|revert\w*)\s+to\s+$")
_MOVED_ON = rx(r"\s*(mode|backend|模式|后端)?\s*(to\b|改成|换成|切到|切换到|改为|换到)", r"\s*(模式|后端)?\s*(又|就)?\s*(好了|正常了|通了)",
               r"\s*(mode|backend)?\s*(and|,)?\s*(it|everything)?\s*(works?|worked|is fine)\b")


def _unwanted(m: re.Match[str]) -> list[str]:
    what = next((v for k, v in m.groupdict().items() if k.startswith("what") and v), "").lower()
    return {"ip-in-ip": ["ipip"], "ipip": ["ipip"], "vxlan": ["vxlan"], "geneve": ["geneve"]}.get(what, list(ALL_ENCAPS))


_PLUGIN_DROPS = rx(r"\b(calico|felix|cilium|flannel|antrea|weave|kube-router)\b(\s+\w+)?\s+(drops?|dropping|blocks?|rejects?)\s*(all\s+)?$")


_GUESSED = rx(r"是不是|是否|难道|会不会|\bis it (because|that)\b|\b(maybe|perhaps|possibly)\b",
              r"\b(does|do|is|are|could|can) (it|the \w+|my \w+|\w+) (not|n'?t)\b")


def read_blocked(text: str) -> list[Hit]:
    """One hit per encapsulation the text says cannot get through or is not wanted; the value is a list."""
    text = own(text)
    hits: list[Hit] = [Hit("encap_blocked", _unwanted(m), m.start(), m.end(), m.group(0)) for m in _UNWANTED.finditer(text)
                       if not _SOFT.search(text, *sentence(text, m.start(), m.end()))]
    for m in [*_ONLY_TCP_UDP.finditer(text), *_TCP_UDP_ICMP_FIREWALLS.finditer(text)]:
        if not (_NO_FIREWALL.search(text[max(0, m.start() - 12):m.end()]) or _NO_FIREWALL_AFTER.match(text, m.end())):
            hits.append(Hit("encap_blocked", ["ipip"], m.start(), m.end(), m.group(0)))
    hits += [Hit("encap_blocked", list(ALL_ENCAPS), m.start(), m.end(), m.group(0)) for m in _TCP_ONLY.finditer(text)]
    hits += [Hit("encap_blocked", list(_UDP_ENCAPS), m.start(), m.end(), m.group(0)) for m in _NO_UDP.finditer(text)]
    # the kernel's own refusal: "VXLAN init: operation not supported", "failed to add vxlan interface: operation not supported"
    hits += [Hit("encap_blocked", ["vxlan"], m.start(), m.end(), m.group(0)) for m in _VXLAN_UNSUPPORTED.finditer(text)]
    for encap, pattern in _ENCAPS.items():
        for m in pattern.finditer(text):
            left, right = _between_punctuation(text, m.start(), m.end())
            s_left, s_right = sentence(text, m.start(), m.end())
            if _TURNED_OFF.search(text[max(0, m.start() - 12):m.start()]):
                continue  # "disabled IP-in-IP tunneling": a setting of the plugin, not the network dropping it
            if _MOVED_OFF.search(text[max(0, m.start() - 8):m.start()]) and _MOVED_ON.match(text, m.end()):
                continue  # "flannel 从 vxlan 改成 host-gw 之后就不通了", "after switching from vxlan to host-gw": the mode left worked
            if _AVOIDED.search(text[max(0, m.start() - 30):m.start()]):
                continue  # "host-gw 省掉 vxlan 封包开销, 对面收不到": the encapsulation left out is not the one dropped
            if _SETTING_OFF.search(text, max(left, m.start() - 40), min(right, m.end() + 60)):
                continue
            if _GUESSED.search(text, s_left, m.start()) and text[s_left:s_right].rstrip().endswith(("?", "？")):
                continue  # "是不是树莓派不支持 vxlan？": a guess asked about, not a finding
            if _PLUGIN_DROPS.search(text, s_left, m.start()):
                continue  # "Calico unconditionally drops VXLAN packets that are not related to Calico": the plugin's own rule
            if (_BLOCKED.search(text, max(left, m.start() - 40), min(right, m.end() + 60))
                    or _NEVER_ARRIVES.search(text, s_left, s_right)) and not _MTU_TALK.search(text, s_left, s_right):
                hits.append(Hit("encap_blocked", [encap], m.start(), m.end(), m.group(0)))
    return hits
