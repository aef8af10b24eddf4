"""HTTP mode: the Bolt app behind POST /slack/events on the FastAPI app of `cni-advisor serve`."""

EVENTS_PATH = "/slack/events"


def mount(fastapi_app, bolt_app, path: str = EVENTS_PATH) -> None:
    from fastapi import Request
    from slack_bolt.adapter.starlette.handler import to_bolt_request, to_starlette_response
    from starlette.concurrency import run_in_threadpool
    from starlette.responses import Response

    # No postponed annotations in this module: FastAPI must see the real Request class here.
    async def slack_events(request: Request) -> Response:
        body = await request.body()
        try:
            bolt_request = to_bolt_request(request, body)
        except (ValueError, AttributeError, TypeError):  # not UTF-8, not JSON, not an object: not Slack
            return Response(status_code=400, content="malformed request body")
        # Dispatch blocks until the listener acks (and on the first event calls auth.test): keep it
        # off the event loop so the web UI stays responsive.
        response = await run_in_threadpool(bolt_app.dispatch, bolt_request)
        return to_starlette_response(response)

    fastapi_app.add_api_route(path, slack_events, methods=["POST"], include_in_schema=False)
    # A catch-all mount at "/" (Gradio) added earlier would shadow the new route: move it first.
    routes = fastapi_app.router.routes
    routes.insert(0, routes.pop())
