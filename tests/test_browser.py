"""The web app in Debian's Chromium (Playwright), against a real uvicorn server on loopback."""

import json
import shutil
import time

import pytest

from assistant.settings import load_settings
from fakes.openai_server import FakeOpenAI
from ui.web.app import create_app
from ui.web.server import BackgroundServer

pytestmark = [pytest.mark.browser, pytest.mark.slow]

VMWARE = "Which CNI plugin for VMware NAT with latency needs?"
XSS = "<img src=x onerror=alert(1)>"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]


@pytest.fixture
def kb_env(kb_index_dir, monkeypatch):
    monkeypatch.setenv("CNI_ADVISOR_INDEX_DIR", str(kb_index_dir))


@pytest.fixture
def page():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        pg = browser.new_page(viewport={"width": 1300, "height": 1000})
        pg.set_default_timeout(180_000)  # 2 shared cores: a cold model load can take a while
        pg.dialogs = []
        pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
        yield pg
        browser.close()


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
        assert any(icon in page.inner_text("#cna-checks") for icon in "✅❌")
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
        assert "Platform\tvmware\tvmware" in page.inner_text("#cna-profile")
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
