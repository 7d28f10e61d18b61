"""Text helpers shared by the scripts that draw labelled dedup pairs (dedup_pairs_heldout*.py):
the normalisation the pairs are scored on and the hash that pins each text."""
import unicodedata


def norm(t):
    """NFKC, lower-cased, letters and digits only."""
    t = unicodedata.normalize("NFKC", t).lower()
    return "".join(c for c in t if c.isalnum())


def fnv(b):
    """64-bit FNV-1a of bytes, as 16 hex digits."""
    h = 0xCBF29CE484222325
    for x in b:
        h = ((h ^ x) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return "%016x" % h
