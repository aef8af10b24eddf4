"""Words given as examples, not as the writer's setup: "distributions like Ubuntu 20.04", "例如 CentOS 7.5",
"(Azure, GCP, EKS Anywhere, etc.)"."""

from __future__ import annotations

from assistant.reading.spans import rx

# "distributions like Ubuntu 20.04", "(Azure, GCP, EKS Anywhere, etc.)", "例如 CentOS 7.5": examples; and analogies ("(this would be a VPC in AWS)").
# "like" as a verb ("I would like to build", "we'd like", "I like to keep") is a wish, not an example marker.
LIKE = r"(?<!\bwould )(?<!'d )(?<!\bi )(?<!\bwe )(?<!\byou )(?<!\bthey )like(?!\s+to\b)"
_EXAMPLE_BEFORE = rx(rf"\b({LIKE}|such as|e\.g\.|for example|for instance|as an example|including)\b(?:[^.;!?]|\.(?=\d))*$",
                     r"(例如|比如|诸如|像是)[^。；！？]*$", r"\(\s*(let'?s\s+)?say\b[^)]*$", r"\blet'?s say\b[^.;!?]*$|\bsay,?\s+(about |around |roughly )?$",
                     r"\b(this|that|it) would be (a|an|the|like)\b[^.;!?()]*$", r"\b(the equivalent of|analogous to|akin to)\b[^.;!?()]*$")
# "等" ends a list of examples, unless it starts a word: 等待, 等保 (the compliance baseline), 等级, 等于
_EXAMPLE_AFTER = rx(r"^[^.;!?()]{0,60}(?<!/)\b(etc\.?(?!/)|and so on)|^[^。；！？（）()]{0,40}等(?!待|保|级|于|同|效|价|到)")


def example(text: str, start: int, end: int) -> bool:
    """True when the span is one item of a list of examples."""
    return bool(_EXAMPLE_BEFORE.search(text[max(0, start - 60):start]) or _EXAMPLE_AFTER.search(text[end:end + 60]))
