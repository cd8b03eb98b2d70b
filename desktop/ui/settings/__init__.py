"""Settings page: interface language, digits, font size, idle lock."""
