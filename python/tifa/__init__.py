"""tifa from Python: clean, segment, deduplicate and extract from Chinese news.

Each function returns the JSON object the ``tifa`` CLI prints for the same text (same schema,
same ``schema_version``; see docs/schema.md), built by the same Rust library. The lexicon
(jieba and tifa's vocabulary) is built once per process, on first use. Batch functions release
the GIL and use all cores.
"""

from __future__ import annotations

import json
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

from . import _tifa

__all__ = [
    "SCHEMA_VERSION",
    "clean",
    "clean_batch",
    "segment",
    "extract",
    "extract_batch",
    "dedup",
    "unit_keys",
    "similarity",
    "lead",
    "building_block",
    "NEAR_THRESHOLD",
    "CONTAINMENT",
]

#: Version of the JSON every function returns (the CLI's).
SCHEMA_VERSION: str = _tifa.SCHEMA_VERSION
#: Jaccard at which two paragraphs are near-duplicates (``tifa dedup``'s default threshold).
NEAR_THRESHOLD: float = _tifa.NEAR_THRESHOLD
#: Share of a shorter text's 5-char shingles inside a longer one that makes a truncated copy.
CONTAINMENT: float = _tifa.CONTAINMENT


def _ids(texts: Sequence[str], ids: Optional[Iterable[Any]]) -> List[str]:
    """Ids as strings: ``"-"`` for each text when none are given."""
    return ["-"] * len(texts) if ids is None else [str(i) for i in ids]


def clean(
    text: str,
    *,
    normalize: bool = True,
    reflow: bool = True,
    repair: bool = True,
    boilerplate: bool = True,
    template: bool = True,
    id: str = "-",
) -> Dict[str, Any]:
    """The cleaned document, as ``tifa clean`` prints it: text, stats, paragraphs with their
    sentences, removals with reasons, changes and flags. Each switch turns a cleaning step
    off as the CLI's ``--no-…`` flag does. ``id`` is the document's id; ``source.path`` is
    ``"-"`` (as for standard input). Raises ValueError for text that is not text (NUL bytes).
    """
    switches = (normalize, reflow, repair, boilerplate, template)
    return json.loads(_tifa.clean(text, id, switches))


def clean_batch(
    texts: Sequence[str],
    *,
    ids: Optional[Iterable[Any]] = None,
    normalize: bool = True,
    reflow: bool = True,
    repair: bool = True,
    boilerplate: bool = True,
    template: bool = True,
) -> List[Dict[str, Any]]:
    """:func:`clean` over many texts in parallel (without the GIL), in order. ``ids`` (as
    many as texts, made strings) default to ``"-"``."""
    texts = list(texts)
    switches = (normalize, reflow, repair, boilerplate, template)
    lines = _tifa.clean_batch(texts, _ids(texts, ids), switches)
    return [json.loads(line) for line in lines]


def segment(text: str) -> List[Dict[str, Any]]:
    """The tokens of the cleaned text, as in ``tifa segment --format json``: each has
    ``text``, a char ``span`` into the cleaned text, the original ``bytes`` and its
    ``sentence``. Words only: ``[t["text"] for t in tifa.segment(s)]``."""
    return json.loads(_tifa.segment(text, "-"))["tokens"]


def extract(text: str, *, id: str = "-") -> Dict[str, Any]:
    """Numeric claims, terms (programs, slogans, cited documents) and keywords, as
    ``tifa extract`` prints them; ``doc`` is ``id``."""
    return json.loads(_tifa.extract(text, id))


def extract_batch(
    texts: Sequence[str], *, ids: Optional[Iterable[Any]] = None
) -> List[Dict[str, Any]]:
    """:func:`extract` over many texts in parallel (without the GIL), in order."""
    texts = list(texts)
    return [json.loads(line) for line in _tifa.extract_batch(texts, _ids(texts, ids))]


def dedup(
    records: Iterable[Mapping[str, Any]],
    text_field: str = "text",
    id_field: str = "id",
    *,
    threshold: float = 0.7,
    keep: str = "earliest",
) -> Dict[str, Any]:
    """Repeated paragraphs and documents among ``records``, as ``tifa dedup`` reports them
    for a JSONL file of the same records (``--threshold``, ``--keep earliest|longest``).
    A record without ``id_field`` gets the id ``-:N`` (N counts records from 1), as on
    standard input. Raises ValueError for a record without a string ``text_field``."""
    if keep not in ("earliest", "longest"):
        raise ValueError(f"keep={keep!r}: 'earliest' or 'longest'")
    jsonl = "\n".join(json.dumps(dict(r), ensure_ascii=False) for r in records)
    report = _tifa.dedup(jsonl, text_field, id_field, threshold, keep == "longest")
    return json.loads(report)


def unit_keys(text: str, *, id: str = "-") -> List[Dict[str, Any]]:
    """Dedup's building blocks for one text, for a job spread over machines: each unit (a
    paragraph, or a boilerplate line cleaning removed: ``paragraph`` None) with its char
    ``span``, original ``bytes``, exact ``key`` (equal keys: equal normalized text) and
    ``bands``, the 20 LSH band keys of its MinHash signature (empty for units under 20
    normalized chars, which are matched exactly only). Units sharing a band key are candidate
    pairs; verify them with :func:`similarity`. Corpus-level steps (clusters, documents,
    templates, which copy to keep) are :func:`dedup`'s only."""
    return json.loads(_tifa.unit_keys(text, id))


def similarity(a: str, b: str) -> Dict[str, float]:
    """How dedup compares two texts: ``jaccard`` of their 3-char shingles (near-duplicates at
    :data:`NEAR_THRESHOLD`) and ``containment`` of the shorter in the longer (5-char
    shingles; a truncated copy at :data:`CONTAINMENT`), after dedup's normalization."""
    jaccard, containment = _tifa.similarity(a, b)
    return {"jaccard": jaccard, "containment": containment}


_blocks: Optional[_tifa.Blocks] = None


def building_block(stage: str, call: str) -> str:
    """Rust building block ``stage`` of the distributed dedup over a JSON batch ``call``, by
    this process's :class:`tifa._tifa.Blocks` (its model loaded once a process, on first use)."""
    global _blocks
    if _blocks is None:
        _blocks = _tifa.Blocks()
    return _blocks.call(stage, call)


def lead(
    links: Iterable[Tuple[int, int, Optional[float], Sequence[Tuple[str, str]]]],
) -> Dict[str, Any]:
    """tifa's leader clustering of one connected component of verified pairs ``(a, b, score,
    slots)``: ``a`` before ``b`` in corpus order (any integers ordered so), ``score`` the
    similarity of a linked pair (None otherwise), ``slots`` the ``(old, new)`` words of a
    templated pair (empty otherwise). In corpus order an unassigned item leads the unassigned
    items linked to it. Returns ``leaders`` (each ``[leader, [[follower, score], ...]]``) and
    ``templated``, the templated pairs compared (those ``tifa dedup`` reports). See
    :mod:`tifa.spark`, which runs it per component."""
    items = [
        {"a": a, "b": b, "verdict": {"link": None if s is None else [s, s], "slots": list(sl)}}
        for a, b, s, sl in links
    ]
    call = json.dumps({"items": [items]}, ensure_ascii=False)
    return json.loads(building_block("lead", call))[0]
