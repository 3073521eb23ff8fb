"""Notice triage pipeline: ingest → extract → understand → flag → assess → report."""

__version__ = "0.1.0"
