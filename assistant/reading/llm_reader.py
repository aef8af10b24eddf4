"""With an LLM configured, it reads the profile too, through LangChain structured output into the
`Profile` schema. Its facts rank below the rules' (which keep the words they came from) and below
anything the user set; a model that fails or answers out of schema adds nothing."""

from __future__ import annotations

from typing import Any

from assistant.models import Profile, ReadFact

SYSTEM = (
    "Read the user's question about Kubernetes pod networking and fill in only the facts it states about "
    "THEIR cluster's environment (where the nodes run, the network between them, what they need, what runs now). "
    "Leave a field null when the question does not say. Versions and years are not node counts; the machine that "
    "hosts VMs is not a node. Return JSON matching the schema; never add facts the question does not state."
)


def llm_profile(model: Any, question: str) -> list[ReadFact]:
    """The model's reading of the question as `llm` facts; [] when it fails or its answer does not validate."""
    from langchain_core.exceptions import OutputParserException
    from langchain_core.messages import HumanMessage, SystemMessage
    from pydantic import ValidationError

    from assistant.llm import remote_errors

    failures: tuple[type[BaseException], ...] = (OutputParserException, ValidationError, ValueError, *remote_errors())
    try:
        reader = model.with_structured_output(Profile)
        found = reader.invoke([SystemMessage(content=SYSTEM), HumanMessage(content=question)])
    except failures:
        return []
    if isinstance(found, dict):
        try:
            found = Profile.model_validate(found)
        except ValidationError:
            return []
    if not isinstance(found, Profile):
        return []
    return [ReadFact(key=k, value=v, source="llm") for k, v in found.known().items()]
