"""Scoring on hand-built AskResults: each expectation can fail, aggregates and thresholds add up."""

from __future__ import annotations

from assistant.evaluation import EvalQuestion, Thresholds, breaches, render_markdown, score, summarize
from assistant.evaluation.report import Report
from assistant.evaluation.summary import percentile
from assistant.models import AskResult, Check, Citation, Recommendation


def q(expect: dict, id: str = "q") -> EvalQuestion:
    return EvalQuestion.model_validate({"id": id, "question": "?", "expect": expect})


def cite(n: int, source: str, text: str = "") -> Citation:
    return Citation(n=n, chunk_id=f"c{n}", source=source, title="", heading="", url="", text=text, score=0.5)


def rec(id: str, verdict: str = "recommended", cites: list[int] | None = None) -> Recommendation:
    return Recommendation(id=id, name=id, verdict=verdict, score=0.5,
                          checks=[Check(id="l2", name="L2 adjacency", status="pass", detail="", citations=cites or [])])


def answer(**kw) -> AskResult:
    base = dict(question="?", lang="en", answerable=True, answer="Use an overlay [1].",
                citations=[cite(1, "kb/notes/overlay-vs-underlay.md", "VXLAN adds 50 bytes.")],
                recommendations=[rec("calico:vxlan-crosssubnet"), rec("flannel:host-gw", "rejected")])
    return AskResult(**{**base, **kw})


def keys(outcome) -> list[str]:
    return [f.key for f in outcome.failures]


def test_everything_met_passes():
    o = score(q({"recommend_top_any": ["calico"], "recommend_exclude": ["flannel:host-gw"],
                 "answer_contains_any": [["OVERLAY"], ["50 bytes", "x"]], "sources_any": ["*overlay*"]}),
              answer())
    assert o.passed and o.failures == [] and o.top1_hit and o.sources_hit


def test_answerable_mismatch_fails_both_ways():
    assert keys(score(q({"answerable": False}), answer())) == ["answerable"]
    assert keys(score(q({}), answer(answerable=False, recommendations=[]))) == ["answerable"]


def test_top1_is_a_prefix_match_on_whole_id_parts():
    assert score(q({"recommend_top_any": ["calico"]}), answer()).passed
    assert keys(score(q({"recommend_top_any": ["calico:vxlan"]}), answer())) == ["recommend_top_any"]
    assert keys(score(q({"recommend_top_any": ["flannel"]}), answer())) == ["recommend_top_any"]
    no_recs = score(q({"recommend_top_any": ["calico"]}), answer(recommendations=[]))
    assert keys(no_recs) == ["recommend_top_any"] and no_recs.top1_hit is False


def test_excluded_option_must_be_rejected_when_present():
    ok = score(q({"recommend_exclude": ["flannel", "cilium"]}), answer())  # cilium absent: fine
    assert ok.passed
    bad = score(q({"recommend_exclude": ["flannel"]}),
                answer(recommendations=[rec("calico:ipip"), rec("flannel:host-gw", "possible")]))
    assert keys(bad) == ["recommend_exclude"] and bad.exclusion_violations == ["flannel:host-gw=possible"]


def test_each_term_group_needs_one_hit_in_answer_or_cited_text():
    o = score(q({"answer_contains_any": [["overlay"], ["latency", "延迟"]]}), answer())
    assert keys(o) == ["answer_contains_any"] and "latency" in o.failures[0].detail
    # Text of passages that are not cited does not count: only citations are in the result.
    assert score(q({"answer_contains_any": [["50 BYTES"]]}), answer()).passed


def test_sources_any_globs_on_cited_paths():
    assert score(q({"sources_any": ["kb/notes/overlay-*"]}), answer()).passed
    o = score(q({"sources_any": ["corpus/flannel-io__flannel/*"]}), answer())
    assert keys(o) == ["sources_any"] and o.sources_hit is False


def test_all_failures_are_listed_not_just_the_first():
    o = score(q({"answerable": False, "recommend_top_any": ["aws-vpc-cni"],
                 "answer_contains_any": [["terway"]], "sources_any": ["*aws*"]}), answer())
    assert keys(o) == ["answerable", "recommend_top_any", "answer_contains_any", "sources_any"]


def test_dangling_citations_in_answer_and_checks():
    assert score(q({}), answer()).dangling_citations == []
    o = score(q({}), answer(answer="See [1] and [3].",
                            recommendations=[rec("calico:ipip", cites=[1, 7])]))
    assert o.dangling_citations == [3, 7]


def test_summary_figures():
    outs = [
        score(q({"recommend_top_any": ["calico"], "sources_any": ["*overlay*"]}, "a"), answer(), 10),
        score(q({"recommend_top_any": ["aws-vpc-cni"], "recommend_exclude": ["calico"]}, "b"), answer(), 30),
        score(q({"answerable": False}, "c"), answer(answerable=False, recommendations=[]), 20),
        score(q({"answerable": False}, "d"), answer(answer="[9]"), 40),  # should decline, did not
        score(q({}, "e"), answer(answerable=False, recommendations=[]), 50),  # wrongly declined
    ]
    s = summarize(outs)
    assert (s.questions, s.passed) == (5, 2)
    assert s.pass_rate == 0.4 and s.top1_accuracy == 0.5 and s.top1_scored == 2
    assert s.exclusion_violations == 1
    assert s.refusal_precision == 0.5 and s.refusal_recall == 0.5
    assert s.citation_validity == 0.8 and s.source_recall == 1.0
    assert (s.latency_p50_ms, s.latency_p95_ms) == (30, 50)

    assert breaches(s, Thresholds()) == []
    assert breaches(s, Thresholds(min_pass_rate=0.4, max_exclusion_violations=1)) == []
    found = breaches(s, Thresholds(min_pass_rate=0.5, min_top1=0.6, max_exclusion_violations=0,
                                   min_citation_validity=1.0))
    assert [line.split()[0] for line in found] == [
        "pass_rate", "top1_accuracy", "citation_validity", "exclusion_violations"]

    md = render_markdown(Report(files=["x.yaml"], retriever="hybrid", summary=s,
                                thresholds=Thresholds(min_pass_rate=0.5), breaches=found, questions=outs))
    assert "| pass rate | 40.0% |" in md and "| b |" in md and "| a |" not in md


def test_nothing_to_measure_fails_a_gate_instead_of_passing():
    s = summarize([score(q({}), answer())])  # nobody declined: precision undefined
    assert s.refusal_precision is None
    assert breaches(s, Thresholds(min_refusal_precision=0.9))


def test_percentile_nearest_rank():
    assert percentile([], 50) is None
    assert percentile([5.0], 95) == 5.0
    assert percentile([float(i) for i in range(1, 21)], 95) == 19.0


def test_answer_text_hit_counts_terms_in_the_answer_itself_not_the_cited_passages():
    in_answer = score(q({"answer_contains_any": [["overlay"]]}), answer())
    only_cited = score(q({"answer_contains_any": [["50 bytes"]]}), answer())
    assert in_answer.passed and in_answer.answer_text_hit is True
    assert only_cited.passed and only_cited.answer_text_hit is False
    assert score(q({}), answer()).answer_text_hit is None
    s = summarize([in_answer, only_cited, score(q({}), answer())])
    assert s.answer_text_rate == 0.5
    assert "| answer-text hit rate | 50.0% |" in render_markdown(
        Report(files=["x"], retriever="hybrid", summary=s, thresholds=Thresholds()))
