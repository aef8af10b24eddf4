"""Every test runs in a temp index and a temp working directory, never the user's."""

from __future__ import annotations

import os

import pytest


@pytest.fixture(autouse=True)
def isolated_env(tmp_path, monkeypatch):
    for key in list(os.environ):
        if key.startswith(("CNI_ADVISOR_", "SLACK_")):
            monkeypatch.delenv(key)
    monkeypatch.setenv("CNI_ADVISOR_INDEX_DIR", str(tmp_path / "index"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("ANONYMIZED_TELEMETRY", "False")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture(scope="session")
def kb_index_dir(tmp_path_factory):
    """An index of the repo's kb/notes, built once per session; use it with
    `monkeypatch.setenv("CNI_ADVISOR_INDEX_DIR", str(kb_index_dir))`. Treat it as read-only."""
    from assistant.settings import REPO_ROOT, Settings
    from ingest import run_ingest

    index_dir = tmp_path_factory.mktemp("kb-index")
    with pytest.MonkeyPatch.context() as mp:
        # Built with default settings whatever the developer's environment says.
        for key in list(os.environ):
            if key.startswith("CNI_ADVISOR_"):
                mp.delenv(key)
        mp.setenv("HF_HUB_OFFLINE", "1")
        mp.setenv("ANONYMIZED_TELEMETRY", "False")
        settings = Settings(_env_file=None, index_dir=index_dir, kb_dir=REPO_ROOT / "kb")
        report = run_ingest(settings)
    assert not report.files_failed, f"kb/notes has files that cannot be ingested: {report.files_failed}"
    return index_dir
