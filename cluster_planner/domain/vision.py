"""The vision composer: a proposed statement from the parts a good cluster vision has.

A cluster vision typically names a market positioning, a horizon year, an
economic target and an inclusion target, and often an environmental or social
commitment ("By 2030, … at least 250 poor weaver families raise their turnover
by 20 %"). The facilitator edits the proposal freely; the parts are kept with the
draft so a later revision can start from them. Proposals follow the plan's
language (English, Spanish or French; others fall back to English).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class VisionParts:
    """The parts the composer asks for; any may be left empty."""

    cluster: str = ""
    positioning: str = ""
    horizon_year: int | None = None
    economic_target: str = ""
    inclusion_target: str = ""
    commitment: str = ""

    @property
    def missing(self) -> tuple[str, ...]:
        """The parts a complete vision still lacks, by field name."""
        wanted = ("positioning", "horizon_year", "economic_target", "inclusion_target")
        return tuple(name for name in wanted if not getattr(self, name))


_WORDS = {
    "en": {
        "by": "By {year}, ",
        "is": " is ",
        "where": ", where ",
        "and": " and ",
        "cluster": "the cluster",
    },
    "es": {
        "by": "Para {year}, ",
        "is": " es ",
        "where": ", donde ",
        "and": " y ",
        "cluster": "el clúster",
    },
    "fr": {
        "by": "D'ici {year}, ",
        "is": " est ",
        "where": ", où ",
        "and": " et ",
        "cluster": "le cluster",
    },
}


def _clean(part: str) -> str:
    return part.strip().rstrip(".;,")


def compose(parts: VisionParts, language: str = "en") -> str:
    """A proposed vision statement in ``language`` (en, es, fr) from ``parts``."""
    words = _WORDS.get(language.split("_")[0].lower(), _WORDS["en"])
    subject = _clean(parts.cluster) or words["cluster"]
    opening = words["by"].format(year=parts.horizon_year) if parts.horizon_year else ""
    sentence = opening + (subject if opening else subject[:1].upper() + subject[1:])
    positioning = _clean(parts.positioning)
    if positioning:
        sentence += words["is"] + positioning
    targets = [_clean(t) for t in (parts.economic_target, parts.inclusion_target) if _clean(t)]
    commitment = _clean(parts.commitment)
    if commitment:
        targets.append(commitment)
    if targets:
        joined = (
            targets[0]
            if len(targets) == 1
            else (", ".join(targets[:-1]) + words["and"] + targets[-1])
        )
        sentence += (words["where"] if positioning else " ") + joined
    return sentence + "."
