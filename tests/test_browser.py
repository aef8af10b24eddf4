"""The web app in Debian's Chromium (Playwright), against a real uvicorn server on loopback.

Chromium comes from `make test` (scripts/browser-prereqs.sh); without it these tests fail, never skip.
"""

import json
import re
import shutil
import time

import pytest

from assistant.settings import load_settings
from fakes.openai_server import FakeOpenAI
from ui.web.app import create_app
from ui.web.server import BackgroundServer

pytestmark = [pytest.mark.browser, pytest.mark.slow]

VMWARE = "Which CNI plugin for VMware NAT with latency needs?"
ZH_QUESTION = "我们要新建一个 Kubernetes 集群，应该选哪个 CNI 插件？"
EMOJI = re.compile("[\u2705\u274c\u2754\u26a0\U0001f300-\U0001faff]")
XSS = "<img src=x onerror=alert(1)>"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]


@pytest.fixture
def kb_env(kb_index_dir, monkeypatch):
    monkeypatch.setenv("CNI_ADVISOR_INDEX_DIR", str(kb_index_dir))


def _open_page(locale: str):
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium")
    assert chromium, "Chromium is missing: run `make test`, which installs Debian's chromium (scripts/browser-prereqs.sh)"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        # The locale sets the browser's Accept-Language, which picks the page's language.
        pg = browser.new_page(viewport={"width": 1300, "height": 1000}, locale=locale)
        pg.set_default_timeout(180_000)  # 2 shared cores: a cold model load can take a while
        pg.dialogs = []
        pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
        yield pg
        browser.close()


@pytest.fixture
def page():
    yield from _open_page("en-US")


@pytest.fixture
def zh_page():
    yield from _open_page("zh-CN")


def _ask(page, url, question):
    page.goto(url)
    page.wait_for_selector("#cna-banner .cna-notice")
    page.fill("#cna-question textarea", question)
    page.click("#cna-ask")


def _chat_text(page) -> str:
    return page.inner_text("#cna-chat")


def test_vmware_question_shows_cited_answer_sources_and_checks(kb_index_dir, page, tmp_path, monkeypatch):
    # The 👍 writes feedback into the index directory: a copy, since the shared KB index is read-only.
    shutil.copytree(kb_index_dir, tmp_path / "kb-copy")
    monkeypatch.setenv("CNI_ADVISOR_INDEX_DIR", str(tmp_path / "kb-copy"))
    settings = load_settings()
    with BackgroundServer(create_app(settings)) as srv:
        _ask(page, srv.url, VMWARE)
        page.wait_for_function("document.querySelector('#cna-chat').innerText.includes('[1]')")
        page.wait_for_selector("#cna-checks table.cna-matrix")
        assert page.locator("#cna-sources .cna-source").count() >= 1
        assert "[1]" in page.inner_text("#cna-sources")
        rows = page.locator("#cna-checks tbody tr")
        assert rows.count() >= 2
        assert page.locator("#cna-checks .cna-badge-pass").count() >= 1
        assert not EMOJI.search(page.inner_text("#cna-checks"))
        assert "vmware" in page.inner_text("#cna-profile")
        assert "ready" in page.inner_text("#cna-banner")
        page.screenshot(path=str(tmp_path / "vmware.png"), full_page=True)

        page.click("#cna-chat button[aria-label='Like']")
        deadline = time.monotonic() + 10
        while not settings.feedback_path.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        rec = json.loads(settings.feedback_path.read_text().splitlines()[-1])
        assert rec["vote"] == "up" and rec["question"] == VMWARE and rec["chunk_ids"]

        # A follow-up keeps the conversation's platform and adds what it says.
        page.fill("#cna-question textarea", "and if we need encryption?")
        page.click("#cna-ask")
        page.wait_for_function("document.querySelector('#cna-profile').innerText.includes('Encryption needed\\tyes')")
        # Read earlier in the conversation, shown with where it came from.
        assert "Platform\tvmware earlier turn\tvmware" in page.inner_text("#cna-profile")
        assert page.inner_text("#cna-chat").count("[1]") >= 2  # both answers cite
    assert (tmp_path / "vmware.png").stat().st_size > 10_000


def test_markup_in_a_question_shows_as_text_and_runs_nothing(kb_env, page, tmp_path):
    with BackgroundServer(create_app(load_settings())) as srv:
        _ask(page, srv.url, XSS)
        # Done when the reply bubble no longer holds the "…" placeholder.
        page.wait_for_function("document.querySelectorAll('#cna-chat .message').length >= 2"
                               " && !document.querySelector('#cna-chat').innerText.includes('…')")
        page.wait_for_timeout(500)  # an onerror handler would have fired by now
        assert XSS in _chat_text(page)
        assert page.locator("#cna-chat img[src='x']").count() == 0
        page.screenshot(path=str(tmp_path / "xss.png"), full_page=True)
    assert page.dialogs == []


def test_missing_index_page_says_run_ingest(page):
    with BackgroundServer(create_app(load_settings())) as srv:
        page.goto(srv.url)
        page.wait_for_selector("#cna-banner .cna-notice")
        assert "cni-advisor ingest" in page.inner_text("#cna-banner")


def test_with_an_llm_sources_and_checks_show_before_the_answer(kb_env, page, monkeypatch, tmp_path):
    with FakeOpenAI(reply="Use flannel host-gw on a flat L2 [1].", delay=6) as llm:
        for key, value in {"PROVIDER": "openai", "BASE_URL": llm.base_url, "MODEL": "fake", "API_KEY": "x"}.items():
            monkeypatch.setenv(f"CNI_ADVISOR_LLM_{key}", value)
        with BackgroundServer(create_app(load_settings())) as srv:
            _ask(page, srv.url, VMWARE)
            page.wait_for_selector("#cna-checks table.cna-matrix")
            assert "flat L2" not in _chat_text(page)  # the LLM is still "thinking"
            page.wait_for_function("document.querySelector('#cna-chat').innerText.includes('flat L2 [1]')")
            page.screenshot(path=str(tmp_path / "streamed.png"), full_page=True)


def _badge_colour(page, status: str) -> str:
    return page.eval_on_selector(f"#cna-checks .cna-badge-{status}", "e => getComputedStyle(e).backgroundColor")


def test_a_chinese_browser_gets_chinese_chrome_badges_and_each_follow_up_once(kb_env, zh_page, tmp_path):
    page = zh_page
    with BackgroundServer(create_app(load_settings())) as srv:
        _ask(page, srv.url, ZH_QUESTION)
        assert "索引就绪" in page.inner_text("#cna-banner")
        for selector, text in [("#cna-ask", "提问"), ("#cna-clear", "新对话"), ("#cna-checks-head", "检查"),
                               ("#cna-sources-head", "来源"), ("#cna-env", "你的环境")]:
            assert text in page.inner_text(selector), selector
        assert "平台" in page.inner_text("body") and "Platform" not in page.inner_text("body")
        page.wait_for_selector("#cna-checks table.cna-matrix")
        page.wait_for_function("document.querySelector('#cna-chat').innerText.includes('为了给出更准确的建议')")
        matrix = page.inner_text("#cna-checks")
        assert "方案" in matrix and "结论" in matrix and "通过" in matrix and not EMOJI.search(matrix)
        assert _badge_colour(page, "pass") == "rgb(26, 127, 55)"  # the stylesheet reached the page
        assert "设置" in page.inner_text("#cna-profile")
        chat = page.inner_text("#cna-chat")
        # The follow-ups are the bubble's last list.
        follow_ups = [li.inner_text() for li in page.locator("#cna-chat .message").last.locator("ul").last.locator("li").all()]
        assert follow_ups and all(chat.count(q) == 1 for q in follow_ups), (follow_ups, chat)
        assert chat.count("为了给出更准确的建议") == 1
        page.screenshot(path=str(tmp_path / "zh.png"), full_page=True)

        # The switch turns the chrome and the panels to English; the answer stays as written.
        page.get_by_text("English", exact=True).click()
        page.wait_for_function("document.querySelector('#cna-checks').innerText.includes('Option')")
        assert "Ask" == page.inner_text("#cna-ask").strip()
        assert "Sources" in page.inner_text("#cna-sources-head") and "Index ready" in page.inner_text("#cna-banner")
        assert "Verdict" in page.inner_text("#cna-checks") and "Setting" in page.inner_text("#cna-profile")
        assert "Platform" in page.inner_text("#cna-env")
        assert "为了给出更准确的建议" in page.inner_text("#cna-chat")
