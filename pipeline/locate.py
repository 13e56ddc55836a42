"""Locate: where each figure and entity is, after extraction and context: speech, section and sentence.

A figure or entity is in the speech and the top-level section that hold its start (`Structure.locate`:
the last of each starting at or before it; section 0 before the first heading) and in the sentence
that holds its start (its bounds, and its text or, past 200 characters, an excerpt around the item with
its bounds; empty when the start is outside every sentence, e.g. in a heading line that is not a sentence). The tables, the nested record and `process_text(...).figures` all
read these fields; nothing downstream computes them again.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Sequence, TypeVar

from .excerpt import window
from .records import Entity, Figure, Structure
from .structure import sentence_at

Located = TypeVar("Located", Figure, Entity)

_NEW = object.__new__


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
        s = sentence_at(sentences, starts, offset)
        # `records.evolve(item, speech=…, section=…, sentence=…)` for fields both classes have (tests/test_fast_paths.py
        # compares the two): a copy of the fields, those set one by one, made without evolve's interpreted check of the
        # names (a sixth of the stage's instructions per figure) and without a dictionary of them merged in
        new = _NEW(type(item))
        fields = new.__dict__
        fields.update(item.__dict__)
        fields["speech"] = speech
        fields["section"] = section
        if s is not None:
            s_start, s_end = s.start, s.end
            a, b = window(text, s_start, s_end, offset, item.end)
            fields["sentence"] = text[a:b]
            fields["sentence_start"] = s_start
            fields["sentence_end"] = s_end
            fields["excerpt_start"] = a
            fields["excerpt_end"] = b
        out.append(new)
    return tuple(out)
