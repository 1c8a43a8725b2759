"""Import and export: vCard, CSV, PDF and, later, iCalendar, DOCX and Markdown. No Qt here."""
