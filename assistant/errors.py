"""Errors meant for users: each says what went wrong and how to fix it."""


class AdvisorError(Exception):
    """A problem the user can fix; the CLI prints it on one line and exits with `exit_code`."""

    exit_code = 1


class ConfigError(AdvisorError):
    """A wrong setting or option: exit code 2."""

    exit_code = 2


class StoreUnavailable(AdvisorError):
    """The index is missing or the Chroma server cannot be reached."""

    exit_code = 2


class BadInput(AdvisorError):
    """An empty, oversized or malformed question or file."""

    exit_code = 2
