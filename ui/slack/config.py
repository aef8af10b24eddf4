"""Slack credentials, read from SLACK_* variables at the edge (mount or command), never at import."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class SlackConfig:
    signing_secret: str = ""
    bot_token: str = ""
    app_token: str = ""
    # Where the Web API lives; only tests and corporate proxies change it.
    api_url: str = "https://slack.com/api/"
    rate_limit: int = 5  # questions per user per minute

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> SlackConfig:
        env = os.environ if env is None else env
        api_url = env.get("SLACK_API_URL", "").strip() or cls.api_url
        return cls(
            signing_secret=env.get("SLACK_SIGNING_SECRET", "").strip(),
            bot_token=env.get("SLACK_BOT_TOKEN", "").strip(),
            app_token=env.get("SLACK_APP_TOKEN", "").strip(),
            api_url=api_url if api_url.endswith("/") else api_url + "/",
            rate_limit=_positive_int(env.get("SLACK_RATE_LIMIT", ""), cls.rate_limit),
        )

    @property
    def http_ready(self) -> bool:
        return bool(self.signing_secret and self.bot_token)


def _positive_int(raw: str, default: int) -> int:
    from assistant.errors import ConfigError

    if not raw.strip():
        return default
    if not raw.strip().isdigit() or int(raw) < 1:
        raise ConfigError(f"SLACK_RATE_LIMIT must be a whole number of questions per minute >= 1 (got {raw!r})")
    return int(raw)
