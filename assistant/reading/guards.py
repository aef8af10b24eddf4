"""The guards a cloud or hypervisor puts on a VM's port: anti-spoofing and port security (switched off or kept on), and
the virtual switch's settings for MACs it did not assign (what macvlan pods need). `ANTI_SPOOFING` reads L2 adjacency
from the guards (topology.py takes it in), `MAC_FILTERING` reads `mac_filtering`."""

from __future__ import annotations

from assistant.reading.spans import rule

# NSX's SpoofGuard binds each VM port to its own IP and MAC as well
GUARDS = r"(anti[\s-]?spoof\w*|spoof[\s-]?guard|port[\s_-]?security(?:[_-]enabled)?|ip[\s/-]*(and[\s-]+)?mac[\s-]+(binding|bound|pinning))"
# the setting in a table or a config: "port_security_enabled | False", "port_security_enabled: false"
GUARD_OFF = (rf"\b{GUARDS}\b\s*(is |was |has been |are |were )?(disabled|off|turned off|switched off|not enabled|removed)\b|"
             rf"\b{GUARDS}\b\s*[|:=]\s*false\b|"
             rf"\b(disabl\w+|turn\w* off|switch\w* off|without|no|remov\w+)\s+(the\s+)?{GUARDS}\b|"
             r"(关闭|禁用|去掉|关掉)了?\s*(端口安全|port[\s_-]?security)|(端口安全|port[\s_-]?security)\s*(已|已经)?\s*(关闭|禁用|关掉了)")
# A guard the cloud team refuses to switch off stays on: "they refuse to add allowed-address-pairs or disable port security",
# "our baseline forbids disabling the EC2 source/destination check"
GUARD_KEPT = (rf"\b(refus\w*|won'?t|will not|not allowed to|can'?t|cannot|declin\w*|unwilling to|no way to|said no to|vetoed|rejected|"
              rf"forbids?|forbidden|prohibits?|prohibited)\b[^.;!?]{{0,70}}"
              rf"\b(disabl\w+|turn\w* off|switch\w* off|remov\w+|(turn|switch)\w*(?=\s+(the\s+)?{GUARDS}\s+off\b))\s+(the\s+)?"
              rf"(?:{GUARDS}|(ec2 |aws )?source[\s/-]*dest(ination)?[\s-]*checks?)|"
              # "no disabling port security", "port security and security groups are mandatory"
              rf"\b(no|never)\s+(disabl\w+|turn\w* off|switch\w* off|remov\w+)\s+(the\s+)?{GUARDS}|"
              rf"\b{GUARDS}\b[^.;!?]{{0,30}}\b(is|are|stays?|remains?)\s+(mandatory|required|enforced|compulsory|always on|non-negotiable)\b|"
              # "ECS 网卡默认开着源/目的检查，云管那边也不给关"
              r"(源\s*/?\s*目的(地址)?\s*检查|源地址检查|端口安全)[^。；！？]{0,20}(不给关|不让关|不能关|关不了|关不掉|不允许关|必须开|不同意关)")
# The virtual switch's settings for MACs it did not assign (misspelt "promocious" included).
MAC_POLICY = r"(prom[a-z]{2,6}ous( mode)?|forged transmits|mac (address )?(changes|learning|spoofing))"
# Hyper-V's "Enable MAC address spoofing", often shortened: "Spoofing is enabled" (not OpenStack's anti-spoofing)
# a physical switch's port security capping the MACs a port may learn: "a maximum of 2 MAC addresses per port", "每个口只允许学一个 MAC"
MAC_CAP = (r"\b(max(imum)?( of)?|limit(ed)? (of|to)|at most|only)\s+(\d|one|two|three)\s+mac(\s+address(es)?)?\s+"
           r"(per|on each|on a|for each)\s+(switch\s*)?port\b|"
           r"(每个?\s*(交换机)?端?口|端口)[^，。；]{0,10}(最多|只能|只允许)[^，。；]{0,6}(\d|一|两|二|三)\s*个\s*mac")
SPOOFING_ON = r"(?<!anti-)(?<!anti )\bspoofing\b\s*(is |was )?(enabled|on|allowed)\b"

MAC_FILTERING = (
    # A virtual switch that refuses extra MACs (promiscuous mode, forged transmits, MAC changes or spoofing off)
    # drops pods that bring MACs of their own (macvlan). Routed pod traffic still leaves with the node's MAC.
    rule("mac_filtering", True,
         # "Neutron port security drops any MAC it didn't assign"
         r"\b(drops?|rejects?|blocks?|filters?)\b[^.;!?]{0,12}\b(any|all|every|unknown|foreign)\s+(mac|frames?)\b[^.;!?]{0,20}"
         r"\b(did ?n[o']t|does ?n[o']t|never) (assign|know|learn)",
         rf"\b(refus\w*|won'?t|will not|not (allowed|permitted|enabled)|disabled?|disallow\w*|without|no|can'?t|cannot|rejects?|blocks?|"
         rf"forbids?|forbidden|prohibits?|prohibited|bans?|banned|denies|strict( about| on| for)?)\b[^.;!?]{{0,40}}\b{MAC_POLICY}\b",
         rf"\b{MAC_POLICY}\b[^.;!?]{{0,25}}\b(disabled|off|reject(ed)?|not allowed|refused|blocked|forbidden)\b",
         r"(不允许|不让|不开|没开|禁止|关闭了?|不能开|拒绝|不同意|不批准)[^，。；]{0,12}(混杂模式|伪传输|forged transmits|MAC\s*(地址)?(学习|更改|欺骗))",
         r"\bmac[\s-]?filter\w*\b[^.;!?]{0,12}\b(on|enabled|active)\b", r"\bwith mac[\s-]?filter(ing)? (on|enabled)\b",
         r"\b(enabled?|turned on|activated|switched on)\b[^.;!?]{0,20}\bmac[\s-]?filter", r"\bonly (allows?|accepts?|lets?|permits?|passes)\b"
         r"[^.;!?]{0,25}\b(its|their|the vm'?s?|each vm'?s?|the node'?s?) own mac",
         # "Proxmox 防火墙给每台 VM 都开着 MAC filter（只允许 VM 自己的 MAC 发包）"
         r"(开着|开了|开启了?|打开了?|启用了?)[^，。；]{0,6}mac\s*(filter|过滤)", r"mac\s*(filter|过滤)[^，。；]{0,6}(开着|开启|打开|启用|已开)",
         r"只(允许|让|放行)[^，。；]{0,15}(自己|本身|自身)的?\s*mac",
         r"(混杂模式|伪传输|forged transmits|MAC\s*(地址)?(学习|更改|欺骗))[^，。；]{0,15}(被|都被|已被|是)?\s*[^，。；]{0,8}"
         r"(禁止|禁用|关闭|不允许|拒绝|不能开|不能打开|不让开|不给开|没开|不开|关的|关着)",
         # the switch's security settings kept as they are: "the VMware admins won't relax the port group security settings"
         r"\b(won'?t|will not|refuse to|can'?t|cannot|not allowed to)\s+(relax|loosen|change|open up|touch|modify|adjust)\b[^.;!?]{0,30}"
         r"\b(port ?groups?|v?switch(es)?|vds|distributed switch)('s)?\s+(security|policy|policies)",
         r"(不肯|不愿意?|不同意|不会|不能|不让|不给)\s*(放开|修改|改|调整|动|放宽)[^，。；]{0,8}(端口组|vSwitch|虚拟交换机|交换机)[^，。；]{0,4}的?\s*(安全策略|安全设置|安全)",
         # kept off by a rule, an aside between: "MAC 地址欺骗（MAC address spoofing）必须保持关闭"
         r"(混杂模式|伪传输|MAC\s*(地址)?(学习|更改|欺骗))\s*[（(][^）)]{0,40}[）)]\s*(必须|要求|需要|得|要)?\s*(保持)?\s*(关闭|禁用|禁止|关着|不开)",
         # the settings someone else owns and will not change: "混杂模式、伪传输这些安全策略归 VMware 组管，他们说不会改"
         r"(混杂模式|伪传输|MAC\s*(地址)?(学习|更改|欺骗))[^。；！？]{0,40}(不会改|不肯改|不给改|不让改|不能改|改不了|没法改|不同意改|不会调整|不会放开|不给开)",
         # the vSphere setting's own value: "混杂模式 Reject、MAC 地址更改 Reject"
         r"(混杂模式|伪传输|MAC\s*(地址)?(学习|更改|欺骗))\s*[:：]?\s*(?-i:Reject)\b",
         # a physical switch's port security capping the MACs a port may learn: "a maximum of 2 MAC addresses per port"
         MAC_CAP,
         # a Wi-Fi link, which most wireless cards will not lend to macvlan: "reach the OT network only over Wi-Fi (wlan0)"
         r"\b(only|just)\b[^.;!?]{0,25}\b(over|via|through|on) (the )?(wi-?fi|wireless|wlan\d*)\b", r"\bmacvlan\b[^.;!?]{0,30}\bon (wlan\d*|wi-?fi)\b",
         r"(只能|只有|只靠)\s*(走|通过|用|连)?\s*(wifi|wi-fi|无线)", negatable=False, rank=1),
    # a vSphere switch's security left at its defaults, which reject forged transmits on distributed switches: "vSwitch 安全策略没动过，都是默认值"
    rule("mac_filtering", True,
         r"(vswitch|端口组|port ?group|虚拟交换机|vds)[^。；！？]{0,6}(安全策略|安全设置|security)[^。；！？]{0,12}(没动过|没改过|默认|default)",
         r"\b(default|untouched|unchanged|stock) (vswitch |port ?group |vds )?security (settings|policy|policies)\b",
         context=r"vmware|vsphere|esxi|vcenter|\bvds\b", negatable=False),
    rule("mac_filtering", False,
         r"(混杂模式|伪传输)[^，。；]{0,6}(全部允许|允许|开启|打开|已开)", r"(开启|打开|允许)了?\s*(混杂模式|伪传输)",
         rf"\b(enabled?|allow\w*|accept\w*|turned on)\b[^.;!?]{{0,25}}\b{MAC_POLICY}\b",
         # ("forged transmits on every port group" places the setting, it does not switch it on)
         rf"\b{MAC_POLICY}\b[^.;!?]{{0,20}}\b(is |are |be |been )?(set to )?(enabled?|on(?!\s+(every|each|all|the|our|any|an?|its|their|this|that|"
         rf"these|those|port|v?switch|hosts?)\b)|accept(ed)?|allowed)\b", SPOOFING_ON, GUARD_OFF,
         negatable=False, unless=GUARD_KEPT),  # port security off lets pods' own addresses through
)

# Pods behind cloud security groups of their own: "the pods in the payments namespace sit behind their own AWS security groups",
# "security groups for pods", "部分 pod 要绑定单独的安全组"; not a node's group ("open UDP 4789 in the nodes' security group")
POD_SECURITY_GROUPS = (
    rule("pod_security_groups", True,
         r"\bsecurity[\s-]groups?[\s-](for|per)[\s-](pods?|individual pods)\b", r"\bper[\s-]pod (aws |cloud |ec2 )?(security[\s-]groups?|sgs?)\b",
         r"\b(pods?|services|workloads|deployments)\b[^.;!?]{0,60}\b(their|its) own (aws |cloud |ec2 |vpc )?(security[\s-]groups?|sgs?)\b",
         r"\b(security[\s-]groups?|sgs?) of (their|its) own\b", r"\bENABLE_POD_ENI\b", r"\bSecurityGroupPolicy\b",
         r"\b(security[\s-]groups?|sgs?)\b[^.;!?]{0,25}\b(on|to|for) (individual|specific|certain|some|selected|chosen) pods\b",
         r"\bgranularity of the pod\b", r"\bpods? with (their own |own |dedicated |separate )?security[\s-]groups?\b",
         r"(pod|Pod|POD|容器)[^。；！？]{0,15}(单独|独立|自己的?|各自|专属)[^。；！？]{0,6}(绑定?|挂|配置?|设置?|使用|用)?[^。；！？]{0,4}安全组",
         r"安全组[^。；！？]{0,10}(细化|精确|精细)?(到|按)\s*(pod|Pod|POD|容器)", r"(pod|Pod|POD|容器)\s*(级别?|粒度)\s*的?\s*安全组",
         r"(给|为)\s*(pod|Pod|POD|容器)\s*(单独)?\s*(绑定?|挂|配置?|设置?)\s*安全组", negatable=False),
)


ANTI_SPOOFING = (
    # Anti-spoofing on the virtual network (OpenStack port security, IP-MAC binding, ARP-spoofing guards)
    # delivers only each VM's own addresses: pod addresses routed without encapsulation are dropped, as
    # between L2 segments. "Port security disabled" gives them back; a physical switch's MAC cap is mac_filtering.
    rule("l2_adjacent", False, r"\bport[\s_-]?security(?:[_-]enabled)?\b",
         r"\banti[\s-]?spoof\w*", r"\bip[\s/-]*(and[\s-]+)?mac[\s-]+(binding|bound|pinning)\b",
         r"\b(arp|ip|mac)[\s-]spoof\w*[\s-](protection|prevention|filter\w*|guard)\b",
         r"(ip|IP)\s*[-/和与]?\s*(mac|MAC)\s*(地址)?\s*(都|全)?\s*(绑定|绑死)|(mac|MAC)\s*(地址)?\s*[(（]?\s*(mac|MAC)?\s*[-/和与]\s*(ip|IP)\s*[)）]?\s*(都|全)?\s*(绑定|绑死)",
         r"防\s*(ARP|arp|IP|ip|MAC|mac)?\s*欺骗", r"端口安全",
         r"\bspoof[\s-]?guard\b", r"\bip[\s-]?filter\b|\bonly (contains|holds|has|lists|allows) the vm'?s own (address|ip)",
         unless=r"\bpods?\b[^.;!?]{0,30}\b(own|separate) macs?\b|" + GUARD_OFF + "|" + MAC_CAP, rank=1, negatable=False),
    # Only a guard switched off gives them back: "the ops team won't touch port security" leaves it on.
    # "Disabling the port security does allow native routing" says what would happen, not what was done
    rule("l2_adjacent", True, GUARD_OFF, negatable=False, rank=1, unless=GUARD_KEPT + r"|\b(disabling|turning off|switching off)\b"
         r"[^.;!?]{0,50}\b(does|would|will|could|can|might|should)\s+(allow|let|make|enable|fix|solve)\b"),
    rule("l2_adjacent", False, GUARD_KEPT, negatable=False, rank=2),
)
