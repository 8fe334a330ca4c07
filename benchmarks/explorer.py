"""benchmarks: the published site at the size of the whole tracker — how much the index weighs and
how soon the network explorer becomes interactive in headless Chromium.

    python benchmarks/explorer.py [--institutions 160] [--runs 5]

It writes the synthetic workload (benchmarks/workload.py: invented institutions shaped like the
tracker's, with their laboratories, subsidiaries, agencies and coordinates), builds it with the
real pipeline, publishes the site, serves it on 127.0.0.1 and opens it in headless Chromium
(/usr/bin/chromium with chromedriver, as the tests do). Measured:

- the bytes of index.html and of everything it loads (stylesheet, script): the issue asks < 1 MB;
- for the network explorer, the time from navigation start to the moment Cytoscape.js has drawn
  the published layout and the page's controls answer (``window.DKG_EXPLORER_READY``, set by
  assets/network.js on the first render), median of ``--runs`` cold loads: the issue asks < 2 s;
- the time to publish the site, for scale.

Figures are on synthetic data of our own writing, on this machine (2 shared cores): they say how
the pages scale, not how a real deployment performs. Results: benchmarks/results/explorer.json
and explorer.md.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO / "tests"))

import workload  # noqa: E402
from defence_kg.core.project import Project  # noqa: E402
from defence_kg.dataset import build as dataset  # noqa: E402
from defence_kg.publish.site import build_site  # noqa: E402
from defence_kg.publish.site_server import make_server  # noqa: E402

INDEX_LOADS = ("index.html", "assets/style.css", "assets/explore-table.js")
EXPLORER_LOADS = (
    "network.html",
    "assets/style.css",
    "assets/vendor/cytoscape/cytoscape.min.js",
    "network-data.js",
    "assets/network.js",
)


def _driver():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    from conftest import CHROME_FLAGS, CHROMEDRIVER, CHROMIUM

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROME_FLAGS:
        options.add_argument(flag)
    options.add_argument("--window-size=1280,900")
    return webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))


def _ready_ms(driver, url: str) -> float:
    from selenium.webdriver.support.ui import WebDriverWait

    driver.execute_cdp_cmd("Network.clearBrowserCache", {})
    driver.get("about:blank")
    driver.get(url)
    WebDriverWait(driver, 60).until(lambda d: d.execute_script("return window.DKG_EXPLORER_READY !== undefined"))
    return float(driver.execute_script("return window.DKG_EXPLORER_READY"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--institutions", type=int, default=160, help="synthetic institutions (the tracker has 159)")
    parser.add_argument("--runs", type=int, default=5, help="cold loads of the explorer")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        root = workload.project(REPO, Path(tmp) / "project", args.institutions)
        cluster = root / "data" / "documents" / "misp-galaxy" / "synthetic.json"
        documents = {"misp-galaxy": {"china-defence-universities": cluster}}  # the MISP source is off by default
        built = dataset.build(Project(root=root, out=Path(tmp) / "build"), documents=documents)
        site = Path(tmp) / "site"
        start = time.perf_counter()
        summary = build_site(built.store, site)
        publish_s = time.perf_counter() - start
        index = json.loads((site / "index.json").read_text(encoding="utf-8"))
        others = json.loads((site / "organisations.json").read_text(encoding="utf-8"))
        graph = (site / "network-data.js").read_text(encoding="utf-8")
        nodes = graph.count('"group":')
        index_bytes = {name: (site / name).stat().st_size for name in INDEX_LOADS}
        explorer_bytes = {name: (site / name).stat().st_size for name in EXPLORER_LOADS}
        server = make_server(site, host="127.0.0.1", port=0)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{server.server_address[1]}/network.html"
        driver = _driver()
        try:
            _ready_ms(driver, url)  # warm the browser process itself, not measured
            times = [_ready_ms(driver, url) for _ in range(args.runs)]
        finally:
            driver.quit()
            server.shutdown()
            server.server_close()
    result = {
        "institutions": args.institutions,
        "quads": len(built.store),
        "entities": summary.entities,
        "index_rows": len(index),
        "other_organisations": len(others),
        "explorer_nodes": nodes,
        "publish_s": round(publish_s, 2),
        "index_bytes": index_bytes,
        "index_total_bytes": sum(index_bytes.values()),
        "explorer_bytes": explorer_bytes,
        "explorer_ready_ms": [round(t) for t in times],
        "explorer_ready_median_ms": round(statistics.median(times)),
        "machine": f"{platform.machine()}, {platform.python_implementation()} {platform.python_version()}",
    }
    out = HERE / "results"
    out.mkdir(exist_ok=True)
    (out / "explorer.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    (out / "explorer.md").write_text(_markdown(result), encoding="utf-8")
    print(_markdown(result))
    return 0


def _markdown(r: dict) -> str:
    kb = lambda n: f"{n / 1024:.0f} KiB"  # noqa: E731
    return (
        "# The site at the size of the whole tracker (synthetic workload, our own text)\n\n"
        f"{r['institutions']} institutions, {r['quads']} quads, {r['entities']} entity pages; "
        f"{r['index_rows']} institutions on the index, {r['other_organisations']} other organisations, "
        f"{r['explorer_nodes']} nodes in the explorer; publish took {r['publish_s']} s.\n\n"
        "| measure | value | asked |\n|---|---|---|\n"
        f"| index.html and what it loads | {kb(r['index_total_bytes'])} "
        f"(page {kb(r['index_bytes']['index.html'])}) | < 1 MB |\n"
        f"| explorer interactive (median of {len(r['explorer_ready_ms'])} cold loads) | "
        f"{r['explorer_ready_median_ms']} ms (runs: {', '.join(map(str, r['explorer_ready_ms']))}) | < 2 s |\n"
        f"| explorer page, data and library | {kb(sum(r['explorer_bytes'].values()))} | |\n\n"
        f"Machine: {r['machine']}, 2 shared cores; headless Chromium on 127.0.0.1.\n"
    )


if __name__ == "__main__":
    sys.exit(main())
