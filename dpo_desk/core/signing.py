"""The company's signing key (issue 14): Ed25519, made with the database and kept inside it
(`meta.signing_key`), so every packet the desk writes is signed by the company that holds
the file. The authority notice and the minutes print the key's fingerprint: the Ministry
can check a packet's signature against the paper it received (CONTRACT: Evidence).
"""

from __future__ import annotations

import base64
import hashlib
from typing import TYPE_CHECKING

from dpo_desk.core.errors import DeskError

if TYPE_CHECKING:
    from dpo_desk.core.desk import Desk

META_KEY = "signing_key"
ALGORITHM = "ed25519"


def create(desk: Desk) -> None:
    """Make the company key if the file has none (inside the caller's transaction)."""
    if desk.meta(META_KEY):
        return
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
    )

    raw = Ed25519PrivateKey.generate().private_bytes(Encoding.Raw, PrivateFormat.Raw,
                                                     NoEncryption())
    desk._set_meta(META_KEY, base64.b64encode(raw).decode("ascii"))


def _private(desk: Desk):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    stored = desk.meta(META_KEY)
    try:
        raw = base64.b64decode(stored or "", validate=True)
        return Ed25519PrivateKey.from_private_bytes(raw)
    except ValueError as exc:
        raise DeskError(f"{desk.path}: the company's signing key (meta signing_key) is "
                        "missing or damaged; run `dpo-desk check`") from exc


def public_key(desk: Desk) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return _private(desk).public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def fingerprint_of(raw_public_key: bytes) -> str:
    """A short, readable name of a public key: the first 16 hex digits of its SHA-256, in
    groups of four ("3F2A 91C0 7D44 E1B8")."""
    digits = hashlib.sha256(raw_public_key).hexdigest()[:16].upper()
    return " ".join(digits[i:i + 4] for i in range(0, 16, 4))


def fingerprint(desk: Desk) -> str | None:
    """The company key's fingerprint; None when the file has no (readable) key."""
    try:
        return fingerprint_of(public_key(desk))
    except DeskError:
        return None


def normal_fingerprint(text: str) -> str:
    """A fingerprint as typed ("3f2a-91c0 7d44e1b8") in its printed form; ValueError if it
    is not 16 hex digits."""
    digits = "".join(c for c in text if c not in " -:").upper()
    if len(digits) != 16 or any(c not in "0123456789ABCDEF" for c in digits):
        raise ValueError(f"{text!r} is not a key fingerprint (16 hex digits, as printed on "
                         "the authority notice)")
    return " ".join(digits[i:i + 4] for i in range(0, 16, 4))


def sign(desk: Desk, data: bytes) -> dict:
    """`signature.json`'s content for `data` (CONTRACT: Evidence)."""
    key = _private(desk)
    return {"algorithm": ALGORITHM, "public_key": base64.b64encode(public_key(desk)).decode(),
            "signature": base64.b64encode(key.sign(data)).decode()}


def verify(document, data: bytes) -> tuple[bytes | None, str | None]:
    """(raw public key, None) when `document` (signature.json, parsed) signs `data`; else
    (the key if readable, the problem)."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    if not isinstance(document, dict) or set(document) != {"algorithm", "public_key",
                                                           "signature"}:
        return None, "signature.json is malformed (expected algorithm, public_key, signature)"
    if document["algorithm"] != ALGORITHM:
        return None, f"signature.json: unknown algorithm {document['algorithm']!r}"
    try:
        raw = base64.b64decode(document["public_key"], validate=True)
        signature = base64.b64decode(document["signature"], validate=True)
        key = Ed25519PublicKey.from_public_bytes(raw)
    except (TypeError, ValueError):
        return None, "signature.json: the public key or signature is not valid base64 Ed25519"
    try:
        key.verify(signature, data)
    except InvalidSignature:
        return raw, "forged: the signature does not match manifest.json"
    return raw, None


def document_mark(desk: Desk, *, with_key: bool = False):
    """The footer mark of a document made now (pdf.Mark): the audit head and, for the
    Ministry's documents (authority notice, minutes), the company key's fingerprint."""
    from dpo_desk.core import anchors, audit, pdf

    return pdf.Mark(anchors.shown(audit.last_entry(desk)),
                    fingerprint(desk) if with_key else None)
