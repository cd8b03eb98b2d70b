"""Majlis: offline-first recording of roundtables, focus groups and consent."""

__version__ = "0.1.0"
APP_NAME = "Majlis"
