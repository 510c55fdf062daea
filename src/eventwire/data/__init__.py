"""Reviewable data files: lexicons, actor tables, ontology."""

from pathlib import Path

DATA_DIR = Path(__file__).parent


def data_path(*parts: str) -> Path:
    return DATA_DIR.joinpath(*parts)
