"""Round-table minutes: attendance, the round table, decisions, actions, themes, speakers."""
