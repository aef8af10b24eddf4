"""The web app: FastAPI (HTTP API) with the Gradio chat mounted at `/`. Import `ui.web.app` lazily."""
