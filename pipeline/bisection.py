"""Bisections of sorted lists of ints in compiled code.

`bisect.bisect_left` and `bisect.bisect_right` are calls through the interpreter's API from compiled code (800 to 1,600
instructions each, with comparisons of boxed ints); the stages bisect at every figure, lead, sentence and masked span,
so this module is compiled with them (setup.py COMPILED) and its halving is a native loop. The answers are the bisect
module's (tests/test_fast_paths.py compares them).
"""
from __future__ import annotations


def bisect_left_int(a: list[int], x: int) -> int:
    """`bisect.bisect_left(a, x)` over a sorted list of ints."""
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def bisect_right_int(a: list[int], x: int) -> int:
    """`bisect.bisect_right(a, x)` over a sorted list of ints."""
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo
