"""Slack bot adapter (placeholder until the Slack issue lands)."""


def maybe_mount(app, advisor, settings) -> bool:
    """Mount the Slack endpoint on `app` when Slack is configured; False when it is not."""
    return False
