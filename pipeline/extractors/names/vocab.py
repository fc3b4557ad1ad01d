"""Shared vocabulary of the name rules: character classes, the title lexicon, candidates and token views.

Every rule family (``names.titles``, ``names.offices``, ``names.bodies``, ...) builds its regexes from these
pieces so that one title word or one head word is listed once: the katakana and kanji name shapes, readings in
parentheses (``金正恩(キム・ジョンウン)``), the offices that follow a name (``OFFICE_TITLE``, ``WHOLE_TITLE``),
the heads of bodies and places, the ``Candidate`` a rule proposes, the ``Tokens`` view of a UniDic-tagged document and
``SpanIndex`` for fast overlap tests.  It imports no other ``names`` rule module.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from spacy.attrs import IDX, LENGTH, TAG

from pipeline.extractors.names.gazetteer import CHINESE_SURNAMES, KOREAN_SURNAMES, Gazetteer

KANJI = "\u3400-\u4dbf\u4e00-\u9fff々〆ヶ"
KATA = "ァ-ヺー"
LETTERS = "A-Za-zÀ-ÿĀ-žА-Яа-яЁё"  # Latin-1 and Latin Extended-A (Vučić, Lajčák, Łukasz)

# A katakana foreign name, parts joined by ・ or = (キム・ジョンウン, ウラジーミル・プーチン).
KATA_NAME = rf"[{KATA}]{{2,}}(?:[・=][{KATA}]{{2,}})*"
# A kanji name starts after a non-kanji (or after 故 "the late", which after_late strips).
KANJI_START = rf"(?<![{KANJI}])"
# A Chinese-character name of one to four characters (金, 趙兌烈, 上川陽子); lazy so the title gets the rest.
KANJI_NAME = rf"[{KANJI}]{{1,4}}?"
# One reading or romanisation: キム・ジョンウン, Vladimir Putin, Путин.
_ONE_READING = rf"(?:[{KATA}・= ]+|[{LETTERS}][{LETTERS} .'\-]*)"
# A reading or romanisation right after a name, or several: (キム・ジョンウン、Kim Jong-Un).
READING_PARENS = rf"\((?P<reading>{_ONE_READING}(?:[、,] ?{_ONE_READING})*)\)"
# Offices that follow a name; longest first so 国務委員長 wins over 委員長.
_TITLE_WORDS = """
大統領 副大統領 首相 副首相 外相 国防相 防衛相 財務相 経済相 外務大臣
防衛大臣 総理大臣 大臣 国務長官 国防長官 官房長官 長官 国務委員長 委員長 副委員長
総書記 書記長 第1書記 第一書記 国家主席 主席 首席 議長 副議長 総理 総裁
総統 大使 報道官 次官 補佐官 司令官 委員 外務次官 第1外務次官 党首
知事 市長 国王 女王 外交部長 部長 局長 元帥 議員 教授
特使 政権 氏 記者 大公 皇太子 王子 事務局長 事務総長 総長 欧州委員 欧州委員長 常任議長 町長 村長 区長
審議官 財務官 交渉官 参事官 政務官 副長官 室長 次官補 国務次官補 上級代表
幹事長 新政権 新内閣 総務会長 政調会長 参院会長 参議院会長 県連会長 都連会長 府連会長 道連会長
総司令官 参謀総長 院内代表 最高委員
将軍 大将 中将 少将 准将 大佐 中佐 少佐 大尉 中尉 少尉
准教授 客員教授 特任教授 名誉教授 学芸員 研究主幹
投手 捕手 内野手 外野手
"""
TITLE_HEADS = sorted(_TITLE_WORDS.split(), key=len, reverse=True)
# A body named inside a title (外交部長官, 国務委員会委員長).
_TITLE_BODIES = (
    "朝鮮労働党|下院|上院|最高人民会議常任|最高人民会議|欧州理事会|外交部|国防部|統一部|国務委員会|国務院|外務省|国防省|労働党|"
    "党中央委員会|中央委員会|国務|副|第1副|外務|財務|官房|事務|防衛|経済|"
    "農水|経産|国交|総務|法務|文科|厚労|環境|内閣|"  # ministries' short forms (農水審議官, 国交審議官)
    "国対|選対|政調|参院|参議院|衆院|衆議院|"  # a party's Diet committees and house groups (国対委員長, 参院幹事長)
    "県連|都連|府連|道連|"  # a party's prefectural federation (友田県連幹事長)
    "駐(?:米国|米|韓国|韓|中国|中|日本|日|英|仏|独|露|ロ|豪|印)(?:米国|米|韓国|韓|中国|中|英|仏|独|露|ロ|豪|印)?"
    # an ambassador's post, with the sending state after the host (駐日大使, 駐日米国大使)
)
# A second office that makes a compound title: 大統領補佐官, 首相特使; or an acting holder (国防長官代行, 首相代理).
_TITLE_TAIL = "首席補佐官|補佐官|報道官|特使|夫人|殿下|陛下|代行|代理"
COUNTRY_PREFIX = "米国|米|英|仏|独|中国|中|韓国|韓|露|ロ|ロシア|朝|北朝鮮|日本|日|豪|印"
TITLE_HEAD = rf"(?:{'|'.join(TITLE_HEADS)})"
# An office: the party for short (金与正党副部長), up to two bodies (朝鮮労働党総務部長), a deputy (朝鮮労働党副部長),
# the head, a second office (大統領補佐官), or a second head after 兼 "and also" (国務委員兼外相).
OFFICE_TITLE = (
    rf"(?P<title>(?:前|元|現|次期|故|暫定)?党?(?:{_TITLE_BODIES}){{0,2}}(?:副|第1副)?{TITLE_HEAD}"
    rf"(?:{_TITLE_TAIL})?(?:兼(?:{_TITLE_BODIES})?{TITLE_HEAD})?)"
)
# Name + optional reading + optional country + title, anchored so a name never starts inside a word.
# An administration's ordinal may stand right before the name (第二次安倍政権); a numbered cabinet (第1次橋本内閣)
# is one body's name, as the Stockmark Wikipedia annotation has it, and is left to the model.
AFTER_ADMIN_ORDINAL = rf"(?<=第[0-9一二三四五六七八九十]次)(?=[{KANJI}]{{1,4}}政権)"
# Bodies named by a country or place and an organisational head (ロシア外務省, 朝鮮中央通信, 日本経済新聞).
ORG_HEADS = (
    "外務省|国防省|国務省|外交部|国防部|統一部|大統領府|政府|連邦政府|議会|連邦議会|中央銀行|大使館|軍|人民軍|"
    "労働党|共産党|中央通信|通信社|通信|経済新聞|新聞社|新聞|研究所|研究院|大学|銀行|協会|財団|機構|委員会|"
    # councils, leagues, unions and bar associations (外交問題評議会, 国家安全保障国防会議, 北方領土復帰期成同盟,
    # 福岡県弁護士会), a standing
    # conference (最高人民会議常設会議, the DPRK assembly's standing body until 1998)
    "評議会|協議会|国防会議|常設会議|連盟|同盟|弁護士会|"
    # government councils (規制改革推進会議, 拉致対策本部) and centres (三多摩平和運動センター)
    "推進会議|諮問会議|戦略会議|安全保障会議|対策本部|審議会|センター|"
    # courts, immigration bureaus and a committee's research office (東京地方裁判所, 名古屋入国管理局,
    # 外交防衛委員会調査室), publishers in reference lists (筑摩書房, 岩波書店, 朝日新聞出版)
    "地方裁判所|高等裁判所|家庭裁判所|簡易裁判所|裁判所|入国管理局|調査室|書房|書店|出版|"
    # a state's chambers and cabinet office (ロシア連邦下院, 日本国内閣府), a paper's Japanese edition
    # (中央日報日本語版)
    "下院|上院|内閣府|日本語版"
)
# Facilities and regions: 錦繍山迎賓館, ボストチヌイ宇宙基地, ロシア極東, 朝鮮半島.
PLACE_HEADS = "宇宙基地|空軍基地|海軍基地|基地|空港|迎賓館|宮殿|広場|半島|海峡|諸島|極東|東部|西部|南部|北部|地方|州"
# Heads that name a region of a known place only (ロシア極東, ロシア東部; not 沿海東部).
REGIONAL_HEADS = ("極東", "東部", "西部", "南部", "北部", "地方", "州")
# A compass part of a place (北部, 北東部, 中西部, 中部): after a country or a continent the place alone is the
# mention (オーストラリア北部, アフリカ中西部; heldout15, heldout24).
COMPASS = r"(?:中?(?:北東|北西|南東|南西|北|南|東|西)|中)部"
# Listed places that are no state but take a compass part the same way: the continents and world regions.
CONTINENTS = frozenset({"アフリカ", "アジア", "ヨーロッパ", "欧州", "南米", "北米", "中南米", "中東", "オセアニア"})
# Words that can precede a title but are not names (同氏, 両首脳, 各国外相, 与党代表).
NOT_NAMES = set("同両各本当前元現新旧故副次諸全我自他敵与野貴彼某")
_NOT_NAME_WORDS = {
    "首脳",
    "外交",
    "政府",
    "国家",
    "党",
    "国連",
    "委員会",
    "総会",
    "会談",
    "代表",
    "国務",
    "国防",
    "外務",
    "国連安保理",
}


@dataclass
class Candidate:
    start: int
    end: int
    type: str
    rule: str
    canonical: str | None = None
    title: str | None = None
    aliases: list[str] = field(default_factory=list)
    abbreviation: bool = False
    weak: bool = False  # kept only if it links to a longer name in the document


# Common nouns that follow a place without making a name (中東情勢, 日本防衛, 日本安全保障戦略): the place is
# the mention, as a country before 政府高官 or 側.  Not 軍: the Wikipedia gold (Stockmark) has ロシア軍 as one body.
NOUN_AFTER_PLACE = re.compile(r"(?:情勢|防衛|安全保障戦略|安全保障|諸国|メディア)")


# Spaces inside a kanji name (中内 康夫, letter-spaced 長 友 昭): layout, not part of the name.
KANJI_SPACES = re.compile(rf"(?<=[{KANJI}])[ \u3000]+(?=[{KANJI}])")


@dataclass(frozen=True)
class Tokens:
    """Offsets and UniDic tags of every token, read once: iterating a Doc builds a Token object per
    token, which on a long document costs more than all the rules together."""

    starts: list[int]
    ends: list[int]
    tags: list[str]
    start_set: frozenset[int]
    end_set: frozenset[int]

    @classmethod
    def of(cls, doc) -> Tokens:
        array = doc.to_array([IDX, LENGTH, TAG])
        strings = doc.vocab.strings
        names = {int(h): strings[int(h)] for h in set(array[:, 2].tolist())}
        starts = array[:, 0].tolist()
        ends = (array[:, 0] + array[:, 1]).tolist()
        tags = [names[h] for h in array[:, 2].tolist()]
        return cls(starts, ends, tags, frozenset(starts), frozenset(ends))

    def covering(self, start: int, end: int) -> range:
        """Indices of the tokens that overlap [start, end)."""
        return range(bisect_right(self.ends, start), bisect_left(self.starts, end))


Spans = list[tuple[int, int]]


def after_late(text: str, start: int, end: int) -> tuple[int, int]:
    """故金正日 names 金正日: the prefix "late" is not part of the name."""
    return (start + 1, end) if text[start] == "故" and end - start > 2 else (start, end)


def is_person_name(name: str, gaz: Gazetteer) -> bool:
    """A string before a title that can be a person's name (not 同, 両国, 日本, 国連...)."""
    if name[0] in NOT_NAMES or name in _NOT_NAME_WORDS or gaz.lookup(name) or name.endswith("両"):
        return False
    if all(letter in gaz.abbreviations for letter in name):  # 韓米日外相: countries, not a person
        return False
    return not name.endswith(NOT_NAME_ENDS)


# Last characters of a body or a place, never of a person's name (韓国, 外務省, 石川県 + 知事).
NOT_NAME_ENDS = tuple("国省党府院会軍庁局部側間県都市町村区州郡")


def reading_aliases(match: re.Match) -> list[str]:
    """The readings a ``READING_PARENS`` match gives, split at 、 or , ((キム・ジョンウン、Kim Jong-Un) -> two)."""
    reading = match.group("reading")
    return [part.strip() for part in re.split(r"[、,]", reading) if part.strip()] if reading else []


TITLE_HEAD_SET = frozenset(TITLE_HEADS)
HAN_SURNAMES = KOREAN_SURNAMES | CHINESE_SURNAMES
# Tokens that make the word before them a place, not a surname (石川|県|知事, 大阪|市|長).
PLACE_SUFFIX_TOKENS = frozenset("県都府市町村区州郡島道")
# ... or a body (大蔵|省|証券局長, 日銀|総裁 is caught by the gazetteer).
BODY_SUFFIX_TOKENS = frozenset("省庁党院社局部署課団軍会家")


# The head of a place's own government (広島知事, ロンドン市長): the office names the place before it.
HEAD_OF_PLACE = frozenset({"知事", "市長", "町長", "村長", "区長"})
# Marks of time before an office (前知事, 元大使, 次期市長), stripped before the office is compared.
TIME_MARKS = "前元現次期故"


# A whole title of the lexicon (首相, 元首相, 第1外務次官, 外務大臣, 経済局長).
WHOLE_TITLE = re.compile(OFFICE_TITLE)
NAME_CHAR = re.compile(rf"[{KANJI}{KATA}]")
KANJI_WORD = re.compile(rf"[{KANJI}]{{1,3}}")


def known_prefix(words: str, gaz: Gazetteer) -> str | None:
    """The longest start of ``words`` that the gazetteer knows (主要20か国 of 主要20か国の外相会談)."""
    return next((words[:n] for n in range(len(words), 1, -1) if gaz.lookup(words[:n])), None)


def whole_word(text: str, start: int, end: int) -> bool:
    """The span is not part of a longer kanji or katakana run."""
    script = KANJI if re.match(rf"[{KANJI}]", text[start]) else KATA
    before = start > 0 and re.match(rf"[{script}]", text[start - 1])
    after = end < len(text) and re.match(rf"[{script}]", text[end])
    return not before and not after


class SpanIndex:
    """Spans sorted by start, to ask "is [start, end) inside a longer one" without scanning them all."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [start for start, _ in self.spans]
        self.longest = max((end - start for start, end in self.spans), default=0)

    def contains_longer(self, start: int, end: int) -> bool:
        lo, hi = bisect_left(self.starts, start - self.longest), bisect_right(self.starts, start)
        return any(end <= e and end - start < e - s for s, e in self.spans[lo:hi])

    def crosses(self, start: int, end: int) -> bool:
        """Some span overlaps [start, end) without one holding the other (国連邦アブダビ across
        アラブ首長国連邦): a span cut at the wrong place."""
        lo, hi = bisect_left(self.starts, start - self.longest), bisect_left(self.starts, end)
        return any(start < e and (s < start < e < end or start < s < end < e) for s, e in self.spans[lo:hi])

    def overlaps(self, start: int, end: int) -> bool:
        lo, hi = bisect_left(self.starts, start - self.longest), bisect_left(self.starts, end)
        return any(start < e for _, e in self.spans[lo:hi])
