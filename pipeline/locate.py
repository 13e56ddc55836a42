"""Locate: where each figure and entity is, after extraction and context: speech, section and sentence.

A figure or entity is in the speech and the top-level section that hold its start (`Structure.locate`:
the last of each starting at or before it; section 0 before the first heading) and in the sentence
that holds its start (its text; empty when the start is outside every sentence, e.g. in a heading
line that is not a sentence). The tables, the nested record and `process_text(...).figures` all
read these fields; nothing downstream computes them again.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence, TypeVar

from .records import Entity, Figure, Structure

Located = TypeVar("Located", Figure, Entity)


def locate(text: str, structure: Structure, items: Sequence[Located]) -> tuple[Located, ...]:
    """The items with `speech`, `section` and `sentence` set from where their start falls."""
    out = []
    for item in items:
        speech, section = structure.locate(item.start)
        s = structure.sentence_at(item.start)
        out.append(replace(item, speech=speech, section=section, sentence=text[s.start:s.end] if s else ""))
    return tuple(out)
