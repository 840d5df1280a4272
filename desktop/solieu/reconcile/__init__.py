"""Reconciliation: near-duplicate documents, one statistic per group of mentions, checks.

Pure functions over plain records (the store's FigureRecord or anything with the
same fields); no Qt, no SQLite. The store persists the reviewer's decisions.
"""

from solieu.reconcile.checks import Check, consistency_checks
from solieu.reconcile.documents import DocumentPair, near_duplicates
from solieu.reconcile.grouping import FixedGroup, Group, group_mentions, tolerance

__all__ = [
    "Check",
    "DocumentPair",
    "FixedGroup",
    "Group",
    "consistency_checks",
    "group_mentions",
    "near_duplicates",
    "tolerance",
]
