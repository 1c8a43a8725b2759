"""Host-visit logistics: the visit, sign-ups and catering, the checklist, host rotation."""
