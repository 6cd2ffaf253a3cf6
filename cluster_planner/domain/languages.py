"""The languages a plan can be written in: a code each, named in the language itself.

The plan's language (Cluster ▸ Profile ▸ Language) says what its people write in: the
roadmap is printed in it when the documents speak it (en, es, fr), the vision composer
proposes its sentence in it, and a right-to-left language lays the plan's pages out
mirrored. It is chosen from this list, so "Spanish" or "castellano" never reaches the plan.
"""

from __future__ import annotations

# The documents speak the first three; the others are those of cluster initiatives
# run with UNIDO (Africa, the Arab region, Asia, Latin America, Eastern Europe).
PLAN_LANGUAGES: dict[str, str] = {
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "ar": "العربية",
    "am": "አማርኛ",
    "id": "Bahasa Indonesia",
    "sw": "Kiswahili",
    "pt": "Português",
    "ru": "Русский",
    "tr": "Türkçe",
    "vi": "Tiếng Việt",
    "zh": "中文",
}

DEFAULT_LANGUAGE = "en"


def plan_language_code(text: str) -> str | None:
    """The code of a plan language as stored ("es", "es_EC", "es-EC"), or None when ``text``
    is not one of PLAN_LANGUAGES."""
    code = text.strip().replace("-", "_").split("_")[0].lower()
    return code if code in PLAN_LANGUAGES else None
