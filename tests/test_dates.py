"""dates: EDTF values are parsed and checked (the edtf package) before they reach the data."""

from __future__ import annotations

import pytest
from rdflib.namespace import SKOS

from defence_kg.core.errors import LoaderError
from defence_kg.core.namespaces import DKG, EDTF
from defence_kg.loading.dates import PreciseDate, check_edtf, edtf_literal, find_date
from helpers import extract_page as extract

VALID = [
    "2012",
    "2012-05",
    "2012-05-12",  # level 0: year, month, day
    "2011-10/2012-03",
    "2012-05/2012-05-12",  # level 0 intervals
    "2011-09%/2012-04%",
    "2011~/2012?",  # level 1: approximate, uncertain ends
    "2011-09%/",
    "../2012-05-12",
    "2012-21",  # open ends; a season (spring 2012)
]
NOT_EDTF = ["late 2011", "2012-13", "2012-02-30", "2011-09%/2012-04%x", "12/05/2012", ""]
REVERSED = ["2012/2011", "2012-04/2012-03", "2012-05-13/2012-05-12%"]


@pytest.mark.parametrize("value", VALID)
def test_valid_values_pass_unchanged(value):
    assert check_edtf(value) == value


@pytest.mark.parametrize("value", NOT_EDTF)
def test_text_that_is_not_edtf_is_refused_with_the_reason(value):
    with pytest.raises(LoaderError, match="is not an EDTF value") as refused:
        check_edtf(value)
    assert f"'{value}'" in str(refused.value) and refused.value.why and refused.value.fix


@pytest.mark.parametrize("value", REVERSED)
def test_an_interval_ending_before_it_starts_is_refused(value):
    with pytest.raises(LoaderError, match="ends before it starts"):
        check_edtf(value)


def test_the_literal_is_typed_with_the_edtf_datatype():
    literal = edtf_literal("2011-09%/2012-04%")
    assert (str(literal), literal.datatype) == ("2011-09%/2012-04%", EDTF.EDTF)
    with pytest.raises(LoaderError):
        edtf_literal("late 2011")


def test_every_edtf_value_built_is_valid(built):
    values = [o for _, p, o in built.store.triples() if p == DKG.edtf]
    assert values, "the profile gives one uncertain date at least"
    for value in values:
        assert value.datatype == EDTF.EDTF
        assert check_edtf(str(value)) == str(value)


def test_a_day_that_does_not_exist_is_read_no_finer_than_what_does():
    """ "31 February 2020" is no day: the month and year are what the text can give (an xsd:date of
    2020-02-31 would be ill-typed, and more than the text says)."""
    assert find_date("Last updated 31 February 2020.") == PreciseDate("2020-02", "month", "February 2020")
    assert find_date("on February 30, 2019") == PreciseDate("2019", "year", "2019")
    assert find_date("on 29 February 2020") == PreciseDate("2020-02-29", "day", "29 February 2020")


def test_a_day_written_as_an_ordinal_or_in_iso_form_is_a_day():
    """ "5th May 2021" and "2021-05-05" name a day (they were read as a month and a year); a range
    of years is no day."""
    assert find_date("Last updated 5th May 2021.") == PreciseDate("2021-05-05", "day", "5th May 2021")
    assert find_date("on May 1st, 2019") == PreciseDate("2019-05-01", "day", "May 1st, 2019")
    assert find_date("Last updated 2021-05-05.") == PreciseDate("2021-05-05", "day", "2021-05-05")
    assert find_date("for the 13th five-year plan (2016-2020)") == PreciseDate("2016", "year", "2016")
    assert find_date("on 2021-02-30") == PreciseDate("2021", "year", "2021")  # no such day


def test_a_date_said_to_be_approximate_stays_approximate_and_one_of_two_years_is_no_date():
    """ "in around 2017" is not 2017 exactly, and "in 2011 or 2012" is neither year."""
    assert find_date("received credentials in around 2017.") == PreciseDate("2017", "year", "around 2017", True)
    assert find_date("circa May 2015") == PreciseDate("2015-05", "month", "circa May 2015", True)
    assert find_date("In 2017, about 200 people attended.") == PreciseDate("2017", "year", "2017")
    assert find_date("established in late 2011 or in early 2012") is None
    assert find_date("established in 2011 or 2012") is None
    assert find_date("In 2011 and again in 2016") == PreciseDate("2011", "year", "2011")


def test_a_founding_told_in_passing_dates_no_other_fact():
    """An apposition or a leading phrase that says when something was founded gives that founding's
    date, not the date of what the sentence goes on to say."""
    assert find_date("AU, founded in 1958, holds top-secret security credentials.") is None
    assert find_date("AU, founded in 1958, was added to the US Entity List in 2020.") == PreciseDate(
        "2020", "year", "2020"
    )
    assert find_date("Founded in 1958, AU established the Alder Radar Laboratory.") is None
    assert find_date("AU, which was established in 1952, signed an agreement with CETC.") is None
    assert find_date("The Alder Radar Laboratory was established in 2010.") == PreciseDate("2010", "year", "2010")
    assert find_date("AU established the Alder Radar Laboratory in 2010, with CETC.") == PreciseDate(
        "2010", "year", "2010"
    )


def test_an_approximate_date_is_kept_with_its_wording_and_an_edtf_reading(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "circa-university",
        "Circa University (CU) is designated high risk for its defence research.\n\n"
        "In around 2016, CU and CETC signed a strategic cooperation agreement.\n",
    )
    agreement, date = next((s, o) for s, p, o in ctx.triples if p == DKG.date)
    found = {p: str(o) for s, p, o in ctx.triples if s == date}
    assert (found[DKG.verbatim], found[DKG.when], found[DKG.edtf]) == ("around 2016", "2016", "2016~")
    labels = [str(o) for s, p, o in ctx.triples if s == agreement and p == SKOS.prefLabel]
    assert labels and all(label.endswith("(around 2016)") for label in labels)


def test_a_year_written_with_the_chinese_character_for_year_is_a_year():
    """ "2007年" (no word boundary between the digits and 年): before the forty-second session no date."""
    assert find_date("In 2013年, AU received secret-level security credentials.") == PreciseDate("2013", "year", "2013")
    assert find_date("in 2011年 or 2012年") is None  # one of two years is still no date
    assert find_date("in 20131") is None
