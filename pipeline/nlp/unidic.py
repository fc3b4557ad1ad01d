"""The process's one fugashi tagger (MeCab + unidic-lite).

Loading the dictionary is the slow part of fugashi, and every tagger holds
its own copy: the tokenizer and the extractors that look a word up outside a
Doc (a paragraph's first word, a name's parts, a surname's n-best readings)
share this one.  Nodes it returns are read before the next call, as fugashi
reuses its lattice.
"""

from __future__ import annotations

from functools import lru_cache

import fugashi


@lru_cache(maxsize=1)
def tagger() -> fugashi.Tagger:
    """The shared tagger, loaded on first use."""
    return fugashi.Tagger()
