"""Chinese names are drawn as glyphs in the browser, not as empty boxes: CI installs a CJK font
(fonts-noto-cjk) and this test would fail without one."""

from __future__ import annotations

import pytest

from defence_kg.publish.site import build_site

#: Draws each character of an element's text alone on a canvas, in the element's own font, and
#: returns a fingerprint of the pixels per character. Missing glyphs all draw the same box (or nothing).
FINGERPRINTS = """
const el = document.querySelector(arguments[0]);
const font = getComputedStyle(el).font;
return Array.from(el.textContent.trim()).map(ch => {
  const c = document.createElement('canvas'); c.width = 64; c.height = 64;
  const g = c.getContext('2d'); g.font = font.replace(/\\d+(\\.\\d+)?px/, '48px'); g.textBaseline = 'top';
  g.fillStyle = '#000'; g.fillText(ch, 4, 4);
  const px = g.getImageData(0, 0, 64, 64).data;
  let inked = 0, hash = 0;
  for (let i = 3; i < px.length; i += 4) { if (px[i] > 0) inked++; hash = (hash * 31 + px[i]) | 0; }
  return [ch, inked, hash];
});
"""


@pytest.fixture(scope="module")
def site(built, tmp_path_factory):
    out = tmp_path_factory.mktemp("fonts") / "site"
    build_site(built.store, out)
    return out


def test_a_chinese_name_occupies_distinct_glyphs(site, serve_directory, browser):
    browser.get(serve_directory(site) + "/id/chongqing-university.html")
    prints = browser.execute_script(FINGERPRINTS, "p.zh[lang^='zh']")
    assert [ch for ch, _, _ in prints] == list("重庆大学")
    assert all(inked > 50 for _, inked, _ in prints), f"a character drew (almost) nothing: {prints}"
    assert len({h for _, _, h in prints}) == 4, f"the characters drew the same shape (no CJK font?): {prints}"
