"""`search QUERY [--group NAME] [--json]`: the one search (services/search.py) on the command
line. Best first; exit 0 also when nothing is found (`--json`: an empty list)."""

from __future__ import annotations

import argparse
from typing import Any

from coordinator_app.cli.common import CliError, database, named_group, only_group, print_json
from coordinator_app.domain.search_rank import Evidence
from coordinator_app.services import search

HELP = """\
  search QUERY [--group NAME] [--json]
                                who in the group has tried this: members and minutes, best first"""

READING = frozenset({("search", None)})


def register(commands: Any) -> None:
    """Add `search` to the command line's subparsers."""
    parser = commands.add_parser(
        "search", help="search a group's members and minutes (every sharing level)"
    )
    parser.add_argument("query", metavar="QUERY", nargs="+", help="the words to look for")
    parser.add_argument(
        "--group", metavar="NAME", help="the group (default: the only group, if there is one)"
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help='print JSON: [{"kind", "member", "meeting_id", "date", "snippet", "level"}]',
    )
    parser.set_defaults(handler=_cmd_search)


def result_json(evidence: Evidence) -> dict[str, Any]:
    return {
        "kind": evidence.kind.value,
        "member": evidence.member_name,
        "meeting_id": evidence.meeting_id,
        "date": evidence.date.isoformat() if evidence.date else None,
        "snippet": evidence.snippet.text,
        "level": evidence.level.value if evidence.level else None,
    }


def _marked(evidence: Evidence) -> str:
    """The snippet with its matching words in [brackets]."""
    text, marks = evidence.snippet.text, evidence.snippet.highlights
    parts: list[str] = []
    at = 0
    for start, end in marks:
        parts.extend((text[at:start], "[", text[start:end], "]"))
        at = end
    parts.append(text[at:])
    return "".join(parts)


def _cmd_search(args: argparse.Namespace) -> int:
    query = " ".join(args.query)
    with database(args) as db:
        if args.group:
            group_id, _name = named_group(db, args.group)
        else:
            only = only_group(db)
            if only is None:
                raise CliError("Name the group with --group NAME (there is more than one).")
            group_id = only[0]
        results = search.search(db, group_id, query)
    if args.json:
        print_json([result_json(e) for e in results.ranked])
        return 0
    if not results.ranked:
        print("Nothing found.")
        return 0
    for group in results.members:
        print(group.name if group.member_id is not None else "(no member)")
        for e in group.evidence:
            when = e.date.isoformat() if e.date else "          "
            level = e.level.value if e.level else "-"
            print(f"  {when}  {e.kind.value:<11}  {level:<9}  {_marked(e)}")
    if results.more:
        print(f"… and {results.more} more; narrow the search.")
    return 0
