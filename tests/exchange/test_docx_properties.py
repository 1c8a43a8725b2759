"""The DOCX minutes' core properties fit the format: at most 255 characters each."""

from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree

from coordinator_app.domain.minutes import ExportOptions
from coordinator_app.exchange.minutes_export import minutes_bytes
from tests.exchange.minutes_demo import PRINTED, demo_minutes

LIMIT = 255


def _core_properties(data: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        root = ElementTree.fromstring(package.read("docProps/core.xml"))
    return {element.tag.rsplit("}", 1)[-1]: element.text or "" for element in root}


def test_a_long_group_name_coordinator_and_theme_fit_the_core_properties() -> None:
    group = "Netværksgruppen for IT-drift og infrastruktur i Region Øresund " * 4
    document = demo_minutes(
        group_name=group[:240],
        coordinator_name="Kristoffer Ærø-Østergaard Bendtsen " * 6,
        theme="Sikkerhed, drift og arkitektur i den offentlige sektor " * 6,
    )
    for lang in ("da", "en"):
        data = minutes_bytes(
            document, fmt="docx", options=ExportOptions(lang=lang), printed_on=PRINTED
        )
        properties = _core_properties(data)
        assert all(len(value) <= LIMIT for value in properties.values()), properties
        assert properties["title"].endswith("…")
        assert properties["title"].startswith(("Referat – Netværksgruppen", "Minutes – Netvær"))
        assert properties["subject"].startswith("Netværksgruppen for IT-drift")
        assert properties["creator"].startswith("Kristoffer Ærø-Østergaard")
