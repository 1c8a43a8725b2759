"""Countries by name in the UI language ("Danmark", "Denmark") instead of their ISO codes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from coordinator_app.domain.collation import sort_key


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


# The countries a coordinator in Denmark is likely to choose, translated; every other country
# is named as Qt names it (in English).
_NAMES: dict[str, str] = {
    "DK": QT_TRANSLATE_NOOP("Countries", "Denmark"),
    "FO": QT_TRANSLATE_NOOP("Countries", "Faroe Islands"),
    "GL": QT_TRANSLATE_NOOP("Countries", "Greenland"),
    "SE": QT_TRANSLATE_NOOP("Countries", "Sweden"),
    "NO": QT_TRANSLATE_NOOP("Countries", "Norway"),
    "FI": QT_TRANSLATE_NOOP("Countries", "Finland"),
    "IS": QT_TRANSLATE_NOOP("Countries", "Iceland"),
    "AX": QT_TRANSLATE_NOOP("Countries", "Åland Islands"),
    "DE": QT_TRANSLATE_NOOP("Countries", "Germany"),
    "NL": QT_TRANSLATE_NOOP("Countries", "Netherlands"),
    "BE": QT_TRANSLATE_NOOP("Countries", "Belgium"),
    "LU": QT_TRANSLATE_NOOP("Countries", "Luxembourg"),
    "FR": QT_TRANSLATE_NOOP("Countries", "France"),
    "GB": QT_TRANSLATE_NOOP("Countries", "United Kingdom"),
    "IE": QT_TRANSLATE_NOOP("Countries", "Ireland"),
    "ES": QT_TRANSLATE_NOOP("Countries", "Spain"),
    "PT": QT_TRANSLATE_NOOP("Countries", "Portugal"),
    "IT": QT_TRANSLATE_NOOP("Countries", "Italy"),
    "CH": QT_TRANSLATE_NOOP("Countries", "Switzerland"),
    "AT": QT_TRANSLATE_NOOP("Countries", "Austria"),
    "PL": QT_TRANSLATE_NOOP("Countries", "Poland"),
    "CZ": QT_TRANSLATE_NOOP("Countries", "Czechia"),
    "SK": QT_TRANSLATE_NOOP("Countries", "Slovakia"),
    "HU": QT_TRANSLATE_NOOP("Countries", "Hungary"),
    "EE": QT_TRANSLATE_NOOP("Countries", "Estonia"),
    "LV": QT_TRANSLATE_NOOP("Countries", "Latvia"),
    "LT": QT_TRANSLATE_NOOP("Countries", "Lithuania"),
    "GR": QT_TRANSLATE_NOOP("Countries", "Greece"),
    "US": QT_TRANSLATE_NOOP("Countries", "United States"),
    "CA": QT_TRANSLATE_NOOP("Countries", "Canada"),
    "IN": QT_TRANSLATE_NOOP("Countries", "India"),
}


def country_name(code: str) -> str:
    """The country of an ISO 3166 code in the UI language; the code itself if none is known."""
    code = code.upper()
    if code in _NAMES:
        return QCoreApplication.translate("Countries", _NAMES[code])
    if len(code) == 2:
        territory = QLocale.codeToTerritory(code)
        if territory != QLocale.Country.AnyTerritory:
            return QLocale.territoryToString(territory)
    return code


# Codes that name a country a second time (the holidays package knows Britain as GB and UK).
_ALIASES = {"UK": "GB"}


def countries_by_name(codes: list[str], lang: str) -> list[tuple[str, str]]:
    """(code, name) of the two-letter `codes` (the three-letter ones and aliases are the same
    countries again), sorted by name in `lang`."""
    known = set(codes)
    named = [
        (code, country_name(code))
        for code in codes
        if len(code) == 2 and _ALIASES.get(code) not in known
    ]
    return sorted(named, key=lambda pair: sort_key(pair[1], lang))
