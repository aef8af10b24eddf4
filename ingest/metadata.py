"""Per-file metadata: display path, plugins, source URL, language."""

from __future__ import annotations

import csv
import functools
import re
from pathlib import Path

# Upstream repository directory (as laid out in the corpus) -> plugin id of the catalog.
REPO_PLUGINS = {
    "flannel-io__flannel": "flannel",
    "projectcalico__calico": "calico",
    "tigera__docs": "calico",
    "cilium__cilium": "cilium",
    "weaveworks__weave": "weave",
    "aws__amazon-vpc-cni-k8s": "aws-vpc-cni",
    "AliyunContainerService__terway": "terway",
    "k8snetworkplumbingwg__sriov-cni": "sriov",
    "k8snetworkplumbingwg__multus-cni": "multus",
    "cloudnativelabs__kube-router": "kube-router",
    "antrea-io__antrea": "antrea",
    "ovn-org__ovn-kubernetes": "ovn-kubernetes",
}
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")


def display_source(path: Path, root: Path, repo_root: Path) -> str:
    """`kb/notes/x.md` for files in the repo, else relative to the ingested root's parent."""
    for base in (repo_root, root.parent):
        if path.is_relative_to(base):
            return path.relative_to(base).as_posix()
    return path.name


def infer_plugins(path: Path, root: Path, front: dict) -> list[str]:
    given = front.get("plugins")
    if given:
        items = given if isinstance(given, list) else str(given).split(",")
        return sorted({str(p).strip() for p in items if str(p).strip()})
    parts = path.relative_to(root.parent).parts if path.is_relative_to(root.parent) else path.parts
    return sorted({REPO_PLUGINS[p] for p in parts if p in REPO_PLUGINS})


@functools.lru_cache(maxsize=16)
def _manifest(root: Path, mtime: float) -> dict[str, str]:
    with open(root / "MANIFEST.tsv", encoding="utf-8", newline="") as fh:
        return {row["local_path"]: row.get("url", "") for row in csv.DictReader(fh, delimiter="\t")}


def source_url(path: Path, root: Path, front: dict) -> str:
    sources = front.get("sources")
    if isinstance(sources, list) and sources:
        urls = [str(s.get("url", "") if isinstance(s, dict) else s) for s in sources]
        # Prefer a link a reader can open over a "seed:" reference to the user's notes.
        return next((u for u in urls if u.startswith(("http://", "https://"))), urls[0])
    if isinstance(sources, str) or front.get("url"):
        return str(front.get("url") or sources)
    # The mapping sits at the ingested root, or one up when a single repo of a corpus is ingested.
    for base in (root, root.parent):
        manifest = base / "MANIFEST.tsv"
        if manifest.is_file() and path.is_relative_to(base):
            return _manifest(base, manifest.stat().st_mtime).get(path.relative_to(base).as_posix(), "")
    return ""


def detect_lang(text: str, front: dict) -> str:
    if front.get("lang"):
        return str(front["lang"])
    cjk = len(_CJK.findall(text))
    # Chinese notes are full of latin product names, so a modest CJK share already means zh.
    return "zh" if cjk and cjk / (cjk + len(_LATIN.findall(text)) / 4) > 0.3 else "en"
