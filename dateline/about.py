"""Version numbers: the package's and the JSON output format's."""

__version__ = "0.1.0"
OUTPUT_VERSION = 1
