"""The yearly meeting planner: year overview, meetings, agendas, calendar and agenda exports."""
