"""core: strings found in texts in one pass, by Aho–Corasick automata (pyahocorasick, behind this
module alone): the registry's names (``Strings``), and the words that gate the extraction rules'
expressions (``WordSets``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import ahocorasick


class Strings:
    """Strings to find in texts, growing, in Aho–Corasick automata (pyahocorasick).

    A built automaton takes a new key only by being rebuilt, at a cost that grows with all its
    keys. So keys added since go to a second, small automaton, which joins the large one when it
    outgrows the square root of it: adding names between searches (as extraction does when it
    mints an entity) costs about √n per search, not n. A fork searches the automata of the keys it
    was forked from, never changing them, and keeps the keys added to it in automata of its own.
    """

    def __init__(self, base: Strings | None = None) -> None:
        self._large = ahocorasick.Automaton()
        self._recent = ahocorasick.Automaton()
        self._base = base

    def fork(self) -> Strings:
        for automaton in (self._large, self._recent):
            if automaton.kind == ahocorasick.TRIE:  # built now, so that a search never changes it
                automaton.make_automaton()
        return Strings(self)

    def __contains__(self, key: str) -> bool:
        return key in self._large or key in self._recent or (self._base is not None and key in self._base)

    def add(self, key: str) -> None:
        if key in self:
            return
        if self._large.kind != ahocorasick.AHOCORASICK:  # never built: nothing to rebuild
            self._large.add_word(key, len(key))
            return
        self._recent.add_word(key, len(key))
        if len(self._recent) ** 2 > len(self._large):
            for recent, length in self._recent.items():
                self._large.add_word(recent, length)
            self._recent = ahocorasick.Automaton()

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        """``(start, end)`` of every occurrence of every key in ``text``, overlapping ones too."""
        if self._base is not None:
            yield from self._base.find(text)
        for automaton in (self._large, self._recent):
            if automaton.kind == ahocorasick.TRIE:  # keys were added since it was built
                automaton.make_automaton()
            if automaton.kind == ahocorasick.AHOCORASICK:
                for last, length in automaton.iter(text):
                    yield last + 1 - length, last + 1


class WordSets:
    """Sets of words, each a set of ids, and the words of all of them found in a text in one pass.

    The extraction rules gate their expressions by words (``extraction.text.Gated``): a gate
    opens on a text holding one of its words. Each rule asking of each sentence whether each of
    its words is there took about 8% of a build's workers' time (py-spy, at 1M); the automaton of
    every gate's words is run once per text instead. The words of the last texts are kept: the
    rules ask of one sentence in turn, and of its clauses, each cut from it again by several rules
    (a tenth of the texts asked of, a second time, are equal to one of the last few, not the same
    object)."""

    #: how many texts' words are kept (forgotten all at once when there are more)
    KEPT = 64

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}
        self._automaton: ahocorasick.Automaton | None = None
        self._known: dict[str, frozenset[int]] = {}

    def ids(self, words: Iterable[str]) -> frozenset[int]:
        """The ids of ``words``, which ``found`` gives when it finds them."""
        words = tuple(words)
        for word in words:
            if word not in self._ids:
                self._ids[word] = len(self._ids)
                # the automaton is made again with this word at the next search, and no text's
                # words kept from before are given for it
                self._automaton = None
                self._known.clear()
        return frozenset(self._ids[word] for word in words)

    def found(self, text: str) -> frozenset[int]:
        """The ids of the words ``text`` holds, anywhere (inside other words too; the empty word
        in every text)."""
        ids = self._known.get(text)
        if ids is None:
            if self._automaton is None:
                self._automaton = ahocorasick.Automaton()
                for word, i in self._ids.items():
                    if word:
                        self._automaton.add_word(word, i)
                self._automaton.make_automaton()
            ids = frozenset(i for _, i in self._automaton.iter(text)) if len(self._automaton) else frozenset()
            if "" in self._ids:
                ids |= {self._ids[""]}
            if len(self._known) >= self.KEPT:
                self._known.clear()
            self._known[text] = ids
        return ids
