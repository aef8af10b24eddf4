"""Exact identifiers in a question: the words a document must contain verbatim to be the answer.

A user asking about `--bpf-policy-map-max`, `EVENT_QUEUE_DEPTH`, `vlanQoS`,
`k8s.ovn.org/egress-assignable`, `/etc/cni/net.d` or "port 8472" wants the one passage that
spells it, not passages about the same topic in other words; embeddings blur such tokens and
bm25 over single words splits them apart.
"""

from __future__ import annotations

import re

_PATTERNS = [  # case matters: camelCase is only camelCase when the capitals are where they are
    r"(?<![\w-])--?[a-z][a-z0-9]*(?:-[a-z0-9]+)+",  # flags: --foo-bar, -max-pods
    r"(?<![\w/.])/(?:[\w.\-]+/)*[\w.\-]*[a-z][\w.\-]*",  # paths: /etc/cni/net.d, /healthz
    r"\b(?i:[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)+(?:/[a-z0-9\-.]+)*)",  # dotted keys, domains, versions
    r"\b[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+\b",  # snake_case and ENV_VARS
    r"\b[a-z]+[A-Z][A-Za-z0-9]*\b",  # camelCase
    r"\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+\b",  # PascalCase kinds and fields: RestartTime
    r"\b[A-Z]{2,}[a-z]+[A-Za-z0-9]*\b",  # an acronym first: BGPPeer, IPsec
    r"\b[a-z][a-z0-9]*(?:-[a-z0-9]+)+\b",  # kebab-case names: host-gw, kube-controller-manager
    r"\b\d+(?:\.\d+)?\s?(?i:ms|s|m|h|k|ki|mi|gi|kb|mb|gb|mib|gib|bytes?|%)(?![A-Za-z])",  # numbers with units
    r"\b\d{2,}\b",  # numbers that say something alone: ports, sizes, counts
]
_IDENT = re.compile("|".join(f"(?:{p})" for p in _PATTERNS))
# A dotted match that is only a sentence end or an abbreviation is not a key.
_TRIVIAL = re.compile(r"^(?i:e\.g|i\.e|etc|vs)\.?$")


def identifiers(text: str) -> list[str]:
    """Identifier-like tokens of `text`, in order, without duplicates."""
    found: dict[str, None] = {}
    for m in _IDENT.finditer(text):
        token = m.group(0).strip().rstrip(".-/")
        if len(token) >= 2 and not _TRIVIAL.match(token):
            found.setdefault(token, None)
    return list(found)
