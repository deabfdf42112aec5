"""Second Opinion Companion: prepare for a second medical opinion, offline."""

__version__ = "0.1.0"
