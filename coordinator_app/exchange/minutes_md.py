"""The minutes of one meeting as Markdown (CommonMark with GitHub tables), for wikis and notes.

The same content as the PDF: the confidentiality line comes first, then headings, lists and
tables. Whatever a member typed is escaped, so that no text can add structure of its own: a
text that starts with "# " does not become a heading, a "|" does not end a table cell, "<" does
not start HTML, "[x](y)" does not become a link, and a line break inside an entry stays inside
it (as a hard line break).

The document handed in has already been redacted (`domain.minutes.redact`).
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Sequence
from pathlib import Path

from coordinator_app.domain.enums import MinutesStatus
from coordinator_app.domain.minutes import ActionLine, MinutesDocument
from coordinator_app.exchange import minutes_common as mc
from coordinator_app.exchange.doc_texts import DocumentTexts, agenda_kind_label, document_texts
from coordinator_app.exchange.pdf_common import write_private_file

# Characters that may start or end inline structure anywhere in a line: emphasis, code, links,
# images, HTML, tables, strikethrough, math, footnotes, headings' closing "#"s, entities.
_INLINE = re.compile(r"([\\`*_\[\]<>|~#$!&])")
# What may start a block at the beginning of a line: lists ("-", "+", "1.", "1)"), thematic
# breaks and setext underlines ("=", "-"), block quotes (">" is escaped inline anyway).
_LIST_MARKER = re.compile(r"^(\d{1,9})([.)])")


def escape_inline(text: str) -> str:
    """One line of user text as literal Markdown: every special character backslash-escaped,
    and a line start that would open a block (list, heading, rule) escaped too."""
    line = " ".join(text.split())  # no leading indentation (code block), single spaces
    line = _INLINE.sub(r"\\\1", line)
    if line[:1] in ("-", "+", "="):
        line = "\\" + line
    return _LIST_MARKER.sub(r"\1\\\2", line)


def _cell(text: str) -> str:
    """Text for a table cell: one line, escaped (so a "|" stays inside the cell)."""
    return escape_inline(text) or " "


def _block(text: str, indent: str = "") -> list[str]:
    """User text as Markdown paragraphs: blank lines separate paragraphs, single newlines are
    hard line breaks; every line escaped and indented by `indent` (inside a list item)."""
    lines: list[str] = []
    for paragraph in mc.paragraphs(text):
        if lines:
            lines.append("")
        escaped = [escape_inline(line) for line in paragraph]
        lines.extend(
            f"{indent}{line}\\" if number < len(escaped) - 1 else f"{indent}{line}"
            for number, line in enumerate(escaped)
        )
    return lines


def _table(
    headers: Sequence[str], rows: Sequence[Sequence[str]], *, right: int | None = None
) -> list[str]:
    """A GitHub table; `rows` are escaped cell texts."""
    rule = ["---:" if index == right else "---" for index in range(len(headers))]
    lines = [
        "| " + " | ".join(escape_inline(h) for h in headers) + " |",
        "| " + " | ".join(rule) + " |",
    ]
    lines.extend("| " + " | ".join(row) + " |" for row in rows)
    return lines


def _muted(text: str) -> str:
    return f"*{escape_inline(text)}*"


def _heading(document: MinutesDocument, texts: DocumentTexts, lang: str) -> list[str]:
    group = mc.one_line(document.group_name)
    title = escape_inline(mc.meeting_title(document, texts))
    lines = [
        f"> **{escape_inline(texts.confidential_notice)}**",
        "",
        f"# {escape_inline(texts.minutes_title)}: {title}",
        "",
    ]
    details: list[str] = []
    when = escape_inline(mc.meeting_when(document, texts, lang))
    details.append(f"**{escape_inline(group)}** · {when}" if group else when)
    for label, value in (
        (texts.host_label, mc.host_line(document)),
        (texts.coordinator_label, mc.coordinator_line(document)),
        (texts.minutes_status_label, mc.minutes_status_label(document.status, texts)),
    ):
        if value:
            details.append(f"**{escape_inline(label)}:** {escape_inline(value)}")
    lines.extend(f"{line}\\" for line in details[:-1])
    lines.append(details[-1])
    lines += ["", f"> {escape_inline(texts.minutes_confidential_intro)}"]
    if document.status is MinutesStatus.DRAFT:
        lines += ["", f"**{escape_inline(texts.minutes_draft_note)}**"]
    return lines


def _attendance(document: MinutesDocument, texts: DocumentTexts) -> list[str]:
    lines = [f"## {escape_inline(texts.attendance_heading)}", ""]
    rows = mc.attendance_rows(document)
    if not rows:
        return [*lines, _muted(texts.attendance_empty)]
    if document.present or document.absent:
        lines += [escape_inline(mc.attendance_summary(document, texts)), ""]
    table_rows: list[list[str]] = []
    for line in rows:
        status = escape_inline(mc.attendance_label(line.status, texts))
        if note := mc.one_line(line.note):
            status = f"{status} – {escape_inline(note)}"
        table_rows.append(
            [
                _cell(mc.one_line(line.name, mc.MAX_NAME)),
                _cell(mc.one_line(line.organisation)),
                status,
            ]
        )
    return [*lines, *_table((texts.col_name, texts.col_company, texts.col_attendance), table_rows)]


def _talks(document: MinutesDocument, texts: DocumentTexts, lang: str) -> list[str]:
    lines = [f"## {escape_inline(texts.talks_heading)}"]
    if not document.talks:
        return [*lines, "", _muted(texts.talks_empty)]
    for talk in sorted(document.talks, key=lambda t: (t.start, t.end)):
        kind = agenda_kind_label(talk.kind, lang)
        title = mc.one_line(talk.title) or kind
        heading = f"{mc.clock(talk.start, lang)}–{mc.clock(talk.end, lang)} {escape_inline(title)}"
        if kind.casefold() not in title.casefold():
            heading += f" ({escape_inline(kind)})"
        lines += ["", f"### {heading}"]
        speaker = " · ".join(
            part
            for part in (
                mc.one_line(talk.speaker, mc.MAX_NAME),
                mc.one_line(talk.speaker_organisation),
            )
            if part
        )
        if speaker:
            lines += ["", _muted(speaker)]
        if block := _block(talk.notes):
            lines += ["", *block]
    return lines


def _round_table(document: MinutesDocument, texts: DocumentTexts) -> list[str]:
    lines = [f"## {escape_inline(texts.round_table_heading)}"]
    for note in mc.redaction_notes(document, texts):
        lines += ["", _muted(note)]
    entries = mc.ordered_entries(document)
    if not entries and not document.entries_left_out:
        return [*lines, "", _muted(texts.round_table_empty)]
    for entry in entries:
        name, organisation = mc.entry_speaker(entry)
        heading = escape_inline(name)
        if organisation:
            heading += f", {escape_inline(organisation)}"
        if tag := mc.level_tag(entry.level, texts):
            heading += f" ({escape_inline(tag)})"
        lines += ["", f"### {heading}"]
        if block := _block(entry.text):
            lines += ["", *block]
        if topics := mc.entry_topics(entry):
            joined = ", ".join(escape_inline(topic) for topic in topics)
            lines += ["", f"*{escape_inline(texts.topics_label)}:* {joined}"]
    return lines


def _decisions(document: MinutesDocument, texts: DocumentTexts) -> list[str]:
    lines = [f"## {escape_inline(texts.decisions_heading)}", ""]
    decisions = mc.ordered_decisions(document)
    if not decisions:
        return [*lines, _muted(texts.decisions_empty)]
    for number, text in enumerate(decisions, start=1):
        marker = f"{number}. "
        block = _block(text, indent=" " * len(marker))
        if not block:
            continue
        block[0] = marker + block[0].lstrip()
        lines.extend(block)
    return lines


def _action_rows(
    actions: Sequence[ActionLine], texts: DocumentTexts, lang: str, *, done: bool
) -> list[list[str]]:
    return [
        [
            _cell(mc.one_line(action.text, mc.MAX_TEXT // 10)),
            _cell(mc.one_line(action.owner_name, mc.MAX_NAME)),
            _cell(mc.short_date(action.done_on if done else action.due_on, lang)),
            _cell(mc.action_origin(action, texts, lang)),
        ]
        for action in actions
    ]


def _actions(document: MinutesDocument, texts: DocumentTexts, lang: str) -> list[str]:
    lines = [f"## {escape_inline(texts.actions_heading)}"]
    if not document.actions:
        return [*lines, "", _muted(texts.actions_empty)]
    for heading, actions, done in (
        (texts.actions_open_heading, document.open_actions, False),
        (texts.actions_done_heading, document.done_actions, True),
    ):
        if not actions:
            continue
        third = texts.col_done_on if done else texts.col_due
        lines += ["", f"### {escape_inline(heading)}", ""]
        lines += _table(
            (texts.col_action, texts.col_owner, third, texts.col_from_meeting),
            _action_rows(actions, texts, lang, done=done),
        )
    return lines


def _next_meeting(document: MinutesDocument, texts: DocumentTexts) -> list[str]:
    theme = mc.next_theme(document)
    value = f"**{escape_inline(theme)}**" if theme else _muted(texts.next_theme_undecided)
    lines = [
        f"## {escape_inline(texts.next_meeting_heading)}",
        "",
        f"{escape_inline(texts.next_theme_label)}: {value}",
    ]
    themes = mc.ordered_themes(document)
    if not themes:
        return lines
    rows = [
        [
            _cell(mc.one_line(line.theme, 2 * mc.MAX_LINE))
            + (f" ✓ *{escape_inline(texts.theme_chosen)}*" if line.chosen else ""),
            _cell(mc.one_line(line.proposed_by_name, mc.MAX_NAME)),
            str(line.votes),
        ]
        for line in themes
    ]
    lines += ["", f"### {escape_inline(texts.theme_votes_heading)}", ""]
    return lines + _table((texts.col_theme, texts.col_proposed_by, texts.col_votes), rows, right=2)


def _speakers(document: MinutesDocument, texts: DocumentTexts, lang: str) -> list[str]:
    lines = [f"## {escape_inline(texts.speakers_heading)}", ""]
    speakers = mc.ordered_speakers(document)
    if not speakers:
        return [*lines, _muted(texts.speakers_empty)]
    rows: list[list[str]] = []
    for speaker in speakers:
        topic = _cell(mc.one_line(speaker.topic, 2 * mc.MAX_LINE))
        if notes := mc.one_line(speaker.notes, 2 * mc.MAX_LINE):
            topic += f" ({escape_inline(notes)})"
        name, organisation = mc.speaker_name(speaker)
        who = ", ".join(escape_inline(part) for part in (name, organisation) if part)
        rows.append(
            [
                topic,
                who or " ",
                _cell(mc.one_line(speaker.proposed_by_name, mc.MAX_NAME)),
                _cell(mc.speaker_status(speaker, texts, lang)),
            ]
        )
    return lines + _table(
        (texts.col_topic, texts.col_speaker, texts.col_proposed_by, texts.col_status), rows
    )


def minutes_markdown(document: MinutesDocument, *, lang: str, printed_on: dt.date) -> str:
    """The minutes in `lang` as Markdown text (ends with a newline)."""
    texts = document_texts(lang)
    sections = (
        _heading(document, texts, lang),
        _attendance(document, texts),
        _talks(document, texts, lang),
        _round_table(document, texts),
        _decisions(document, texts),
        _actions(document, texts, lang),
        _next_meeting(document, texts),
        _speakers(document, texts, lang),
        ["---", "", _muted(mc.footer_text(document, texts, lang, printed_on))],
    )
    return "\n\n".join("\n".join(section) for section in sections) + "\n"


def write_minutes_md(
    document: MinutesDocument, out: Path, *, lang: str, printed_on: dt.date
) -> None:
    """Write the Markdown minutes (UTF-8) to `out` atomically with mode 0600."""
    text = minutes_markdown(document, lang=lang, printed_on=printed_on)
    write_private_file(Path(os.fspath(out)), text.encode("utf-8"))
