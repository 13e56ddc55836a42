"""The figure stage: number mentions → Figure records by the rules of docs/fields.md.

One module per decision, each a few small functions over the text, a clause and a mention:

| module | decides |
|---|---|
| `words` | the stage's vocabulary (`data/changes.tsv`, `data/figure_words.tsv`, …) and the regexes built from it |
| `candidates` | which sentences may hold a figure (one search over the whole text) |
| `mentions` | which numbers of a sentence are figures (not years, dates, labels, ordinals), and its ranks |
| `clause` | the clause around a position |
| `change` | change, baseline, gap, ratio to a baseline, and 从X到Y (two levels) |
| `lists` | what the items of a 分别 list share, and each item's name and place |
| `indicator` | the phrase naming what a figure measures |
| `kind` | a figure's kind where its unit does not say |
| `period` | the time phrase the sentence gives a figure |
| `place` | where a figure is about |
| `extract` | the loop: sentence by sentence, mention by mention, one Figure each |

Time, claim and measure are read after this stage, from the whole document (`pipeline.context`).
"""
from .candidates import candidate_sentences
from .change import change_before
from .extract import FigureExtractor
from .mentions import is_figure, ranks, sentence_mentions
from .words import patterns, words

__all__ = ["FigureExtractor", "candidate_sentences", "change_before", "is_figure", "patterns", "ranks",
           "sentence_mentions", "words"]
