"""The member roster view: table, filter, member form, job history, import."""
