"""Errors a user can meet, each with a stable code the UI and CLI translate into a clear sentence."""

from __future__ import annotations


class MajlisError(Exception):
    """Base of expected failures: shown as one line to the user, never as a traceback."""

    code = "error"
    exit_code = 1

    def __init__(self, message: str, **details: object) -> None:
        super().__init__(message)
        self.message = message
        self.details = details


class StoreError(MajlisError):
    code = "store"


class WrongPassphrase(StoreError):
    code = "wrong_passphrase"
    exit_code = 2


class DamagedDatabase(StoreError):
    """The passphrase opens the file, but its pages cannot be read: cut short (a copy interrupted,
    a USB stick pulled out) or corrupted by the disk. Not a wrong passphrase: saying so would send
    the person hunting for a passphrase they have right."""

    code = "damaged"
    exit_code = 1


class NotADatabase(StoreError):
    code = "not_a_database"
    exit_code = 3


class NewerDatabase(StoreError):
    code = "newer_database"
    exit_code = 3


class DatabaseMissing(StoreError):
    code = "missing"
    exit_code = 3


class DatabaseExists(StoreError):
    code = "exists"
    exit_code = 3


class Missing(MajlisError):
    """A file or folder given is not there, or is a folder where a file is wanted: a file to read,
    the folder to write into (a mistyped path, a USB stick not plugged in)."""

    code = "missing"
    exit_code = 3


class OutputExists(MajlisError):
    """The file to write exists and is of a kind never overwritten (a bundle, a key file)."""

    code = "exists"
    exit_code = 3


class EnvironmentProblem(StoreError):
    """The disk is full, read-only, or the file is locked: not a bug, and nothing to fix in Majlis."""

    code = "environment"
    exit_code = 4


class ValidationError(MajlisError):
    code = "invalid"
    exit_code = 1
