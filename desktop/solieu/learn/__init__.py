"""What the project learns from the reviewer: the codebook of indicators, suggestions,
rejection resemblance and correction rules. Core: no Qt (the import-linter contract)."""
