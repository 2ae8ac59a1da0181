"""Merge stage."""
