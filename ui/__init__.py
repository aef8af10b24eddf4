"""Interfaces: the CLI, the web app and HTTP API, the Slack bot. They only call `assistant` and `ingest`."""
