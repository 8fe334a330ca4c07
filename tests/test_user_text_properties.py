"""The parsers of user text either succeed or raise the project's error (a message and an exit code),
whatever the text: property tests with Hypothesis over --param values, --document values, profile
texts, gold files and query files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from defence_kg.cli.build import _documents
from defence_kg.cli.query import _parse_param
from defence_kg.core.errors import DefenceKGError
from defence_kg.loading.profile_text import institution_name, parse_profile
from defence_kg.loading.report import read_gold
from defence_kg.queries import library
from defence_kg.sources.documents import decode

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
#: Text with the characters that break parsers: quotes, brackets, separators, controls, CJK, BOM.
NASTY = st.text(
    alphabet=st.sampled_from(list("aZ09 =:<>\"'{}()[]#@\\/\n\t\r\x00\ufeff重庆—.^`|?$-")) | st.characters(), max_size=80
)


def _succeeds_or_says_why(call) -> None:
    try:
        call()
    except DefenceKGError as err:
        assert err.render().strip(), "an error without a message"


@SETTINGS
@given(value=st.builds(str.__add__, st.sampled_from(["hops=", "organisation=", ""]), NASTY))
def test_param_values(value):
    query = library.parse_query_file(Path(__file__).parents[1] / "queries" / "organisations-connected-within-hops.rq")

    def bind():
        name, val = _parse_param(value)
        library.bind_params(query, {name: val})

    _succeeds_or_says_why(bind)


@SETTINGS
@given(value=NASTY)
@example(value="0=\udd00")  # (a lone surrogate, which no file name can hold: a traceback once)
def test_document_values(value):
    _succeeds_or_says_why(lambda: _documents([value]))


@SETTINGS
@given(data=st.binary(max_size=300) | NASTY.map(lambda s: s.encode("utf-8", "surrogatepass")))
def test_profile_texts(data):
    _succeeds_or_says_why(lambda: parse_profile(decode(data, where="profile"), where="profile"))


#: Lines of our own writing that make titles, risk sentences, headings and prose in any order.
PAGE_LINES = st.sampled_from(
    [
        "Eastern Institute of Aeronautics (东方航空学院)",
        "The Northern Ordnance Academy is designated high risk for its defence laboratories.",
        "Unlike the Southern Institute, which is designated very high risk, it is not.",
        "Defence laboratories",
        "It hosts two laboratories. It signed an agreement with NORINCO in 2015.",
        "Last updated 3 May 2020.",
        "",
    ]
)


@SETTINGS
@given(text=st.lists(PAGE_LINES | NASTY, max_size=6).map("\n".join))
def test_the_head_of_a_profile_names_its_institution_as_the_whole_profile_does(text):
    """A loader's first pass reads only the head of a page: the same title, the same name of the
    institution and the same first sentences, or the same error."""
    try:
        whole = parse_profile(text, where="profile")
    except DefenceKGError as err:
        with pytest.raises(DefenceKGError) as raised:
            parse_profile(text, where="profile", head=True)
        assert raised.value.what == err.what
        return
    head = parse_profile(text, where="profile", head=True)
    assert (head.title, head.title_zh, institution_name(head)) == (whole.title, whole.title_zh, institution_name(whole))
    assert head.sentences and head.sentences == whole.sentences[: len(head.sentences)] or not whole.sentences


@SETTINGS
@given(
    doc=st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=5),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
        max_leaves=12,
    )
)
def test_gold_files(tmp_path_factory, doc):
    path = tmp_path_factory.mktemp("gold") / "gold.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    _succeeds_or_says_why(lambda: read_gold(path))


@SETTINGS
@given(text=NASTY, header=st.sampled_from(["", "#+ summary: s\n", "#+ param: x iri -\n", "#+ param: x\n", "#+ nope\n"]))
def test_query_files(tmp_path_factory, text, header):
    path = tmp_path_factory.mktemp("rq") / "q.rq"
    path.write_bytes((header + text).encode("utf-8", "surrogatepass"))

    def parse_and_bind():
        query = library.parse_query_file(path)
        library.bind_params(query, {})

    _succeeds_or_says_why(parse_and_bind)
