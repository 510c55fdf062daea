"""eventwire: news text in, explained political events (CAMEO and PLOVER) out."""

from .compiled import check_compiled_modules

__version__ = "0.1.0"

check_compiled_modules()  # a build made by scripts/compile_coder.py must match its sources
