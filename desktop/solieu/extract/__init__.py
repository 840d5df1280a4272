"""The figure extractor: a pure function from article text to candidate figures."""

from solieu.extract.figures import extract_figures, parse_selection

__all__ = ["extract_figures", "parse_selection"]
