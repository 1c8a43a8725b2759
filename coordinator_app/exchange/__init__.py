"""Import and export: vCard, CSV, PDF, iCalendar, e-mail drafts, Word and Markdown. No Qt."""
