"""Query stage."""
