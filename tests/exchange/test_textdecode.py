"""Tests for decoding contact files: byte-order marks, UTF-16 without BOM, legacy charsets, CRs."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from coordinator_app.exchange.textdecode import (
    decode_legacy,
    decode_text,
    guess_legacy_charset,
    normalise_line_ends,
)

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples"
DANISH = "Søren Kjærgård\nÅse Østergaard, Ærøskøbing"


@pytest.mark.parametrize(
    ("codec", "bom"),
    [
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("utf-32-le", b"\xff\xfe\x00\x00"),
        ("utf-32-be", b"\x00\x00\xfe\xff"),
    ],
)
def test_byte_order_marks_are_recognised_and_removed(codec: str, bom: bytes) -> None:
    assert decode_text(bom + DANISH.encode(codec)) == DANISH


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised_by_its_nul_bytes(codec: str) -> None:
    assert decode_text(DANISH.encode(codec)) == DANISH


def test_danish_letters_round_trip_in_utf8_and_cp1252() -> None:
    assert decode_text(DANISH.encode("utf-8")) == DANISH
    assert decode_text(DANISH.encode("cp1252")) == DANISH


def test_a_short_cp1252_name_is_read_as_danish_not_as_central_european() -> None:
    # charset-normalizer alone prefers cp1250 here and would give "Sřren".
    assert guess_legacy_charset("Søren".encode("cp1252")) == "cp1252"
    assert decode_legacy("Jørgen Bæk".encode("cp1252")) == "Jørgen Bæk"


def test_polish_in_cp1250_is_recognised() -> None:
    assert guess_legacy_charset(b"Iksi\xf1ski;Piotr") == "cp1250"
    polish = "Zażółć gęślą jaźń, Łódź"
    assert decode_legacy(polish.encode("cp1250")) == polish


def test_ascii_needs_no_guess() -> None:
    assert guess_legacy_charset(b"plain ascii") == "cp1252"


def test_a_file_mixing_utf8_and_cp1252_lines_keeps_both_right() -> None:
    data = "Søren Ærø\n".encode() + "Jørgen Bæk\n".encode("cp1252")
    assert decode_text(data) == "Søren Ærø\nJørgen Bæk\n"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a\r\nb\r\n", "a\nb\n"),
        ("a\nb\n", "a\nb\n"),
        ("a\r\r\nb\r\r\n", "a\nb\n"),  # iOS 6
        ("a\rb\rc\r", "a\nb\nc\n"),  # classic Mac OS
        ("a\r\nx\ry\r\nb\r\n", "a\nx\ry\nb\n"),  # a CR inside a value stays data
    ],
)
def test_line_ends(raw: str, expected: str) -> None:
    assert normalise_line_ends(raw) == expected
    assert decode_text(raw.encode()) == expected


def test_apple_utf16_be_sample_without_bom() -> None:
    text = decode_text((SAMPLES / "vcard" / "apple_utf16.vcf").read_bytes())
    assert text.startswith("BEGIN:VCARD\nVERSION:3.0\nN:ĽdaMonté;Ǽgean;;;\nFN:Ǽgean ĽdaMonté\n")
    assert "\r" not in text


def test_thunderbird_utf16_le_sample_with_bom() -> None:
    text = decode_text((SAMPLES / "csv" / "thunderbird_utf16le.csv").read_bytes())
    assert text.startswith("First Name,Last Name,Display Name,")
    assert "\nJohn,Doe,John Doe,,johndoe@host.invalid," in text


def test_outlook_german_cp1252_sample() -> None:
    text = decode_text((SAMPLES / "csv" / "outlook2013_csv_de_cp1252.csv").read_bytes())
    assert '"Straße geschäftlich"' in text
    assert '"Weiß"' in text


def test_ios6_cr_cr_lf_sample_has_one_line_per_line() -> None:
    data = (SAMPLES / "vcard" / "apple_ios613_photo.vcf").read_bytes()
    text = decode_text(data)
    assert "\r" not in text
    assert text.count("\n") == data.count(b"\r\r\n")


def test_thunderbird_cr_inside_a_value_is_kept() -> None:
    text = decode_text((SAMPLES / "vcard" / "thunderbird_export_v40.vcf").read_bytes())
    assert "X-CUSTOM3;VALUE=TEXT:custom\r3\n" in text


@settings(max_examples=200, deadline=2000)
@given(st.binary(max_size=10_000))
def test_any_bytes_decode_without_error(data: bytes) -> None:
    text = decode_text(data)
    assert "\r\n" not in text


@settings(max_examples=100, deadline=2000)
# Text files hold no NUL characters; NUL bytes are what tells UTF-16 without a BOM apart.
@given(st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=2_000))
def test_utf8_text_round_trips_apart_from_line_ends(text: str) -> None:
    assert decode_text(text.encode()) == normalise_line_ends(text.removeprefix("\ufeff"))
