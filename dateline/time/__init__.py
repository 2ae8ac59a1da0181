"""Temporal expressions: recognition and TIMEX3 normalisation anchored on the publication time."""

from .tagger import TimeTagger
from .types import TimeExpr

__all__ = ["TimeExpr", "TimeTagger"]
