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
