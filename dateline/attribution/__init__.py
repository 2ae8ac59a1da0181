"""Attribution stage."""
