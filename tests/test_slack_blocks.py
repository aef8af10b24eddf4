"""Block Kit rendering: mrkdwn conversion, emoji statuses, sources, and Slack's size limits."""

from __future__ import annotations

import json

import pytest

from assistant.models import AskResult, Check, Citation, Recommendation
from ui.slack import blocks
from ui.slack.mrkdwn import to_mrkdwn
from ui.slack.text import question_text


def result(answer: str = "Use **Calico** [1].", n_citations: int = 2, **kw) -> AskResult:
    cites = [Citation(n=i, chunk_id=f"c{i}", source=f"kb/notes/n{i}.md", title=f"Note {i}", heading=f"Note {i} > Part",
                      url=f"https://example.org/doc{i}?a=1&b=2", text="...", score=0.5)
             for i in range(1, n_citations + 1)]
    return AskResult(question="q", lang="en", answerable=True, answer=answer, citations=cites, **kw)


def texts(message: list[dict]) -> list[str]:
    out = []
    for b in message:
        if b["type"] == "section":
            out.append(b["text"]["text"])
        elif b["type"] == "context":
            out += [e["text"] for e in b["elements"]]
    return out


@pytest.mark.parametrize("md, expected", [
    ("**Recommended: Calico** [1] [2]", "*Recommended: Calico* [1] [2]"),
    ("__bold__ and *italic*", "*bold* and _italic_"),
    ("see [the docs](https://docs.cilium.io/en/stable/) [3]", "see <https://docs.cilium.io/en/stable/|the docs> [3]"),
    ("## Why it fits", "*Why it fits*"),
    ("# **Already bold**", "*Already bold*"),
    ("- one\n* two", "• one\n• two"),
    ("MTU < 1450 & VXLAN > 0", "MTU &lt; 1450 &amp; VXLAN &gt; 0"),
    ("```\nkubectl get <pods> **x**\n```", "```\nkubectl get &lt;pods&gt; **x**\n```"),
    ("citations [1][2] stay", "citations [1][2] stay"),
])
def test_markdown_to_mrkdwn(md, expected):
    assert to_mrkdwn(md) == expected


def test_incoming_text_becomes_the_typed_question():
    raw = "<@UBOT> calico &amp; <https://x.io|cilium> in <#C1|net>?"
    assert question_text(raw) == "calico & cilium in net?"


def test_recommendations_carry_status_emoji_and_verdict():
    checks = [Check(id=s, name=s, status=s, detail=f"{s} **detail**", citations=[1]) for s in ("pass", "warn", "fail", "unknown")]
    recs = [Recommendation(id="calico", name="Calico", verdict="recommended", score=0.9, checks=checks),
            Recommendation(id="flannel", name="flannel", verdict="rejected", score=0.1, checks=checks[:1])]
    (message,) = blocks.render(result("Two options.", recommendations=recs, follow_up=["How many nodes?"]), answer_id="a1")
    rec_text = next(t for t in texts(message) if "*Calico*" in t)
    assert "recommended" in rec_text
    for status, emoji in [("pass", ":white_check_mark:"), ("warn", ":warning:"), ("fail", ":x:"),
                          ("unknown", ":grey_question:")]:
        assert f"{emoji} {status}: {status} *detail* [1]" in rec_text
    assert any("*flannel*" in t and "rejected" in t for t in texts(message))
    assert any("How many nodes?" in t for t in texts(message))


def test_sources_are_links_in_context_blocks_and_buttons_close_the_answer():
    (message,) = blocks.render(result(), answer_id="a1", ephemeral=True)
    contexts = [b for b in message if b["type"] == "context"]
    assert contexts[0]["elements"][0]["text"] == "[1] <https://example.org/doc1?a=1&amp;b=2|Note 1 › Note 1 &gt; Part>"
    actions = message[-1]
    assert actions["type"] == "actions"
    ids = [e["action_id"] for e in actions["elements"]]
    assert ids == [blocks.FEEDBACK_UP, blocks.FEEDBACK_DOWN, blocks.POST_TO_CHANNEL]
    assert all(e["value"] == "a1" for e in actions["elements"])
    (public,) = blocks.render(result(), answer_id="a1")
    assert blocks.POST_TO_CHANNEL not in json.dumps(public)


def test_source_without_url_names_its_file():
    r = result()
    r.citations[0].url = ""
    (message,) = blocks.render(r, answer_id="a1")
    assert "[1] Note 1 › Note 1 &gt; Part (kb/notes/n1.md)" in texts(message)


def test_long_answer_is_split_within_slack_limits():
    paragraph = "Calico **BGP** peers with the fabric and needs no overlay [1]. " * 30
    answer = "\n\n".join(f"## Part {i}\n{paragraph}" for i in range(120))  # ~230k chars
    recs = [Recommendation(id=f"p{i}", name=f"P{i}", verdict="possible", score=0.5,
                           checks=[Check(id="x", name="x", status="pass", detail="d" * 400)] * 12) for i in range(3)]
    messages = blocks.render(result(answer, n_citations=25, recommendations=recs), answer_id="a1")
    assert len(messages) > 1
    for message in messages:
        assert 0 < len(message) <= blocks.MAX_BLOCKS
        for b in message:
            if b["type"] == "section":
                assert len(b["text"]["text"]) <= blocks.MAX_SECTION_CHARS
            if b["type"] == "context":
                assert len(b["elements"]) <= 10
    assert [b["type"] for m in messages for b in m].count("actions") == 1
    assert messages[-1][-1]["type"] == "actions"
    body = "".join(t for m in messages for t in texts(m))
    assert body.count("*Part 119*") == 1 and "[25]" in body
    assert "**" not in body


def test_split_text_prefers_boundaries_and_hard_cuts_one_huge_word():
    parts = blocks.split_text("a" * 7000, limit=3000)
    assert [len(p) for p in parts] == [3000, 3000, 1000]
    parts = blocks.split_text("word " * 1000, limit=3000)
    assert all(len(p) <= 3000 and not p.endswith("wor") for p in parts)
    assert " ".join(parts).split() == ["word"] * 1000


def all_text(message: list[dict]) -> str:
    return json.dumps(message, ensure_ascii=False)


def test_code_blocks_are_evidence_and_the_rest_is_the_question():
    from ui.slack.text import split_evidence

    text = "<@U1> which CNI for these nodes?\n```[root@n1 ~]# ip route\ndefault via 10.0.1.1 dev eth0\n10.0.2.7 via 10.0.1.1 dev eth0```\nthanks &amp; bye"
    question, evidence = split_evidence(text)
    assert question == "which CNI for these nodes? thanks & bye"
    assert evidence == ["[root@n1 ~]# ip route\ndefault via 10.0.1.1 dev eth0\n10.0.2.7 via 10.0.1.1 dev eth0"]


def test_observed_facts_and_lines_are_shown_escaped():
    from assistant.models import ReadFact, Reading

    reading = Reading(question="q", lang="en", kind="choice", facts=[
        ReadFact(key="l2_adjacent", value=False, source="observed", lines=["10.0.2.7 via 10.0.1.1 <gw>"],
                 detail="Observed: 10.0.2.7 is reached via 10.0.1.1, not on-link")])
    rec = Recommendation(id="flannel:vxlan", name="flannel", verdict="recommended", score=1, checks=[
        Check(id="l2", name="L2 adjacency", status="pass", detail="ok", observed=["Observed: routed"])])
    text = all_text(blocks.render(result("Overlay.", recommendations=[rec], reading=reading), answer_id="a1")[0])
    assert "`l2_adjacent=False` (seen in your paste)" in text and "&lt;gw&gt;" in text and "<gw>" not in text
    assert ":mag: _Observed: routed_" in text
