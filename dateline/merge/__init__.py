"""Merge stage: near-duplicate reports and cross-article events, as pure functions over plain records."""

from .duplicates import NEAR_DUPLICATE, MinHasher, duplicate_groups, is_near_duplicate, jaccard, shingles
from .events import (EXPLICIT, MentionRecord, MergeConfig, common_actors, compatible_types, cosine, date_window, merge_mentions,
                     report_words, same_event, terms, tfidf, words)

__all__ = [
    "EXPLICIT",
    "NEAR_DUPLICATE",
    "MentionRecord",
    "MergeConfig",
    "MinHasher",
    "common_actors",
    "compatible_types",
    "cosine",
    "date_window",
    "duplicate_groups",
    "is_near_duplicate",
    "jaccard",
    "merge_mentions",
    "report_words",
    "same_event",
    "shingles",
    "terms",
    "tfidf",
    "words",
]
