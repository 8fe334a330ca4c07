"""The rules' cheap tests before their expressions never change what the expressions find.

A ``Gated`` expression is searched only in texts holding one of its words: every text the
expression matches must hold one (Hypothesis writes matches of each expression, wherever in the
rules it is). ``Cues`` find a word list's words by a faster way in ASCII text: they must find
exactly what the expression that ignores case finds, in any text."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from defence_kg.core.automata import WordSets
from defence_kg.core.errors import InputError
from defence_kg.loading import profile_text
from defence_kg.loading.extraction import context as context_helpers
from defence_kg.loading.extraction import text as text_helpers
from defence_kg.loading.extraction.rules import (
    badges,
    events,
    laboratories,
    links,
    object_links,
    standing,
    supervision,
)
from defence_kg.loading.extraction.text import Gated
from defence_kg.loading.extraction.wordlists import Cues, cues, load_wordlists, wordlists_of

WORDS = wordlists_of(Path(__file__).parents[1])
# the same examples in every run (no database, a seed of the test's own): a random draw of one of
# these expressions once spent minutes padding a string, where the usual run takes a second
SETTINGS = settings(max_examples=200, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])


def _gated() -> dict[str, Gated]:
    found = {
        f"{module.__name__.rsplit('.', 1)[-1]}.{name}": value
        for module in (
            text_helpers,
            context_helpers,
            badges,
            events,
            laboratories,
            links,
            object_links,
            standing,
            supervision,
        )
        for name, value in vars(module).items()
        if isinstance(value, Gated)
    }
    for make in (
        laboratories.lab_count_pattern,
        laboratories.owned_lab_count_pattern,
        laboratories.disciplines_pattern,
        laboratories.designated_as_pattern,
        laboratories.discipline_approval_pattern,
    ):
        found[make.__name__] = make(WORDS.number)
    found["words.case_verb"] = WORDS.case_verb
    found["words.any_end_user_list"] = WORDS.any_end_user_list
    return found


GATED = _gated()


def test_a_wrong_gate_is_caught():
    # the check below finds a gate that lacks a word some match needs
    wrong = Gated(supervision.PASSIVE.expression.pattern, ("subordinat", "under"))

    @SETTINGS
    @given(st.from_regex(wrong.expression, alphabet=st.characters(codec="ascii")))
    def check(text):
        assert wrong.may_match(text)

    with pytest.raises(AssertionError):
        check()


def test_the_gated_expressions_are_found():
    # a rule module that stopped gating its expressions would make the test below test nothing
    assert {
        "standing.CREDENTIAL",
        "supervision.PASSIVE",
        "links.AGREEMENT",
        "links.AGREEMENT_AROUND",
        "links.AGREEMENT_AFTER",
        "links.PARTNERSHIP_FOR_IT",
        "links.PARTNERSHIP_BETWEEN",
        "links.TIE_FIRST",
        "text.COMPARISON",
        "context.FORMER_NAME",
    } <= (GATED.keys())


@pytest.mark.parametrize("name", sorted(GATED))
def test_every_match_holds_a_word_of_the_gate(name):
    gated = GATED[name]

    # ASCII text only: other text is always searched, and the gate is what is tested here
    @SETTINGS
    @given(st.from_regex(gated.expression, alphabet=st.characters(codec="ascii")))
    def check(text):
        assert gated.expression.search(text)  # what Hypothesis wrote is a match
        assert gated.may_match(text), f"{name} matches {text!r}, which holds none of {gated.words}"

    check()


def test_a_gate_skips_a_text_without_its_words_and_searches_other_text():
    gated = Gated(r"secret\w*", ("secret",), re.IGNORECASE)
    assert gated.search("a public university") is None
    assert gated.search("holds SECRET-level credentials")[0] == "SECRET"
    # "ſ" (long s) matches "s" when case is ignored: text that is not ASCII is always searched
    assert gated.search("ſecret credentials")[0] == "ſecret"
    assert gated.sub("", "secret kept") == " kept" and gated.sub("", "nothing") == "nothing"
    assert [m[0] for m in gated.finditer("Secret, secretly")] == ["Secret", "secretly"]


@SETTINGS
@given(
    st.lists(st.sampled_from(["Holds SECRET", "A Public University", "", "MAY 2015"]) | st.text(max_size=6), max_size=8)
)
def test_a_lowered_text_is_reused_only_for_the_same_text(texts):
    """Rules ask about one sentence in turn, so its lower-case form is kept for the next; any
    other text, the lowered one given back, and the same text again all get their own."""
    seen: list[str] = []
    for text in texts:
        for asked in (text, text, text_helpers.ascii_lowered(text), *seen[-1:]):
            assert text_helpers.ascii_lowered(asked) == asked.lower()
        seen.append(text)


CUE_TEXT = st.lists(
    st.sampled_from(["not", "No", "NONE", "n't", "may", "May 2015", "12 may", "appear to", "used to", "ſ", "K"])
    | st.text(alphabet=st.sampled_from(list("aemnoNotyMz0129 '-.,")), max_size=12)
    | st.text(max_size=4),
    max_size=8,
).map(" ".join)


@pytest.mark.parametrize("kind", ["negation", "hedge", "past"])
def test_cues_find_what_the_expression_ignoring_case_finds(kind):
    found: Cues = getattr(WORDS, kind)
    assert found.lower_case is not None  # the shipped word lists are ASCII: the fast way is taken

    @SETTINGS
    @given(CUE_TEXT)
    def check(text):
        assert found.found_in(text) == (found.any_case.search(text) is not None)

    check()


def test_cues_that_are_not_ascii_are_always_found_ignoring_case():
    found = cues(["ſo"])
    assert found.lower_case is None
    assert found.found_in("it is SO") and found.found_in("it is ſo") and not found.found_in("it is")


@pytest.mark.parametrize("gate", ["gate = []", 'gate = ["List"]', 'gate = "list"'])
def test_an_end_user_list_file_with_a_gate_that_cannot_work_is_refused(tmp_path, gate):
    # an empty or upper-case gate would let no sentence be searched: the lists would never be found
    folder = tmp_path / "wordlists"
    shutil.copytree(Path(__file__).parents[1] / "data" / "wordlists", folder)
    path = folder / "end-user-lists.toml"
    path.write_text(re.sub(r"(?m)^gate = .*$", gate, path.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(InputError, match="gate") as raised:
        load_wordlists(folder)
    assert raised.value.where == str(path)


def test_a_cue_file_from_before_the_plural_verbs_still_loads(tmp_path):
    # a project's word lists are its own copy: one made before the plural verbs were listed loads,
    # with none of them (its readings those of then)
    folder = tmp_path / "wordlists"
    shutil.copytree(Path(__file__).parents[1] / "data" / "wordlists", folder)
    path = folder / "cues.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(?ms)^plural_verbs = \[.*?\]\n", "", text), encoding="utf-8")
    assert "plural_verbs" not in path.read_text(encoding="utf-8")
    assert load_wordlists(folder).plural_verbs == frozenset()
    assert WORDS.plural_verbs


def test_an_end_user_list_file_without_gate_words_searches_every_sentence(tmp_path):
    folder = tmp_path / "wordlists"
    shutil.copytree(Path(__file__).parents[1] / "data" / "wordlists", folder)
    path = folder / "end-user-lists.toml"
    path.write_text(re.sub(r"(?m)^gate = .*$", "", path.read_text(encoding="utf-8")), encoding="utf-8")
    assert load_wordlists(folder).any_end_user_list.search("AU is on the Entity List")


def test_the_words_of_every_gate_are_found_in_one_pass_and_a_new_word_is_looked_for_at_once():
    words = WordSets()
    secret, empty = words.ids(("secret", "cret")), words.ids(("",))
    text = "holds secret credentials"
    assert secret <= words.found(text) and empty <= words.found(text)  # overlapping words, and "" in every text
    assert words.found("a public university") == empty
    # a text searched before a word was added is searched again for it, not answered from before
    public = words.ids(("public",))
    assert public <= words.found(text.replace("secret", "public"))
    again = "a public university"
    words.found(again)
    late = words.ids(("versity",))
    assert late <= words.found(again)


def _check_splitting_test(expression: re.Pattern[str], may_hold) -> None:
    # any characters: these tests look for characters, not for words ignoring case (FOOTER's lets
    # every text that is not ASCII through)
    @SETTINGS
    @given(st.from_regex(expression))
    def check(text):
        assert expression.search(text)  # what Hypothesis wrote is a match
        assert may_hold(text), f"{expression.pattern[:60]!r} matches {text!r}, which its test does not let through"

    check()


@pytest.mark.parametrize("index", range(len(profile_text.SPLITTING_TESTS)))
def test_every_match_of_the_splittings_expressions_passes_its_test(index):
    _check_splitting_test(*profile_text.SPLITTING_TESTS[index])


def test_a_splitting_test_that_lets_too_little_through_is_caught():
    with pytest.raises(AssertionError):
        _check_splitting_test(profile_text.URL, lambda text: "://" in text)  # not "www." links


def test_the_splitting_gives_the_same_sentences_with_its_tests_as_without(monkeypatch):
    paragraph = (
        "AU signed an agreement with CETC in 2015.[3] It hosts the X Laboratory (pictured: the gate) "
        "and see www.example.org/a ; ; KAU trains officers.2 In 2019 it joined a consortium . "
        "Visit the terminology page."
    )
    tested = profile_text.split_sentences(paragraph, None)
    for _, may_hold in profile_text.SPLITTING_TESTS:
        monkeypatch.setattr(profile_text, may_hold.__name__, lambda text: True)
    assert profile_text.split_sentences(paragraph, None) == tested
    assert [s.text for s in tested] == [
        "AU signed an agreement with CETC in 2015.",
        "It hosts the X Laboratory and see; KAU trains officers.",
        "In 2019 it joined a consortium.",
    ]
    assert tested[1].citations == ("www.example.org/a",)
