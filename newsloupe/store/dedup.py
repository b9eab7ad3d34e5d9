"""Article identity and near duplicates.

An article is stored once: two inputs are the same article when their
normalised URLs match (:func:`normalise_url`) or, without a URL, when their
whitespace-folded texts hash alike (:func:`content_hash`). Near duplicates —
a wire story printed by several outlets, a syndicated copy with a new
headline and a credit line — are distinct articles grouped by MinHash over
word 5-shingles (datasketch's LSH, Jaccard threshold 0.8): each group has the
id of its first member (``dup_group``) and is counted once in statistics.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

NUM_PERM = 128
SHINGLE = 5
THRESHOLD = 0.8
# datasketch 2's default permutation scheme; stored signatures are read back with it.
SCHEME = "affine32"
SIG_DTYPE = "<u4"

# Tracking parameters: never part of an article's identity.
TRACKING_PARAMS = frozenset(
    {"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid", "_ga", "ref_src", "cmpid", "xtor"}
)
_WORD = re.compile(r"\w+", re.UNICODE)


def normalise_url(url: str | None) -> str | None:
    """The identity key of a URL: host lowercased without ``www.``, no scheme,
    default port, fragment, tracking parameters (``utm_*``, ``fbclid``…) or
    trailing slash; remaining query parameters sorted.

    url (str | None): an article URL.
    RETURNS (str | None): e.g. ``example.org/world/story?id=3``; None when not an http(s) URL.
    """
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower().rstrip(".")
    host = host.removeprefix("www.")
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith("utm_") and k.lower() not in TRACKING_PARAMS
    ]
    path = re.sub(r"/{2,}", "/", parts.path or "/").rstrip("/")
    return urlunsplit(("", host, path, urlencode(sorted(query)), "")).lstrip("/")


def fold(text: str) -> str:
    """NFC text with every run of whitespace made one space, stripped."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def content_hash(text: str) -> str:
    """SHA-1 (hex) of the whitespace-folded text: CRLF, non-breaking spaces and
    re-wrapped lines do not make a new article."""
    return hashlib.sha1(fold(text).encode("utf-8")).hexdigest()


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    """Lowercased word ``size``-shingles of ``text`` (the whole text when shorter)."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


@cache
def _template():
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM)


def minhash(text: str):
    """The MinHash signature of ``text``'s word shingles (a datasketch LeanMinHash)."""
    from datasketch import LeanMinHash, MinHash

    t = _template()
    m = MinHash(num_perm=NUM_PERM, permutations=t.permutations, scheme=t.scheme)
    m.update_batch(list(shingles(text)))
    return LeanMinHash(m)


def signature_bytes(m) -> bytes:
    """Pack a signature for the ``minhashes`` table."""
    import numpy as np

    return np.asarray(m.hashvalues).astype(SIG_DTYPE).tobytes()


def signature_from_bytes(data: bytes):
    """Unpack a stored signature."""
    import numpy as np
    from datasketch import LeanMinHash

    return LeanMinHash(seed=1, hashvalues=np.frombuffer(data, dtype=SIG_DTYPE).astype("uint64"), scheme=SCHEME)


class NearDuplicates:
    """An LSH index of signatures, keyed by article id, that knows each one's group.

    threshold (float): estimated Jaccard similarity from which two texts are grouped.
    """

    def __init__(self, threshold: float = THRESHOLD) -> None:
        from datasketch import MinHashLSH

        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.group: dict[int, int] = {}
        self.sigs: dict[int, object] = {}
        self.threshold = threshold

    def load(self, rows: Iterable[tuple[int, bytes, int | None]]) -> None:
        """Index stored signatures: (article id, signature bytes, dup_group or None)."""
        with self.lsh.insertion_session() as session:
            for aid, sig, group in rows:
                m = signature_from_bytes(sig)
                session.insert(aid, m)
                self.sigs[aid] = m
                self.group[aid] = group if group is not None else aid

    def match(self, m) -> int | None:
        """The group of the most similar indexed article above the threshold, or None."""
        best, best_sim = None, self.threshold
        for key in self.lsh.query(m):
            sim = m.jaccard(self.sigs[key])
            # LSH returns candidates; keep only real matches, the closest first.
            if sim >= best_sim:
                best, best_sim = key, sim
        return None if best is None else self.group[best]

    def add(self, aid: int, m, group: int | None) -> None:
        """Index article ``aid`` with its signature and group (itself when None)."""
        self.lsh.insert(aid, m)
        self.sigs[aid] = m
        self.group[aid] = group if group is not None else aid
