"""Spreadsheet exchange of lists (members, inventory): export for people, all-or-nothing import."""
