"""Read the weights of a CRFsuite model file (the `FOMC` 1st-order CRF that python-crfsuite writes).

Tagging with the weights in numpy (`marsad.models.linear_crf`) lets the tagger sum a word type's feature
weights once and reuse them, instead of passing every feature string to CRFsuite at each occurrence.
`Tagger.info()` would also give the weights, but printed with six decimals; this reads the exact
doubles. Layout (CRFsuite's crf1dmodel.c, little-endian): a header of offsets, the feature array
(type, source, destination, weight), and two CQDB string tables for label and attribute names.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from marsad.errors import ModelError

_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_CQDB_HEADER = struct.Struct("<4sIIIII")
_CHUNK = struct.Struct("<4sII")
_FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])
STATE, TRANSITION = 0, 1


@dataclass(frozen=True)
class CrfWeights:
    """A linear-chain CRF: `state[a, y]` weighs attribute `a` for label `y`, `transition[y, y2]` a label pair."""

    labels: list[str]
    attributes: dict[str, int]
    state: np.ndarray  # (attributes, labels)
    transition: np.ndarray  # (labels, labels)


def read_crfsuite(path: Path) -> CrfWeights:
    """The labels, attributes and weights of a CRFsuite model file."""
    try:
        buf = path.read_bytes()
        magic, _size, kind, *_counts, off_features, off_labels, off_attrs, _lrefs, _arefs = _HEADER.unpack_from(buf)
        if magic != b"lCRF" or kind != b"FOMC":
            raise ModelError("not a CRFsuite first-order CRF model")
        labels = _cqdb_strings(buf, off_labels)
        attributes = _cqdb_strings(buf, off_attrs)
        chunk, _chunk_size, count = _CHUNK.unpack_from(buf, off_features)
        if chunk != b"FEAT":
            raise ModelError("no feature chunk where the header points")
        features = np.frombuffer(buf, dtype=_FEATURE, count=count, offset=off_features + _CHUNK.size)
        state = np.zeros((len(attributes), len(labels)))
        transition = np.zeros((len(labels), len(labels)))
        for table, kind in ((state, STATE), (transition, TRANSITION)):
            rows = features[features["type"] == kind]
            table[rows["src"], rows["dst"]] = rows["weight"]
    except (struct.error, ValueError, UnicodeDecodeError, IndexError, ModelError) as exc:
        raise ModelError(f"{path} is not a readable CRFsuite model: {exc}") from exc
    return CrfWeights(labels, {name: i for i, name in enumerate(attributes)}, state, transition)


def _cqdb_strings(buf: bytes, base: int) -> list[str]:
    """The strings of a CQDB table in id order, read through its backward (id → record) array."""
    chunk, _size, _flag, _order, count, backward = _CQDB_HEADER.unpack_from(buf, base)
    if chunk != b"CQDB":
        raise ModelError("no string table where the model header points")
    strings = []
    for expected, offset in enumerate(struct.unpack_from(f"<{count}I", buf, base + backward)):
        record_id, size = struct.unpack_from("<iI", buf, base + offset)
        if record_id != expected:
            raise ModelError("string table out of order")
        start = base + offset + 8
        strings.append(buf[start:start + size - 1].decode("utf-8"))  # size counts the closing NUL
    return strings
