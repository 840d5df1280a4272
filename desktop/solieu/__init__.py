"""Solieu: review and curate the statistics that news articles report."""

__version__ = "0.1.0"
