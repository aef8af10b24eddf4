"""`cni-advisor eval` (placeholder until its issue lands)."""

import click

from ui.commands._common import index_option, make_settings


@click.command(name="eval")
@index_option
def command(index_dir):
    """Not built yet."""
    make_settings(index_dir)
    raise click.ClickException("eval is not built yet")
