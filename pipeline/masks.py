r"""Masks: the spans of a sentence that are names, formulas, dates or codes, not figures.

The patterns are data (`data/nonfigures.tsv`: 十四五, 第三支柱, 80后, 3月5日, PM2.5 …);
a number inside one of their matches is not a figure (see `pipeline/figures/mentions.py`).

Running every pattern over every sentence that holds a number costs more than
the rest of the figure stage, so each pattern carries the characters one of
which every match must contain (`needs`: 届 for 十九届六中全会, 后 for 80后),
read off the compiled pattern itself, and runs only on sentences holding one
of them. A pattern whose needs cannot be read runs on every sentence; the
spans are the same either way. The other small needs of a pattern (`also`:
城 and 上 of 50万人口以上城市, whose need is 市) are looked for too before it runs; a pattern that is one
alternation (五位一体|四个全面|…|两个一百年) runs only where one of its alternatives has a needed character and its
further needs (`Mask.alternatives`: 两个一百年 needs 个 as well as 年). A lookaround at a pattern's top level needs
what it sees too (`parse_mask`): a lookahead's characters stand in the sentence ((?<![\d.])(?:19|20)\d\d(?=\s?《)
runs only where 《 does), a lookbehind's stand up to its width before the match, a further need looked for that far
before the sentence (`Mask.behind`: (?<=\d[:：∶])1 needs a colon).

The regex engine skips in C to where a match can start only when a pattern opens with a character or a
class (its "charset prefix"); a pattern that opens with a lookbehind (`(?<![\d.])[1-9]…`) or a repeat
(`\d+\s?强`) is instead tried at every position of the sentence. So each pattern is searched in an equal
form that opens with its first atom (`searchable`): `X+` as `XX*`, `X{2,4}` as `XX{1,3}`, and a leading
lookbehind moved after the first atom of fixed width k, reaching k characters further back
(`(?<![\d.])[1-9]` as `[1-9](?<![\d.][\s\S])`). A leading group of alternatives that open
with a class (`(?:[十二]+…|[一两])大`) opens with the class of their first atoms, each alternative checking its own by a
lookbehind (`_hoist`). The row as written stays `Mask.written`.
"""
from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

from . import recache
from .once import Once
from .data import FOLDER, read_tsv
from .scan import holds_a_word, last_of

from re import _parser as sre_parse  # type: ignore[attr-defined]  # the re module's parser (Python 3.11+)

NUMERALS = frozenset("0123456789零〇一二两三四五六七八九十百千万亿")  # in every sentence with a number: poor needs
COMMON = frozenset("的了是在有和与中大个人国年月日发展为上")  # frequent in reports: poor needs too
MAX_CLASS = 128  # a character class bigger than this ([\u4e00-\u9fff]) is no need worth keeping


MAX_ALSO = 8  # a further need with more characters than this is held by most sentences: no search saved
MAX_WORDS = 12  # a word need (`Mask.words`) of more strings than this costs more to look for than it saves
DIGITS = frozenset("0123456789")  # in every sentence with a number: no further need (numerals such as 万亿 are)


@dataclass(frozen=True)
class Mask:
    pattern: re.Pattern  # the row's pattern in its searchable form (`searchable`): the same matches
    reason: str
    needs: frozenset[str] | None  # every match contains one of these; None: unknown, always run
    also: tuple[str, ...] = ()  # every match contains one character of each of these too (城 and 上 of …以上大城市)
    written: str = ""  # the pattern as the row writes it
    # a pattern that is one alternation (五位一体|四个全面|…): a needed character → the further needs (`also`) of
    # each alternative whose needs hold it; a match of the alternative holds one of those too ({} otherwise)
    alternatives: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    # how far before the searched text `also` is looked for: the width of a lookbehind at the pattern's head whose
    # needs are among them ((?<=\d[:：∶])1 needs a colon, which stands before the match)
    behind: int = 0
    # strings of two or more characters one of which every match holds, or what a lookahead at the pattern's top
    # level sees (in the sentence too): 半年, 季度 or 全年 for …(?:上半年|下半年|前三季度|[一二三四]季度|全年); () when
    # none is known. Most sentences hold a needed character but not the word it opens (年 but no 全年)
    words: tuple[str, ...] = ()
    # the most characters a match holds before one of `needs` (`parse_lead`): every match [a, b) holds a needed
    # character at a + lead or before, so none opens before the sentence's first needed character less `lead`;
    # -1 when unknown (a needed item after one of unbounded width, or needs a lookahead sees)
    lead: int = -1
    # how far past a match's start the regex engine reads or tests the text, lookaheads included (`parse_reach`);
    # -1 when unbounded. A search whose end lies that far past the last place a match can open finds what one to the
    # sentence's end finds there
    reach: int = -1


def _needs_of_sequence(items) -> frozenset[str] | None:
    """The best need among the items every match goes through, or None when none is known."""
    return _best(list(map(_needs_of_item, items)))


def _best(each: list[frozenset[str] | None]) -> frozenset[str] | None:
    """The best of the needs of a sequence's items (`each`, None for an item with none)."""
    found = [(k, n) for k, n in enumerate(each) if n]
    if not found:
        return None
    # fewest characters, numerals and common characters last; among equals the last item (名泉: 泉)
    return min(found, key=lambda kn: (not kn[1].isdisjoint(NUMERALS), not kn[1].isdisjoint(COMMON),
                                      len(kn[1]), -kn[0]))[1]


def _needs_of_item(item) -> frozenset[str] | None:
    op, av = item
    c = sre_parse
    if op is c.LITERAL:
        return frozenset(chr(av))
    if op is c.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is c.LITERAL:
                chars.add(chr(value))
            elif kind is c.RANGE and value[1] - value[0] < MAX_CLASS:
                chars.update(map(chr, range(value[0], value[1] + 1)))
            else:  # NEGATE, CATEGORY (\d, \s), a wide range: no finite need
                return None
        return frozenset(chars)
    return _united(_sequences(item), _needs_of_sequence)  # assertions, anchors, any character: none


def _sequences(item) -> list | None:
    """The sequences one of which every match of a grouping item goes through: a branch's alternatives, a plain
    group's, a repeat's (at least once) or an atomic group's body; None for any other item."""
    op, av = item
    c = sre_parse
    if op is c.BRANCH:
        return list(av[1])
    if op is c.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else [sub]
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        low, _, sub = av
        return [sub] if low >= 1 else None
    if op is getattr(c, "ATOMIC_GROUP", None):
        return [av]
    return None


def _united(sequences: list | None, of_sequence) -> frozenset[str] | None:
    """What `of_sequence` reads of each of `sequences`, united; None when it reads nothing of one of them (or
    `sequences` is None)."""
    if sequences is None:
        return None
    united: set[str] = set()
    for seq in sequences:
        found = of_sequence(seq)
        if found is None:
            return None
        united |= found
    return frozenset(united)


def _items(pattern: str) -> list | None:
    """The items of a pattern's top-level sequence, None when its needs cannot be read ((?i), (?x), no parse)."""
    try:
        parsed = sre_parse.parse(pattern)
    except Exception:  # noqa: BLE001 - an unexpected parse tree only costs speed
        return None
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None  # (?i): a literal stands for more than itself
    return list(parsed)


def _needs_of_items(items: list | None) -> frozenset[str] | None:
    try:
        return _needs_of_sequence(items) if items is not None else None
    except Exception:  # noqa: BLE001 - an unexpected parse tree only costs speed
        return None


def further_needs(each: list[frozenset[str] | None], chosen: frozenset[str] | None) -> tuple[str, ...]:
    """The needs of the other items of a pattern's top-level sequence (`each`: every item's) than `chosen` (its
    `needs`): small ones, without digits (in every sentence with a number; a class of numerals such as [亿万] is a
    need most sentences lack); each as a string of its characters, sorted."""
    if chosen is None:
        return ()
    out: list[str] = []
    for n in each:
        if n and n != chosen and len(n) <= MAX_ALSO and n.isdisjoint(DIGITS):
            chars = "".join(sorted(n))
            if chars not in out:
                out.append(chars)
    return tuple(out)


def needs(pattern: str) -> frozenset[str] | None:
    """Characters one of which every match of `pattern` contains (None when the pattern does not tell)."""
    digest = code_digest()
    if digest is None:
        return parse_needs(pattern)
    return recache.derived(("masks.needs", digest, pattern), 1, lambda: (parse_needs(pattern),))[0]


def parse_needs(pattern: str) -> frozenset[str] | None:
    """`needs`, read off the pattern's parse tree (which the re module's parser, Python code, makes: 0.3 M
    instructions a pattern, 120 patterns at every start; so `needs` and `read_mask` keep what they read in the
    pattern cache's file, `recache.derived`, under this module's source digest)."""
    return _needs_of_items(_items(pattern))


@lru_cache(maxsize=1)
def code_digest() -> str | None:
    """A digest of this module's source, which the needs kept in the cache file were read by (None when the source
    is not beside the module: nothing kept)."""
    try:
        source = (FOLDER.parent / "masks.py").read_bytes()  # (data/ is beside this module)
    except OSError:
        return None
    return f"{zlib.crc32(source):08x}-{len(source)}"


def read_mask(pattern: str, reason: str) -> Mask:
    """A mask, its pattern parsed once for its needs and further needs (kept in the cache file: `parse_needs`)."""
    digest = code_digest()
    if digest is None:
        chosen, also, alternatives, behind, words, lead, reach = parse_mask(pattern) + (
            parse_words(pattern), parse_lead(pattern), parse_reach(pattern))
    else:
        chosen, also, alternatives, behind, words, lead, reach = recache.derived(
            ("masks.read_mask", digest, pattern), 7,
            lambda: parse_mask(pattern) + (parse_words(pattern), parse_lead(pattern), parse_reach(pattern)))
    return Mask(recache.compile(searchable(pattern)), reason, chosen, also, pattern, alternatives, behind, words,
                lead, reach)


def parse_reach(pattern: str) -> int:
    """`Mask.reach`, read off the pattern's parse tree: the furthest past a match's start the engine reads a
    character or tests a position (an anchor, a lookahead's characters), so that a search whose end is at least that
    far past where a match opens tries that match as a search to the text's end does; -1 when unbounded (a
    repeat without bound, a back reference, a flag) or unreadable."""
    items = _items(pattern)
    if items is None:
        return -1
    try:
        found = _reach_of_sequence(items)
    except Exception:  # noqa: BLE001 - an unexpected parse tree only costs speed
        return -1
    return found[1] + 1 if found is not None else -1  # (one more: the engine may test the position after the last)


def _reach_of_sequence(items) -> tuple[int, int] | None:
    """(the widest a match of the sequence is, the furthest past its start the engine reads or tests); None when
    unbounded or of an item not read here."""
    width = furthest = 0
    for item in items:
        found = _reach_of_item(item)
        if found is None:
            return None
        w, r = found
        furthest = max(furthest, width + r)
        width += w
    return width, max(furthest, width)


def _reach_of_item(item) -> tuple[int, int] | None:
    op, av = item
    c = sre_parse
    if op in (c.LITERAL, c.NOT_LITERAL, c.IN, c.ANY, c.CATEGORY):
        return 1, 1
    if op is c.AT:
        return 0, 1  # \b and $ test the character at the position
    if op is c.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else _reach_of_sequence(sub)
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _reach_of_sequence(av)
    if op is c.BRANCH:
        widths: list[int] = []
        reaches: list[int] = []
        for alt in av[1]:
            one = _reach_of_sequence(alt)
            if one is None:
                return None
            widths.append(one[0])
            reaches.append(one[1])
        return max(widths), max(reaches)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        _, high, body = av
        repeated = _reach_of_sequence(body)
        if repeated is None or high >= c.MAXREPEAT:
            return None
        w, r = repeated
        return (high * w, (high - 1) * w + r) if high >= 1 else (0, 0)
    if op in (c.ASSERT, c.ASSERT_NOT):
        direction, seen = av
        looked = _reach_of_sequence(seen)
        if looked is None:
            return None
        if direction == 1:
            return 0, looked[1]  # a lookahead reads ahead of the position
        # a lookbehind reads the characters before the position; one that reads past it (a lookahead inside) is
        # not read here
        return (0, 1) if looked[1] <= looked[0] else None
    return None


def parse_lead(pattern: str) -> int:
    """`Mask.lead`, read off the pattern's parse tree: of the items of its top-level sequence whose needs are the
    pattern's (`parse_mask`'s choice, not a lookahead's), the least of (the widest the items before it are + its
    own widest - 1): every match goes through that item, which holds a needed character, so the match holds one
    within that many characters of its start. -1 when no such item has bounded widths before and in it."""
    chosen = parse_mask(pattern)[0]
    items = _items(pattern)
    if chosen is None or items is None:
        return -1
    try:
        parsed = sre_parse.parse(pattern)
        best = -1
        before = 0  # the widest the items so far are
        for item in parsed:
            high = sre_parse.SubPattern(parsed.state, [item]).getwidth()[1]
            if high >= sre_parse.MAXREPEAT or before >= sre_parse.MAXREPEAT:
                before = sre_parse.MAXREPEAT
                continue
            if high >= 1 and _needs_of_item(item) == chosen and (best < 0 or before + high - 1 < best):
                best = before + high - 1
            before += high
    except Exception:  # noqa: BLE001 - an unexpected parse tree only costs speed
        return -1
    return best


def parse_mask(pattern: str) -> tuple[frozenset[str] | None, tuple[str, ...], dict[str, tuple[tuple[str, ...], ...]], int]:
    r"""A mask's needs, further needs, alternatives and how far back its further needs reach (`Mask.behind`), read
    off its pattern's parse tree.

    A lookahead at the pattern's top level (`(?=\s?《)`) needs what it sees as much as the match does: the search
    stops at the sentence's end, so what the lookahead needs stands in the sentence too. What a lookbehind at the top
    level needs (`(?<=\d[:：∶])`) stands up to its width before the match, so it is only a further need, looked for
    from that far before the sentence (`behind`)."""
    items = _items(pattern)
    behind = 0
    try:
        each = [_needs_of_item(item) for item in items] if items is not None else []
        ahead = [_needs_of_lookahead(item) for item in items] if items is not None else []
        back = [_lookbehind(item) for item in items] if items is not None else []
    except Exception:  # noqa: BLE001 - an unexpected parse tree only costs speed
        each, ahead, back = [], [], []
    each = [n if n is not None else a for n, a in zip(each, ahead)]
    chosen = _best(each) if each else None
    also = further_needs(each, chosen)
    if chosen is not None and any(back):
        extra = further_needs([n for n, _ in back if n], chosen)
        also += tuple(chars for chars in extra if chars not in also)
        behind = max((w for n, w in back if n and "".join(sorted(n)) in extra), default=0)
    return chosen, also, _alternatives(items) if chosen is not None else {}, behind


def parse_words(pattern: str) -> tuple[str, ...]:
    """`Mask.words`, read off the pattern's parse tree: the fewest strings (at most MAX_WORDS) one of which every
    match holds or a lookahead sees, sorted; () when none is known."""
    items = _items(pattern)
    try:
        found = _words_of_sequence(items) if items is not None else None
    except Exception:  # noqa: BLE001 - an unexpected parse tree only costs speed
        return ()
    return tuple(sorted(found)) if found is not None and len(found) <= MAX_WORDS else ()


def _words_of_sequence(items) -> frozenset[str] | None:
    """Strings of two or more characters one of which every match of a sequence holds (or a lookahead in it sees):
    a run of its literal characters, or the words of an item every match goes through; of these the fewest, words
    of numerals last (in every sentence with a number); None when none is known."""
    options: list[frozenset[str]] = []
    run = ""
    for item in items:
        if item[0] is sre_parse.LITERAL:
            run += chr(item[1])
            continue
        if len(run) >= 2:
            options.append(frozenset((run,)))
        run = ""
        found = _words_of_item(item)
        if found is not None:
            options.append(found)
    if len(run) >= 2:
        options.append(frozenset((run,)))
    options = [o for o in options if len(o) <= MAX_WORDS] or options
    if not options:
        return None
    return min(options, key=lambda o: (any(NUMERALS.issuperset(w) for w in o), len(o), -min(map(len, o))))


def _words_of_item(item) -> frozenset[str] | None:
    op, av = item
    if op is sre_parse.ASSERT and av[0] == 1:  # a lookahead sees the sentence after it, up to the search's end
        return _words_of_sequence(av[1])
    united = _united(_sequences(item), _words_of_sequence)  # a lookbehind sees before the search's start: none
    if united is None or op is not sre_parse.BRANCH:
        return united
    # a word holding another of them adds nothing (前三季度 and 季度: 季度)
    return frozenset(w for w in united if not any(x != w and x in w for x in united))


def _needs_of_lookahead(item) -> frozenset[str] | None:
    """The needs of a positive lookahead (None for any other item)."""
    op, av = item
    if op is sre_parse.ASSERT and av[0] == 1:
        return _needs_of_sequence(av[1])
    return None


def _lookbehind(item) -> tuple[frozenset[str] | None, int]:
    """The needs and width of a positive lookbehind ((None, 0) for any other item, or one of varying width)."""
    op, av = item
    if op is not sre_parse.ASSERT or av[0] != -1:
        return None, 0
    low, high = av[1].getwidth()
    return (_needs_of_sequence(av[1]), high) if low == high else (None, 0)


def _alternatives(items: list | None) -> dict[str, tuple[tuple[str, ...], ...]]:
    """For a pattern that is one alternation, bare or in one plain group (`A|B`, `(?:A|B)`): each character an
    alternative's needs hold → the further needs of each such alternative; {} for any other pattern, or when an
    alternative has no needs (the pattern's needs are none either) or none further (the filter would pass)."""
    c = sre_parse
    if items is not None and len(items) == 1 and items[0][0] is c.SUBPATTERN:
        _, add_flags, del_flags, sub = items[0][1]
        items = None if add_flags or del_flags else list(sub)
    if items is None or len(items) != 1 or items[0][0] is not c.BRANCH:
        return {}
    out: dict[str, list[tuple[str, ...]]] = {}
    try:
        for alternative in items[0][1][1]:
            each = [_needs_of_item(item) for item in alternative]
            chosen = _best(each)
            if chosen is None:
                return {}
            also = further_needs(each, chosen)
            for ch in chosen:
                out.setdefault(ch, []).append(also)
    except Exception:  # noqa: BLE001 - an unexpected parse tree only costs speed
        return {}
    if all(() in alsos for alsos in out.values()):
        return {}  # every needed character has an alternative without further needs: no search is saved
    return {ch: tuple(alsos) for ch, alsos in out.items()}


ANY = r"[\s\S]"  # one character, whatever it is (. is not \n)
REPEAT = recache.compile(r"(?:\+|\{(\d+)(?:(,)(\d*))?\})(\?)?(?![+?])")  # X+ or X{m}, X{m,}, X{m,n}; lazy kept


def searchable(pattern: str) -> str:
    r"""`pattern` written so that it opens with its first atom, the same matches everywhere: a leading repeat
    with at least one occurrence `X+`, `X{m,n}` as `XX*`, `XX{m-1,n-1}`; then leading lookbehinds `(?<!L)` moved
    after that atom, of fixed width k, as `(?<!(?:L)[\s\S]{k})` (what stood before the atom stands k characters
    further back). Unchanged when it opens otherwise (an optional atom, a group of varying width, a flag)."""
    at, behind = 0, []
    while pattern.startswith(("(?<=", "(?<!"), at):
        end = _group_end(pattern, at)
        if end is None:
            return pattern
        behind.append(pattern[at:end])
        at = end
    atom_end = _atom_end(pattern, at)
    if atom_end is None:
        return pattern
    atom, rest = pattern[at:atom_end], pattern[atom_end:]
    if rest[:1] in ("*", "?") or rest.startswith("{,"):
        return pattern  # the atom may be absent: nothing to open with
    repeat = REPEAT.match(rest)
    if repeat is not None and atom.startswith("(") and _min_width(atom) < 1:
        return pattern  # a group that may match nothing repeats as the engine's empty-iteration rule says: as written
    if repeat is not None:
        low, comma, high, lazy = repeat.groups()
        if low is None:  # +
            rest = f"{atom}*{lazy or ''}{rest[repeat.end():]}"
        elif int(low) < 1 or high and int(high) < 1:
            return pattern
        else:
            more = f"{int(low) - 1}{comma or ''}{int(high) - 1 if high else ''}"
            rest = f"{atom}{{{more}}}{lazy or ''}{rest[repeat.end():]}"
    elif rest[:1] == "{" or rest[:1] == "+":
        return pattern  # a brace that is no repeat of ours, a possessive: left as written
    if atom.startswith("(?:"):
        hoisted = _hoist(atom, need=bool(behind) and _fixed_width(atom) is None)
        if hoisted is not None:
            atom, rest = hoisted[0], hoisted[1] + rest
    if not behind:
        return atom + rest
    width = 1 if not atom.startswith("(") else _fixed_width(atom)
    if width is None or any("(?=" in b or "(?!" in b for b in behind):
        return pattern
    back = ANY if width == 1 else f"{ANY}{{{width}}}"
    return atom + "".join(f"(?<{b[3]}(?:{b[4:-1]}){back})" for b in behind) + rest


def _hoist(group: str, need: bool) -> tuple[str, str] | None:
    r"""A group `(?:A|B…)` whose alternatives each open with a one-character atom (a class, an escape, a character)
    as one class of those atoms, then the group with each alternative checking that its own atom stood there:
    `(?:[十二]+X|[一两])` as `[十二一两]` and `(?:(?<=[十二])[十二]*X|(?<=[一两]))`, the same matches at the same
    positions, but a pattern that opens with a class, which the engine skips to in C. None when an alternative opens
    otherwise, or when it is not needed: every alternative opens with a plain character (the engine skips to those
    already) and no lookbehind before the group waits for a fixed width (`need`)."""
    alternatives = _top_alternatives(group[3:-1])
    if alternatives is None:
        return None
    chars: list[str] = []
    rewritten: list[str] = []
    plain = True
    for alt in alternatives:
        end = _atom_end(alt, 0)
        if end is None or alt.startswith("("):
            return None
        atom, rest = alt[:end], alt[end:]
        if rest[:1] in ("*", "?") or rest.startswith("{,"):
            return None
        repeat = REPEAT.match(rest)
        if repeat is not None:
            low, comma, high, lazy = repeat.groups()
            if low is None:
                rest = f"{atom}*{lazy or ''}{rest[repeat.end():]}"
            elif int(low) < 1 or high and int(high) < 1:
                return None
            else:
                rest = f"{atom}{{{int(low) - 1}{comma or ''}{int(high) - 1 if high else ''}}}{lazy or ''}{rest[repeat.end():]}"
        elif rest[:1] in ("{", "+"):
            return None
        if atom.startswith("["):
            if atom.startswith("[^"):
                return None
            chars.append(atom[1:-1])
            plain = False
        elif atom.startswith("\\"):
            chars.append(atom)
            plain = plain and not atom[1:2].isalnum()
        else:
            chars.append(atom if atom.isalnum() else "\\" + atom)
        rewritten.append(f"(?<={atom}){rest}")
    if plain and not need:
        return None
    return f"[{''.join(chars)}]", f"(?:{'|'.join(rewritten)})"


def _marks(pattern: str, at: int = 0) -> list[tuple[int, str]] | None:
    """The parentheses and bars of `pattern` from `at` on, outside classes and escapes, with their positions
    (None when a class does not close)."""
    out: list[tuple[int, str]] = []
    k = at
    while k < len(pattern):
        ch = pattern[k]
        if ch == "\\":
            k += 2
            continue
        if ch == "[":
            end = _class_end(pattern, k)
            if end is None:
                return None
            k = end
            continue
        if ch in "(|)":
            out.append((k, ch))
        k += 1
    return out


def _top_alternatives(pattern: str) -> list[str] | None:
    """The alternatives of `pattern` split at its top-level `|` (None when it cannot be read)."""
    marks = _marks(pattern)
    if marks is None:
        return None
    out: list[str] = []
    depth, last = 0, 0
    for k, ch in marks:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif depth == 0:
            out.append(pattern[last:k])
            last = k + 1
    out.append(pattern[last:])
    return out if depth == 0 else None


def _min_width(group: str) -> int:
    """The fewest characters a match of a group holds (0 when it cannot be read)."""
    try:
        return int(sre_parse.parse(group).getwidth()[0])
    except Exception:  # noqa: BLE001 - an unreadable group is left as written
        return 0


def _fixed_width(group: str) -> int | None:
    """The width of a group every match of which is equally long, None when they vary."""
    try:
        low, high = sre_parse.parse(group).getwidth()
    except Exception:  # noqa: BLE001 - an unreadable group is left where it is
        return None
    return low if low == high and low >= 1 else None


def _class_end(pattern: str, at: int) -> int | None:
    """The end of the class `[…]` opening at `at`."""
    k = at + 1
    if pattern.startswith("^", k):
        k += 1
    if pattern.startswith("]", k):
        k += 1
    while k < len(pattern) and pattern[k] != "]":
        k += 2 if pattern[k] == "\\" else 1
    return k + 1 if k < len(pattern) else None


def _group_end(pattern: str, at: int) -> int | None:
    """The end of the group opening at `at` (its closing parenthesis included)."""
    depth = 0
    for k, ch in _marks(pattern, at) or ():
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return k + 1
    return None


def _atom_end(pattern: str, at: int) -> int | None:
    """The end of the atom at `at` that matches one character (a class, \\d, an escaped or plain character) or
    is a (?:…) group; None for anything else (., an anchor, a flag, a capturing group, a back reference)."""
    if at >= len(pattern):
        return None
    ch = pattern[at]
    if ch == "[":
        return _class_end(pattern, at)
    if ch == "\\":
        escaped = pattern[at + 1:at + 2]
        if escaped and (escaped in "dDsSwW" or not escaped.isalnum()):
            return at + 2
        if escaped == "u" and len(pattern) >= at + 6:
            return at + 6
        return None
    if ch == "(":
        return _group_end(pattern, at) if pattern.startswith("(?:", at) else None
    return None if ch in ".^$*+?{}|)" else at + 1


@dataclass(frozen=True)
class Masks:
    masks: tuple[Mask, ...]
    always: tuple[int, ...]  # the indexes of the masks without needs
    by_char: dict[str, tuple[int, ...]]  # a needed character → the indexes of the masks that need it
    needed: re.Pattern  # any needed character
    # per mask: its further needs (`Mask.also`) as tuples of one-character strings, made once: a compiled loop over a
    # string's characters makes a new string of each (every character past Latin-1), at every test
    also: tuple[tuple[tuple[str, ...], ...], ...]
    # per mask: `Mask.alternatives`, each further need as a tuple of one-character strings
    alternatives: tuple[dict[str, tuple[tuple[tuple[str, ...], ...], ...]], ...]


def masks() -> Masks:
    """The masks of data/nonfigures.tsv, indexed by their needed characters (made once: `once.Once`)."""
    return _MASKS.get()


def split_needs(needs: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Further needs (strings of characters) as tuples of one-character strings."""
    return tuple(tuple(chars) for chars in needs)


def _make_masks() -> Masks:
    found = tuple(read_mask(p, reason) for p, reason, *_ in read_tsv("nonfigures.tsv"))
    by_char: dict[str, tuple[int, ...]] = {}
    for k, mask in enumerate(found):
        for ch in mask.needs or ():
            by_char[ch] = by_char.get(ch, ()) + (k,)
    needed = recache.compile(f"[{re.escape(''.join(sorted(by_char)))}]" if by_char else "(?!)")
    always = tuple(k for k, m in enumerate(found) if m.needs is None)
    also = tuple(split_needs(m.also) for m in found)
    alternatives = tuple({ch: tuple(split_needs(a) for a in alsos) for ch, alsos in m.alternatives.items()}
                         for m in found)
    return Masks(found, always, by_char, needed, also, alternatives)


_MASKS: Final = Once(_make_masks)


def masked_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sorted (start, end) of every non-empty match of every mask pattern in text[start:end].

    The masks to run are a list of their indexes: each distinct needed character of the text adds the masks
    that need it and that no character before it added (`seen`, per mask the character that added it: no set of indexes built by `update` and
    walked by an iterator, a tagged int boxed per index; a bit set of 80 masks is no machine word either: every
    `|`, `&` and `>>` on it made a new int); the order they run in does not matter, the spans are sorted."""
    table = masks()
    by_char = table.by_char
    chosen: list[int] = list(table.always)
    # per mask: the needed character that chose it, the first of its needed characters in the text ("": not chosen)
    seen = [""] * len(table.masks)
    # the needed characters the text holds, as found (a character found twice adds no mask: `seen`); a list, walked by
    # index in compiled code, not a set made of it and walked by an iterator (a call per character)
    held: list[str] = table.needed.findall(text, start, end)
    for ch in held:
        for k in by_char[ch]:
            if not seen[k]:
                seen[k] = ch
                chosen.append(k)
    spans: list[tuple[int, int]] = []
    for k in chosen:
        mask = table.masks[k]
        if mask.also and not holds_each_of(text, start - mask.behind if start > mask.behind else 0, end,
                                           table.also[k]):
            continue  # 以上…城市 without 城: no match, no search
        if mask.alternatives and not holds_an_alternative_of(text, start, end, held, table.alternatives[k]):
            continue  # 两个一百年 without 个: that alternative cannot match, nor any other here
        if mask.words and not holds_a_word(text, mask.words, start, end):
            continue  # 年 but neither 半年, 季度 nor 全年: no match
        pattern = mask.pattern
        pos, stop, last = start, end, end
        if mask.lead >= 0:
            # no match opens before the first needed character less `lead` (`Mask.lead`): `held` lists the needed
            # characters in the text's order, so the one that chose this mask first stands where its first does, and
            # no match opens earlier for the finditer from `start` to consume: its first match is this search's
            at = text.find(seen[k], start, end) - mask.lead
            if at > start:
                pos = at
            if mask.reach >= 0 and mask.needs is not None and len(mask.needs) <= MAX_LAST:
                # nor after the last needed character (a match holds one at its start or after): a search to `reach`
                # past it tries every match that can open up to there as one to the sentence's end does (the engine
                # reads no further); what it finds opening later is no match, cut short
                last = last_of(text, mask.needs or frozenset(), start, end)
                if last + mask.reach < end:
                    stop = last + mask.reach
        first = pattern.search(text, pos, stop)  # most patterns find nothing: no iterator for them
        if first is None:
            continue
        a, b = first.start(), first.end()
        if a > last:
            continue
        if b > a:  # the first match is finditer's first; the next ones are a finditer's from its end
            spans.append((a, b))
            a = b
        for m in pattern.finditer(text, a, stop):
            a, b = m.start(), m.end()
            if a > last:
                break
            if b > a:
                spans.append((a, b))
    spans.sort()
    return spans


MAX_LAST = 3  # the most needed characters whose last `masked_spans` finds (one `str.rfind` each)


def holds_each_of(text: str, start: int, end: int, needs: tuple[tuple[str, ...], ...]) -> bool:
    """Whether text[start:end] holds a character of each of a mask's further needs, split into characters once
    (`Masks.also`)."""
    for chars in needs:
        found = False
        for ch in chars:
            if text.find(ch, start, end) >= 0:
                found = True
                break
        if not found:
            return False
    return True


def holds_an_alternative_of(text: str, start: int, end: int, held: list[str],
                            alternatives: dict[str, tuple[tuple[tuple[str, ...], ...], ...]]) -> bool:
    """Whether text[start:end], which holds the needed characters `held` (as `masked_spans` found them, some more than
    once), holds for some alternative of a mask one of its needed characters and a character of each of its further
    needs, split into characters once (`Masks.alternatives`)."""
    for ch in held:
        for also in alternatives.get(ch, ()):
            if holds_each_of(text, start, end, also):
                return True
    return False


