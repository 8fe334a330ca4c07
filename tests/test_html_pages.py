"""A profile saved from a browser as HTML (sources.documents.html_to_text): the page's own header,
badges and side fields are read, the site's banner, menus and footer are not. Pages of our own
writing, laid out as news and tracker sites commonly are."""

from __future__ import annotations

from defence_kg.loading.report import observed
from defence_kg.loading.review import extract_document
from defence_kg.sources.documents import html_to_text

SITE = """<!DOCTYPE html><html><head><title>Alder University | Example Tracker</title>
<style>p {{ color: red }}</style></head><body>
<header class="site"><a href="/">Example Tracker</a><nav><a href="/about">About</a></nav></header>
{body}
<footer>Copyright Example Tracker. Terms of use.</footer>
<script>var tracked = "Alder University is designated very high risk.";</script>
</body></html>"""

PROFILE = """<main><article>
<header><h1>Alder University</h1><span>阿尔德大学</span><div>High Risk Category</div></header>
<aside><dl><dt>Supervising Agencies</dt><dd>Ministry of Education</dd><dt>Aliases:</dt><dd>AU</dd></dl>
<table><tr><th>Party Secretary</th><td>Li Ming</td></tr></table></aside>
<p>Alder University (AU) is assessed as high risk for its defence laboratories.</p>
<p>AU hosts at least two defence laboratories.</p>
<footer><p>Last updated 1 May 2025.</p></footer>
</article></main>"""


def test_the_pages_own_header_and_side_fields_are_read_the_sites_chrome_is_not():
    blocks = html_to_text(SITE.format(body=PROFILE)).splitlines()
    assert blocks[:3] == ["Alder University", "阿尔德大学", "High Risk Category"]
    assert blocks[3:6] == ["Supervising Agencies: Ministry of Education", "Aliases: AU", "Party Secretary: Li Ming"]
    assert "Last updated 1 May 2025." in blocks  # the article's own footer
    text = "\n".join(blocks)
    for chrome in ("Example Tracker", "About", "Copyright", "very high risk", "color"):
        assert chrome not in text


def test_a_site_banner_keeps_its_heading_as_the_pages_title():
    page = """<html><body><header><span>Example Tracker</span><h1>Alder University</h1>
    <nav><a href="/">Home</a></nav></header><p>Alder University is designated low risk.</p>
    <footer>Example Tracker</footer></body></html>"""
    assert html_to_text(page).splitlines() == ["Alder University", "Alder University is designated low risk."]


def test_a_saved_tracker_page_gives_its_side_fields_facts(project, tmp_path):
    page = tmp_path / "alder-university.html"
    page.write_text(SITE.format(body=PROFILE), encoding="utf-8")
    found = observed(extract_document(project, page))
    assert found["supervisedBy"] == {"ministry-of-education"}
    assert found["riskLevel"] == {"high"}
    assert "defenceLaboratoryCount" in found


def test_footnote_marks_do_not_hide_where_sentences_end_or_change_a_year(project, tmp_path):
    page = tmp_path / "alder-university.html"
    page.write_text(
        "<!DOCTYPE html><html><body><main><h1>Alder University</h1>"
        "<p>Alder University (AU) is designated high risk for its defence research.<sup><a href='#n1'>1</a></sup></p>"
        "<p>AU holds secret-level security credentials.<sup>[2]</sup> AU is supervised by the Ministry of "
        "Education.<sup>3, 4</sup> In 2016<sup>5</sup>, AU was added to the Entity List. The CETC 14<sup>th</sup> "
        "Research Institute is nearby.</p></main></body></html>",
        encoding="utf-8",
    )
    ctx = extract_document(project, page)
    quotes = {str(o) for _, p, o in ctx.triples if str(p).endswith("#quote")}
    assert "AU holds secret-level security credentials." in quotes
    assert "In 2016, AU was added to the Entity List." in quotes
    assert "The CETC 14th Research Institute is nearby." in {str(o) for _, _, o in ctx.triples}


def test_what_comes_before_the_pages_heading_is_the_sites_not_the_title(project, tmp_path):
    page = tmp_path / "alder-university.html"
    page.write_text(
        "<html><body><div class='brand'>Example Tracker</div><div class='crumbs'>Home / Universities</div>"
        "<div><h1>Alder University</h1><p>Alder University (AU) is designated low risk.</p>"
        "<p>AU is supervised by the Ministry of Education.</p></div></body></html>",
        encoding="utf-8",
    )
    ctx = extract_document(project, page)
    found = observed(ctx)
    assert found["riskLevel"] == {"low"} and found["supervisedBy"] == {"ministry-of-education"}
    assert "Example Tracker" not in {str(o) for _, _, o in ctx.triples}
