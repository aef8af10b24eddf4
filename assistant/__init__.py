"""cni-advisor's core: settings, index access, retrieval, recommendation and answers.

Nothing here imports `ingest` or `ui`, reads the environment or touches the
network at import time.
"""

__version__ = "0.1.0"
