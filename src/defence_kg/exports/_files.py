"""export: shared helpers of the file formats -- attribute typing and colours."""

from __future__ import annotations

RISK_COLOURS = {"very-high": (165, 0, 38), "high": (215, 48, 39), "medium": (244, 109, 67), "low": (254, 224, 144)}
KIND_COLOURS = {
    "University": (69, 117, 180),
    "CivilianUniversity": (69, 117, 180),
    "MilitaryInstitution": (49, 54, 149),
    "SecurityInstitution": (49, 54, 149),
    "GovernmentAgency": (116, 107, 177),
    "PartyBody": (158, 1, 66),
    "MilitaryBody": (49, 54, 149),
    "StateOwnedEnterprise": (26, 152, 80),
    "Company": (26, 152, 80),
    "ResearchInstitute": (102, 189, 99),
    "Committee": (150, 150, 150),
    "Organisation": (120, 120, 120),
    "Laboratory": (77, 175, 174),
    "Agreement": (230, 171, 2),
    "Event": (231, 41, 138),
    "Conference": (231, 41, 138),
    "Meeting": (231, 41, 138),
    "ChangeEvent": (231, 41, 138),
}
DEFAULT_COLOUR = (120, 120, 120)


def colour(attrs: dict) -> tuple[int, int, int]:
    """Risk level colours an organisation that has one; otherwise its kind does."""
    if attrs.get("risk_level") in RISK_COLOURS:
        return RISK_COLOURS[attrs["risk_level"]]
    return KIND_COLOURS.get(attrs.get("kind", ""), DEFAULT_COLOUR)


#: Python type name -> the XML Schema type GEXF and GraphML declare for it.
XML_TYPES = {"bool": "boolean", "int": "long", "float": "double", "str": "string"}


def xml_value(value) -> str:
    """A scalar as GEXF/GraphML write it (booleans in lower case, floats round-tripping)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def type_name(value) -> str:
    """The Python type of a scalar attribute value, by name; lists, dicts and None are refused."""
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float"
    if isinstance(value, str):
        return "str"
    raise TypeError(f"attribute value {value!r} is not a scalar (str, int, float, bool)")


def attribute_types(items, skip=()) -> dict[str, str]:
    """Attribute name -> type over all nodes or edges (sorted); mixed types are an error."""
    # each (name, Python type) pair is checked once, at its first value and in the order met (so
    # the first error is the one a value-by-value check raises): a million-quad export has half
    # a million values
    first: dict[tuple[str, type], object] = {}
    for data in items:
        for name, value in data.items():
            first.setdefault((name, type(value)), value)
    types: dict[str, str] = {}
    for (name, _), value in first.items():
        if name in skip:
            continue
        if name in RESERVED:
            raise TypeError(f"attribute name '{name}' is reserved for the element itself")
        t = type_name(value)
        if types.setdefault(name, t) != t:
            raise TypeError(f"attribute '{name}' has values of types {types[name]} and {t}")
    return dict(sorted(types.items()))


#: Names the file formats use for the element itself; an attribute may not take them.
RESERVED = {"id", "source", "target", "key"}
