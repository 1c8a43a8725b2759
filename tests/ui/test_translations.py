"""The Danish translation is complete: every text finished, with its placeholders and mnemonic."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

TS_FILE = Path(__file__).parents[2] / "resources" / "translations" / "coordinator_da.ts"
PLACEHOLDER = re.compile(r"%(?:\d+|n)")
MNEMONIC = re.compile(r"&(?!&)")


def _placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def _mnemonics(text: str) -> int:
    return len(MNEMONIC.findall(text.replace("&&", "")))


def _problems(message: ET.Element, context: str) -> list[str]:
    source = message.findtext("source", "")
    where = f"{context}: {source!r}"
    translation = message.find("translation")
    if translation is None:
        return [f"{where} has no translation"]
    problems = []
    if translation.get("type") is not None:
        problems.append(f"{where} is {translation.get('type')}")
    if message.get("numerus") == "yes":
        forms = [form.text or "" for form in translation.iter("numerusform")]
        if len(forms) != 2:
            problems.append(f"{where} needs 2 plural forms, has {len(forms)}")
    else:
        forms = [translation.text or ""]
    for form in forms:
        if not form.strip():
            problems.append(f"{where} has an empty translation")
        elif _placeholders(form) != _placeholders(source):
            problems.append(f"{where} -> {form!r}: placeholders differ")
        elif _mnemonics(form) != _mnemonics(source):
            problems.append(f"{where} -> {form!r}: mnemonic '&' differs")
    return problems


def test_danish_translation_is_complete() -> None:
    root = ET.parse(TS_FILE).getroot()
    problems = [
        problem
        for context in root.iter("context")
        for message in context.iter("message")
        for problem in _problems(message, context.findtext("name", ""))
    ]
    assert len(root.findall(".//message")) > 0
    assert problems == []


def test_no_source_locations() -> None:
    """The file is generated with `-locations none`, so line moves do not churn it."""
    assert ET.parse(TS_FILE).getroot().findall(".//location") == []
