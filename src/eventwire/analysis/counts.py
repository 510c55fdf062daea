"""Event counts by quad class with Goldstein totals: the unit every summary is made of."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

# CAMEO quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
QUAD_NAMES: dict[int, str] = {
    1: "verbal_cooperation",
    2: "material_cooperation",
    3: "verbal_conflict",
    4: "material_conflict",
}


@dataclass(frozen=True)
class QuadCounts:
    """How many events of each quad class, and their Goldstein sum."""

    verbal_cooperation: int = 0
    material_cooperation: int = 0
    verbal_conflict: int = 0
    material_conflict: int = 0
    goldstein_sum: float = 0.0

    @property
    def events(self) -> int:
        return self.verbal_cooperation + self.material_cooperation + self.verbal_conflict + self.material_conflict

    @property
    def cooperation(self) -> int:
        return self.verbal_cooperation + self.material_cooperation

    @property
    def conflict(self) -> int:
        return self.verbal_conflict + self.material_conflict

    @property
    def goldstein_mean(self) -> float | None:
        return self.goldstein_sum / self.events if self.events else None

    def plus_quad(self, quad_class: int, events: int, goldstein: float) -> QuadCounts:
        name = QUAD_NAMES.get(quad_class)
        if name is None:
            raise ValueError(f"quad class {quad_class} is not 1-4")
        return replace(self, **{name: getattr(self, name) + events, "goldstein_sum": self.goldstein_sum + goldstein})

    def __add__(self, other: QuadCounts) -> QuadCounts:
        return QuadCounts(
            self.verbal_cooperation + other.verbal_cooperation,
            self.material_cooperation + other.material_cooperation,
            self.verbal_conflict + other.verbal_conflict,
            self.material_conflict + other.material_conflict,
            self.goldstein_sum + other.goldstein_sum,
        )

    def to_dict(self) -> dict[str, Any]:
        mean = self.goldstein_mean
        return {
            "events": self.events,
            "cooperation": self.cooperation,
            "conflict": self.conflict,
            "verbal_cooperation": self.verbal_cooperation,
            "material_cooperation": self.material_cooperation,
            "verbal_conflict": self.verbal_conflict,
            "material_conflict": self.material_conflict,
            "goldstein_sum": round(self.goldstein_sum, 3),
            "goldstein_mean": round(mean, 3) if mean is not None else None,
        }
