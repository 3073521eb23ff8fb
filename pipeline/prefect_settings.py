"""Prefect's settings, applied in code before Prefect is first imported.

Users get the same hermetic, quiet and patient Prefect as CI: its own home
under `TRIAGE_HOME`, no analytics, logs at WARNING, and a start-up timeout
long enough for a cold ephemeral server on two cores (16-18 s measured).
Values already in the environment win, so an operator can point Prefect at
a real server with `PREFECT_API_URL`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

DEFAULTS = {
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_LOGGING_SERVER_LEVEL": "WARNING",
    "PREFECT_LOGGING_TO_API_ENABLED": "false",
    "PREFECT_CLI_PROMPT": "false",
}


def configure_prefect() -> None:
    """Set Prefect's environment; call before `import prefect` (imported Prefect reads it once)."""
    from pipeline.config import settings

    if "prefect" in sys.modules and os.environ.get("PREFECT_HOME") is None:
        raise RuntimeError("configure_prefect() must run before Prefect is imported")
    os.environ.setdefault("PREFECT_HOME", str(settings().prefect_home))
    # Prefect creates its home without parents; on a new machine TRIAGE_HOME does not exist yet.
    Path(os.environ["PREFECT_HOME"]).expanduser().mkdir(parents=True, exist_ok=True)
    for key, value in DEFAULTS.items():
        os.environ.setdefault(key, value)
