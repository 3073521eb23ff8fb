"""Prefect flows over the pipeline's stages. Importing this package configures Prefect first."""

from pipeline.prefect_settings import configure_prefect

configure_prefect()
