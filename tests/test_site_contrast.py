"""Measured WCAG 2.x contrast of the site's colours: every colour is a custom property in the
stylesheet's :root block, and each text/background pair the pages use is checked — 4.5:1 for
body text, 3:1 for large text and UI (focus ring, borders, network drawing) — plus the risk badge
of every level in the risk vocabulary."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import SKOS

CSS = resources.files("defence_kg.publish").joinpath("assets", "style.css").read_text(encoding="utf-8")
RISK_SCHEME = URIRef("https://w3id.org/defence-kg/vocab/risk")

#: (foreground, background, minimum ratio, where the pair is used)
PAIRS = [
    ("text", "bg", 4.5, "body text"),
    ("text", "risk-box-bg", 4.5, "text in the risk designation box"),
    ("muted", "bg", 4.5, "secondary text"),
    ("muted", "risk-box-bg", 4.5, "secondary text in the risk box"),
    ("footer-text", "bg", 4.5, "footer and evidence metadata"),
    ("footer-text", "risk-box-bg", 4.5, "evidence metadata in the risk box"),
    ("link", "bg", 4.5, "links"),
    ("link", "risk-box-bg", 4.5, "links in the risk box"),
    ("header-text", "header-bg", 4.5, "site header and navigation"),
    ("badge-text", "bg", 4.5, "badges ('uncertain date')"),
    ("badge-text", "risk-box-bg", 4.5, "badges in the risk box"),
    ("net-label", "bg", 4.5, "labels in the network picture"),
    ("focus", "bg", 3.0, "focus ring (UI)"),
    ("focus", "header-bg", 3.0, "focus ring on header links (UI)"),
    ("net-node", "bg", 3.0, "network nodes (graphics)"),
    ("net-centre", "bg", 3.0, "network centre node (graphics)"),
    ("net-edge", "bg", 3.0, "network edges and legend lines (graphics)"),
    ("risk-box-border", "bg", 3.0, "risk box border (UI)"),
    ("badge-border", "bg", 3.0, "badge and uncertain-date border (UI)"),
    ("risk-text", "risk-none", 4.5, "risk badge without a level"),
    ("button-text", "button-bg", 4.5, "buttons (filters, explorer, compare)"),
    ("text", "panel-bg", 4.5, "text in the explorer's details panel"),
    ("link", "panel-bg", 4.5, "links in the explorer's details panel"),
    ("muted", "panel-bg", 4.5, "secondary text in the details panel"),
    ("footer-text", "panel-bg", 4.5, "evidence metadata in the details panel"),
    ("edge-stated", "bg", 3.0, "links in the network explorer (graphics)"),
    ("node-other", "bg", 3.0, "organisations without a risk level in the explorer, chart bars (graphics)"),
    ("node-lab", "bg", 3.0, "laboratories in the explorer (graphics)"),
    ("node-event", "bg", 3.0, "agreements and events in the explorer (graphics)"),
    ("highlight", "bg", 3.0, "selected node, link or path in the explorer (UI)"),
    ("risk-none", "map-land", 3.0, "map points without a risk level on land (graphics)"),
    ("risk-low", "map-land", 3.0, "map points of low risk on land (graphics)"),
    ("risk-medium", "map-land", 3.0, "map points of medium risk on land (graphics)"),
    ("risk-high", "map-land", 3.0, "map points of high risk on land (graphics)"),
    ("risk-very-high", "map-land", 3.0, "map points of very high risk on land (graphics)"),
    ("net-centre", "map-land", 3.0, "the entity's own point on its location map (graphics)"),
]
DECORATIVE = re.compile(r"^rule")  # table and quote rules: decoration, no information


def palette() -> dict[str, str]:
    block = re.search(r":root\s*\{(.*?)\}", CSS, re.S)
    assert block, "no :root block in style.css"
    return dict(re.findall(r"--([\w-]+)\s*:\s*(#[0-9a-fA-F]{3,8})\s*;", block.group(1)))


def rgb(hex_colour: str) -> tuple[float, float, float]:
    h = hex_colour.lstrip("#")
    if len(h) == 3:
        h = "".join(c * 2 for c in h)
    assert len(h) == 6, f"opaque colours only: {hex_colour}"
    return tuple(int(h[i : i + 2], 16) / 255 for i in (0, 2, 4))


def luminance(hex_colour: str) -> float:
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb(hex_colour)]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_contrast_formula_on_known_values():
    assert round(contrast("#000", "#fff"), 2) == 21.0
    assert round(contrast("#fff", "#fff"), 2) == 1.0
    assert round(contrast("#767676", "#ffffff"), 2) == 4.54  # the usual "lightest grey on white"


def test_colours_are_only_in_the_palette():
    body = CSS[CSS.index(":root") :]
    body = body[body.index("}") + 1 :]
    assert not re.findall(r"#[0-9a-fA-F]{3,8}\b|rgba?\(|hsla?\(", body), "colour literal outside :root"
    used = set(re.findall(r"var\(--([\w-]+)\)", body))
    colours = palette()
    assert used <= set(colours), used - set(colours)
    checked = {name for fg, bg, _, _ in PAIRS for name in (fg, bg)} | {n for n in colours if n.startswith("risk-")}
    unchecked = {n for n in colours if not DECORATIVE.match(n)} - checked
    assert not unchecked, f"colours without a contrast check: {sorted(unchecked)}"


def test_text_and_ui_pairs_meet_wcag():
    colours = palette()
    failures = []
    for fg, bg, minimum, where in PAIRS:
        ratio = contrast(colours[fg], colours[bg])
        if ratio < minimum:
            failures.append(f"{where}: --{fg} {colours[fg]} on --{bg} {colours[bg]} is {ratio:.2f}:1 < {minimum}:1")
    assert not failures, "\n".join(failures)


def test_every_risk_level_badge_is_readable():
    vocab = Graph().parse(Path(__file__).resolve().parents[1] / "ontology" / "vocabularies.ttl", format="turtle")
    levels = sorted(str(c).rsplit("/", 1)[-1] for c in vocab.subjects(SKOS.inScheme, RISK_SCHEME))
    assert levels
    colours = palette()
    for level in levels:
        rule = re.search(rf"\.risk-{re.escape(level)}\s*\{{[^}}]*background:\s*var\(--([\w-]+)\)", CSS)
        assert rule, f"no badge colour for risk level {level}"
        ratio = contrast(colours["risk-text"], colours[rule.group(1)])
        assert ratio >= 4.5, f"risk badge {level}: {ratio:.2f}:1"
