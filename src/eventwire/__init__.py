"""eventwire: news text in, explained political events (CAMEO and PLOVER) out."""

__version__ = "0.1.0"
