"""HTTP API: POST /api/ask (same JSON as `ask --json`) and GET /healthz."""

from __future__ import annotations

from fastapi import APIRouter, FastAPI, HTTPException, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from assistant.errors import AdvisorError, BadInput, StoreUnavailable
from assistant.models import AskResult, Profile

BODY_HINT = 'send JSON like {"question": "Which CNI for VMware NAT?", "profile": {"encryption": true}}'


class AskRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    question: str = Field(description="The question, English or Chinese.")
    profile: Profile | None = Field(default=None, description="Known facts; they override the question.")
    evidence: str | list[str] | None = Field(
        default=None, description="What the nodes printed (arp, ip, kubectl, uname...): read as data, never run.")


router = APIRouter()


@router.post("/api/ask", response_model=AskResult, responses={413: {}, 422: {}, 503: {}})
def ask(body: AskRequest, request: Request) -> dict:
    # A plain `def`: FastAPI runs it in its threadpool, so a slow ask never blocks the event loop.
    settings, advisor = request.app.state.settings, request.app.state.advisor
    limit = settings.max_question_chars
    if len(body.question) > limit:
        raise HTTPException(
            413,
            f"question is {len(body.question)} characters, the limit is {limit}:"
            " shorten it or raise CNI_ADVISOR_MAX_QUESTION_CHARS",
        )
    evidence = [body.evidence] if isinstance(body.evidence, str) else body.evidence
    return advisor.ask(body.question, body.profile, evidence=evidence).model_dump()


@router.get("/healthz")
def healthz(request: Request) -> JSONResponse:
    settings, advisor = request.app.state.settings, request.app.state.advisor
    try:
        info = advisor.health()
    except StoreUnavailable as exc:
        return JSONResponse(
            {
                "status": "unavailable",
                "reason": str(exc),
                "storage_mode": settings.storage_mode,
                "embedding_model": settings.embedding_model,
            },
            status_code=503,
        )
    return JSONResponse({"status": "ok", **jsonable_encoder(info)})


def _describe(exc: RequestValidationError) -> str:
    err = exc.errors()[0] if exc.errors() else {}
    where = ".".join(str(p) for p in err.get("loc", ()) if p != "body") or "body"
    return f"invalid request at '{where}': {err.get('msg', 'malformed')}; {BODY_HINT}"


def install(app: FastAPI) -> None:
    app.include_router(router)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request, exc: RequestValidationError):
        return JSONResponse(
            {"detail": _describe(exc), "errors": jsonable_encoder(exc.errors())}, status_code=422
        )

    @app.exception_handler(AdvisorError)
    async def _advisor_error(_request, exc: AdvisorError):
        status = 503 if isinstance(exc, StoreUnavailable) else 422 if isinstance(exc, BadInput) else 400
        return JSONResponse({"detail": str(exc)}, status_code=status)
