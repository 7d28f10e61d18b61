"""tifa's deduplication on Apache Spark, with the answer of ``tifa dedup`` on one machine.

Spark does keys, shuffles and connected components; tifa's Rust code (through
:func:`tifa.building_block`) decides every output: the units and signatures of each
document, every verdict on a candidate pair (Jaccard, containment, the template check), the
leader clustering of each connected component of verified links, each cluster's canonical
copy, each copy's best source, the templated groups. Corpus order is an explicit ordinal
(file, then line), never ``monotonically_increasing_id``. See docs/distributed.md.

    python -m tifa.spark dedup a.jsonl b.jsonl --output out/ [--master local[2]]
"""

from __future__ import annotations

import argparse
import glob
import json
import math
import os
import sys
from typing import Any, Callable, Dict, Iterator, List, NamedTuple, Optional, Sequence, Tuple, Union

import pandas as pd
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T

from . import CONTAINMENT, NEAR_THRESHOLD, SCHEMA_VERSION, _tifa, building_block

#: LSH buckets larger than this are reported, not compared pair by pair (`tifa dedup`'s).
BUCKET_CAP: int = _tifa.BUCKET_CAP

#: Members a cluster of ``duplicates.json`` lists, at most (`tifa dedup`'s).
MEMBERS_LISTED: int = _tifa.MEMBERS_LISTED

__all__ = [
    "Dedup", "Collected", "dedup", "read_corpus", "collect", "report", "write_report", "clean",
    "write_clean", "main",
]

#: A place in the corpus: ``document ordinal << 32 | unit`` (corpus order is number order).
AT = T.LongType()


def _block(stage: str, items: List[Any], settings: Dict[str, Any]) -> List[Any]:
    """Runs Rust building block ``stage`` on a batch of items."""
    call = json.dumps({"items": items, **settings}, ensure_ascii=False, default=_plain)
    return json.loads(building_block(stage, call))


def _mapped(df: DataFrame, schema: str, rows: Callable[[pd.DataFrame], pd.DataFrame]) -> DataFrame:
    """``df`` through ``rows``, batch by batch, in the Python workers."""

    def run(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        for batch in batches:
            yield rows(batch)

    return df.mapInPandas(run, schema)


# ---------------------------------------------------------------- reading and digesting


def read_corpus(spark: SparkSession, paths: Sequence[str]) -> DataFrame:
    """JSONL (or Parquet) files as ``(d, path, line, record)``: ``d`` numbers documents in
    tifa's corpus order (paths sorted, then lines), ``line`` counts from 1 in each file,
    ``record`` is a JSON object's text. Parquet rows become JSON records."""
    files = sorted(p for path in paths for p in _expand(path))
    _stages(spark)("read")
    rdds = []
    offset = 0
    for path in files:
        if path.endswith(".parquet"):
            lines = spark.read.parquet(path).toJSON()
            name = path + ".jsonl"
        else:
            lines = spark.sparkContext.textFile(path)
            name = path
        numbered = lines.zipWithIndex()
        start = offset
        rdds.append(numbered.map(lambda x, n=name, s=start: (s + x[1], n, x[1] + 1, x[0])))
        offset += numbered.count()
    schema = "d long, path string, line long, record string"
    return spark.createDataFrame(spark.sparkContext.union(rdds), schema)


def _expand(path: str) -> List[str]:
    """A folder's .jsonl and .parquet files (recursively), or the path itself."""
    if os.path.isdir(path):
        found = glob.glob(os.path.join(path, "**", "*.jsonl"), recursive=True)
        return found + glob.glob(os.path.join(path, "**", "*.parquet"), recursive=True)
    return [path]


_DIGEST = (
    "d long, unit int, id string, paragraph int, span array<long>, bytes array<long>, "
    "key long, norm string, norm_len int, excerpt string, sig array<int>, bands array<long>, "
    "contain_band array<int>, contain_key array<long>, chars long, paragraphs long, "
    "compared long, passages string, loose array<long>, short array<long>, sentences string, "
    "lines array<array<long>>, lines_key long"
)

_COLUMNS, _KINDS = zip(*(c.split(" ", 1) for c in _DIGEST.split(", ")))


def _digest_rows(text_field: str, id_field: str) -> Callable[[pd.DataFrame], pd.DataFrame]:
    """Rows of :data:`_DIGEST` for a batch of ``(d, path, line, record)``: each document's
    row and its units', made by Rust."""

    def rows(batch: pd.DataFrame) -> pd.DataFrame:
        lines = list(zip(batch["path"], batch["line"].astype(int), batch["record"]))
        out: List[Dict[str, Any]] = []
        for d, row in zip(batch["d"], _tifa.doc_rows(lines, text_field, id_field)):
            if row is not None:
                out.extend(_flatten(int(d), json.loads(row)))
        # Column by column with its type: a frame inferred from the dicts would hold an integer
        # column with a missing value as float64, rounding 64-bit keys (equal texts in two
        # batches then got different keys).
        columns = {}
        for column, kind in zip(_COLUMNS, _KINDS):
            values = [row.get(column) for row in out]
            if kind.startswith("array"):
                columns[column] = [v if isinstance(v, list) else [] for v in values]
            elif kind in ("int", "long"):
                columns[column] = pd.array(values, dtype="Int64")
            else:
                columns[column] = values
        return pd.DataFrame(columns, columns=_COLUMNS)

    return rows


def _flatten(d: int, doc: Dict[str, Any]) -> Iterator[Dict[str, Any]]:
    """A document's row (unit -1) and its units' rows."""
    yield {
        "d": d, "unit": -1, "id": doc["id"], "key": doc["key"], "norm": doc["norm"],
        "norm_len": doc["norm_len"], "sig": doc["sig"], "bands": doc["bands"],
        "loose": doc["loose"], "short": doc["short"], "chars": doc["chars"], "paragraphs": doc["paragraphs"],
        "compared": doc["compared"], "passages": json.dumps(doc["passages"]),
        "sentences": json.dumps(doc["sentences"]), "lines": doc["lines"], "lines_key": doc["lines_key"],
    }  # fmt: skip
    for u in doc["units"]:
        yield {
            "d": d, "unit": u["unit"], "id": doc["id"], "paragraph": u["paragraph"],
            "span": u["span"], "bytes": u["bytes"], "key": u["key"], "norm": u["norm"],
            "norm_len": u["norm_len"], "excerpt": u["excerpt"], "sig": u["sig"],
            "bands": u["bands"], "contain_band": [b for b, _ in u["contain"]],
            "contain_key": [k for _, k in u["contain"]],
        }  # fmt: skip


# ---------------------------------------------------------------- buckets, pairs, components


def _buckets(entries: DataFrame, cap: int) -> tuple:
    """Entries ``(band, key, at)`` grouped by bucket in one shuffle: candidate pairs ``(a, b)``,
    a before b, from buckets of 2 to ``cap`` distinct members, and the giant ones ``(size,
    example)``. Only buckets of two or more are kept (checkpointed: both results read them)."""
    groups = entries.groupBy("band", "key").agg(F.array_sort(F.collect_set("at")).alias("m"))
    groups = groups.where(F.size("m") >= 2).select("m").localCheckpoint()
    giant = groups.where(F.size("m") > cap).select(F.size("m").alias("size"), F.col("m")[0].alias("example"))
    kept = groups.where(F.size("m") <= cap).select(F.posexplode("m").alias("i", "a"), "m")
    pairs = kept.select("a", F.explode(F.expr("slice(m, i + 2, size(m))")).alias("b"))
    return pairs.distinct(), giant


def _components(edges: DataFrame) -> DataFrame:
    """Connected components of undirected ``(a, b)`` edges by alternating large-star and
    small-star rounds (Kiveris et al. 2014) until nothing changes: ``(node, component)``,
    the component named by its smallest node."""
    e = _canonical(edges).localCheckpoint()
    while True:
        new = _canonical(_small_star(_canonical(_large_star(e)))).localCheckpoint()
        if new.exceptAll(e).union(e.exceptAll(new)).isEmpty():
            break
        e = new
    both = e.union(e.select(F.col("b").alias("a"), F.col("a").alias("b")))
    return both.groupBy(F.col("a").alias("node")).agg(
        F.least(F.col("node"), F.min("b")).alias("component")
    )


def _canonical(e: DataFrame) -> DataFrame:
    """Edges without loops or repeats, the smaller end first."""
    return (
        e.where(F.col("a") != F.col("b"))
        .select(F.least("a", "b").alias("a"), F.greatest("a", "b").alias("b"))
        .distinct()
    )


def _large_star(e: DataFrame) -> DataFrame:
    """Every neighbour larger than a node is linked to the node's smallest neighbour (or it)."""
    both = e.union(e.select(F.col("b").alias("a"), F.col("a").alias("b")))
    low = both.groupBy("a").agg(F.least(F.col("a"), F.min("b")).alias("m"))
    larger = both.where(F.col("b") > F.col("a")).join(low, "a")
    return larger.select(F.col("b").alias("a"), F.col("m").alias("b"))


def _small_star(e: DataFrame) -> DataFrame:
    """A node and its smaller neighbours are linked to the smallest of them."""
    smaller = e.select(F.col("b").alias("a"), F.col("a").alias("b"))  # b < a
    low = smaller.groupBy("a").agg(F.min("b").alias("m"))
    linked = smaller.join(low, "a").select(F.col("b").alias("a"), F.col("m").alias("b"))
    return linked.union(low.select("a", F.col("m").alias("b")))


_VERDICT = "a long, b long, score double, other double, slots string"


def _verdicts(pairs: DataFrame, stage: str, sides: List[str], settings: Dict[str, Any]) -> DataFrame:
    """Rust's verdict on each pair: ``(a, b, score, other, slots)``, linked pairs with their
    scores, templated ones with their slots (JSON); pairs with neither are dropped."""

    def rows(batch: pd.DataFrame) -> pd.DataFrame:
        items = [list(side) for side in zip(*(batch[c] for c in sides))]
        out = []
        for (a, b), v in zip(zip(batch["a"], batch["b"]), _block(stage, items, settings)):
            if v["link"] or v["slots"]:
                score, other = v["link"] or (None, None)
                out.append((a, b, score, other, json.dumps(v["slots"], ensure_ascii=False)))
        return pd.DataFrame(out, columns=["a", "b", "score", "other", "slots"])

    return _mapped(pairs, _VERDICT, rows)


def _plain(value: Any) -> Any:
    """What JSON cannot write of a pandas cell: numpy arrays and numbers, Spark rows."""
    if hasattr(value, "asDict"):
        return value.asDict()
    if hasattr(value, "tolist"):
        return value.tolist()
    raise TypeError(f"{type(value).__name__} is not JSON")


_LED = "what string, a long, b long, score double, slots string"

#: Verified links up to this many are led on the driver (components by union-find, one Rust
#: call over all of them); more are led in Spark (star rounds, a Python task a component).
DRIVER_LINKS: int = int(os.environ.get("TIFA_SPARK_DRIVER_LINKS", "1000000"))


def _lead(links: DataFrame) -> DataFrame:
    """tifa's leader clustering per connected component of verified links: rows
    ``("follows", follower, leader, score)`` (a leader follows itself at 1.0) and
    ``("templated", a, b, slots)`` for the templated pairs it compared."""
    links = links.localCheckpoint()
    few = links.limit(DRIVER_LINKS + 1).toPandas()
    if len(few) <= DRIVER_LINKS:
        return _lead_here(few, links.sparkSession)
    nodes = _components(links.select("a", "b"))
    by_comp = links.join(nodes.withColumnRenamed("node", "a"), "a").groupBy("component").agg(
        F.collect_list(F.struct("a", "b", "score", "other", "slots")).alias("links")
    )

    def led(batch: pd.DataFrame) -> pd.DataFrame:
        items = [_links(pd.DataFrame(list(c), columns=["a", "b", "score", "other", "slots"])) for c in batch["links"]]
        return pd.DataFrame(_led_rows(_block("lead", items, {}) if items else []), columns=_LED_COLUMNS)

    return _mapped(by_comp, _LED, led).localCheckpoint()


_LED_COLUMNS = [c.split(" ")[0] for c in _LED.split(", ")]


def _lead_here(rows: pd.DataFrame, spark: SparkSession) -> DataFrame:
    """:func:`_lead` on the driver, over the links collected: components by union-find."""
    parent: Dict[int, int] = {}

    def root(x: int) -> int:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in zip(rows["a"], rows["b"]):
        ra, rb = root(int(a)), root(int(b))
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    component = rows["a"].map(lambda a: root(int(a)))
    items = [_links(group) for _, group in rows.groupby(component, sort=True)]
    out = _led_rows(_block("lead", items, {})) if items else []
    return spark.createDataFrame(pd.DataFrame(out, columns=_LED_COLUMNS), _LED)


def _links(group: pd.DataFrame) -> List[Dict[str, Any]]:
    """A component's :data:`_VERDICT` rows as Rust's links."""
    return [
        {"a": int(a), "b": int(b), "verdict": _verdict(s, o, sl)}
        for a, b, s, o, sl in zip(group["a"], group["b"], group["score"], group["other"], group["slots"])
    ]


def _led_rows(found: List[Dict[str, Any]]) -> List[Tuple[Any, ...]]:
    """Rows of :data:`_LED` from what Rust's leader clustering found (per component)."""
    out: List[Tuple[Any, ...]] = []
    for one in found:
        for leader, followers in one["leaders"]:
            out.append(("follows", leader, leader, 1.0, None))
            out.extend(("follows", f, leader, s, None) for f, s in followers)
        out.extend(("templated", a, b, None, json.dumps(sl, ensure_ascii=False)) for a, b, sl in one["templated"])
    return out


def _verdict(score: Any, other: Any, slots: str) -> Dict[str, Any]:
    """A :data:`_VERDICT` row's verdict as Rust reads it (``link`` null when templated)."""
    linked = score is not None and score == score  # NaN is pandas' null
    return {"link": [score, other] if linked else None, "slots": json.loads(slots)}


# ---------------------------------------------------------------- the stages


class Dedup(NamedTuple):
    """What :func:`dedup` finds, as DataFrames (places are ``d << 32 | unit``; ``d`` is the
    corpus ordinal)."""

    #: ``(cluster, near, short, canonical, members: [(at, score)])``, one row a cluster.
    clusters: DataFrame
    #: ``(copy, source, covers_copy, covers_source, passage)``; ``passage`` (JSON) for a copy
    #: of paragraphs of its own document, else ``source`` is a place.
    contained: DataFrame
    #: ``(near, canonical, members: [(d, jaccard, shared)], lead, removed_lines)``, one row a
    #: group of documents (``removed_lines``: documents cleaning emptied, by their removed lines).
    documents: DataFrame
    #: Templated pairs ``(a, b, slots)`` of paragraphs, and of documents.
    templated: DataFrame
    templated_documents: DataFrame
    #: ``(size, example, near)``: LSH buckets too large to compare.
    giant_buckets: DataFrame
    #: The documents' and units' rows (id, spans, excerpts, counts).
    digests: DataFrame
    #: The input rows that repeat no earlier document (whole documents; the CLI's clean
    #: corpus, which drops paragraphs, is :func:`clean`).
    keep: DataFrame
    #: Paragraphs sharing runs of sentences: ``(copy, source, copy_span, copy_bytes,
    #: source_span, source_bytes, sentences, …)``, one row a pair of paragraphs.
    passages: DataFrame
    #: Every unit ``(at, rep, paragraph)``: ``rep`` is the first of its exact group.
    units: DataFrame
    #: The input ``(d, path, line, record)``.
    corpus: DataFrame
    #: The settings it ran with (threshold, keep).
    settings: Dict[str, Any]


def dedup(
    df: DataFrame,
    text_col: str = "text",
    id_col: str = "id",
    *,
    order_col: Optional[str] = None,
    threshold: float = NEAR_THRESHOLD,
    keep: str = "earliest",
) -> Dedup:
    """Deduplicates the documents of ``df`` as ``tifa dedup`` does. ``order_col`` gives
    corpus order (earlier copies are kept); without it, documents are ordered by id."""
    order = [order_col, id_col] if order_col else [id_col]
    fields = [c for c in df.columns if c != order_col]
    records = df.orderBy(*order).select(F.to_json(F.struct(*fields)))
    numbered = records.rdd.zipWithIndex().map(lambda x: (x[1], "-.jsonl", 1, x[0][0]))
    numbered = df.sparkSession.createDataFrame(numbered, "d long, path string, line long, record string")
    return _dedup_numbered(numbered, text_col, id_col, threshold=threshold, keep=keep)


def _dedup_numbered(
    corpus: DataFrame, text_col: str, id_col: str, *, threshold: float, keep: str
) -> Dedup:
    """Deduplicates numbered records ``(d, path, line, record)``: :func:`dedup`'s stages."""
    if keep not in ("earliest", "longest"):
        raise ValueError(f"keep={keep!r}: 'earliest' or 'longest'")
    settings = {"threshold": threshold, "keep_longest": keep == "longest"}
    stage = _stages(corpus.sparkSession)
    # Checkpoints (kept by the executors) cut the plans short: a plan of every stage before
    # would be explained, and held, whole on the driver at each step.
    stage("digest")
    rows = _mapped(corpus, _DIGEST, _digest_rows(text_col, id_col)).localCheckpoint()
    stage("exact groups")
    wide = rows.where("unit >= 0").withColumn("at", F.shiftleft("d", 32) + F.col("unit"))
    docs = rows.where("unit < 0")
    # Exact groups: a unit's rep is its key's first occurrence. Every unit goes on with its
    # group and lengths only; the reps (the only units compared) with texts and keys.
    narrow = wide.select("at", "key", "paragraph", "norm_len", "span")
    groups = narrow.groupBy("key").agg(F.min("at").alias("rep"), F.count("*").alias("size"))
    units = narrow.join(groups, "key").localCheckpoint()
    reps = wide.join(units.where(F.col("at") == F.col("rep")).select("at"), "at", "left_semi")
    reps = reps.select("at", "norm", "norm_len", "sig", "bands", "contain_band", "contain_key").localCheckpoint()
    near_pairs, near_giant = _buckets(
        reps.select(F.posexplode("bands").alias("band", "key"), "at"), BUCKET_CAP
    )
    stage("near pairs, verified; leader clustering")
    norms = reps.select("at", "norm")
    near = _verdicts(_with_sides(near_pairs, norms, "norm"), "near", ["a_norm", "b_norm"], settings)
    led = _lead(near)
    stage("clusters")
    clusters, cluster_of = _clusters(units, led, settings)
    clusters = clusters.localCheckpoint()
    stage("contained")
    contained, contained_templated, contained_giant = _contained(reps, cluster_of, settings)
    contained = _with_passages(contained, docs).localCheckpoint()
    stage("documents")
    documents, templated_documents = _documents(docs, cluster_of, contained, settings)
    documents = documents.localCheckpoint()
    stage("passages")
    passages = _passages(units, docs, cluster_of, contained, settings).localCheckpoint()
    stage("finish")
    templated = led.where("what = 'templated'").select("a", "b", "slots").union(contained_templated)
    giant = near_giant.withColumn("near", F.lit(True)).union(
        contained_giant.withColumn("near", F.lit(False))
    )
    return Dedup(
        clusters=clusters,
        contained=contained,
        documents=documents,
        templated=templated,
        templated_documents=templated_documents,
        giant_buckets=giant,
        digests=rows,
        keep=_kept(corpus, documents),
        passages=passages,
        units=units.select("at", "rep", "paragraph"),
        corpus=corpus,
        settings={**settings, "text_field": text_col, "id_field": id_col},
    )


def _stages(spark: SparkSession) -> Callable[[str], None]:
    """Names the Spark jobs that follow (``tifa: NAME`` in the UI and the event log)."""
    return lambda name: spark.sparkContext.setJobDescription(f"tifa: {name}")


def _with_sides(pairs: DataFrame, sides: DataFrame, name: str) -> DataFrame:
    """Pairs with column ``name`` of ``sides`` (keyed by ``at``) for each end, as a_/b_."""
    for end in ("a", "b"):
        side = sides.select(F.col("at").alias(end), F.col(name).alias(f"{end}_{name}"))
        pairs = pairs.join(side, end)
    return pairs


def _named(sides: DataFrame, rows: DataFrame, a: str, b: str) -> DataFrame:
    """``sides`` (keyed by ``at``) of the places in columns ``a`` and ``b`` of ``rows`` only,
    by a broadcast semi-join: whole documents' texts are not shuffled, only the candidates'."""
    wanted = rows.select(F.col(a).alias("at")).union(rows.select(F.col(b).alias("at"))).distinct()
    return sides.join(F.broadcast(wanted), "at", "left_semi")


def _clusters(units: DataFrame, led: DataFrame, settings: Dict[str, Any]) -> tuple:
    """Paragraph clusters: near ones (whole exact groups behind their leader), then exact
    groups in no near cluster; and each unit's cluster ``(at, cluster, chars)``."""
    follows = led.where("what = 'follows'").select(
        F.col("a").alias("rep"), F.col("b").alias("leader"), "score"
    )
    members = units.join(follows, "rep", "left").where("leader is not null or size > 1")
    members = members.select(
        "at", "paragraph", "norm_len", "span",
        F.coalesce("leader", "rep").alias("cluster"),
        F.col("leader").isNotNull().alias("near"),
        F.coalesce("score", F.lit(1.0)).alias("score"),
    )  # fmt: skip

    members = members.localCheckpoint()
    groups = members.groupBy("cluster", "near").agg(
        F.collect_list(F.struct("at", "score", "paragraph", "norm_len")).alias("m")
    )

    def finish(batch: pd.DataFrame) -> pd.DataFrame:
        items = [
            [bool(near), [{"at": int(x["at"]), "score": float(x["score"]), "paragraph": _int(x["paragraph"]),
                           "norm_len": int(x["norm_len"])} for x in m]]
            for near, m in zip(batch["near"], batch["m"])
        ]  # fmt: skip
        found = _block("cluster", items, settings) if items else []
        return pd.DataFrame({
            "cluster": batch["cluster"], "near": batch["near"],
            "short": [c["short"] for c in found], "canonical": [c["canonical"] for c in found],
            "members": [c["members"] for c in found],
        }, columns=["cluster", "near", "short", "canonical", "members"])  # fmt: skip

    schema = "cluster long, near boolean, short boolean, canonical int, members array<array<double>>"
    clusters = _mapped(groups, schema, finish)
    cluster_of = members.select("at", "cluster", "paragraph", F.col("span")[1] - F.col("span")[0])
    return clusters, cluster_of.toDF("at", "cluster", "paragraph", "chars")


def _int(x: Any) -> Optional[int]:
    """An optional integer from a pandas cell (null or NaN is none)."""
    return None if x is None or x != x else int(x)


def _contained(reps: DataFrame, cluster_of: DataFrame, settings: Dict[str, Any]) -> tuple:
    """Truncated copies of one paragraph in another: bucket pairs kept when Rust finds them
    lopsided, of different clusters and plausible by signature; verified by containment;
    each copy's best source."""
    entries = reps.select(
        F.explode(F.arrays_zip("contain_band", "contain_key")).alias("e"), "at"
    ).select(F.col("e.contain_band").alias("band"), F.col("e.contain_key").alias("key"), "at")
    pairs, giant = _buckets(entries, BUCKET_CAP)
    # A rep in no cluster is named by a number of its own (negative: no cluster's).
    cluster = F.coalesce("cluster", -1 - F.col("at")).alias("cluster")
    sides = reps.join(cluster_of.select("at", "cluster"), "at", "left").select(
        "at", F.struct("norm_len", "sig", cluster).alias("side")
    )

    def plausible(batch: pd.DataFrame) -> pd.DataFrame:
        items = [[a, b] for a, b in zip(batch["a_side"], batch["b_side"])]
        keep = _block("copy_candidate", items, settings) if items else []
        batch = batch[keep] if items else batch
        # Oriented: the shorter is the copy (the earlier when as long).
        first = batch["a_side"].map(lambda s: s["norm_len"]) <= batch["b_side"].map(lambda s: s["norm_len"])
        return pd.DataFrame({
            "a": batch["a"].where(first, batch["b"]), "b": batch["b"].where(first, batch["a"]),
            # Places are numbered document << 32 | unit.
            "same_doc": (batch["a"] // (1 << 32)) == (batch["b"] // (1 << 32)),
        })  # fmt: skip

    # Texts are joined to the candidates only, once the signatures have filtered them.
    oriented = _mapped(_with_sides(pairs, sides, "side"), "a long, b long, same_doc boolean", plausible)
    oriented = _with_sides(oriented, reps.select("at", "norm"), "norm")
    verified = _verdicts(oriented, "contain", ["a_norm", "b_norm", "same_doc"], settings)
    verified = verified.localCheckpoint()
    templated = verified.where("score is null").select("a", "b", "slots")

    copies = verified.where("score is not null").groupBy("a").agg(
        F.collect_list(F.struct("b", "score", "other")).alias("pairs")
    )

    def best(batch: pd.DataFrame) -> pd.DataFrame:
        items = [
            [[int(a), int(p["b"]), float(p["score"]), float(p["other"])] for p in pairs]
            for a, pairs in zip(batch["a"], batch["pairs"])
        ]
        found = [f for f in (_block("best_source", items, {}) if items else []) if f is not None]
        return pd.DataFrame(found, columns=["copy", "source", "covers_copy", "covers_source"])

    schema = "copy long, source long, covers_copy double, covers_source double"
    return _mapped(copies, schema, best), templated, giant


def _with_passages(contained: DataFrame, docs: DataFrame) -> DataFrame:
    """Adds copies of passages of their own document (found per document by Rust) where a
    copy has no source paragraph elsewhere."""
    schema = "p struct<copy:long, paragraphs:array<long>, span:array<long>, covers_copy:double>"
    passages = docs.select("d", F.explode(F.from_json("passages", f"array<{schema[2:]}>")).alias("p"))
    passages = passages.select(
        (F.shiftleft("d", 32) + F.col("p.copy")).alias("copy"),
        F.lit(None).cast("long").alias("source"),
        F.col("p.covers_copy").alias("covers_copy"),
        F.lit(None).cast("double").alias("covers_source"),
        F.to_json(F.struct(F.col("d"), F.col("p.paragraphs"), F.col("p.span"))).alias("passage"),
    )
    units = contained.withColumn("passage", F.lit(None).cast("string"))
    return units.unionByName(passages.join(contained.select("copy"), "copy", "left_anti"))


_SENTENCES = "array<struct<key:long, unit:int, span:array<long>, bytes:array<long>>>"
_RUN = (
    "copy long, source long, copy_identity long, source_identity long, copy_span array<long>, "
    "copy_bytes array<long>, source_span array<long>, source_bytes array<long>, sentences long"
)


def _passages(units: DataFrame, docs: DataFrame, cluster_of: DataFrame, contained: DataFrame,
              settings: Dict[str, Any]) -> DataFrame:
    """Runs of sentences shared by paragraphs not linked as wholes: each document's sentence
    keys (Rust) grouped by key, each group's pairs of paragraphs (Rust: a cluster counts as its
    earliest member, boilerplate is skipped), pairs linked by a truncated copy dropped, the
    rest merged per pair of paragraphs (Rust)."""
    # A paragraph's identity: its cluster's earliest member, else itself.
    first = cluster_of.groupBy("cluster").agg(F.min("at").alias("identity"))
    identity = units.select("at").join(cluster_of.join(first, "cluster"), "at", "left").select(
        "at", F.coalesce("identity", "at").alias("identity")
    ).localCheckpoint()  # read three times
    # An exact repeat of an earlier paragraph keeps no sentences; the first counts it.
    paragraphs = units.where("paragraph is not null")
    rep_is_paragraph = units.where(F.col("at") == F.col("rep")).select(
        "rep", F.col("paragraph").isNotNull().alias("rep_paragraph")
    )
    copies = paragraphs.groupBy("rep").agg(F.count("*").alias("copies"))
    held = paragraphs.join(rep_is_paragraph, "rep").join(copies, "rep").where(
        ~F.col("rep_paragraph") | (F.col("at") == F.col("rep"))
    ).select("at", F.when(F.col("at") == F.col("rep"), F.col("copies")).otherwise(1).alias("paragraphs"))
    sentences = docs.select("d", F.explode(F.from_json("sentences", _SENTENCES)).alias("s")).select(
        F.col("s.key").alias("key"), (F.shiftleft("d", 32) + F.col("s.unit")).alias("at"),
        F.col("s.span").alias("span"), F.col("s.bytes").alias("bytes"),
    )  # fmt: skip
    holders = sentences.join(held, "at").join(identity, "at")
    groups = holders.groupBy("key").agg(
        F.collect_list(F.struct("identity", "at", "span", "bytes", "paragraphs")).alias("holders")
    ).where(F.size("holders") > 1)
    runs = _mapped(groups, _RUN, _block_rows("sentence", "holders", settings, many=True))
    sources = contained.where("source is not null").select("copy", "source")
    ends = [identity.select(F.col("at").alias(e), F.col("identity").alias(f"{e}_id")) for e in ("copy", "source")]
    linked = sources.join(ends[0], "copy").join(ends[1], "source").select(
        F.least("copy_id", "source_id").alias("lo"), F.greatest("copy_id", "source_id").alias("hi")
    ).distinct()
    lo = F.least("copy_identity", "source_identity")
    hi = F.greatest("copy_identity", "source_identity")
    runs = runs.join(linked, (lo == F.col("lo")) & (hi == F.col("hi")), "left_anti")
    pairs = runs.groupBy("copy", "source").agg(
        F.collect_list(F.struct(*[c.split(" ")[0] for c in _RUN.split(", ")])).alias("runs")
    )
    return _mapped(pairs, _RUN, _block_rows("passage", "runs", settings, many=False))


def _block_rows(stage: str, column: str, settings: Dict[str, Any], *, many: bool) -> Callable[[pd.DataFrame], pd.DataFrame]:
    """Rust block ``stage`` over the lists in ``column``, as rows of :data:`_RUN`: a list of
    rows an item (``many``) or one row or none."""

    def rows(batch: pd.DataFrame) -> pd.DataFrame:
        found = _block(stage, list(batch[column]), settings) if len(batch) else []
        out = [r for f in found for r in f] if many else [f for f in found if f is not None]
        return pd.DataFrame(out, columns=[c.split(" ")[0] for c in _RUN.split(", ")])

    return rows


def _kept_pairs(pairs: DataFrame, lens: DataFrame, stage: str, settings: Dict[str, Any]) -> DataFrame:
    """Candidate pairs ``(a, b)`` that Rust block ``stage`` keeps, given column ``len`` of
    ``lens`` (keyed by ``at``) for each end."""

    def keep(batch: pd.DataFrame) -> pd.DataFrame:
        items = [[a, b] for a, b in zip(batch["a_len"], batch["b_len"])]
        kept = _block(stage, items, settings) if items else []
        return batch[kept][["a", "b"]] if items else batch[["a", "b"]]

    return _mapped(_with_sides(pairs, lens, "len"), "a long, b long", keep)


def _documents(docs: DataFrame, cluster_of: DataFrame, contained: DataFrame, settings: Dict[str, Any]) -> tuple:
    """Near-duplicate and identical documents: exact groups by key, LSH over one document
    an exact group (near bands, loose bands kept when Rust finds one document could lie
    inside the other, runs of three chars of short documents kept when their lengths could
    make an edited copy, and documents holding a truncated copy of a paragraph and its source),
    pairs verified by Rust, leader clustering per component."""
    exact = docs.where("key is not null").groupBy("key").agg(
        F.min("d").alias("rep"), F.sort_array(F.collect_list("d")).alias("group")
    ).localCheckpoint()  # read twice, as the sides below
    in_clusters = cluster_of.where("paragraph is not null").groupBy(
        F.shiftright("at", 32).alias("d")
    ).agg(F.collect_list(F.array("cluster", "chars")).alias("clusters"))
    sides = docs.join(in_clusters, "d", "left").select(
        F.col("d").alias("at"),
        F.struct("norm", "chars", F.coalesce("clusters", F.array().cast("array<array<long>>")).alias("clusters")).alias("side"),
    ).localCheckpoint()
    reps = docs.join(exact.select(F.col("rep").alias("d")), "d")
    pairs, _ = _buckets(reps.select(F.posexplode("bands").alias("band", "key"), F.col("d").alias("at")), BUCKET_CAP)
    loose, _ = _buckets(reps.select(F.posexplode("loose").alias("band", "key"), F.col("d").alias("at")), BUCKET_CAP)
    short, _ = _buckets(reps.select(F.lit(0).alias("band"), F.explode("short").alias("key"), F.col("d").alias("at")), BUCKET_CAP)
    lens = reps.select(F.col("d").alias("at"), F.struct("norm_len", "sig").alias("len"))
    loose = _kept_pairs(loose, lens, "doc_candidate", settings)
    short = _kept_pairs(short, reps.select(F.col("d").alias("at"), F.length("norm").alias("len")), "short", settings)
    held = _contained_pairs(contained, exact, reps.select(F.col("d").alias("at"), "norm_len"))
    pairs = pairs.union(loose).union(short).union(held).distinct().localCheckpoint()
    links = _verdicts(_with_sides(pairs, _named(sides, pairs, "a", "b"), "side"), "doc", ["a_side", "b_side"], settings)
    led = _lead(links)
    groups = _doc_groups(exact, led, sides, "share", settings).withColumn("removed_lines", F.lit(False))
    templated = led.where("what = 'templated'").select("a", "b", "slots")
    return groups.union(_removed_line_documents(docs, settings)), templated


def _contained_pairs(contained: DataFrame, exact: DataFrame, lens: DataFrame) -> DataFrame:
    """Candidate pairs ``(a, b)`` of exact-group reps whose documents hold a truncated copy of a
    paragraph and its source, the smaller under a quarter of the other (as `tifa dedup` adds
    them: a short repost cut from a story's first screens shares too few shingles with the story
    to share a band); `lens` ``(at, norm_len)`` of the reps."""
    rep = exact.select(F.explode("group").alias("d"), "rep")
    ends = contained.where("source is not null").select(
        F.shiftright("copy", 32).alias("copy_doc"), F.shiftright("source", 32).alias("source_doc")
    )
    ends = ends.join(rep.select(F.col("d").alias("copy_doc"), F.col("rep").alias("ra")), "copy_doc")
    ends = ends.join(rep.select(F.col("d").alias("source_doc"), F.col("rep").alias("rb")), "source_doc")
    pairs = ends.where("ra != rb").select(F.least("ra", "rb").alias("a"), F.greatest("ra", "rb").alias("b"))
    la = lens.select(F.col("at").alias("a"), F.col("norm_len").alias("la"))
    lb = lens.select(F.col("at").alias("b"), F.col("norm_len").alias("lb"))
    sized = pairs.join(la, "a").join(lb, "b")
    return sized.where(F.least("la", "lb") < 0.25 * F.greatest("la", "lb")).select("a", "b")


def _removed_line_documents(docs: DataFrame, settings: Dict[str, Any]) -> DataFrame:
    """Documents that cleaning emptied (an editor roster), by the lines it removed: exact groups
    by their key, pairs of reps sharing a line verified by Rust, leader clustering."""
    emptied = docs.where("lines_key is not null")
    exact = emptied.groupBy(F.col("lines_key").alias("key")).agg(
        F.min("d").alias("rep"), F.sort_array(F.collect_list("d")).alias("group")
    ).localCheckpoint()
    sides = emptied.select(F.col("d").alias("at"), F.col("lines").alias("side")).localCheckpoint()
    reps = emptied.join(exact.select(F.col("rep").alias("d")), "d")
    entries = reps.select(F.lit(0).alias("band"), F.explode("lines").alias("line"), F.col("d").alias("at"))
    pairs, _ = _buckets(entries.select("band", F.col("line")[0].alias("key"), "at"), BUCKET_CAP)
    led = _lead(_verdicts(_with_sides(pairs, sides, "side"), "lines", ["a_side", "b_side"], settings))
    return _doc_groups(exact, led, sides, "lines_share", settings).withColumn("removed_lines", F.lit(True))


def _doc_groups(exact: DataFrame, led: DataFrame, sides: DataFrame, share: str, settings: Dict[str, Any]) -> DataFrame:
    """Groups of documents from their exact groups and the leaders found among the reps: one a
    leader with its followers' groups, one a group of exact copies outside them; a member's
    ``shared`` (how much of it the leader holds) by Rust's block named ``share``."""
    follows = led.where("what = 'follows'").select(F.col("a").alias("rep"), F.col("b").alias("leader"), "score")
    members = exact.join(follows, "rep", "left").where("leader is not null or size(group) > 1")
    members = members.select(
        F.explode("group").alias("d"),
        F.coalesce("leader", "rep").alias("lead"),
        F.col("leader").isNotNull().alias("near"),
        F.coalesce("score", F.lit(1.0)).alias("jaccard"),
    )
    sides = _named(sides, members, "d", "lead")
    lead_side = sides.select(F.col("at").alias("lead"), F.col("side").alias("lead_side"))
    member_side = sides.select(F.col("at").alias("d"), "side")
    members = members.join(member_side, "d").join(lead_side, "lead")

    def shares(batch: pd.DataFrame) -> pd.DataFrame:
        items = [[a, b] for a, b in zip(batch["side"], batch["lead_side"])]
        got = _block(share, items, settings) if items else []
        same = batch["d"] == batch["lead"]
        return pd.DataFrame({
            "d": batch["d"], "lead": batch["lead"], "near": batch["near"],
            "jaccard": batch["jaccard"], "shared": pd.Series(got, dtype=float).where(~same.values, 1.0).values,
        })  # fmt: skip

    shared = _mapped(members, "d long, lead long, near boolean, jaccard double, shared double", shares)
    # Exact groups list every member at 1.0.
    shared = shared.withColumn("shared", F.when(F.col("near"), F.col("shared")).otherwise(1.0))
    groups = shared.groupBy("lead", "near").agg(
        F.sort_array(F.collect_list(F.struct("d", "jaccard", "shared"))).alias("members")
    )
    groups = groups.withColumn(
        "canonical", F.expr("cast(array_position(members.d, lead) as int) - 1")
    )
    return groups.select("near", "canonical", "members", "lead")


def _kept(corpus: DataFrame, documents: DataFrame) -> DataFrame:
    """Input rows that repeat no earlier-kept document (the non-canonical members of document
    groups are dropped)."""
    dropped = documents.select(F.explode("members.d").alias("d"), "lead").where("d != lead")
    return corpus.join(dropped.select("d"), "d", "left_anti")


# ---------------------------------------------------------------- the report


class Collected(NamedTuple):
    """What the driver gathers of a :func:`dedup` result to write ``duplicates.json`` and the
    clean corpus (all in ``tifa dedup``'s order)."""

    clusters: List[Any]
    contained: List[Any]
    documents: List[Any]
    passages: List[Any]
    templated: List[Dict[str, Any]]
    templated_documents: List[Dict[str, Any]]
    giant: List[Any]
    #: Units named anywhere: ``at`` → its row (id, paragraph, spans, excerpt).
    places: Dict[int, Dict[str, Any]]
    #: Each document's id by ordinal.
    ids: Dict[int, str]
    totals: Dict[str, int]
    #: The settings the result was found with.
    settings: Dict[str, Any]
    #: What a clean corpus drops: ``(at, index)``, the index of the cluster (or, past the
    #: clusters, of the truncated copy) that explains it, in corpus order.
    removed: List[Tuple[int, int]]


def collect(found: Dedup) -> Collected:
    """Gathers on the driver what :func:`report` and :func:`clean` need: the clusters,
    contained copies, document groups, passages, templates and giant buckets, the places they
    name, and what a clean corpus drops (decided by Rust from the clusters and copies)."""
    _stages(found.corpus.sparkSession)("collect")
    clusters = sorted(found.clusters.collect(), key=lambda c: c.members[c.canonical][0])
    contained = sorted(found.contained.collect(), key=lambda c: c.copy)
    documents = sorted(found.documents.collect(), key=lambda g: g.lead)
    passages = sorted(found.passages.collect(), key=lambda p: (p.copy, p.source))
    templated = _templates(found.templated.collect())
    templated_docs = _templates(found.templated_documents.collect())
    giant = found.giant_buckets.collect()
    giant = sorted(giant, key=lambda g: (not g.near, -g.size, g.example))
    occurrences = _occurrences(found)
    ats = {int(m[0]) for c in clusters for m in c.members}
    ats |= {c.copy for c in contained} | {c.source for c in contained if c.source is not None}
    ats |= {m for t in templated for m in t["members"]} | {g.example for g in giant}
    ats |= {p.copy for p in passages} | {p.source for p in passages}
    ats |= {at for group in occurrences.values() for at, _ in group}
    ds = {m.d for g in documents for m in g.members} | {d for t in templated_docs for d in t["members"]}
    ds |= {json.loads(c.passage)["d"] for c in contained if c.passage is not None}
    places, ids, totals = _places(found.digests, ats, ds)
    paragraph = lambda at: places[at]["paragraph"]  # noqa: E731
    decided = {
        "clusters": [
            {
                "near": c.near, "short": c.short, "canonical": c.canonical,
                "members": [(int(at), paragraph(int(at))) for at, _ in c.members],
            }
            for c in clusters
        ],
        "contained": [
            {
                "copy": c.copy, "source": c.source, "covers_copy": c.covers_copy,
                "norm_len": places[c.copy]["norm_len"],
                "occurrences": occurrences.get(c.copy, [(c.copy, paragraph(c.copy))]),
            }
            for c in contained
        ],
    }  # fmt: skip
    removed = [tuple(r) for r in _block("removed", [decided], found.settings)[0]]
    return Collected(clusters, contained, documents, passages, templated, templated_docs, giant,
                     places, ids, totals, found.settings, removed)  # fmt: skip


def _occurrences(found: Dedup) -> Dict[int, List[Tuple[int, Optional[int]]]]:
    """Every occurrence ``(at, paragraph)`` of each truncated copy's exact group."""
    copies = found.contained.select(F.col("copy").alias("rep")).distinct()
    rows = found.units.join(copies, "rep").groupBy("rep").agg(
        F.collect_list(F.struct("at", "paragraph")).alias("occurrences")
    ).collect()
    return {r.rep: sorted((o.at, o.paragraph) for o in r.occurrences) for r in rows}


def report(found: Union[Dedup, Collected]) -> Dict[str, Any]:
    """``duplicates.json`` of a :func:`dedup` result (or of what :func:`collect` gathered of
    it), as a dict in ``tifa dedup``'s order and schema: :func:`write_report` writes it as the
    CLI writes the file, byte for byte."""
    c = found if isinstance(found, Collected) else collect(found)
    places, ids = c.places, c.ids
    place = lambda at, score=None: _place(places[at], score)  # noqa: E731
    span_len = lambda at: places[at]["span"][1] - places[at]["span"][0]  # noqa: E731
    removable_in = [0] * len(c.clusters)
    for at, i in c.removed:
        if i < len(c.clusters):
            removable_in[i] += span_len(at)
    return {
        "schema_version": SCHEMA_VERSION,
        "settings": json.loads(_block("settings", [None], c.settings)[0]),
        "stats": {
            **c.totals, "duplicate_paragraphs": len(c.removed),
            "removable_chars": sum(span_len(at) for at, _ in c.removed),
            "clusters": len(c.clusters), "contained": len(c.contained),
            "document_clusters": len(c.documents), "passages": len(c.passages),
            "giant_buckets": len(c.giant), "templated": len(c.templated),
            "templated_documents": len(c.templated_documents),
        },
        "clusters": [_cluster(i, cl, removable_in[i - 1], places) for i, cl in enumerate(c.clusters, 1)],
        "contained": [
            {
                "id": f"t{i}", "kind": "contained", "copy": place(t.copy),
                "source": place(t.source) if t.source is not None else _passage(t.passage, ids),
                "covers_copy": _round(t.covers_copy),
                **({"covers_source": _round(t.covers_source)} if t.covers_source is not None else {}),
                "excerpt": places[t.copy]["excerpt"],
            }
            for i, t in enumerate(c.contained, 1)
        ],
        "documents": [
            {
                "kind": "near" if g.near else "exact", "size": len(g.members),
                "canonical": g.canonical,
                "members": [{"doc": ids[m.d], "jaccard": _round(m.jaccard), "shared": _round(m.shared)} for m in g.members],
                **({"removed_lines": True} if g.removed_lines else {}),
            }
            for g in c.documents
        ],
        "passages": [
            {
                "id": f"s{i}", "kind": "passage",
                "copy": _stretch(place(p.copy), p.copy_span, p.copy_bytes),
                "source": _stretch(place(p.source), p.source_span, p.source_bytes),
                "sentences": p.sentences,
            }
            for i, p in enumerate(c.passages, 1)
        ],
        "templated": [
            {
                "id": f"m{i}", "kind": "templated", "size": len(t["members"]),
                "excerpt": places[t["members"][0]]["excerpt"],
                "members": [place(at) for at in t["members"]], "pairs": _slots(t["pairs"]),
            }
            for i, t in enumerate(c.templated, 1)
        ],
        "templated_documents": [
            {
                "id": f"md{i}", "kind": "templated", "size": len(t["members"]),
                "members": [ids[d] for d in t["members"]], "pairs": _slots(t["pairs"]),
            }
            for i, t in enumerate(c.templated_documents, 1)
        ],
        "giant_buckets": [
            {"size": g.size, "example": place(g.example), "excerpt": places[g.example]["excerpt"]}
            for g in c.giant
        ],
    }  # fmt: skip


def _cluster(i: int, c: Any, removable: int, places: Dict[int, Dict[str, Any]]) -> Dict[str, Any]:
    """A cluster of ``duplicates.json``: its first :data:`MEMBERS_LISTED` members listed."""
    canon = places[int(c.members[c.canonical][0])]
    out = {
        "id": f"c{i}", "kind": "near" if c.near else "exact", "short": c.short,
        "size": len(c.members), "chars": max(canon["span"][1] - canon["span"][0], len(canon["excerpt"])),
        "removable_chars": removable, "canonical": c.canonical, "excerpt": canon["excerpt"],
        "members": [_place(places[int(at)], score) for at, score in c.members[:MEMBERS_LISTED]],
    }  # fmt: skip
    if len(c.members) > MEMBERS_LISTED:
        out["members_truncated"] = True
    return out


def _stretch(place: Dict[str, Any], span: Sequence[int], bytes_: Sequence[int]) -> Dict[str, Any]:
    """A place narrowed to a run of sentences."""
    return {**place, "span": list(span), "bytes": list(bytes_)}


def write_report(report: Dict[str, Any], path: str) -> None:
    """Writes ``duplicates.json`` as ``tifa dedup`` does (two-space indents, a newline)."""
    with open(path, "w", encoding="utf-8") as f:
        json.dump(report, f, ensure_ascii=False, indent=2)
        f.write("\n")


_CLEAN = "d long, path string, line string, removed string"


def clean(found: Dedup, collected: Optional[Collected] = None) -> DataFrame:
    """The deduplicated corpus of ``tifa dedup --write-clean``: each input record cleaned,
    without the paragraphs the clean corpus drops (Rust decides which and writes the record),
    as ``(d, path, line, removed)``: its JSONL line, and its line of ``dedup-removed.jsonl``
    (null when nothing was dropped). Lines the CLI skips have no row."""
    c = collected or collect(found)
    _stages(found.corpus.sparkSession)("clean corpus")
    labels = [f"c{i + 1}" if i < len(c.clusters) else f"t{i - len(c.clusters) + 1}" for _, i in c.removed]
    drops = [(at >> 32, c.places[at]["paragraph"], label) for (at, _), label in zip(c.removed, labels)]
    spark = found.corpus.sparkSession
    dropped = spark.createDataFrame(drops, "d long, paragraph int, label string").groupBy("d").agg(
        F.sort_array(F.collect_list(F.struct("paragraph", "label"))).alias("drop")
    )
    records = found.corpus.join(dropped, "d", "left")
    settings = found.settings

    def rows(batch: pd.DataFrame) -> pd.DataFrame:
        items = [
            [path, int(line), record, [list(x) for x in _plain_list(drop)]]
            for path, line, record, drop in zip(batch["path"], batch["line"], batch["record"], batch["drop"])
        ]
        out = []
        for d, path, got in zip(batch["d"], batch["path"], _block("clean", items, settings) if items else []):
            if "Err" in got:
                raise ValueError(got["Err"])
            if got["Ok"] is not None:
                out.append((d, path, *got["Ok"]))
        return pd.DataFrame(out, columns=["d", "path", "line", "removed"])

    return _mapped(records, _CLEAN, rows)


def _plain_list(value: Any) -> List[Any]:
    """A Spark array cell as a list of plain lists (none for null)."""
    if value is None or (isinstance(value, float) and value != value):
        return []
    return [[v["paragraph"], v["label"]] if isinstance(v, dict) else list(v) for v in value]


#: The command an output folder of the clean corpus is marked with.
_CLEAN_COMMAND = "tifa.spark dedup --write-clean"


def write_clean(rows: DataFrame, folder: str) -> None:
    """Writes :func:`clean`'s rows into ``folder`` as ``tifa dedup --write-clean`` does: one
    JSONL file an input file (named as it), ``dedup-removed.jsonl`` and ``clean-paths.jsonl``.
    Two inputs with the same file name are an error (the CLI would number the second).
    The folder is built aside and swapped in whole, as the CLI's: refused when it is, holds or
    lies in an input, or holds files tifa did not write."""
    inputs = [r.path for r in rows.select("path").distinct().collect()]
    stage = _tifa.OutputFolder(folder, inputs, _CLEAN_COMMAND)
    _write_clean_into(rows, str(stage.path()))
    stage.commit()


def _write_clean_into(rows: DataFrame, folder: str) -> None:
    """The files of :func:`write_clean`, written into ``folder`` (a fresh staging folder)."""
    names: Dict[str, str] = {}
    files: Dict[str, Any] = {}
    with open(os.path.join(folder, "dedup-removed.jsonl"), "w", encoding="utf-8") as removed, \
            open(os.path.join(folder, "clean-paths.jsonl"), "w", encoding="utf-8") as paths:
        try:
            for row in rows.orderBy("d").toLocalIterator():
                if row.removed is not None:
                    removed.write(row.removed + "\n")
                if row.path not in names:
                    name = os.path.basename(row.path) or "stdin.jsonl"
                    if name in names.values() or name in ("dedup-removed.jsonl", "clean-paths.jsonl"):
                        raise ValueError(f"{row.path}: another input is also named {name}")
                    names[row.path] = name
                    files[row.path] = open(os.path.join(folder, name), "w", encoding="utf-8")
                    paths.write(json.dumps({"id": row.path, "path": name}, ensure_ascii=False, separators=(",", ":")) + "\n")
                files[row.path].write(row.line + "\n")
        finally:
            for f in files.values():
                f.close()


def _round(x: float) -> float:
    """To 3 decimals, halves away from zero (as the CLI rounds)."""
    return math.floor(x * 1000 + 0.5) / 1000


def _templates(rows: List[Any]) -> List[Dict[str, Any]]:
    """Templated pairs ``(a, b, slots)`` made into groups in corpus order (Rust)."""
    pairs = [[int(r.a), int(r.b), json.loads(r.slots)] for r in rows]
    return _block("templated", [pairs], {})[0]


def _slots(pairs: List[Any]) -> List[Dict[str, Any]]:
    """A template's pairs as ``duplicates.json`` lists them."""
    return [{"members": [a, b], "differ": slots} for a, b, slots in pairs]


def _places(digests: DataFrame, ats: set, ds: set) -> tuple:
    """The units at ``ats`` (doc id, paragraph, spans, excerpt), the ids of the documents
    ``ds``, and the corpus counts."""
    spark = digests.sparkSession
    wanted = spark.createDataFrame(pd.DataFrame({"at": sorted(ats)}, dtype="int64"), "at long")
    units = digests.where("unit >= 0").withColumn("at", F.shiftleft("d", 32) + F.col("unit"))
    units = units.select("at", "id", "paragraph", "span", "bytes", "excerpt", "norm_len")
    places = {r.at: r.asDict() for r in units.join(wanted, "at").collect()}
    docs = digests.where("unit < 0")
    named = spark.createDataFrame(pd.DataFrame({"d": sorted(ds)}, dtype="int64"), "d long")
    ids = {r.d: r.id for r in docs.select("d", "id").join(named, "d").collect()}
    t = docs.agg(F.count("*"), F.sum("paragraphs"), F.sum("compared")).first()
    totals = {"documents": t[0], "paragraphs": t[1] or 0, "paragraphs_too_short": (t[1] or 0) - (t[2] or 0)}
    return places, ids, totals


def _place(u: Dict[str, Any], score: Optional[float]) -> Dict[str, Any]:
    """A unit as ``duplicates.json`` names it (doc, paragraph, spans, score when given)."""
    out = {"doc": u["id"], "paragraph": u["paragraph"], "span": list(u["span"]), "bytes": list(u["bytes"])}
    if score is not None:
        out["score"] = _round(score)
    if u["paragraph"] is None:
        out["removed_line"] = True
    return out


def _passage(passage: str, ids: Dict[int, str]) -> Dict[str, Any]:
    """The source of a copy of a passage of its own document, as ``duplicates.json`` has it."""
    p = json.loads(passage)
    return {"doc": ids[p["d"]], "paragraphs": p["paragraphs"], "span": p["span"]}


# ---------------------------------------------------------------- the command


def main(argv: Optional[Sequence[str]] = None) -> int:
    """``python -m tifa.spark dedup INPUT... --output OUT``."""
    parser = argparse.ArgumentParser(prog="python -m tifa.spark", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    cmd = sub.add_parser("dedup", help="deduplicate JSONL or Parquet files as `tifa dedup` does")
    cmd.add_argument("inputs", nargs="+", metavar="INPUT")
    cmd.add_argument("--output", "-o", required=True, help="folder for duplicates.json")
    cmd.add_argument("--master", default=None, help="Spark master (default: spark-submit's, else local[2])")
    cmd.add_argument("--text-field", default="text")
    cmd.add_argument("--id-field", default="id")
    cmd.add_argument("--threshold", type=float, default=NEAR_THRESHOLD)
    cmd.add_argument("--keep", choices=["earliest", "longest"], default="earliest")
    cmd.add_argument("--write-clean", metavar="DIR", help="write the deduplicated corpus into this folder")
    cmd.add_argument("--partitions", type=int, default=8, help="spark.sql.shuffle.partitions")
    args = parser.parse_args(argv)
    # The output folder is checked (never an input, nor a folder of other files) before any
    # work, built aside and swapped in whole, as the CLI's.
    inputs = list(args.inputs) + [p for path in args.inputs for p in _expand(path)]
    stage = _tifa.OutputFolder(args.output, inputs, "tifa.spark dedup")
    clean_stage = _tifa.OutputFolder(args.write_clean, inputs, _CLEAN_COMMAND) if args.write_clean else None
    spark = session(args.master, args.partitions)
    corpus = read_corpus(spark, args.inputs).cache()
    found = _dedup_numbered(corpus, args.text_field, args.id_field, threshold=args.threshold, keep=args.keep)
    collected = collect(found)
    out = report(collected)
    write_report(out, os.path.join(str(stage.path()), "duplicates.json"))
    stage.commit()
    if clean_stage is not None:
        _write_clean_into(clean(found, collected), str(clean_stage.path()))
        clean_stage.commit()
    s = out["stats"]
    print(f"{s['documents']} documents: {s['clusters']} clusters, {s['contained']} contained, "
          f"{s['document_clusters']} document groups → {args.output}/duplicates.json", file=sys.stderr)
    return 0


def session(master: Optional[str] = None, partitions: int = 8) -> SparkSession:
    """A Spark session whose Python workers run this interpreter (where tifa is installed)."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("tifa dedup")
    if master or not os.environ.get("SPARK_MASTER"):
        builder = builder.master(master or "local[2]")
    return (
        builder.config("spark.sql.shuffle.partitions", str(partitions))
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.memory", os.environ.get("TIFA_SPARK_DRIVER_MEMORY", "2g"))
        .getOrCreate()
    )


if __name__ == "__main__":
    sys.exit(main())
