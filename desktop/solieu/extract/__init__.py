"""The figure extractor: a pure function from article text to candidate figures."""

import logging

from solieu.extract.document import (
    Extraction,
    ExtractWarning,
    extract_document,
    extract_figures,
    figure_at,
    parse_selection,
)

__all__ = [
    "ExtractWarning",
    "Extraction",
    "extract_document",
    "extract_figures",
    "figure_at",
    "parse_selection",
]

# A library logs, the application shows: without this, Python's last-resort handler
# would print every skipped token to stderr a second time beside the CLI's own line.
logging.getLogger("solieu.extract").addHandler(logging.NullHandler())
