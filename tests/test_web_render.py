"""The panels' HTML: markup from users and documents shows as text; the matrix lines up."""

from assistant.models import AskResult, Check, Citation, Recommendation
from ui.web import render

XSS = "<img src=x onerror=alert(1)>"


def _citation(**kw):
    base = dict(n=1, chunk_id="c1", source="kb/notes/a.md", title="T", heading="H", url="", text="t", score=0.5)
    return Citation(**{**base, **kw})


def test_sources_escape_text_title_heading_and_refuse_script_links():
    html = render.sources_html(
        [_citation(title=XSS, heading="<b>h</b>", text="<script>alert(1)</script>", url="javascript:alert(1)")]
    )
    assert "<img" not in html and "<script>" not in html and "<b>h" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert 'href="javascript' not in html


def test_sources_link_http_urls_and_number_passages():
    html = render.sources_html([_citation(n=3, url="https://github.com/flannel-io/flannel?a=1&b=2")])
    assert 'href="https://github.com/flannel-io/flannel?a=1&amp;b=2"' in html
    assert "[3]" in html


def test_checks_matrix_has_a_column_per_check_and_unknown_for_missing_ones():
    recs = [
        Recommendation(id="a", name="A", verdict="recommended", score=1,
                       checks=[Check(id="l2", name="L2", status="pass", detail="ok", citations=[1, 2])]),
        Recommendation(id="b", name=XSS, verdict="rejected", score=0,
                       checks=[Check(id="policy", name="policy", status="fail", detail="<i>no</i>")]),
    ]
    html = render.checks_html(recs)
    main, folded = html.split("<details", 1)
    assert main.count("<th>L2</th>") == 1 and main.count("<th>policy</th>") == 1
    assert "&lt;img" in folded and "&lt;img" not in main  # the rejected option is folded away
    # B was never checked for L2: an "unknown" badge in its L2 cell.
    assert ">pass</span>" in html and ">fail</span>" in html and ">unknown</span>" in html
    assert 'class="cna-badge cna-badge-unknown"' in html
    assert 'class="cna-unknown"' in html and "[1][2]" in html
    assert "<img" not in html and "<i>no" not in html


def _reading(**facts):
    from assistant.models import ReadFact, Reading

    return Reading(question="q", lang="en", kind="choice", facts=[
        ReadFact(key=k, value=v, source=src, text=words, lines=["<b>10.0.2.7 via 10.0.1.1</b>"] if src == "observed" else [],
                 detail="Observed: <routed>" if src == "observed" else "") for k, (v, src, words) in facts.items()])


def test_profile_panel_marks_overrides_and_shows_what_was_read_with_its_words():
    reading = _reading(platform=("vmware", "stated", "VMware <NAT>"), l2_adjacent=(False, "observed", ""))
    html = render.profile_html(reading, {"platform": "aws", "encryption": True}, {"platform": "aws"})
    assert "vmware" in html and "aws ✎" in html and "yes" in html
    assert "VMware &lt;NAT&gt;" in html and "<NAT>" not in html  # the words it was read from, escaped
    assert "&lt;b&gt;10.0.2.7 via 10.0.1.1&lt;/b&gt;" in html and "Observed: &lt;routed&gt;" in html


def test_answer_markdown_escapes_answer_notice_and_follow_ups():
    res = AskResult(question="q", lang="en", answerable=True, answer=f"Use {XSS} [1]",
                    notice="<b>n</b>", follow_up=["<script>x</script>?"])
    md = render.answer_markdown(res)
    assert "<img" not in md and "<b>" not in md and "<script>" not in md and "[1]" in md


def test_all_rejected_options_are_shown_unfolded():
    recs = [Recommendation(id="a", name="A", verdict="rejected", score=0,
                           checks=[Check(id="l2", name="L2", status="fail", detail="x")])]
    html = render.checks_html(recs)
    assert "<details" not in html and 'class="cna-badge cna-badge-rejected">rejected<' in html
