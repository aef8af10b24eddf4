"""Sizes told for later or added to the cluster: "60 nodes now, 400 next year", "and 5 more will join",
"growing to 300", "扩容到 200"; the words that make a count planned, added or a target rather than today's size."""

from __future__ import annotations

from assistant.reading.spans import rx

ADDED = rx(r"\b(join|joining|added|add|adding|more|additional|another|extra|new)\b", r"新增|再加|加入|增加(?!到)|扩容(?!到)")
PLANNED = rx(r"\b(next|coming|following) (year|quarter|months?)\b", r"\bby (q[1-4]|the end of|end of|summer|spring|autumn|fall|winter|20\d\d)\b",
             r"\b(we'?re|we are) adding\b", r"\b(will|plan|planned|planning|expect\w*|grow\w*|scale\w*|"
             r"eventually|future|later|target|soon)\b",
             r"\b(up to|reach\w*|to)\s+(about |around |roughly |~)?\d", r"计划|将来|未来|明年|扩容|扩展到|扩到|增加到|达到|规划|预计|以后")
# A planned size whose noun is left out: "60 nodes now, 400 next year", "and 5 more will join",
# "growing to 300", "扩容到 200".
ELLIPTIC = rx(r"\b(?:grow\w*|scal\w*|expand\w*|increas\w*|reach\w*|head(?:ing|ed)?|go(?:ing)? to|plan(?:ning|ned)? for)\s+(?:up\s+)?(?:to\s+)?"
              r"(?:about |around |roughly |~)?"
              r"(\d{1,3}(?:,\d{3})+|\d+k?)\b(?!\s*(?:%|pods?|gb|mb|ms|ips?|cores?|cpus?))",
              r"(?<!\d)[,;(（]\s*(?:and\s+)?(?:up to\s+)?~?\s*(\d{1,3}(?:,\d{3})+|\d+k?)\s+(?:next|by|in|within|later|after|planned|eventually)\b",
              r"\sand\s+~?(\d{1,3}(?:,\d{3})+|\d+k?)\s+(?:next|later|after|planned|eventually)\b",
              r"\b(\d+)\s+(?:more|additional|extra|new)\b(?!\s+\w+\s+(?:pods?|ips?))",
              # "we're at 6 nodes now and expect 20 by the end of the year"
              r"\b(?:expect\w*|plan\w*(?: for| is)?|aim\w*(?: for)?|target\w*(?: is)?)\s+(?:about |around |roughly |~)?(\d{1,3}(?:,\d{3})+|\d+k?)\s+"
              r"(?:by|next|in|within|before|at the end)\b",
              # the plan as the subject: "capacity plan says 450 by next summer", "the forecast is 300 next year"
              r"\b(?:plan|forecast|roadmap|projection)s?\s+(?:says|say|is|are|calls? for|shows?)\s+(?:about |around |roughly |~)?"
              r"(\d{1,3}(?:,\d{3})+|\d+k?)\s+(?:by|next|in|within|before|at the end)\b",
              # "fine at <30 nodes, but now with ~130": the size today, its noun left out
              r"\bnow (?:with |at |has |have |running |on )?(?:about |around |roughly |~)?(\d{1,3}(?:,\d{3})+|\d+)\b"
              r"(?=\s*(?:[,;)!?]|\.(?!\d)|$))",
              r"(?:扩容|扩展|增加|扩|增长)到\s*(\d{1,3}(?:[,，]\d{3})+|\d+)(?![\d.\w])(?!\s*(?:个|万)?\s*(?:pod|Pod|POD|ip|IP))")
NOW = rx(r"\b(now|today|currently|at the moment|at present|for now)\b", r"目前|现在|当前")
TARGET = rx(r"\b(to|reach\w*|up to)\s+(about |around |roughly |~)?$", r"(扩容?到|扩展到|增加到|增长到|达到|到)\s*$")
JUST_ADDED = rx(r"\b(added|adding|add|joined|joining)\s+(another\s+|the\s+)?$", r"(新增加?|新加|再加|加入|增加)(了|的)?\s*$")
