"""Reviewable data files: lexicons, actor tables, ontology."""

from pathlib import Path

DATA_DIR = Path(__file__).parent
# the package's source directory: read, never imported from, by code that hashes its own sources (a module
# compiled with mypyc has no reliable __file__ of its own; this package stays in Python)
PACKAGE_DIR = DATA_DIR.parent


def data_path(*parts: str) -> Path:
    return DATA_DIR.joinpath(*parts)
