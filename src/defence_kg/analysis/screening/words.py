"""analysis: the words name matching treats specially — spelling variants, generic words, places.

Kept as Python data beside the matcher (not under data/wordlists/) because screening works on any
built dataset, with or without a project checkout. Sources: our own lists; the place names are
facts (provinces and large cities of China, countries), romanised as institutions write them.
"""

from __future__ import annotations

#: Short or alternative spellings -> the word they stand for (compared after case folding and
#: with punctuation removed, so "Univ." is "univ"). Both sides of a comparison go through it.
VARIANTS: dict[str, str] = {
    "univ": "university",
    "uni": "university",
    "univers": "university",
    "universty": "university",
    "inst": "institute",
    "instit": "institute",
    "tech": "technology",
    "techn": "technology",
    "sci": "science",
    "sciences": "science",
    "eng": "engineering",
    "engg": "engineering",
    "engin": "engineering",
    "natl": "national",
    "nat": "national",
    "acad": "academy",
    "coll": "college",
    "dept": "department",
    "lab": "laboratory",
    "labs": "laboratory",
    "laboratories": "laboratory",
    "ctr": "centre",
    "center": "centre",
    "defense": "defence",
    "corp": "corporation",
    "co": "company",
    "ltd": "limited",
    "grp": "group",
    "aero": "aeronautics",
    "aeronautical": "aeronautics",
    "astronautical": "astronautics",
    "intl": "international",
    "polytech": "polytechnic",
    "mech": "mechanical",
    "elec": "electronic",
    "electr": "electronic",
    "comm": "communications",
    "telecom": "telecommunications",
    "peoples": "people",
    "electronics": "electronic",
    "polytechnical": "polytechnic",
    # the abbreviations bibliographic databases write in affiliations ("Harbin Inst Technol",
    # "Natl Univ Def Technol, Changsha, Peoples R China"): screening a project's co-authors reads
    # them as exported
    "engn": "engineering",
    "aeronaut": "aeronautics",
    "astronaut": "astronautics",
    "aerosp": "aerospace",
    "aviat": "aviation",
    "automat": "automation",
    "def": "defence",
    "mil": "military",
    "informat": "information",
    "inform": "information",
    "commun": "communications",
    "telecommun": "telecommunications",
    "sch": "school",
    "res": "research",
    "minist": "ministry",
    "educ": "education",
    "nucl": "nuclear",
    "shipbldg": "shipbuilding",
    "syst": "systems",
    "mat": "materials",
    "publ": "public",
    "secur": "security",
    "liberat": "liberation",
    "int": "international",
    "cent": "central",
    "n": "north",
    "s": "south",
    "e": "east",
    "w": "west",
}

#: Abbreviations that stand for more than one word ("Elect" is electronic or electrical): a name
#: is compared with each reading, and a reading two names share leaves the choice to the analyst.
READINGS: dict[str, tuple[str, ...]] = {
    "technol": ("technology", "technological"),
    "elect": ("electronic", "electrical"),
    "chem": ("chemical", "chemistry"),
    "phys": ("physics", "physical"),
    "med": ("medical", "medicine"),
    "ind": ("industry", "industrial", "industries"),
    "math": ("mathematics", "mathematical"),
    "opt": ("optics", "optical"),
    "ne": ("northeast", "northeastern"),
    "nw": ("northwest", "northwestern"),
    "se": ("southeast", "southeastern"),
    "sw": ("southwest", "southwestern"),
}

#: The words of a body's kind, and the words that go with them, in the languages partner lists
#: abroad write Chinese names in ("Université de Pékin", "Tsinghua-Universität", "Universidad
#: Politécnica del Noroeste"), compared after folding (accents dropped): a name holding one of the
#: kind words (``FOREIGN_KINDS``) is also read in English, word by word, its order set aside. A
#: word of several English readings (Pékin: Peking University, Beijing Institute of Technology) is
#: read each way. Facts of the languages; only words Chinese bodies' names are written with.
FOREIGN_WORDS: dict[str, tuple[str, ...]] = {
    # university, institute, academy (French, German, Spanish, Italian, Portuguese)
    "universite": ("university",),
    "universitat": ("university",),
    "universitaet": ("university",),
    "universidad": ("university",),
    "universita": ("university",),
    "universidade": ("university",),
    "institut": ("institute",),
    "instituto": ("institute",),
    "istituto": ("institute",),
    "academie": ("academy",),
    "akademie": ("academy",),
    "academia": ("academy",),
    "accademia": ("academy",),
    # the words of fields and kinds that go with them
    "technologie": ("technology",),
    "technologies": ("technology",),
    "technische": ("technology",),
    "technologisches": ("technology",),
    "technologische": ("technology",),
    "technischen": ("technology",),
    "tecnologia": ("technology",),
    "tecnologica": ("technology",),
    "tecnologico": ("technology",),
    "science": ("science",),
    "sciences": ("science",),
    "wissenschaft": ("science",),
    "wissenschaften": ("science",),
    "ciencia": ("science",),
    "ciencias": ("science",),
    "scienze": ("science",),
    "scienza": ("science",),
    "polytechnique": ("polytechnic",),
    "polytechnische": ("polytechnic",),
    "politecnica": ("polytechnic",),
    "politecnico": ("polytechnic",),
    "nationale": ("national",),
    "nacional": ("national",),
    "nazionale": ("national",),
    "defense": ("defence",),
    "defensa": ("defence",),
    "difesa": ("defence",),
    "verteidigung": ("defence",),
    "aeronautique": ("aeronautics",),
    "aeronautica": ("aeronautics",),
    "luftfahrt": ("aeronautics",),
    "astronautique": ("astronautics",),
    "astronautica": ("astronautics",),
    "raumfahrt": ("astronautics",),
    "militaires": ("military",),
    "militaire": ("military",),
    "militar": ("military",),
    "militares": ("military",),
    "militari": ("military",),
    "electronique": ("electronic",),
    "electroniques": ("electronic",),
    "electronica": ("electronic",),
    "elektronische": ("electronic",),
    "ingenierie": ("engineering",),
    "ingenieria": ("engineering",),
    # China and its cities where these languages name them otherwise
    # (the country after a name, "Académie des sciences de Chine", is the adjective before it in English)
    "chine": ("china", "chinese"),
    "chinas": ("china", "chinese"),
    "cina": ("china", "chinese"),
    "china": ("china", "chinese"),  # Spanish: the country and the adjective
    "chinoise": ("chinese",),
    "chinois": ("chinese",),
    "chinesische": ("chinese",),
    "chinesischen": ("chinese",),
    "chino": ("chinese",),
    "cinese": ("chinese",),
    "pekin": ("peking", "beijing"),
    "peking": ("peking", "beijing"),
    "pechino": ("peking", "beijing"),
    "pequim": ("peking", "beijing"),
    "nankin": ("nanjing",),
    "nanking": ("nanjing",),
    # directions
    "nordouest": ("northwest",),
    "nordwest": ("northwest",),
    "nordwestliche": ("northwestern",),
    "noroeste": ("northwest",),
    "sudest": ("southeast",),
    "sudost": ("southeast",),
    "sudeste": ("southeast",),
    "sudouest": ("southwest",),
    "sudwest": ("southwest",),
    "suroeste": ("southwest",),
    "nordest": ("northeast",),
    "nordost": ("northeast",),
    "noreste": ("northeast",),
}
#: The words of a body's kind among ``FOREIGN_WORDS``: a name is read in English only with one.
FOREIGN_KINDS: frozenset[str] = frozenset(
    w for w, (en, *_) in FOREIGN_WORDS.items() if en in ("university", "institute", "academy")
)
#: The small words of those languages, dropped as "of" and "and" are ("de", "du", "des", "und", "für", "y").
FOREIGN_STOPWORDS: frozenset[str] = frozenset(
    {"de", "du", "des", "la", "le", "les", "l", "d", "et", "der", "die", "das", "fur", "und", "del", "y", "e", "di"}
    | {"della", "dello", "do", "da", "dos", "en"}
)

#: The PLA's prefix of its schools' and institutes' Chinese names, which they are as often
#: written without (国防科技大学 for 中国人民解放军国防科技大学).
PLA_ZH = "中国人民解放军"

#: A company's legal form, which lists write in many ways ("Co., Ltd." for "Corporation Limited",
#: 公司 for 有限公司): names are also compared without the legal form they end with (after
#: VARIANTS: "Corp." is "corporation").
LEGAL_FORMS: frozenset[str] = frozenset(
    {"company", "corporation", "limited", "inc", "incorporated", "llc", "plc", "gmbh", "ag"}
)
LEGAL_FORMS_ZH: tuple[str, ...] = ("股份有限公司", "有限责任公司", "有限公司", "公司")

#: What lists write in a name's place when there is none ("N/A", "n.a.", "TBD"), compared
#: lower-cased without dots, slashes, dashes or spaces: never a name, whatever it abbreviates.
PLACEHOLDERS: frozenset[str] = frozenset(
    {"na", "nil", "none", "null", "unknown", "tbd", "tba", "notapplicable", "notavailable", "notknown", "nan"}
)

#: Words dropped before names are compared ("University of X" is "University X").
STOPWORDS: frozenset[str] = frozenset({"the", "of", "and", "for", "at", "in", "on", "a", "an", "de"})

#: Words that say what kind of body a name is, not which one: a name made of these (and places)
#: alone never matches, and they never carry a fuzzy match.
GENERIC: frozenset[str] = frozenset(
    {
        "university",
        "institute",
        "academy",
        "college",
        "school",
        "faculty",
        "department",
        "polytechnic",
        "centre",
        "laboratory",
        "key",
        "state",
        "national",
        "research",
        "technology",
        "technological",
        "technical",
        "science",
        "engineering",
        "china",
        "chinese",
        "people",
        "republic",
        "prc",
        "pr",
        "corporation",
        "company",
        "group",
        "limited",
        "industry",
        "industrial",
        "administration",
        "ministry",
        "commission",
        "office",
        "bureau",
        "government",
        "municipal",
        "provincial",
        "province",
        "city",
        "campus",
        "branch",
        "joint",
        "main",
    }
)

#: Chinese places as lists spell them outside pinyin (postal and older forms), and their pinyin:
#: "Harbin Gongye Daxue" is 哈尔滨工业大学, whose pinyin is "Haerbin Gongye Daxue".
PLACES_PINYIN: dict[str, str] = {
    "harbin": "haerbin",
    "urumqi": "wulumuqi",
    "hohhot": "huhehaote",
    "lhasa": "lasa",
    "peking": "beijing",
    "nanking": "nanjing",
    "canton": "guangzhou",
    "amoy": "xiamen",
    "tsingtao": "qingdao",
    "tientsin": "tianjin",
}

#: Provinces, regions and large cities of China: a place alone never matches, and a place is
#: never read as a misspelling of another (Hunan is not a typo of Henan, Shanxi not of Shaanxi).
PLACES_CN: frozenset[str] = frozenset(
    {
        # provinces, autonomous regions, municipalities, special administrative regions
        "anhui",
        "beijing",
        "peking",
        "chongqing",
        "fujian",
        "gansu",
        "guangdong",
        "guangxi",
        "guizhou",
        "hainan",
        "hebei",
        "heilongjiang",
        "henan",
        "hubei",
        "hunan",
        "jiangsu",
        "jiangxi",
        "jilin",
        "liaoning",
        "mongolia",
        "inner",
        "ningxia",
        "qinghai",
        "shaanxi",
        "shandong",
        "shanghai",
        "shanxi",
        "sichuan",
        "tianjin",
        "tibet",
        "xizang",
        "xinjiang",
        "yunnan",
        "zhejiang",
        "hongkong",
        "hong",
        "kong",
        "macau",
        "macao",
        "taiwan",
        # cities
        "anshan",
        "baoding",
        "baotou",
        "changchun",
        "changsha",
        "changzhou",
        "chengdu",
        "dalian",
        "datong",
        "dongguan",
        "foshan",
        "fuzhou",
        "ganzhou",
        "guangzhou",
        "guilin",
        "guiyang",
        "haerbin",
        "haikou",
        "handan",
        "hangzhou",
        "harbin",
        "hefei",
        "hohhot",
        "huainan",
        "huhhot",
        "jiamusi",
        "jinan",
        "jinhua",
        "jinzhou",
        "kunming",
        "lanzhou",
        "lhasa",
        "linyi",
        "luoyang",
        "mianyang",
        "nanchang",
        "nanjing",
        "nanning",
        "nantong",
        "ningbo",
        "qingdao",
        "qinhuangdao",
        "qiqihar",
        "quanzhou",
        "sanya",
        "shantou",
        "shaoxing",
        "shenyang",
        "shenzhen",
        "shijiazhuang",
        "suzhou",
        "taiyuan",
        "tangshan",
        "urumqi",
        "weihai",
        "wenzhou",
        "wuhan",
        "wuhu",
        "wuxi",
        "xiamen",
        "xian",
        "xiangtan",
        "xining",
        "xuzhou",
        "yanan",
        "yangzhou",
        "yantai",
        "yichang",
        "yinchuan",
        "zhangjiakou",
        "zhanjiang",
        "zhengzhou",
        "zhenjiang",
        "zhuhai",
        "zhuzhou",
        "zibo",
        "zunyi",
        # the other prefecture-level cities (thirty-eighth session: "Wuhai University" was Wuhan
        # University with a typo; a place is never a typo of another); not those that name other
        # things too ("Zhongshan" University, "Baoshan" Steel, Beijing's "Chaoyang", "Dali", "Yulin")
        "chengde", "cangzhou", "langfang", "hengshui", "xingtai", "yangquan", "changzhi", "jincheng", "shuozhou",
        "jinzhong", "yuncheng", "xinzhou", "linfen", "lvliang", "wuhai", "chifeng", "tongliao", "ordos",
        "hulunbuir", "bayannur", "ulanqab", "fushun", "benxi", "dandong", "yingkou", "fuxin", "liaoyang", "panjin",
        "tieling", "huludao", "siping", "liaoyuan", "tonghua", "baishan", "songyuan", "baicheng", "yanji", "jixi",
        "hegang", "shuangyashan", "daqing", "mudanjiang", "qitaihe", "heihe", "suihua", "lianyungang", "huaian",
        "yancheng", "suqian", "taizhou", "huzhou", "jiaxing", "quzhou", "zhoushan", "lishui", "bengbu", "maanshan",
        "huaibei", "tongling", "anqing", "chuzhou", "fuyang", "bozhou", "chizhou", "xuancheng", "putian",
        "sanming", "zhangzhou", "nanping", "longyan", "ningde", "jingdezhen", "pingxiang", "jiujiang", "xinyu",
        "yingtan", "shangrao", "zaozhuang", "dongying", "weifang", "jining", "taian", "rizhao", "dezhou",
        "liaocheng", "binzhou", "heze", "kaifeng", "pingdingshan", "anyang", "hebi", "xinxiang", "jiaozuo",
        "puyang", "xuchang", "luohe", "sanmenxia", "nanyang", "shangqiu", "xinyang", "zhoukou", "zhumadian",
        "huangshi", "shiyan", "xiangyang", "ezhou", "jingmen", "xiaogan", "jingzhou", "huanggang", "xianning",
        "suizhou", "enshi", "hengyang", "shaoyang", "yueyang", "changde", "zhangjiajie", "yiyang", "chenzhou",
        "yongzhou", "huaihua", "loudi", "shaoguan", "jiangmen", "maoming", "zhaoqing", "huizhou", "meizhou",
        "shanwei", "heyuan", "yangjiang", "qingyuan", "chaozhou", "jieyang", "yunfu", "liuzhou", "wuzhou",
        "beihai", "fangchenggang", "qinzhou", "guigang", "baise", "hezhou", "hechi", "laibin", "chongzuo",
        "danzhou", "zigong", "panzhihua", "luzhou", "deyang", "guangyuan", "suining", "neijiang", "leshan",
        "nanchong", "meishan", "yibin", "guangan", "dazhou", "yaan", "bazhong", "liupanshui", "anshun", "bijie",
        "tongren", "qujing", "yuxi", "zhaotong", "lijiang", "lincang", "shigatse", "xigaze", "nyingchi", "chamdo",
        "tongchuan", "baoji", "xianyang", "weinan", "hanzhong", "ankang", "shangluo", "jiayuguan", "jinchang",
        "baiyin", "tianshui", "zhangye", "pingliang", "jiuquan", "dingxi", "longnan", "haidong", "shizuishan",
        "guyuan", "zhongwei", "karamay", "turpan", "hami", "kashgar", "shihezi", "korla", "yining", "aksu",
        "hotan",
        "shapingba",
        "haidian",
        "pukou",
    }
)  # fmt: skip

#: Cities left out of PLACES_CN because other things bear their names ("Zhongshan" University):
#: read as places only where a place is expected, before a college's or institute's name beside a
#: university's ("Zhongshan Institute, <university>", an independent college).
CITIES_ALSO_NAMES: frozenset[str] = frozenset({"zhongshan", "baoshan", "chaoyang", "dali", "yulin"})

#: Countries as partner lists write them -> ISO 3166-1 alpha-2 code (for --country-column and
#: the reconciliation service's country property). Lower case, punctuation removed.
COUNTRIES: dict[str, str] = {
    "china": "CN",
    "prc": "CN",
    "pr china": "CN",
    "p r china": "CN",
    "peoples republic of china": "CN",
    "people s republic of china": "CN",
    "peoples r china": "CN",  # as bibliographic databases write it
    "mainland china": "CN",
    "cn": "CN",
    "chn": "CN",
    "中国": "CN",
    "hong kong": "HK",
    "hong kong sar": "HK",
    "macau": "MO",
    "macao": "MO",
    "taiwan": "TW",
    "singapore": "SG",
    "australia": "AU",
    "united states": "US",
    "united states of america": "US",
    "usa": "US",
    "us": "US",
    "america": "US",
    "united kingdom": "GB",
    "uk": "GB",
    "great britain": "GB",
    "britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "germany": "DE",
    # states that are no more, by their ISO 3166-3 codes (a body there is not China's)
    "east germany": "DD",
    "gdr": "DD",
    "ddr": "DD",
    "west germany": "DE",
    "soviet union": "SU",
    "ussr": "SU",
    "france": "FR",
    "japan": "JP",
    "russia": "RU",
    "russian federation": "RU",
    "canada": "CA",
    "new zealand": "NZ",
    "south korea": "KR",
    "korea": "KR",
    "republic of korea": "KR",
    "netherlands": "NL",
    "the netherlands": "NL",
    "sweden": "SE",
    "switzerland": "CH",
    "italy": "IT",
    "spain": "ES",
    "belgium": "BE",
    "israel": "IL",
    "india": "IN",
    "pakistan": "PK",
    "malaysia": "MY",
    "thailand": "TH",
    "vietnam": "VN",
    "indonesia": "ID",
    "ireland": "IE",
    "denmark": "DK",
    "norway": "NO",
    "finland": "FI",
    "austria": "AT",
    "poland": "PL",
    "portugal": "PT",
    "brazil": "BR",
    "south africa": "ZA",
    "turkey": "TR",  # ISO's name is now Türkiye
    "u s": "US",
    "u s a": "US",
    "uae": "AE",
    "north korea": "KP",
    "dprk": "KP",
    "iran": "IR",
    "republic of china": "TW",
    "roc": "TW",
    "taiwan roc": "TW",
    "chinese taipei": "TW",
    "台湾": "TW",
    "台灣": "TW",
    "香港": "HK",
    "澳门": "MO",
    "澳門": "MO",
    "美国": "US",
    "美國": "US",
    "英国": "GB",
    "英國": "GB",
    "日本": "JP",
    "韩国": "KR",
    "韓國": "KR",
    "朝鲜": "KP",
    "德国": "DE",
    "德國": "DE",
    "法国": "FR",
    "法國": "FR",
    "俄罗斯": "RU",
    "新加坡": "SG",
    "澳大利亚": "AU",
    "加拿大": "CA",
    "印度": "IN",
    "巴基斯坦": "PK",
    # (thirty-ninth session) a country with its short form after it, and as its own people write it
    "taiwan r o c": "TW",
    "r o c": "TW",
    "macao sar": "MO",
    "macau sar": "MO",
    "china prc": "CN",
    "china pr": "CN",
    "中国大陆": "CN",
    "中國大陸": "CN",
    "中國": "CN",
    "deutschland": "DE",
    "osterreich": "AT",
    "schweiz": "CH",
    "suisse": "CH",
    "cesko": "CZ",
    "ceska republika": "CZ",
    "espana": "ES",
    "italia": "IT",
    "polska": "PL",
    "nederland": "NL",
    "sverige": "SE",
    "norge": "NO",
    "danmark": "DK",
    "suomi": "FI",
    "magyarorszag": "HU",
    "россия": "RU",
    "대한민국": "KR",
    "한국": "KR",
}

#: Languages whose country names a country column is read in, from pycountry's translations of
#: ISO 3166 (gettext catalogues): those partner lists of European and East Asian offices are written
#: in ("Allemagne", "Volksrepublik China", "België", "Ελλάδα"; since the fortieth session).
COUNTRY_LANGUAGES: tuple[str, ...] = (
    *("fr", "de", "es", "it", "nl", "pt", "pt_BR", "pl", "cs", "sk", "el", "ru", "uk", "sv", "da", "nb_NO", "fi"),
    *("hu", "ro", "bg", "hr", "sl", "tr", "zh_CN", "zh_TW", "zh_HK", "ja", "ko"),
)

#: Unions and regions a country column holds instead of a country, each wholly outside China: where
#: the row's body is, as a country would say ("EU", the code ISO 3166 reserves for the Union).
REGIONS: dict[str, str] = {
    "european union": "EU",
    "eu": "EU",
    "europe": "EU",
    "union europeenne": "EU",
    "europaische union": "EU",
    "europa": "EU",
    "union europea": "EU",
    "unione europea": "EU",
    "europese unie": "EU",
    "uniao europeia": "EU",
    "unia europejska": "EU",
    "evropska unie": "EU",
    "ευρωπαικη ενωση": "EU",
    "ευρωπη": "EU",
    "европейскии союз": "EU",
    "европа": "EU",
    "欧盟": "EU",
    "歐盟": "EU",
    "欧洲": "EU",
    "歐洲": "EU",
}

#: Cities and districts of Taiwan, Hong Kong and Macau that addresses end with instead of a country
#: ("Tsing Hua University, Hsinchu 300", "Kowloon"): where the row's body is, as a country would say.
#: Facts (place names as they are romanised there).
PLACES_ABROAD: dict[str, str] = {
    **dict.fromkeys(
        (
            "taipei", "new taipei", "hsinchu", "taichung", "tainan", "kaohsiung", "taoyuan", "keelung", "chiayi",
            "hualien", "taitung", "pingtung", "yilan", "ilan", "miaoli", "changhua", "nantou", "yunlin", "kinmen",
            "penghu", "chungli", "zhongli", "tamsui", "hsinchu city", "taipei city", "kaohsiung city",
        ),
        "TW",
    ),
    **dict.fromkeys(
        ("kowloon", "kowloon tong", "sha tin", "shatin", "pok fu lam", "pokfulam", "clear water bay", "hung hom", "tsim sha tsui"),
        "HK",
    ),
    **dict.fromkeys(("taipa", "coloane"), "MO"),
}  # fmt: skip

#: Names (in simplified characters) that bodies in Taiwan also bear, written there in traditional
#: characters: 國防大學 is Taiwan's National Defense University as well as the PLA's, 清華大學 the
#: National Tsing Hua University, 中國科技大學 the China University of Technology in Taipei. Written
#: so, such a name is at most a possible match of the mainland body.
NAMES_ALSO_IN_TAIWAN: frozenset[str] = frozenset(
    {
        "国防大学",
        "清华大学",
        "交通大学",
        "中山大学",
        "东吴大学",
        "中国科技大学",
        "中央大学",
        "国防医学院",
        "陆军军官学校",
        "海军军官学校",
        "空军军官学校",
        "中正理工学院",
    }
)

#: Characters and words that name a field of study: a university's school or department is named
#: after its field (航天学院, 计算机学院, 电子工程系), an independent college after a place or a motto
#: (金城学院, 北海学院, 明德学院), and bears its founding university's name without being part of it.
ZH_FIELDS: tuple[str, ...] = (
    "工",
    "理",
    "文",
    "法",
    "商",
    "医",
    "药",
    "农",
    "林",
    "电",
    "机",
    "计算",
    "信息",
    "软件",
    "网络",
    "数据",
    "智能",
    "自动",
    "控制",
    "航",
    "宇",
    "船",
    "舰",
    "海洋",
    "光",
    "物理",
    "数学",
    "数理",
    "化",
    "生",
    "材料",
    "能源",
    "动力",
    "环境",
    "资源",
    "土木",
    "建筑",
    "交通",
    "运输",
    "管理",
    "经济",
    "经管",
    "金融",
    "会计",
    "外",
    "语",
    "马克思",
    "艺术",
    "美术",
    "音乐",
    "体育",
    "新闻",
    "传媒",
    "教育",
    "哲",
    "史",
    "社会",
    "政",
    "公共",
    "安全",
    "核",
    "兵",
    "武器",
    "测",
    "仪",
    "通信",
    "力学",
    "地",
    "矿",
    "冶金",
    "纺织",
    "食品",
    "水",
    "气象",
    "天文",
    "心理",
    "国际",
    "研究生",
    "继续",
    "国防",
    "军",
    "空间",
    "微",
    "集成",
    "未来",
    "创新",
    "卓越",
    "书院",
    "科学",
    "技术",
    "设计",
    "电子",
    "制造",
    "仪器",
    "精密",
    "兵器",
    "弹药",
    "导航",
    "遥感",
    "测绘",
)

#: Names of tracker bodies that bodies of other countries bear in English too, with whose they
#: are: a row giving only such a name ("National Defense University", no country, no Chinese place)
#: may mean any of them, so it is at most a possible match (a false match is a false accusation).
#: Facts from the bodies' own names.
NAMES_BORNE_ABROAD: dict[str, str] = {
    "National Defense University": "the defence universities of the United States, Taiwan, Pakistan, Finland and Mongolia",
    "NDU": "the defence universities of the United States, Taiwan and Pakistan",
    "NUST": "the universities of science and technology of Pakistan, Namibia and Zimbabwe",
    "HUST": "Hanoi University of Science and Technology",
    # thirty-eighth session: Taiwan's university romanises its name so, Beijing's does not
    # ("Tsinghua"); and short forms research partners abroad go by
    "Tsing Hua University": "National Tsing Hua University in Taiwan",
    # thirty-ninth session: a school in California, by a variant of Northwestern Polytechnical's name
    "Northwestern Polytechnic University": "Northwestern Polytechnic University in Fremont, California",
    "CSIC": "Spain's national research council (Consejo Superior de Investigaciones Científicas)",
    "AMS": "the American Mathematical Society and the American Meteorological Society",
    "CMC": "Claremont McKenna College in the United States",
    "SCU": "Soochow University in Taiwan and Santa Clara University in the United States",
    "NTU": "National Taiwan University, Nanyang Technological University and Nottingham Trent University",
    # forty-first session: a university in Boston that partner lists abroad name far more often
    "Northeastern University": "Northeastern University in Boston, United States",
    # forty-second session: bodies the registry now knows, by names ministries and schools abroad bear
    "Ministry of Science and Technology": "the science ministries of Taiwan, Vietnam, Pakistan, Bangladesh and others",
    "GSD": "Harvard University's Graduate School of Design",
    # forty-third session: the State Council's bodies the registry now knows, by the bare names of
    # ministries of many governments
    "Ministry of Foreign Affairs": "the foreign ministries of most governments",
    "Ministry of Justice": "the justice ministries of most governments",
    "Ministry of Finance": "the finance ministries of most governments",
    "Ministry of Transport": "the transport ministries of Singapore, Malaysia, New Zealand and others",
    "Ministry of Commerce": "the commerce ministries of India, Thailand, Saudi Arabia and others",
    "Ministry of Civil Affairs": "the civil affairs ministries of Mongolia and others",
    "Ministry of Water Resources": "the water ministries of India, Egypt, Iraq and others",
    "Ministry of Culture and Tourism": "the culture and tourism ministries of Turkey, Azerbaijan and others",
    "Ministry of Veterans Affairs": "Ukraine's and others' veterans ministries",
}

#: Short forms a tracker body shares with another Chinese body the graph may not hold, with whose
#: they also are: alone, such a row is at most a possible match, whatever its country.
SHORT_FORMS_SHARED: dict[str, str] = {
    "CAST": "the China Association for Science and Technology",
}

#: Words that say a name is a body's of its own, wherever they stand in it ("Bank of China",
#: "Macau University of Science and Technology"): after a comma, such a name is the body a part
#: before it belongs to.
BODY_KINDS: frozenset[str] = frozenset(
    {
        "university",
        "college",
        "academy",
        "institute",
        "polytechnic",
        "bank",
        "corporation",
        "company",
        "group",
        "hospital",
        "society",
        "foundation",
        "association",
        "base",
        "agency",
        "ministry",
    }
)

#: Words of a body that other bodies are parts of, and never itself a part of one named after it
#: ("X University, Y Institute" is the university's institute, not the institute's university).
TOP_BODY_KINDS: frozenset[str] = frozenset(
    {"university", "polytechnic", "corporation", "company", "group", "bank", "ministry", "agency"}
)

#: Words that begin the name of a part of an institution ("School of Automation, X University").
UNIT_HEADS: frozenset[str] = frozenset(
    {"school", "college", "department", "faculty", "institute", "laboratory", "centre", "division", "key", "state"}
)

#: The ordinals written as words in names of numbered units ("Fifth Academy"), first to twentieth.
ORDINALS: tuple[str, ...] = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
)

#: Words of a direction: each names another body ("Southwestern", "Northeastern" and
#: "Northwestern Polytechnical University" are three; "Southeastern University" is not Southeast
#: University), so none is ever read as a misspelling of another.
COMPASS: frozenset[str] = frozenset(
    f"{part}{end}"
    for part in ("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest")
    for end in ("", "ern", "erly", "ward")
) | frozenset({"central", "centre", "center", "middle", "mid", "midwest", "midwestern"})

#: Common words of institution names that are not in every graph: a word here is never read as a
#: misspelling of another ("Normal" is not a typo of "Formal"; "Medical" not of "Radical").
KNOWN_WORDS: frozenset[str] = frozenset(
    {
        # ordinals name different bodies: the Sixth Academy is not a misspelt Fifth
        *ORDINALS,
        "normal",
        "medical",
        "medicine",
        "pharmaceutical",
        "forestry",
        "agricultural",
        "agriculture",
        "finance",
        "financial",
        "economics",
        "economic",
        "business",
        "commerce",
        "foreign",
        "languages",
        "language",
        "studies",
        "international",
        "art",
        "arts",
        "fine",
        "music",
        "conservatory",
        "sport",
        "sports",
        "physical",
        "education",
        "teachers",
        "petroleum",
        "mining",
        "geosciences",
        "geology",
        "ocean",
        "oceanography",
        "maritime",
        "marine",
        "traffic",
        "transport",
        "transportation",
        "jiaotong",
        "posts",
        "telecommunications",
        "communication",
        "communications",
        "electric",
        "electrical",
        "power",
        "water",
        "resources",
        "nationalities",
        "minzu",
        "political",
        "law",
        "politics",
        "media",
        "film",
        "drama",
        "theatre",
        "dance",
        "chemical",
        "chemistry",
        "textile",
        "textiles",
        "architecture",
        "civil",
        "aviation",
        "nursing",
        "health",
        "tropical",
        # a direction names another body: Southwestern is not a misspelt Northwestern
        *COMPASS,
        "open",
        "radio",
        "television",
        "light",
        "heavy",
        "metallurgy",
        "steel",
        "capital",
        "renmin",
        "jinan",
        "yanbian",
        "shihezi",
        "tsinghua",
        "nankai",
        "tongji",
        "fudan",
        "zhongshan",
        "sun",
        "yat",
        "sen",
    }
)

#: The words a visitors' log, a diary or a register writes beside a date and before a name
#: ("Meeting 2019-05-07: delegation from ...", "..., registered 1999-06-29", "visit on ..."):
#: beside a date or before "from", "by", "with", "to", "at" or a label's colon at a name's start
#: ("Lunch with", "Site visit:", "Date:"), no part of the name (since the forty-third session).
#: Lower case; no word a body's name is made of, or only ever away from a date and a name's start
#: ("National Time Service Center" keeps its "Time").
LOG_WORDS: frozenset[str] = frozenset(
    {
        "meeting",
        "meetings",
        "met",
        "visit",
        "visits",
        "visited",
        "visitor",
        "visitors",
        "delegation",
        "delegations",
        "call",
        "calls",
        "videoconference",
        "teleconference",
        "lunch",
        "luncheon",
        "dinner",
        "breakfast",
        "reception",
        "site",
        "follow-up",
        "followup",
        "time",
        "trip",
        "registered",
        "registration",
        "signed",
        "signing",
        "renewed",
        "expires",
        "expired",
        "expiry",
        "dated",
        "date",
        "updated",
        "received",
        "hosted",
        # a meeting's nouns no body's name holds (forty-fourth session: "Workshop with ...")
        "workshop",
        "workshops",
        "seminar",
        "seminars",
        "webinar",
        "webinars",
        "roundtable",
        "talks",
        "briefing",
        "tour",
        "interview",
        "welcomed",
        "mou",
        "moa",
        "on",
        "since",
        "until",
    }
)

#: The words before a log's lead-in's preposition at a name's start that are not LOG_WORDS: how a
#: meeting was held ("Courtesy call on", "Video call with", "Joint seminar with", "Paid a visit
#: to"), and meetings' nouns bodies' names hold ("Conference call with", "Technical exchange with":
#: the Chinese People's Political Consultative Conference keeps its word beside a date). Read only
#: before a log's word and a preposition, at the name's start (since the forty-fourth session).
LEAD_IN_WORDS: frozenset[str] = frozenset(
    {
        "courtesy",
        "video",
        "phone",
        "telephone",
        "zoom",
        "teams",
        "skype",
        "wechat",
        "online",
        "virtual",
        "joint",
        "working",
        "official",
        "technical",
        "introductory",
        "bilateral",
        "informal",
        "visiting",
        "conference",
        "exchange",
        "exchanges",
        "discussion",
        "discussions",
        "consultation",
        "consultations",
        "session",
        "paid",
        "held",
        "attended",
    }
)

#: The words of a street address ("37 Daoyi South Avenue", "Room 301", "P.O. Box 123", "Zheda
#: Lu"): a segment with one of them and a number, or ending with one of the English ones, is an
#: address, set aside as a place is (since the forty-third session).
STREET_WORDS: frozenset[str] = frozenset(
    {
        "road",
        "rd",
        "street",
        "st",
        "avenue",
        "ave",
        "boulevard",
        "blvd",
        "lane",
        "highway",
        "lu",
        "jie",
        "dajie",
        "dadao",
        "hutong",
        "room",
        "rm",
        "building",
        "bldg",
        "floor",
        "suite",
        "box",
    }
)
#: Those of STREET_WORDS a street's name ends with in English: an address without a number
#: ("Xueyuan Road"); the pinyin ones are surnames and given names too (Lu, Jie), so with a number only.
STREET_ENDINGS: frozenset[str] = frozenset({"road", "rd", "street", "avenue", "ave", "boulevard", "blvd", "lane"})
