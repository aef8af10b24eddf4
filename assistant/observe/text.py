"""Turning pasted texts into clean lines: size bound, binary refusal, ANSI colours, line endings."""

from __future__ import annotations

import re

from assistant.errors import BadInput

# CSI sequences (colours, cursor moves), OSC sequences (terminal titles) and two-byte escapes.
ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")


def _size(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f} MB"
    return f"{n / 1000:.0f} KB" if n >= 1000 else f"{n} bytes"


def decode(text: str | bytes, n: int, count: int) -> str:
    """One pasted text as str; BadInput when it is not text."""
    which = f"evidence {n}" if count > 1 else "the evidence"
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise BadInput(f"{which} is not UTF-8 text: paste the commands' output, not a binary file") from None
    if "\x00" in text:
        raise BadInput(f"{which} is not text (it contains NUL bytes): paste the commands' output, not a binary file")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise BadInput(f"{which} holds undecodable bytes: paste the commands' output, not a binary file") from None
    stripped = ANSI.sub("", text)
    if len(stripped) > 64 and len(CONTROL.findall(stripped)) > len(stripped) // 20:
        raise BadInput(f"{which} looks binary (many control characters): paste the commands' output, not a file dump")
    return text.lstrip("\ufeff")


def check_size(texts: list[str | bytes], max_bytes: int) -> None:
    total = sum(len(t) if isinstance(t, bytes) else len(t.encode("utf-8", "surrogatepass")) for t in texts)
    if total > max_bytes:
        raise BadInput(f"the evidence is {_size(total)}, over the {_size(max_bytes)} limit: "
                       "paste only the outputs `cni-advisor collect` lists, from a few nodes")


def clean_lines(text: str) -> list[str]:
    """Lines without ANSI codes, carriage returns or trailing blanks; leading spaces are kept (they carry structure)."""
    text = ANSI.sub("", text)
    lines = []
    for raw in re.split(r"\r\n|\n|\r", text):
        line = raw.replace("\x1b", "").rstrip()
        lines.append(line)
    return lines
