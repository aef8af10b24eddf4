"""Which encryption protocol a security policy allows: "IPsec only: WireGuard isn't on the approved list",
"只能用 IPsec". Plugins that encrypt only with the other one do not meet it."""

from __future__ import annotations

from assistant.reading.spans import Rule
from assistant.reading.spans import rule as _r

# (one of two weighed is no policy: "do I need to use IPSec/WireGuard?")
_OTHER = r"(?!\s*(/|or\b|and\b|,)\s*(ipsec|wireguard))"
_IPSEC_ONLY = (r"\bipsec[\s-]only\b", r"\bonly (ipsec|ike/esp|esp)\b" + _OTHER,
               r"(?<!do i )(?<!do we )\b(must|has to|have to|needs? to) (be|use) ipsec\b" + _OTHER,
               # the other one refused by name: "WireGuard isn't on it (the approved list)", "WireGuard is not allowed"
               r"\bwireguard (is not|isn'?t|was not|wasn'?t|is never) (on (it|the( \w+){0,2} list|our( \w+){0,2} list)|approved|allowed|permitted|"
               r"accepted|an option|compliant)\b", r"\b(no|not) wireguard\b(?! (module|package|kernel))",
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
    _r("encryption_protocol", "ipsec", *_FIPS, negatable=False, rank=-1),
    _r("encryption_protocol", "ipsec", *_IPSEC_ONLY, negatable=False),
    _r("encryption_protocol", "wireguard", *_WIREGUARD_ONLY, negatable=False),
    # a protocol required is encryption required
    _r("encryption", True, *_IPSEC_ONLY, *_WIREGUARD_ONLY, negatable=False),
)
