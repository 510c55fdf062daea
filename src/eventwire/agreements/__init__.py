"""Agreements, treaties, MoUs, ceasefires, UN resolutions and sanctions regimes in the news.

`find` reads them from a coded article's parse (a pipeline stage); `link` points the events that
concern one at it; `register` merges the references of many articles into one entry per agreement.
"""

from __future__ import annotations

from .find import AgreementFinder
from .link import link_events
from .vocabulary import AgreementTerms, load_terms

__all__ = ["AgreementFinder", "AgreementTerms", "link_events", "load_terms"]
