"""Scoring Dateline against gold corpora (../shared/data)."""
