"""Documents into the index: `run_ingest(settings, paths) -> IngestReport`."""


def __getattr__(name: str):
    # Lazy, so importing one loader module does not pull in the whole pipeline.
    if name == "run_ingest":
        from ingest.pipeline import run_ingest

        return run_ingest
    if name == "IngestReport":
        from ingest.report import IngestReport

        return IngestReport
    raise AttributeError(name)


__all__ = ["IngestReport", "run_ingest"]
