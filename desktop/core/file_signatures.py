"""How the files Majlis meets begin: one table of their signatures, for every reader that tells files
apart by their first bytes rather than by their names (messaging apps rename files; a coordinator
gives one file in the place of another): desktop.sync.sniff (bundles, team updates, team files,
keys), desktop.core.sqlcipher_file (what is no database) and the exports' check that never replaces
a database (desktop.cli.export_commands).

Only whole signatures are trusted, never their first byte or two: an SQLCipher database has no header
(its first 16 bytes are a random salt), so a short prefix matches a real database by chance (one salt
in 256 begins "<", and an export once replaced such a database: f735288). Every signature here is
four bytes or more, so a salt matches one by chance about once in four thousand million or less.
"""

from __future__ import annotations

AGE = b"age-encryption.org/v1"  # an age file: every bundle (sealed to the team's keys), a protected key
#: An age file sealed with a passphrase (its first stanza): a team key as `team key export` writes it
#: by default. Every bundle is sealed to the team's keys (X25519 stanzas) instead.
AGE_PASSPHRASE = AGE + b"\n-> scrypt "
ZIP = b"PK\x03\x04"  # a ZIP's first local header: a workbook, a REFI-QDA project, a team update or file
PDF = b"%PDF-"
XML = b"<?xml"  # a REFI-QDA codebook
XML_BOM = b"\xef\xbb\xbf" + XML  # the same, written with a byte-order mark
#: In every plain age identity file (a team key written with --plaintext, keys.write_identity_file), within
#: its first lines: text, so not a signature at the head, but searched for in a file's first 4 KiB.
PLAIN_KEY = b"AGE-SECRET-KEY-"
SQLITE = b"SQLite format 3\x00"  # a plain (unencrypted) SQLite database; an SQLCipher one has no header

#: The table: (kind, signature), a longer signature before any it begins with (a passphrase-sealed age
#: file is an age file too). ``kind`` names what the first bytes say, not what the file is for.
SIGNATURES: tuple[tuple[str, bytes], ...] = (
    ("age_passphrase", AGE_PASSPHRASE),
    ("age", AGE),
    ("zip", ZIP),
    ("pdf", PDF),
    ("xml", XML),
    ("xml", XML_BOM),
    ("sqlite", SQLITE),
)

#: How the files an export writes begin: a workbook or REFI-QDA project (ZIP), a PDF, a codebook (XML,
#: with or without a byte-order mark).
EXPORTS: tuple[bytes, ...] = (ZIP, PDF, XML, XML_BOM)

#: Enough of a file's head for any signature in the table.
LONGEST = max(len(signature) for _, signature in SIGNATURES)


def kind_of(head: bytes) -> str:
    """The kind whose whole signature ``head`` (a file's first bytes) begins with, "" for none."""
    return next((kind for kind, signature in SIGNATURES if head.startswith(signature)), "")
