"""The figure extractor: a pure function from article text to candidate figures."""

from solieu.extract.figures import extract_figures

__all__ = ["extract_figures"]
