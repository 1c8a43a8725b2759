"""The whole domain as typed SQLAlchemy 2 models; portable SQL only (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
    func,
)
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, validates

from coordinator_app.domain.enums import (
    AgendaKind,
    AttendanceStatus,
    Confidentiality,
    MeetingStatus,
    MinutesStatus,
    Role,
    Rsvp,
    SpeakerStatus,
)
from coordinator_app.domain.names import name_key
from coordinator_app.store.text_columns import clean_text_columns

# Named constraints make migrations portable: SQLite batch mode and PostgreSQL both need names.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _enum(enum_cls: type[StrEnum]) -> Enum:
    """A string column limited to the enum's values, stored as VARCHAR with a CHECK constraint."""
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=True,
        length=20,
        name=enum_cls.__name__.lower(),
        values_callable=lambda cls: [member.value for member in cls],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: dict[Any, Any] = {  # noqa: RUF012 - SQLAlchemy reads it as a class attribute
        str: String(255),
        dt.datetime: DateTime(timezone=True),
        dt.date: Date(),
        dt.time: Time(),
        Role: _enum(Role),
        MeetingStatus: _enum(MeetingStatus),
        AgendaKind: _enum(AgendaKind),
        Rsvp: _enum(Rsvp),
        AttendanceStatus: _enum(AttendanceStatus),
        Confidentiality: _enum(Confidentiality),
        SpeakerStatus: _enum(SpeakerStatus),
        MinutesStatus: _enum(MinutesStatus),
    }


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _key_of(column: str) -> Any:
    """The `name_key` column's default for a Core INSERT, which sets no attribute: the key of
    the row's `column` (an ORM object has its key set with the name, see `_NameKeyed`)."""

    def default(context: DefaultExecutionContext) -> str:
        parameters = context.get_current_parameters()  # type: ignore[no-untyped-call]
        return name_key(str(parameters.get(column) or ""))

    return default


class _NameKeyed:
    """A row found by its name: `name_key` (domain/names.py, with a unique index) follows the
    name whenever the name is set, so that lookups compare keys, never SQL's lower()."""

    name_key: Mapped[str]

    @validates("name")
    def _set_name_key(self, _attribute: str, value: str) -> str:
        self.name_key = name_key(value)
        return value


class Group(_NameKeyed, Base):
    """A network group ("netværksgruppe") of about twelve members."""

    __tablename__ = "groups"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)
    name_key: Mapped[str] = mapped_column(
        unique=True, index=True, default=_key_of("name"), server_default=""
    )
    description: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=_now, server_default=func.now())

    memberships: Mapped[list[Membership]] = relationship(back_populates="group")
    meetings: Mapped[list[Meeting]] = relationship(back_populates="group")


class Coordinator(Base):
    """Who runs a group: position 0 sends the group's e-mails, position 1 is a co-coordinator.

    Not a `Person`: a coordinator need not be a member. Erasing a person erases a coordinator
    entry with the person's e-mail address (services/privacy.py)."""

    __tablename__ = "coordinators"
    __table_args__ = (UniqueConstraint("group_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(default="")
    email: Mapped[str] = mapped_column(default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    signature: Mapped[str] = mapped_column(Text, default="")


class Organisation(_NameKeyed, Base):
    """A company: members' employers and the meetings' hosts; one row per `name_key`."""

    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(index=True)
    name_key: Mapped[str] = mapped_column(
        unique=True, index=True, default=_key_of("name"), server_default=""
    )
    industry: Mapped[str] = mapped_column(default="")
    address: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    hosting_paused: Mapped[bool] = mapped_column(Boolean, default=False)


class Person(Base):
    """A member, a former member, a member's colleague or an external speaker."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(index=True)
    email: Mapped[str] = mapped_column(default="", index=True)
    phone: Mapped[str] = mapped_column(String(50), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    dietary_needs: Mapped[str] = mapped_column(Text, default="")
    consent_share_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Set when a person is erased on request: the row stays so past minutes stay readable.
    erased_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    created_at: Mapped[dt.datetime] = mapped_column(default=_now, server_default=func.now())
    updated_at: Mapped[dt.datetime] = mapped_column(
        default=_now, onupdate=_now, server_default=func.now()
    )

    expertise: Mapped[list[ExpertiseTag]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="ExpertiseTag.position"
    )
    employments: Mapped[list[Employment]] = relationship(
        back_populates="person", cascade="all, delete-orphan"
    )
    memberships: Mapped[list[Membership]] = relationship(
        back_populates="person", cascade="all, delete-orphan"
    )


class ExpertiseTag(Base):
    """One expertise tag of a person, in the order the person listed them."""

    __tablename__ = "expertise_tags"
    __table_args__ = (
        UniqueConstraint("person_id", "tag"),
        # One tag per spelling: "NIS2" and "nis2" are one tag of a person.
        Index("ix_expertise_tags_person_id_name_key", "person_id", "name_key", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    tag: Mapped[str] = mapped_column(String(100))
    name_key: Mapped[str] = mapped_column(default=_key_of("tag"), server_default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    @validates("tag")
    def _set_name_key(self, _attribute: str, value: str) -> str:
        self.name_key = name_key(value)
        return value

    person: Mapped[Person] = relationship(back_populates="expertise")


class Employment(Base):
    """A job: a person's title at an organisation over a period; the history is kept."""

    __tablename__ = "employments"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    title: Mapped[str] = mapped_column(default="")
    started_on: Mapped[dt.date | None] = mapped_column(default=None)
    ended_on: Mapped[dt.date | None] = mapped_column(default=None)

    person: Mapped[Person] = relationship(back_populates="employments")
    organisation: Mapped[Organisation] = relationship()


class Membership(Base):
    """A person's membership of a group: leaving sets `left_on`, it never deletes."""

    __tablename__ = "memberships"
    __table_args__ = (Index("ix_memberships_group_person", "group_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"))
    joined_on: Mapped[dt.date | None] = mapped_column(default=None)
    left_on: Mapped[dt.date | None] = mapped_column(default=None)
    role: Mapped[Role] = mapped_column(default=Role.MEMBER)

    person: Mapped[Person] = relationship(back_populates="memberships")
    group: Mapped[Group] = relationship(back_populates="memberships")


class Meeting(Base):
    """One full-day meeting of a group, hosted by a member company."""

    __tablename__ = "meetings"
    __table_args__ = (Index("ix_meetings_group_date", "group_id", "date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"))
    date: Mapped[dt.date]
    start_time: Mapped[dt.time] = mapped_column(default=dt.time(9, 30))
    end_time: Mapped[dt.time] = mapped_column(default=dt.time(16, 0))
    theme: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[MeetingStatus] = mapped_column(default=MeetingStatus.PLANNED)
    host_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL"), index=True, default=None
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    # iCalendar identity: the UID never changes, the sequence goes up with every change.
    ical_uid: Mapped[str] = mapped_column(String(100), unique=True)
    ical_sequence: Mapped[int] = mapped_column(Integer, default=0)
    # The invitations' SEQUENCE (iTIP): up by one only for a new date, time, place or status.
    invitation_sequence: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    minutes_status: Mapped[MinutesStatus] = mapped_column(default=MinutesStatus.DRAFT)
    created_at: Mapped[dt.datetime] = mapped_column(default=_now, server_default=func.now())
    updated_at: Mapped[dt.datetime] = mapped_column(
        default=_now, onupdate=_now, server_default=func.now()
    )

    group: Mapped[Group] = relationship(back_populates="meetings")
    host: Mapped[Organisation | None] = relationship()
    agenda_items: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="AgendaItem.position"
    )


class AgendaItem(Base):
    """One item of a meeting day's timetable; start times follow from order and durations."""

    __tablename__ = "agenda_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=30)
    title: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[AgendaKind] = mapped_column(default=AgendaKind.OTHER)
    speaker_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), default=None
    )
    # A speaker who is not in the database: a name and an organisation as typed.
    speaker_name: Mapped[str] = mapped_column(default="")
    speaker_organisation: Mapped[str] = mapped_column(default="")
    # The agenda's note (printed on the agenda); the minutes have their own, `minutes_notes`.
    notes: Mapped[str] = mapped_column(Text, default="")
    # What was noted under the talk in the minutes (what a speaker told the group).
    minutes_notes: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Who may read the minutes note (`minutes_notes`) in the minutes: group only.
    notes_confidentiality: Mapped[Confidentiality] = mapped_column(
        default=Confidentiality.GROUP_ONLY, server_default=Confidentiality.GROUP_ONLY.value
    )

    meeting: Mapped[Meeting] = relationship(back_populates="agenda_items")
    speaker: Mapped[Person | None] = relationship()


class SignUp(Base):
    """A member's or guest's answer to the invitation to a meeting."""

    __tablename__ = "signups"
    __table_args__ = (UniqueConstraint("meeting_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), default=None
    )
    guest_name: Mapped[str] = mapped_column(default="")
    guest_organisation: Mapped[str] = mapped_column(default="")
    response: Mapped[Rsvp] = mapped_column(default=Rsvp.INVITED)
    diet: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    # The SEQUENCE and DTSTAMP of the calendar reply the answer came from (None: typed in).
    reply_sequence: Mapped[int | None] = mapped_column(Integer, default=None)
    reply_stamp: Mapped[dt.datetime | None] = mapped_column(default=None)


class Attendance(Base):
    """Who was at a meeting, as taken during the meeting."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    status: Mapped[AttendanceStatus] = mapped_column(default=AttendanceStatus.PRESENT)
    note: Mapped[str] = mapped_column(Text, default="")
    # Who may read the note ("Meldte afbud - bestyrelsesmøde"): the group only by default.
    note_confidentiality: Mapped[Confidentiality] = mapped_column(
        default=Confidentiality.GROUP_ONLY, server_default=Confidentiality.GROUP_ONLY.value
    )


class HostVisit(Base):
    """The practical side of visiting the host company for one meeting."""

    __tablename__ = "host_visits"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), unique=True
    )
    contact_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), default=None
    )
    contact_name: Mapped[str] = mapped_column(default="")
    contact_email: Mapped[str] = mapped_column(default="")
    contact_phone: Mapped[str] = mapped_column(String(50), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    directions: Mapped[str] = mapped_column(Text, default="")
    parking: Mapped[str] = mapped_column(Text, default="")
    public_transport: Mapped[str] = mapped_column(Text, default="")
    room: Mapped[str] = mapped_column(Text, default="")
    av_equipment: Mapped[str] = mapped_column(Text, default="")
    wifi: Mapped[str] = mapped_column(Text, default="")
    catering_breakfast: Mapped[str] = mapped_column(Text, default="")
    catering_lunch: Mapped[str] = mapped_column(Text, default="")
    catering_coffee: Mapped[str] = mapped_column(Text, default="")
    tour_guide: Mapped[str] = mapped_column(default="")
    tour_minutes: Mapped[int | None] = mapped_column(Integer, default=None)
    tour_max_participants: Mapped[int | None] = mapped_column(Integer, default=None)
    tour_requires_id: Mapped[bool] = mapped_column(Boolean, default=False)
    tour_requires_nda: Mapped[bool] = mapped_column(Boolean, default=False)
    tour_requires_safety_shoes: Mapped[bool] = mapped_column(Boolean, default=False)
    tour_no_photos: Mapped[bool] = mapped_column(Boolean, default=False)
    tour_other_requirements: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class ChecklistItem(Base):
    """A task before or after a meeting, due a number of days from the meeting date."""

    __tablename__ = "checklist_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text)
    # Negative: days before the meeting; positive: after it.
    offset_days: Mapped[int] = mapped_column(Integer, default=0)
    done_on: Mapped[dt.date | None] = mapped_column(default=None)


class RoundTableEntry(Base):
    """What one member said at the round table; confidential to the group by default."""

    __tablename__ = "round_table_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")
    topics: Mapped[str] = mapped_column(Text, default="")
    confidentiality: Mapped[Confidentiality] = mapped_column(default=Confidentiality.GROUP_ONLY)


class Decision(Base):
    """A decision taken at a meeting."""

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    # The group's own outcome: shareable unless the coordinator says otherwise.
    confidentiality: Mapped[Confidentiality] = mapped_column(
        default=Confidentiality.SHAREABLE, server_default=Confidentiality.SHAREABLE.value
    )


class ActionItem(Base):
    """A follow-up with an owner and a due date, carried to each next meeting until done."""

    __tablename__ = "action_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    owner_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), default=None
    )
    text: Mapped[str] = mapped_column(Text)
    due_on: Mapped[dt.date | None] = mapped_column(default=None)
    done_on: Mapped[dt.date | None] = mapped_column(default=None)
    # The group's own outcome: shareable unless the coordinator says otherwise.
    confidentiality: Mapped[Confidentiality] = mapped_column(
        default=Confidentiality.SHAREABLE, server_default=Confidentiality.SHAREABLE.value
    )


class ThemeProposal(Base):
    """A theme proposed for the next meeting at a round table, with its votes."""

    __tablename__ = "theme_proposals"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    proposed_by_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), default=None
    )
    theme: Mapped[str] = mapped_column(Text)
    votes: Mapped[int] = mapped_column(Integer, default=0)
    chosen: Mapped[bool] = mapped_column(Boolean, default=False)
    # The theme may go out, the proposer's name only where the coordinator allows it.
    confidentiality: Mapped[Confidentiality] = mapped_column(
        default=Confidentiality.ANONYMOUS, server_default=Confidentiality.ANONYMOUS.value
    )


class SpeakerProposal(Base):
    """A proposed talk: who proposed it, who would speak, and how far it has come."""

    __tablename__ = "speaker_proposals"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"), index=True)
    proposed_by_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), default=None
    )
    speaker_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), default=None
    )
    speaker_name: Mapped[str] = mapped_column(default="")
    speaker_organisation: Mapped[str] = mapped_column(default="")
    topic: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[SpeakerStatus] = mapped_column(default=SpeakerStatus.IDEA)
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), default=None
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    # The group's pipeline (who was asked, who declined, notes on them): group only.
    confidentiality: Mapped[Confidentiality] = mapped_column(
        default=Confidentiality.GROUP_ONLY, server_default=Confidentiality.GROUP_ONLY.value
    )


class Setting(Base):
    """A setting shared by everyone using this database (templates, holiday rules), as JSON."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


# Whatever a use case sets on a text column arrives without control characters.
clean_text_columns(Base)
