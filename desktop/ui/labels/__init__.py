"""Translated names of stored keys (session kinds and statuses, demographics), shared by every page."""
