"""Context: the stage after extraction that says where, when and whether achieved — each figure's `time`,
`claim` and `measure` — from the text around it.

Each field comes from the nearest source that says it (../docs/fields.md, *Context*): the figure's own
sentence (its `period`), the earlier sentences of its paragraph (a time that opens the paragraph, 同期),
the headings it sits under (一、2025年工作回顾; “十四五”时期…; 2026年重点工作), the document's profile (its date).
One pass over the figures in text order, with a cursor over paragraphs and a stack of open sections: linear.

    resolve(document, structure, figures) -> figures with time, claim and measure
"""
from .resolver import resolve

__all__ = ["resolve"]
