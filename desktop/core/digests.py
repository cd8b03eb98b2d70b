"""SHA-256 of large data and SQLCipher's key derivation, through the OpenSSL that cryptography carries.

The packaged app leaves out the standard library's OpenSSL modules (``_hashlib``, ``_ssl``) and the
libcrypto and libssl they load, 2.3 MB of the 60 MB zipped budget (build.spec): cryptography (a
dependency already, for the bundles' signatures) links its own OpenSSL. Without ``_hashlib``,
``hashlib`` falls back to CPython's own code: ``pbkdf2_hmac`` becomes a deprecated pure-Python loop
(256,000 rounds at every unlock) and SHA-256 runs at a quarter of the speed holding the GIL
throughout (a 120 MB attachment: the window frozen for 0.6 s). So what is costly goes through
cryptography, which releases the GIL while it works, in the packaged app and from source alike.
Small digests (a change's content hash, a fingerprint) stay with ``hashlib``: its own SHA-256 is as
fast as OpenSSL's on a few hundred bytes.
"""

from __future__ import annotations

# cryptography is imported where it is used: the database modules import this one before the unlock
# window shows, and cryptography's own import (~14 ms) is not for the start-up to pay.


class Sha256:
    """An incremental SHA-256 with ``hashlib``'s ``update`` and ``hexdigest`` (which may be asked again)."""

    def __init__(self, data: bytes = b"") -> None:
        from cryptography.hazmat.primitives import hashes

        self._hash = hashes.Hash(hashes.SHA256())
        if data:
            self._hash.update(data)

    def update(self, data: bytes) -> None:
        self._hash.update(data)

    def hexdigest(self) -> str:
        return self._hash.copy().finalize().hex()


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of ``data`` as 64 hex digits."""
    return Sha256(data).hexdigest()


def pbkdf2_hmac(hash_name: str, password: bytes, salt: bytes, iterations: int, length: int) -> bytes:
    """``hashlib.pbkdf2_hmac`` (same arguments, same bytes) for ``sha256`` and ``sha512``."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

    algorithm = {"sha256": hashes.SHA256, "sha512": hashes.SHA512}[hash_name]()
    return PBKDF2HMAC(algorithm, length, salt, iterations).derive(password)
