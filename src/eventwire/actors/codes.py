"""CAMEO-style actor codes composed from a country slot and a PLOVER sector.

Rule (documented in docs/actors.md): code = prefix + sector, where the prefix is the CAMEO country code
(ISO alpha-3 except Kosovo KSV and Timor-Leste TMP), "IGOUNO" for the United Nations, "IGOEUR" for the
European Union, the slot itself for other international actors (IGO, NGO, IMG, MNC) and "---" when only
the sector is known.  The sector part is the PLOVER code (so MED is health and JRN is media).
"""

from __future__ import annotations

from .tables import cameo_prefixes

INTERNATIONAL_PREFIX = {"UNO": "IGOUNO", "EUR": "IGOEUR"}


def compose_code(country: str, sector: str) -> str:
    if not country and not sector:
        return ""
    if not country:
        return "---" + sector
    prefix = INTERNATIONAL_PREFIX.get(country) or cameo_prefixes().get(country, country)
    return prefix + sector
