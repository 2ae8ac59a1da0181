"""Actors stage."""
