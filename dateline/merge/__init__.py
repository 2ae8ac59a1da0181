"""Merge stage: near-duplicate reports and cross-article events, as pure functions over plain records."""

from .duplicates import NEAR_DUPLICATE, MinHasher, duplicate_groups, is_near_duplicate, jaccard, shingles
from .events import EXPLICIT, MergeConfig, MentionRecord, date_window, merge_mentions, same_event, terms

__all__ = [
    "EXPLICIT",
    "NEAR_DUPLICATE",
    "MentionRecord",
    "MergeConfig",
    "MinHasher",
    "date_window",
    "duplicate_groups",
    "is_near_duplicate",
    "jaccard",
    "merge_mentions",
    "same_event",
    "shingles",
    "terms",
]
