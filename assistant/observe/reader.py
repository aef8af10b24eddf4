"""read_evidence: pasted command output in, observed profile facts out. Pure: no network, nothing is executed."""

from __future__ import annotations

from assistant.observe import addr, adjacency, derive_nic, derive_platform, derive_plugin, derive_system, knodes, neigh, route, sriov, system, workloads
from assistant.observe import members as members_mod
from assistant.observe.findings import Findings
from assistant.observe.models import Observation
from assistant.observe.records import Parsed
from assistant.observe.segment import split_text
from assistant.observe.text import check_size, clean_lines, decode

UNNAMED = "the pasted host"
PARSERS = (neigh.parse, addr.parse, route.parse, knodes.parse, system.parse, sriov.parse, workloads.parse)
MAX_SHOWN = 3


def read_evidence(texts: list[str | bytes] | str, *, max_bytes: int = 256_000) -> Observation:
    """Read pasted outputs of `arp`, `ip`, `ifconfig`, `route`, `kubectl`, `uname`, os-release, `ethtool`, `lspci`.

    Several outputs may be concatenated in any order, with or without shell prompts. Hosts are told apart by
    prompts (`[root@node1 ~]#`, `user@node1:~$`) or `# host: NAME` lines. Raises BadInput for binary or oversized input.
    """
    if isinstance(texts, (str, bytes)):
        texts = [texts]
    check_size(texts, max_bytes)
    decoded = [decode(t, n, len(texts)) for n, t in enumerate(texts, 1)]
    blocks = [b for n, t in enumerate(decoded, 1) for b in split_text(clean_lines(t), n)]
    parsed = Parsed()
    for block in blocks:
        for parse in PARSERS:
            parse(block, block.host or UNNAMED, parsed)
    findings = Findings()
    parsed.ifaces, clashes = addr.merge(parsed.ifaces)
    members = members_mod.build(parsed, UNNAMED)
    derive_system.derive(parsed, members, findings)
    derive_nic.derive(parsed, findings, clashes)
    derive_platform.derive(parsed, members, findings)
    derive_plugin.derive(parsed, findings)
    adjacency.derive(parsed, members, findings)
    _notices(parsed, decoded, findings)
    return Observation(
        facts=findings.facts, formats=parsed.formats, hosts=len(parsed.host_names()),
        conflicts=[en for en, _ in findings.conflicts], conflicts_zh=[zh for _, zh in findings.conflicts],
        notices=[en for en, _ in findings.notices], notices_zh=[zh for _, zh in findings.notices],
    )


def _notices(parsed: Parsed, texts: list[str], findings: Findings) -> None:
    hosts = parsed.host_names()
    if UNNAMED in hosts:
        if len(hosts) == 1:
            findings.notice("No host could be told apart (no prompt like `[root@node1 ~]#` and no `# host: NAME` line), "
                            "so the paste is read as one host.",
                            "无法区分主机（没有 `[root@node1 ~]#` 这样的提示符，也没有 `# host: 名称` 行），整段内容按一台主机读取。")
        else:
            findings.notice("Some output names no host; it is read as one more host.",
                            "部分输出没有标明主机，按另一台主机读取。")
    for fmt, lines in parsed.unreadable.items():
        shown = "; ".join(f"'{line.strip()[:80]}'" for line in lines[:MAX_SHOWN])
        n = len(lines)
        findings.notice(f"{fmt}: {n} line{'s' if n != 1 else ''} could not be read (cut off?): {shown}.",
                        f"{fmt}：有 {n} 行无法读取（可能被截断）：{shown}。")
    if not parsed.formats and any(t.strip() for t in texts):
        findings.notice("No command output was recognised: paste what the commands of `cni-advisor collect` print.",
                        "没有识别出任何命令输出：请贴出 `cni-advisor collect` 列出的命令的输出。")
