"""Locate: where each figure and entity is, after extraction and context: speech, section and sentence.

A figure or entity is in the speech and the top-level section that hold its start (`Structure.locate`:
the last of each starting at or before it; section 0 before the first heading) and in the sentence
that holds its start (its bounds, and its text or, past 200 characters, an excerpt around the item with
its bounds; empty when the start is outside every sentence, e.g. in a heading line that is not a sentence). The tables, the nested record and `process_text(...).figures` all
read these fields; nothing downstream computes them again.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Any, Sequence, TypeVar

from .excerpt import window
from .records import Entity, Figure, Structure
from .structure import sentence_at

Located = TypeVar("Located", Figure, Entity)

_NEW = object.__new__


def _moved(item: Located, where: dict[str, Any]) -> Located:
    """`records.evolve(item, **where)` for the fields of `where`, which both classes have (tests/test_fast_paths.py
    compares the two): a copy of the fields with `where`, made here without evolve's interpreted check of the names
    (a sixth of the stage's instructions per figure)."""
    new = _NEW(type(item))
    fields = new.__dict__
    fields.update(item.__dict__)
    fields.update(where)
    return new


def locate(text: str, structure: Structure, items: Sequence[Located]) -> tuple[Located, ...]:
    """The items with `speech`, `section` and their sentence set from where their start falls: the sentence's
    bounds, and a bounded excerpt of it around the item (`excerpt.window`: a sentence of thousands of figures
    is not copied once per figure)."""
    out = []
    sentences = structure.sentences
    starts = [s.start for s in sentences] if items else []
    # `structure.locate(item.start)` read here from its index (the same bisections, in compiled code: the method is
    # interpreted, a frame per item; tests/test_fast_paths.py)
    (speech_starts, speech_numbers), tops, _ = structure._index
    for item in items:
        offset = item.start
        k = bisect_right(speech_starts, offset)
        speech = speech_numbers[k - 1] if k else 1
        top = tops.get(speech)
        if top is None:
            section = 0
        else:
            k = bisect_right(top[0], offset)
            section = top[1][k - 1] if k else 0
        s = sentence_at(sentences, starts, item.start)
        if s is None:
            out.append(_moved(item, {"speech": speech, "section": section}))
            continue
        a, b = window(text, s.start, s.end, item.start, item.end)
        out.append(_moved(item, {"speech": speech, "section": section, "sentence": text[a:b], "sentence_start": s.start,
                                 "sentence_end": s.end, "excerpt_start": a, "excerpt_end": b}))
    return tuple(out)
