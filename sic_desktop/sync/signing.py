"""Ed25519 signatures over a domain-separation prefix plus the exact signed bytes."""

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from sic_desktop.errors import InputRefused
from sic_desktop.text import Text

# A prefix per kind of signed document: a signature made for one kind never verifies as another.
BUNDLE_DOMAIN = b"SIC-Desktop bundle v1\x00"
PUBLIC_KEY_DOMAIN = b"SIC-Desktop public key v1\x00"
HANDOVER_DOMAIN = b"SIC-Desktop key handover v1\x00"

SIGNATURE_SIZE = 64


def sign(private_key: Ed25519PrivateKey, message: bytes, *, domain: bytes = BUNDLE_DOMAIN) -> bytes:
    """The 64-byte Ed25519 signature of `domain + message`."""
    return private_key.sign(domain + message)


def verify(
    public_key: Ed25519PublicKey,
    signature: bytes,
    message: bytes,
    *,
    domain: bytes = BUNDLE_DOMAIN,
    what: str = Text("the bundle"),
) -> None:
    """Raise InputRefused unless `signature` is `public_key`'s signature of `domain + message`."""
    if len(signature) != SIGNATURE_SIZE:
        raise InputRefused(Text("the signature of %1 is damaged (%2 bytes, not 64)", what, len(signature)))
    try:
        public_key.verify(signature, domain + message)
    except InvalidSignature:
        raise InputRefused(
            Text("the signature of %1 does not match: it was altered, or signed by another key", what)
        ) from None
