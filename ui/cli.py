"""The `cni-advisor` command line."""

from __future__ import annotations

import click

from assistant import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="cni-advisor")
def cli():
    """cni-advisor: pick and run a Kubernetes CNI plugin, with answers that cite their sources.

    Settings come from CNI_ADVISOR_* environment variables or a .env file;
    every command also takes --index DIR.
    """


def _register() -> None:
    # Each command module keeps its heavy imports inside the command body.
    from ui.commands import ask, collect, ingest, kb, serve, slack
    from ui.commands import eval as eval_cmd

    for mod in (ingest, ask, serve, eval_cmd, kb, slack, collect):
        cli.add_command(mod.command)


_register()


if __name__ == "__main__":  # `python -m ui.cli`, used by tests that need a real process
    cli()
