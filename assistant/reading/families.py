"""Address families said in passing: "IPv4 only" of the cluster, or of one option."""

from __future__ import annotations

# "IPv4 only" in its phrasings: no IPv6, and so a single stack. "I can reach the service by IPv4 only"
# is a symptom, not the cluster's family.
IPV4_ONLY = (r"(?<!\bby )(?<!\bvia )(?<!\bover )(?<!\bthrough )(?<!\bwith )\bipv4[\s-]only\b",
             r"\b(we|i) (just |only )?(use|need|run|want) (an? )?(only )?ipv4\b(?! and)",
             r"\b(we|i|our cluster|the cluster|our nodes|the nodes) (\w+ ){0,2}only ipv4\b",
             r"仅\s*(使用|用|需要)?\s*ipv4", r"只(用|需要|要|使用|跑|走|开)?\s*ipv4")

# an option's own limit, not the cluster's family: "--iface-regex also seems to be IPv4 only"
A_TOOLS_LIMIT = r"(--[\w-]+|\b(option|flag|arg|argument|parameter|setting|annotation|field)s?\b)[^.;!?]{0,30}\bipv4[\s-]only\b"
