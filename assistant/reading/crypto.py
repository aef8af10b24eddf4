"""Encryption of pod traffic between nodes: wanted, refused, or already done by the underlay (a VPN, the sites' firewalls);
and which protocol a security policy allows: "IPsec only: WireGuard isn't on the approved list", "只能用 IPsec". Plugins
that encrypt only with the other one do not meet it."""

from __future__ import annotations

from assistant.reading.spans import Rule
from assistant.reading.spans import need as _need
from assistant.reading.spans import rule as _r

# (one of two weighed is no policy: "do I need to use IPSec/WireGuard?")
_OTHER = r"(?!\s*(/|or\b|and\b|,)\s*(ipsec|wireguard))"
_IPSEC_ONLY = (r"\bipsec[\s-]only\b", r"\bonly (with |via |using |over |through )?(ipsec|ike/esp|esp)\b" + _OTHER,
               # "the only thing on the approved crypto list is IPsec"
               r"\bonly (thing|protocol|option|one|crypto|encryption)\b[^.;!?]{0,40}\b(is|are)\s+ipsec\b" + _OTHER,
               r"(?<!do i )(?<!do we )\b(must|has to|have to|needs? to) (be|use) ipsec\b" + _OTHER,
               # the other one refused by name: "WireGuard isn't on it (the approved list)", "WireGuard is not allowed"
               r"\bwireguard (still |yet |currently |also )?(is not|isn'?t|was not|wasn'?t|is never|is explicitly not|is expressly not|is specifically not) "
               r"(still |yet )?"
               r"(on (it|(the|our|their|its|my)( \w+){0,2} list)|approved|allowed|permitted|"
               r"accepted|an option|compliant)\b", r"\b(no|not) wireguard\b(?! (module|package|kernel))",
               # "WireGuard didn't make our approved crypto list"
               r"\bwireguard (didn'?t|did not|doesn'?t|does not|failed to) (make|get onto|get on|pass|clear) (it onto )?(the|our|their)( \w+){0,2} "
               r"(list|review|audit)\b",
               # "Security mandates that pod traffic between nodes be encrypted with IPsec"
               r"\b(mandat\w*|requir\w*|must)\b[^.;!?]{0,60}\b(encrypted|encryption) (with|using|via|by|over) ipsec\b" + _OTHER,
               r"(只能|只允许|必须|仅允许|仅能|只认|只接受)\s*(用|使用|是)?\s*ipsec", r"(不允许|不能|不让|禁止)\s*(用|使用)?\s*wireguard",
               r"wireguard\s*(不在|不符合|没在|未通过|不被允许|没过|没通过)")
_WIREGUARD_ONLY = (r"\bwireguard[\s-]only\b", r"\bonly wireguard\b" + _OTHER,
                   r"\bmandatory wireguard\b|\bwireguard (is |be )?mandatory\b",
                   r"(?<!do i )(?<!do we )\b(must|has to|have to|needs? to) (be|use) wireguard\b" + _OTHER,
                   r"(只能|只允许|必须|仅允许)\s*(用|使用|是)?\s*wireguard")

# FIPS-validated crypto leaves IPsec: WireGuard's algorithms are not approved (topic-encryption). It says which protocol, not
# that pod traffic must be encrypted at all.
_FIPS = (r"\bfips\b(?![\s-]*(compliant|approved|validated)? ?(tls|etcd|ssh|go|golang|toolchains?|builds?|images?))",)

CRYPTO: tuple[Rule, ...] = (
    # A VPN the nodes already reach each other over is their underlay, not a wish to encrypt pod traffic;
    # a WireGuard backend that is configured ("--flannel-backend=wireguard-native") names the plugin in use.
    # a status or config field: "Encryption: disabled", "encryption=false"
    _r("encryption", False, r"\bencryption\s*[:=]\s*[\"']?(disabled|off|false|no|none)\b",
       # refused outright, even beside the VPN that already encrypts: "上面已经有 IPsec VPN，集群内不需要再额外加密"
       r"(不需要|不用|无需|没必要|不必)\s*(再)?\s*(额外|另外|单独)?\s*(的)?\s*加密",
       # the plugin told not to add a layer: "不需要 CNI 再加一层加密"
       r"(不需要|不用|无需|没必要|不必)\s*([\w-]{1,12}|插件|网络插件)?\s*(再)?\s*(额外|另外)?\s*(加|做)\s*(一层|一次)?\s*(的)?\s*加密",
       r"\b(no need (for|to)|(don'?t|do not) need( to)?)\s+(any |extra |additional |further |separate )?encrypt(ion|ing)?\b", negatable=False, rank=1),
    _need("encryption", r"\bencrypt(ion|ed|ing|s)?\b",
          # "How can we secure VXLAN on a bare metal provider?": the tunnel's traffic protected, not the port closed
          r"\bsecur(e|ing) (the |our )?(vxlan|geneve|overlay|tunnels?|pod traffic|pod-to-pod traffic|node-to-node traffic)\b"
          r"(?!\s+(ports?|endpoints?)\b)(?![^.;!?]{0,20}\bfirewall)", r"(?<![=:])(?<!backend )(?<!backend: )\bwireguard\b(?![\s-]*(native|backend))",
          # a gateway to run or not is infrastructure: "不想再单独维护一套 IPsec 网关" says nothing of encryption
          r"\bipsec\b(?!\s*(gateways?|网关|appliances?|boxes|routers?))", r"\bin[\s-]transit\b",
          r"\bmtls\b", r"\bmacsec\b", r"加密",
          # traffic between nodes secured: "how is flannel securing the communication between nodes?"
          r"\bsecur(e|es|ed|ing)\s+(the\s+|our\s+|all\s+)?(pod\s+|node\s+|inter-node\s+|cross-node\s+)?(traffic|communication|packets|"
          r"connections?|links?)\b(?=[^.;!?]{0,30}\b(between|across|among|over|from|to)\b)",
          unless=r"\b(connected|linked|joined|meshed|reachable|talk|communicate)\b[^.;!?]{0,20}\b(with|via|over|through|by) (an? |our |the )?"
                 r"(wireguard|ipsec|vpn|tailscale|zerotier)\b(?! (backend|encryption))|\b(wireguard|ipsec)( site[\s-]to[\s-]site)? vpns?\b|"
                 # the underlay or a tool's parts, not a wish: "a wireguard based overlay network", "the wireguard ip of my node"
                 r"\b(wireguard|ipsec)[\s-]based (overlay|network|vpn|underlay)\b|\bwireguard (endpoints?|interfaces?|ips?|peers?|ports?)\b|"
                 # the sites' devices run the tunnel: "两端防火墙又做了 IPsec 隧道", "the firewalls run an IPsec tunnel between the DCs"
                 r"(防火墙|路由器|网关|两端|两边|firewalls?|routers?|gateways?)[^。；！？.;!?]{0,12}(做了|跑了|建了|起了|打了|搭了|配了|\brun|\bterminat\w+|"
                 r"\bbuil[dt]\w*)\s*(an?\s+)?ipsec|ipsec\s*(隧道|vpn)?\s*(打通|互联|连通|连起来)|"
                 r"\b(made|makes) no difference\b|\bencryption\.[\w.]+\s*[:=]\s*[\"']?false\b"),  # tried to no effect, a helm key off
    # Plaintext refused, or found with dismay ("flannel vxlan across the internet, which I just realised is plaintext"), is encryption wanted
    _r("encryption", True, r"\b(which|it|traffic|this) (i|we) (just )?(realis|realiz|notic|discover)\w* (is|was|are|were|goes|went) (all )?"
       r"(plain[\s-]?text|unencrypted|in the clear)\b", r"\b(in |as )?(plain[\s-]?text|clear[\s-]?text|unencrypted)\b[^.;!?]{0,20}\b(is |isn'?t |not )?"
       r"(unacceptable|not (ok|okay|acceptable|allowed)|forbidden|a no[\s-]go)\b",
       r"\b(don'?t|do not|never|can'?t|cannot|must not|mustn'?t|shouldn'?t|not allowed to|may not|"
       r"nothing (may|can|must|should|is allowed to) (cross|travel|leave|go|pass|be sent|traverse|flow|transit)|"
       # "no pod traffic crosses the internet in cleartext"
       r"no (pod |node |east[\s-]west |inter-node |cross-node )?(traffic|packets|data|connections?))\b[^.;!?]{0,60}\b(in )?(plain[\s-]?text|"
       r"clear[\s-]?text|unencrypted)\b", r"\bno (plain[\s-]?text|clear[\s-]?text|unencrypted) (traffic|pod traffic|packets)\b",
       r"(不能|不允许|禁止|不可以|不要|不想|不希望|不愿意?|别)[^。；！？]{0,20}明文", r"明文[^。；！？]{0,10}(不允许|不行|不可以|禁止)", negatable=False),
    # a requirement outranks the state it changes: "from Q2 all pod traffic must be encrypted ... currently Calico VXLAN with no encryption"
    _r("encryption", True, r"\b(must|has to|have to|needs? to|shall|will have to|is required to|are required to) be encrypted\b",
       r"(必须|务必|一定要|需要|要求)\s*(全部|全都|都)?\s*加密", rank=1),
    _r("encryption_protocol", "ipsec", *_FIPS, negatable=False, rank=-1),
    _r("encryption_protocol", "ipsec", *_IPSEC_ONLY, negatable=False),
    _r("encryption_protocol", "wireguard", *_WIREGUARD_ONLY, negatable=False),
    # a protocol required is encryption required
    _r("encryption", True, *_IPSEC_ONLY, *_WIREGUARD_ONLY, negatable=False),
)
