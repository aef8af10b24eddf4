"""`cni-advisor ask "QUESTION"`: one question, answered from the index with citations."""

from __future__ import annotations

import click

from ui.commands._common import index_option, make_settings, user_errors


def parse_profile(pairs: tuple[str, ...]) -> dict:
    """KEY=VALUE pairs as a validated Profile dict; a bad key or value is a usage error naming it."""
    from pydantic import ValidationError

    from assistant.models import Profile

    raw: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        key = key.strip().replace("-", "_")
        if not sep or key not in Profile.model_fields:
            known = ", ".join(Profile.model_fields)
            raise click.BadParameter(f"{pair!r}: expected KEY=VALUE with KEY one of {known}", param_hint="--profile")
        raw[key] = value.strip()
    try:
        return Profile.model_validate(raw).known()
    except ValidationError as exc:
        err = exc.errors()[0]
        raise click.BadParameter(
            f"{err['loc'][0]}={err.get('input')!r}: {err['msg']}", param_hint="--profile") from None


@click.command(name="ask")
@click.argument("question")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON (the shape of the HTTP API).")
@click.option("--profile", "profile", multiple=True, metavar="KEY=VALUE",
              help="Environment fact overriding what the question says, e.g. platform=vmware, l2_adjacent=false.")
@click.option("--top-k", type=click.IntRange(1, 50), default=None, help="Passages to retrieve [default: settings].")
@click.option("--retriever", type=click.Choice(["hybrid", "dense", "lexical"]), default=None,
              help="Retrieval method [default: hybrid].")
@click.option("--evidence", "evidence", multiple=True, type=click.File("r", encoding="utf-8", errors="replace"),
              metavar="FILE", help="Output your nodes printed (arp, ip, kubectl get nodes, uname...); repeatable, - for stdin. "
                                   "Read as data, never run. `cni-advisor collect` lists the commands.")
@index_option
def command(question, as_json, profile, top_k, retriever, evidence, index_dir):
    """Answer QUESTION about Kubernetes pod networking, with the checks and sources behind it."""
    explicit = parse_profile(profile)
    settings = make_settings(index_dir)
    pasted = [f.read() for f in evidence]
    with user_errors():
        from assistant.ask import Advisor

        result = Advisor(settings).ask(question, explicit, retriever=retriever, top_k=top_k, evidence=pasted or None)
    if as_json:
        click.echo(result.model_dump_json(indent=2))
    else:
        from ui.render_terminal import render

        click.echo(render(result), nl=False)
