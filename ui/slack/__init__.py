"""Slack bot adapter: HTTP mode mounted in `cni-advisor serve`, Socket Mode via `cni-advisor slack --socket`."""

from __future__ import annotations

from collections.abc import Mapping


def maybe_mount(app, advisor, settings, env: Mapping[str, str] | None = None) -> bool:
    """Mount POST /slack/events on `app` when SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN are set."""
    from ui.slack.config import SlackConfig

    config = SlackConfig.from_env(env)
    if not config.http_ready:
        return False
    from ui.slack.app import build_app
    from ui.slack.bot import SlackBot
    from ui.slack.http import mount

    mount(app, build_app(SlackBot(advisor, settings, rate_limit=config.rate_limit), config))
    return True
