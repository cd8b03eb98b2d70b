"""Organisations page."""
