"""Splitting a paste into blocks (one command's output on one host) using prompts and `# host:` headers."""

from __future__ import annotations

import re

from assistant.observe.records import Block

HOST_HEADER = re.compile(r"^\s*#+\s*(?:host|node|主机|节点)\s*[:：=]\s*(?P<host>[\w.-]+)\s*$", re.I)
PROMPTS = [
    re.compile(r"^\s*\[(?P<user>[\w.-]+)@(?P<host>[\w.-]+)(?:\s+[^\]]*)?\]\s*[#$]\s?(?P<cmd>.*)$"),  # [root@node1 ~]# cmd
    re.compile(r"^\s*(?P<user>[\w.-]+)@(?P<host>[\w.-]+):[^\s#$]*\s*[#$]\s?(?P<cmd>.*)$"),  # user@node1:~$ cmd
    re.compile(r"^\s*(?P<host>[\w.-]+)(?::[^\s#$%>]*)?\s*[#$]\s+(?P<cmd>(?:sudo\s+)?(?:arp|ip|ifconfig|route|kubectl|uname|cat|ethtool|lspci|hostnamectl|systemd-detect-virt|lsb_release|netstat)\b.*)$"),
]
# `$ cmd` and `# cmd`; a bare `#` line is a comment unless a known command follows.
BARE_DOLLAR = re.compile(r"^\s*(?:\(\S+\)\s*)?\$\s+(?P<cmd>\S.*)$")
BARE_HASH = re.compile(r"^\s*#\s+(?P<cmd>(?:sudo\s+)?(?:arp|ip|ifconfig|route|kubectl|k|oc|uname|cat|ethtool|lspci"
                       r"|hostname|hostnamectl|systemd-detect-virt|lsb_release|netstat)(?:\s.*)?)$")
# Host names a text names without a prompt: `uname -a` and `hostnamectl`.
SELF_NAME = [re.compile(r"^Linux\s+(?P<host>[\w.-]+)\s+\d+\.\d+\S*\s+#"),
             re.compile(r"^\s*Static hostname:\s*(?P<host>[\w.-]+)\s*$")]


def _opener(line: str) -> tuple[bool, str | None, str | None]:
    """(opens a block, host, command) for a prompt or header line."""
    m = HOST_HEADER.match(line)
    if m:
        return True, m["host"], None
    for rx in PROMPTS:
        m = rx.match(line)
        if m:
            return True, m["host"], m["cmd"].strip() or None
    for rx in (BARE_DOLLAR, BARE_HASH):
        m = rx.match(line)
        if m:
            return True, None, m["cmd"].strip()
    return False, None, None


def split_text(lines: list[str], text_no: int) -> list[Block]:
    blocks: list[Block] = []
    current = Block(host=None, command=None, header=None, text_no=text_no)
    host: str | None = None
    for line in lines:
        opens, named, command = _opener(line)
        if not opens:
            current.lines.append(line)
            continue
        blocks.append(current)
        host = named or host
        current = Block(host=host, command=command, header=line, text_no=text_no)
    blocks.append(current)
    blocks = [b for b in blocks if b.lines or b.command]
    first = next((b.host for b in blocks if b.host), None)
    if first:
        # Output pasted above the first prompt came from the same terminal session.
        for b in blocks:
            if b.host:
                break
            b.host = first
    else:
        names = {m["host"] for b in blocks for line in b.lines for rx in SELF_NAME if (m := rx.match(line))}
        if len(names) == 1:
            only = names.pop()
            for b in blocks:
                b.host = only
    return blocks


ADDRESS = re.compile(r"[\d.]+|[0-9a-f:]+")


def short_name(name: str) -> str:
    """node1.example.com and node1 are one host; an address stays whole."""
    name = name.lower()
    return name if ADDRESS.fullmatch(name) else name.split(".")[0]
