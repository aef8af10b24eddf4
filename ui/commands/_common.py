"""Options and the error edge shared by every command."""

from __future__ import annotations

import contextlib
from pathlib import Path

import click

index_option = click.option(
    "--index",
    "index_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Index directory [env CNI_ADVISOR_INDEX_DIR; default ~/.local/share/cni-advisor/index].",
)


def make_settings(index_dir: Path | None = None, **overrides):
    from assistant.settings import load_settings

    with user_errors():
        return load_settings(index_dir=index_dir, **overrides)


@contextlib.contextmanager
def user_errors():
    """Turn AdvisorError into a one-line CLI error with its exit code; anything else is a bug and propagates."""
    from assistant.errors import AdvisorError

    try:
        yield
    except AdvisorError as exc:
        err = click.ClickException(str(exc))
        err.exit_code = exc.exit_code  # type: ignore[misc]  # click types it a ClassVar, yet main() reads it per instance
        raise err from None
