"""benchmarks: a deterministic synthetic workload shaped like our real sources.

For N institutions it invents (all names, places and texts are made up):

- tracker-style profile texts, one per institution: title, risk sentence, supervision,
  laboratory count, security credential, laboratories established, designated disciplines,
  exchanges, agreements ("In <Month YYYY>, X signed a ... agreement with Y."), events with
  attendance, and a "Last updated" line — the sentence forms the profile loader reads;
- a curated registry file (like data/curated/entities.ttl) naming the institutions, the agencies
  that supervise them, the state-owned enterprises they exchange with and foreign partner
  universities, in English and Chinese, with abbreviations and sources;
- a MISP-galaxy-shaped JSON cluster listing the same institutions ("English (中文)", description,
  uuid, meta with aliases, categories, supervising agencies, topics, laboratories, subsidiaries,
  address, lat/long, refs).

``project(repo, dest, n)`` writes a project copy whose build uses these inputs. The same ``n`` and
``seed`` always give byte-identical files. ``SIZES`` maps the benchmark sizes to N, calibrated so the
built dataset has about 10k, 100k, 1M and 10M quads.
"""

from __future__ import annotations

import compileall
import json
import random
import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path

#: institutions per benchmark size (calibrated: about 680 quads per institution built)
SIZES = {"10k": 14, "100k": 146, "1m": 1470, "10m": 14700}

SYLLABLES = [
    ("Bei", "北"),
    ("Lan", "兰"),
    ("Xin", "新"),
    ("Hua", "华"),
    ("Jiang", "江"),
    ("Shan", "山"),
    ("Ning", "宁"),
    ("Tai", "泰"),
    ("Yun", "云"),
    ("Zhou", "州"),
    ("Dong", "东"),
    ("Xi", "西"),
    ("He", "河"),
    ("Hai", "海"),
    ("Qing", "青"),
    ("Ping", "平"),
    ("An", "安"),
    ("Chang", "长"),
    ("Guang", "广"),
    ("Fu", "福"),
    ("Lin", "林"),
    ("Song", "松"),
    ("Mei", "梅"),
    ("Rui", "瑞"),
    ("Jin", "金"),
    ("Yu", "玉"),
    ("Feng", "丰"),
    ("Kang", "康"),
    ("Wen", "文"),
    ("Ming", "明"),
]
KINDS = [
    ("University of Technology", "理工大学", "dkg:CivilianUniversity"),
    ("University", "大学", "dkg:CivilianUniversity"),
    ("Polytechnic University", "工业大学", "dkg:CivilianUniversity"),
    ("University of Aeronautics", "航空大学", "dkg:CivilianUniversity"),
    ("Institute of Engineering", "工程学院", "dkg:MilitaryInstitution"),
]
FIELDS = [
    ("Marine Engineering", "海洋工程"),
    ("Electronic Systems", "电子系统"),
    ("Propulsion", "推进"),
    ("Materials Science", "材料科学"),
    ("Optics", "光学"),
    ("Navigation", "导航"),
    ("Information Security", "信息安全"),
    ("Precision Instruments", "精密仪器"),
    ("Energy Systems", "能源系统"),
    ("Aerodynamics", "空气动力学"),
    ("Radar", "雷达"),
    ("Robotics", "机器人"),
    ("Acoustics", "声学"),
    ("Composite Structures", "复合结构"),
    ("Microwave Devices", "微波器件"),
    ("Control Engineering", "控制工程"),
]
TOPICS = [
    "hypersonic flight",
    "underwater acoustics",
    "radar signal processing",
    "composite armour",
    "satellite navigation",
    "laser optics",
    "unmanned systems",
    "infrared imaging",
    "solid propellants",
    "electromagnetic compatibility",
    "secure communications",
    "precision guidance",
    "power electronics",
    "materials under extreme conditions",
    "microwave photonics",
    "autonomous control",
]
DISCIPLINES = [
    "weapon systems engineering",
    "materials processing engineering",
    "optical engineering",
    "naval architecture",
    "control science and engineering",
    "information and communication engineering",
    "instrument science and technology",
    "aeronautical engineering",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
RISKS = [
    ("very high", "its top secret security credentials and close links to the defence industry"),
    ("high", "its high level of defence research and defence laboratories"),
    ("medium", "its moderate level of defence research"),
    ("low", "its limited level of defence research"),
]
AGREEMENT_KINDS = ["cooperation and exchange", "strategic cooperation", "joint construction"]
EVENT_KINDS = ["conference", "forum", "symposium", "seminar", "workshop"]
FOREIGN = [
    ("Northmere", "北米尔", "GB"),
    ("Valdoria", "瓦尔多利亚", "DE"),
    ("Kestrel Bay", "凯斯特湾", "AU"),
    ("Lindenholm", "林登霍尔姆", "SE"),
    ("Port Arden", "阿登港", "CA"),
    ("Serrano", "塞拉诺", "ES"),
    ("Amberlee", "安柏利", "NZ"),
    ("Castelmar", "卡斯特马", "IT"),
]


@dataclass
class Entity:
    slug: str
    en: str
    zh: str
    kind: str
    abbr: str | None = None
    country: str = "CN"
    extra: dict = field(default_factory=dict)


@dataclass
class Workload:
    institutions: list[Entity]
    agencies: list[Entity]
    companies: list[Entity]
    partners: list[Entity]
    profiles: dict[str, str]  # slug -> profile text

    @property
    def registry(self) -> list[Entity]:
        return [*self.institutions, *self.agencies, *self.companies, *self.partners]


def _slug(text: str) -> str:
    import re

    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _unique_abbr(base: str, taken: set[str]) -> str:
    abbr, n = base, 0
    while abbr in taken or abbr in RESERVED_ABBR:
        n += 1
        abbr = base + "-" + "ABCDEFGHJKLMNPQRSTUVWXYZ"[(n - 1) % 24] * (1 + (n - 1) // 24)
    taken.add(abbr)
    return abbr


#: abbreviations the real registry uses: synthetic entities never reuse them
RESERVED_ABBR = {"CQU", "NTU", "MOE", "SASTIND", "CASC", "ASPI"}


#: the second, third ... institution of a city and kind ("Beilan Second University", 北兰第二大学), for
#: sizes beyond the 4,350 two-syllable names; no name is a part of another, in English or Chinese
ORDINALS = [("", ""), ("Second", "第二"), ("Third", "第三"), ("Fourth", "第四"), ("Fifth", "第五")]


def _name_combos(n: int, rng: random.Random) -> list[tuple]:
    """(syllable, syllable, kind, rank) for ``n`` institutions: the first rank shuffled as before (so
    the sizes up to 4,350 institutions are unchanged), then each further rank shuffled in turn."""
    combos: list[tuple] = []
    for rank in range(len(ORDINALS)):
        if len(combos) >= n:
            break
        more = [(a, b, k, rank) for k in KINDS for a in SYLLABLES for b in SYLLABLES if a != b]
        rng.shuffle(more)
        combos += more
    if n > len(combos):
        raise ValueError(f"at most {len(combos)} institutions")
    return combos


def _entities(n: int, rng: random.Random) -> tuple[list[Entity], list[Entity], list[Entity], list[Entity]]:
    taken: set[str] = set()
    institutions = []
    combos = _name_combos(n, rng)
    for a, b, kind, rank in combos[:n]:
        city_en, city_zh = a[0] + b[0].lower(), a[1] + b[1]
        ordinal = ORDINALS[rank]
        en = f"{city_en} {ordinal[0] + ' ' if rank else ''}{kind[0]}"
        zh = city_zh + ordinal[1] + kind[1]
        abbr = _unique_abbr(a[0][0] + b[0][0] + "".join(w[0] for w in kind[0].split() if w[0].isupper()), taken)
        institutions.append(Entity(_slug(en), en, zh, kind[2], abbr))
    n_agencies = 6 + n // 25
    agencies = []
    for i in range(n_agencies):
        f = FIELDS[i % len(FIELDS)]
        prefix = [
            ("State Administration of", "国家", "局"),
            ("Ministry of", "", "部"),
            ("National Commission for", "国家", "委员会"),
        ][(i // len(FIELDS)) % 3]
        round_ = i // (3 * len(FIELDS))
        region = f" ({SYLLABLES[round_][0]} Region)" if round_ else ""
        en = f"{prefix[0]} {f[0]}{region}"
        zh = (SYLLABLES[round_][1] + "区" if round_ else "") + prefix[1] + f[1] + prefix[2]
        abbr = _unique_abbr(
            ("SA" if prefix[0].startswith("State") else prefix[0][0] + "O") + "".join(w[0] for w in f[0].split()), taken
        )
        agencies.append(Entity(_slug(en), en, zh, "dkg:GovernmentAgency", abbr))
    n_companies = 8 + n // 12
    companies = []
    for i in range(n_companies):
        f = FIELDS[i % len(FIELDS)]
        group = ["Corporation", "Group Corporation", "Industry Corporation"][(i // len(FIELDS)) % 3]
        round_ = i // (3 * len(FIELDS))
        city = (SYLLABLES[round_ % 30][0] + " ") if round_ else ""
        en = f"China {city}{f[0]} {group}"
        zh = (
            "中国"
            + (SYLLABLES[round_ % 30][1] if round_ else "")
            + f[1]
            + {"Corporation": "集团公司", "Group Corporation": "集团有限公司", "Industry Corporation": "工业集团"}[
                group
            ]
        )
        abbr = _unique_abbr("C" + "".join(w[0] for w in (city + f[0]).split()) + "C", taken)
        companies.append(
            Entity(
                _slug(en),
                en,
                zh,
                "dkg:StateOwnedEnterprise",
                abbr,
                extra={"about": f"a leading manufacturer of {rng.choice(TOPICS)} equipment"},
            )
        )
    n_partners = 4 + n // 6
    partners = []
    for i in range(n_partners):
        place = FOREIGN[i % len(FOREIGN)]
        f = FIELDS[(i // len(FOREIGN)) % len(FIELDS)]
        round_ = i // (len(FOREIGN) * len(FIELDS))
        en = (
            f"University of {place[0]}"
            if i < len(FOREIGN)
            else f"{place[0]} Institute of {f[0]}" + (f" at {SYLLABLES[round_][0]}ford" if round_ else "")
        )
        zh = (
            (place[1] + "大学")
            if i < len(FOREIGN)
            else place[1] + f[1] + "学院" + (SYLLABLES[round_][1] + "分校" if round_ else "")
        )
        partners.append(Entity(_slug(en), en, zh, "dkg:CivilianUniversity", None, country=place[2]))
    return institutions, agencies, companies, partners


def _date(rng: random.Random, lo: int = 2005, hi: int = 2021) -> str:
    return f"{rng.choice(MONTHS)} {rng.randint(lo, hi)}"


def _profile(inst: Entity, i: int, w: Workload, rng: random.Random) -> str:
    name, abbr = inst.en, inst.abbr
    level, why = rng.choice(RISKS)
    agency = w.agencies[i % len(w.agencies)]
    paras = [name, "", f"{name} ({abbr}) is designated {level} risk for {why}."]
    if rng.random() < 0.25:
        second = w.agencies[(i * 7 + 3) % len(w.agencies)]
        if second is agency:
            second = w.agencies[(i + 1) % len(w.agencies)]
        sup = f"{abbr} is jointly supervised by the {agency.en} and the {second.en} since {rng.randint(1999, 2018)}."
    else:
        sup = f"{abbr} is a leading Chinese research institution subordinate to the {agency.en}."
    topics = rng.sample(TOPICS, 3)
    n_labs = rng.randint(2, 6)
    paras.append(
        f"{sup} {name} is home to at least {n_labs} laboratories devoted to defence research on "
        f"{topics[0]}, {topics[1]} and {topics[2]}. An institution accredited to conduct classified "
        f"research, {name} is active in improving its security culture."
    )
    labs = []
    for k in range(rng.randint(1, 3)):
        field_en, field_zh = rng.choice(FIELDS)
        lab = f"{name} Key Laboratory of {field_en} {k + 1}" if k else f"{name} Key Laboratory of {field_en}"
        # laboratories are in the curated registry, as the real profile's laboratories are
        inst.extra.setdefault("labs", []).append(
            Entity(_slug(lab), lab, inst.zh + field_zh + "重点实验室" + (str(k + 1) if k else ""), "dkg:Laboratory")
        )
        labs.append(
            f"In {_date(rng, 2008)}, {name} established the defence-focused {lab}, which works on {rng.choice(TOPICS)}."
        )
    paras += ["Major defence laboratories", " ".join(labs)]
    discs = rng.sample(DISCIPLINES, rng.randint(1, 3))
    paras += ["Designated defence research areas"]
    if len(discs) == 1:
        paras.append(f"{name} only has one designated discipline with defence characteristics, {discs[0]}.")
    else:
        words = {2: "two", 3: "three"}[len(discs)]
        paras.append(
            f"{name} has {words} designated disciplines with defence characteristics: "
            f"{', '.join(discs[:-1])} and {discs[-1]}."
        )
    paras += ["Defence and security links"]
    for c in rng.sample(w.companies, min(len(w.companies), rng.randint(1, 3))):
        paras.append(f"{name} has exchanges with {c.en}, {c.extra['about']}.")
    for _ in range(rng.randint(1, 3)):
        kind = rng.choice(EVENT_KINDS)
        paras.append(
            f"In {_date(rng, 2012)}, officials from {name} organised a {kind} on "
            f"{rng.choice(TOPICS)} for defence projects. Around {rng.randint(4, 60) * 10} personnel "
            f"attended the {kind}."
        )
    agreements = []
    for _ in range(rng.randint(2, 6)):
        other = rng.choice(w.institutions + w.agencies + w.companies)
        if other is inst:
            other = w.agencies[i % len(w.agencies)]
        agreements.append(
            f"In {_date(rng)}, {abbr} signed a {rng.choice(AGREEMENT_KINDS)} agreement with the {other.en}."
            if other.kind == "dkg:GovernmentAgency"
            else f"In {_date(rng)}, {abbr} signed a {rng.choice(AGREEMENT_KINDS)} agreement with {other.en}."
        )
    paras += [" ".join(agreements)]
    paras += ["Noteworthy international collaborations"]
    for p in rng.sample(w.partners, min(len(w.partners), rng.randint(1, 2))):
        paras.append(f"In {_date(rng)}, {abbr} signed a cooperation and exchange agreement with {p.en}.")
    paras.append(
        f"Last updated {rng.randint(1, 28)} {_date(rng, 2019, 2022)}. Unclear about any wording? "
        f"Visit the terminology page."
    )
    return "\n\n".join(paras) + "\n"


def generate(n: int, seed: int = 7) -> Workload:
    """The workload for ``n`` institutions (deterministic for a given ``n`` and ``seed``)."""
    rng = random.Random(f"{seed}:{n}")
    institutions, agencies, companies, partners = _entities(n, rng)
    w = Workload(institutions, agencies, companies, partners, {})
    for i, inst in enumerate(institutions):
        w.profiles[inst.slug] = _profile(inst, i, w, rng)
    return w


def _lit(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def curated_turtle(w: Workload) -> str:
    """The registry entries for every synthetic entity, in the shape of data/curated/entities.ttl:
    each entity's names, abbreviation and country cited to its (invented) registry record, its kind
    the curators' own."""
    out = [
        "# Synthetic entity registry for benchmarks (generated; every name is invented).",
        "@prefix dkg: <https://w3id.org/defence-kg/ontology#> .",
        "@prefix id: <https://w3id.org/defence-kg/id/> .",
        "@prefix prov: <http://www.w3.org/ns/prov#> .",
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
        "",
    ]
    labs = [lab for inst in w.institutions for lab in inst.extra.get("labs", [])]
    for e in [*w.registry, *labs]:
        facts = [
            f"skos:prefLabel {_lit(e.en)}@en , {_lit(e.zh)}@zh-Hans",
            f"dkg:country <https://w3id.org/defence-kg/vocab/country/{e.country}>",
        ]
        if e.abbr:
            facts.append(f"dkg:abbreviation {_lit(e.abbr)}")
        lines = [f"id:{e.slug} a {e.kind} ;", *(f"    {fact} ;" for fact in facts)]
        if e in w.institutions:
            lines.append(f"    dkg:trackerSlug {_lit(e.slug)} ;")
        record = f"prov:wasDerivedFrom <https://example.org/registry/{e.slug}>"
        lines.append(f"    dkg:evidence [ {' ; '.join([record, *facts])} ] .")
        out += lines + [""]
    return "\n".join(out)


def misp_galaxy(w: Workload, seed: int = 7) -> dict:
    """A MISP-galaxy-shaped cluster describing the synthetic institutions."""
    rng = random.Random(f"misp:{seed}:{len(w.institutions)}")
    ns = uuid.UUID("6f1d2c3e-0000-4000-8000-00000000b007")
    values = []
    for i, e in enumerate(w.institutions):
        agency = w.agencies[i % len(w.agencies)]
        values.append(
            {
                "value": f"{e.en} ({e.zh})",
                "description": f"{e.en} is a synthetic institution invented for benchmarks.",
                "uuid": str(uuid.uuid5(ns, e.slug)),
                "meta": {
                    "aliases": [e.abbr, e.zh],
                    "categories": [rng.choice(["Civilian", "Military", "Security"])],
                    "supervising agencies": [agency.en],
                    "topics": sorted(rng.sample(TOPICS, 3)),
                    "major defence laboratories": [lab.en for lab in e.extra.get("labs", [])],
                    "subsidiaries": [f"{e.en} Research Institute"],
                    "address": f"{rng.randint(1, 300)} Xueyuan Road, {e.en.split()[0]}",
                    "lat": f"{rng.uniform(20, 45):.4f}",
                    "long": f"{rng.uniform(100, 125):.4f}",
                    "refs": [f"https://example.org/profiles/{e.slug}/"],
                },
            }
        )
    return {
        "authors": ["defence-kg benchmarks"],
        "category": "university",
        "description": "Synthetic institutions for benchmarks.",
        "name": "Synthetic universities",
        "source": "generated",
        "type": "synthetic-universities",
        "uuid": str(uuid.uuid5(ns, "galaxy")),
        "values": values,
        "version": 1,
    }


def compile_package(repo: Path) -> None:
    """Compile the package to bytecode, as installing it does: every timed run is a fresh process,
    and where Python writes no bytecode on import (PYTHONDONTWRITEBYTECODE, as on the machine of
    our runs) each one would compile the package again (about 0.1 s of every command, measured)."""
    compileall.compile_dir(repo / "src" / "defence_kg", quiet=1)


def project(repo: Path, dest: Path, n: int, seed: int = 7) -> Path:
    """Write a project copy at ``dest`` whose sources are the synthetic workload; returns ``dest``."""
    w = generate(n, seed)
    for name in ("ontology", "shapes", "queries", "loaders", "data/wordlists"):
        if (repo / name).exists():
            shutil.copytree(repo / name, dest / name, dirs_exist_ok=True)
    (dest / "data" / "curated").mkdir(parents=True, exist_ok=True)
    for path in (repo / "data" / "curated").glob("*.ttl"):
        shutil.copy(path, dest / "data" / "curated" / path.name)
    (dest / "data" / "curated" / "synthetic.ttl").write_text(curated_turtle(w), encoding="utf-8")
    docs = dest / "data" / "documents" / "aspi-tracker"
    docs.mkdir(parents=True, exist_ok=True)
    sources = dest / "data" / "sources"
    sources.mkdir(parents=True, exist_ok=True)
    real = (repo / "data" / "sources" / "aspi-tracker.toml").read_text(encoding="utf-8")
    head = real.split("[[documents]]", 1)[0]
    parts = [head.rstrip() + "\n"]
    for slug, text in w.profiles.items():
        (docs / f"{slug}.txt").write_text(text, encoding="utf-8")
        parts.append(
            f'\n[[documents]]\nid = "{slug}"\npath = "data/documents/aspi-tracker/{slug}.txt"\n'
            f'url = "https://example.org/profiles/{slug}/"\nformat = "text"\n'
        )
    parts.append('\n[expect]\n"dkg:Statement" = 1\n')
    (sources / "aspi-tracker.toml").write_text("".join(parts), encoding="utf-8")
    misp = dest / "data" / "documents" / "misp-galaxy"
    misp.mkdir(parents=True, exist_ok=True)
    (misp / "synthetic.json").write_text(
        json.dumps(misp_galaxy(w, seed), ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
    # the MISP source is used only when its loader and profile exist in the repository
    misp_profile = repo / "data" / "sources" / "misp-galaxy.toml"
    if (repo / "loaders" / "misp_galaxy.py").exists() and misp_profile.exists():
        import re

        text = misp_profile.read_text(encoding="utf-8")
        text = re.sub(r'(?m)^path\s*=\s*"[^"]*"', 'path = "data/documents/misp-galaxy/synthetic.json"', text)
        text = re.sub(r"(?ms)^\[expect\].*?(?=^\[|\Z)", "", text)
        (sources / "misp-galaxy.toml").write_text(text, encoding="utf-8")
    return dest
