"""A laboratory's official kind, read from its names (defence_kg.loading.laboratory_kinds), in
profile pages of our own writing: implied, with the basis and a note of the words read; the Chinese
name before the English one; none from a name that does not give it. (The MISP loader's use of it:
tests/test_misp_galaxy.py.)"""

from __future__ import annotations

import pytest
from rdflib import RDF, SKOS

from defence_kg.core.namespaces import DKG, vocab
from defence_kg.loading.laboratory_kinds import laboratory_kind
from helpers import extract_page


@pytest.mark.parametrize(
    ("english", "chinese", "kind", "words"),
    [
        # the Chinese name says the kind, whatever the English translation suggests
        (
            "National Defence Key Laboratory of Ice Mechanics",
            "冰力学国防重点学科实验室",
            "national-defence-key-discipline-laboratory",
            "国防重点学科实验室",
        ),
        (
            "Science and Technology on Frost Laboratory",
            "霜冻国防科技重点实验室",
            "national-defence-st-key-laboratory",
            "国防科技重点实验室",
        ),
        ("Key Laboratory of Hail Physics", "冰雹物理教育部重点实验室（B类）", "moe-key-laboratory", "教育部重点实验室"),
        (
            "Key Laboratory of Sleet",
            "雨夹雪教育部国防重点实验室",
            "moe-national-defence-key-laboratory",
            "教育部国防重点实验室",
        ),
        # an English name alone: spelt out, or the translation a kind's names get
        (
            "Snowfield National Defense Key Discipline Laboratory",
            None,
            "national-defence-key-discipline-laboratory",
            "Defense Key Discipline Lab",
        ),
        (
            "Fundamental Science on Glacier Laboratory",
            None,
            "national-defence-key-discipline-laboratory",
            "Fundamental Science on",
        ),
        (
            "Science and Technology on Drift Ice Laboratory",
            None,
            "national-defence-st-key-laboratory",
            "Science and Technology on",
        ),
        (
            "Key Laboratory of Permafrost, Ministry of Education",
            None,
            "moe-key-laboratory",
            "Key Laboratory of Permafrost, Ministry of Education",
        ),
        ("MOE Key Laboratory of Avalanches (B-category)", None, "moe-key-laboratory", "MOE Key Lab"),
    ],
)
def test_a_kind_is_read_from_the_words_that_name_it(english, chinese, kind, words):
    found = laboratory_kind(english, chinese)
    assert found is not None
    assert found[0] == vocab("lab-kind", kind)
    assert found[1][DKG.basis] == vocab("basis", "read-from-name")
    assert f"'{words}'" in str(found[1][SKOS.editorialNote])


@pytest.mark.parametrize(
    ("english", "chinese"),
    [
        (
            "State Key Laboratory of Snow Crystals",
            "雪晶国家重点实验室",
        ),  # a state key laboratory: no kind of the scheme
        ("National Defence Key Laboratory of Rime", None),  # S&T or key-discipline: the English does not say which
        ("Hail Engineering Research Centre", None),
    ],
)
def test_no_kind_from_a_name_that_does_not_give_one(english, chinese):
    assert laboratory_kind(english, chinese) is None


FROST = "Frostvale University"
PAGE = f"""{FROST}


{FROST} (FU) is designated high risk for its defence laboratories.

Major defence laboratories

FU hosts the following laboratories:
  • Key Laboratory of Hail Physics (冰雹物理教育部重点实验室（B类）)
  • National Defence Key Laboratory of Ice Mechanics (冰力学国防重点学科实验室)
  • State Key Laboratory of Snow Crystals (雪晶国家重点实验室)

In 2012, FU established the Science and Technology on Frost Laboratory.
"""


def kinds_of(ctx) -> dict[str, tuple[str, str, str]]:
    """Each laboratory's kind statement: (kind, certainty, basis), by the laboratory's last IRI part."""
    by: dict = {}
    for s, p, o in ctx.triples:
        by.setdefault(s, {})[p] = o
    return {
        str(st[RDF.subject]).rsplit("/", 1)[-1]: tuple(
            str(st[p]).rsplit("/", 1)[-1] for p in (RDF.object, DKG.certainty, DKG.basis)
        )
        for st in by.values()
        if st.get(RDF.predicate) == DKG.laboratoryKind
    }


def test_a_profiles_laboratories_get_the_kind_their_names_give(project, tmp_path):
    """Bullets whose Chinese name holds a bracket of its own ("（B类）") are read, and labelled with
    the name without it; each laboratory named gets the kind its names give, implied, and none is
    a plain edge."""
    ctx = extract_page(project, tmp_path, "frostvale-university", PAGE)
    assert kinds_of(ctx) == {
        "key-laboratory-of-hail-physics": ("moe-key-laboratory", "implied", "read-from-name"),
        "national-defence-key-laboratory-of-ice-mechanics": (
            "national-defence-key-discipline-laboratory",
            "implied",
            "read-from-name",
        ),
        "science-and-technology-on-frost-laboratory": (
            "national-defence-st-key-laboratory",
            "implied",
            "read-from-name",
        ),
    }
    assert not [t for t in ctx.triples if t[1] == DKG.laboratoryKind]
    hosted = {str(s).rsplit("/", 1)[-1] for s, p, o in ctx.triples if p == DKG.hostedBy}
    assert "key-laboratory-of-hail-physics" in hosted and "state-key-laboratory-of-snow-crystals" in hosted
    chinese = {str(o) for s, p, o in ctx.triples if p == SKOS.prefLabel and o.language == "zh-Hans"}
    assert "冰雹物理教育部重点实验室" in chinese
