"""The command line: scripted access to groups, members, imports, exports and checks, without Qt."""
