"""End notes of plain texts in every label style (issue #6): ``(1)``/``（1）``, ``1)``, ``[1]``, ``注1``/``(注1)``,
``*1``/``※1``, each found only when body markers of the same style stand in order, and each marker linked.

The notes and most body sentences are quoted from the pages cited per case (style guides and pages that use
the style); where a page shows the note but not the sentence it annotates, the body line restates the page's
own text with the marker where the page says it goes (``……3),……4).``; ``…である注1。``).
"""

import pytest

from pipeline.text.layout import note_marker_pattern, repair_layout

# (case, raw plain text, label style, note numbers, repaired body, first note's text)
FOUND = [
    (
        # 日本社会学会『社会学評論』執筆要項, https://jss-sociology.org/bulletin/guide/annotation/ : notes ``　1)　…``
        # after a ``[注]`` line, markers ``……3),`` before punctuation
        "close_jss",
        "在日韓国・朝鮮人の国籍については,1984年の国籍法改正が意味をもつ1).\n"
        "在日韓国・朝鮮人は約70万人と言われている2).\n"
        "[注]\n"
        "\u30001)\u30001984年5月25日改正の「国籍法」の第14条には,「国籍の選択」としてつぎのように規定されている.(以下略)\n"
        "\u30002)\u3000在日韓国・朝鮮人は,通常,約70万人と言われているが,この数字のあげ方には明確な基準が欠けている.\n",
        "close",
        ["1", "2"],
        [
            "在日韓国・朝鮮人の国籍については,1984年の国籍法改正が意味をもつ.",
            "在日韓国・朝鮮人は約70万人と言われている.",
            "[注]",
        ],
        "1984年5月25日改正の「国籍法」の第14条には,",
    ),
    (
        # 立教大学 増谷研究室「注のつけ方」, http://cgi.rikkyo.ac.jp/~masutani/wiki.cgi?mycmd=diff&mypage=%e6%b3%a8%e3%81%ae%e3%81%a4%e3%81%91%e6%96%b9
        # (note ``(13) 李の批評として…``);
        # 「三六協定(5)」, http://toguchi.lsv.jp/composition/footnote_how-to/footnote_how-to.htm ;
        # note 2: 経済財政白書, http://www5.cao.go.jp/j-j/wp/wp-je06/06-02-042.html
        "paren_ascii",
        "いずれも『紅楼夢』をモチーフにしており、華語世界での評価も高い(1)。このような例においては影響関係は明らかだ。\n"
        "「三六協定(2)」の後を選び、脚注を挿入する。\n"
        "(1) 李の批評として王徳威「原郷神話的追逐者;沈従文、宋澤莱、莫言、李永平」"
        "『中国現代文学新貌』Taipei、学生書局、1990などがある。\n"
        "(2) 詳しくは、宮島英昭・蟻川靖浩(1999)を参照。\n",
        "paren",
        ["1", "2"],
        [
            "いずれも『紅楼夢』をモチーフにしており、華語世界での評価も高い。このような例においては影響関係は明らかだ。",
            "「三六協定」の後を選び、脚注を挿入する。",
        ],
        "李の批評として王徳威",
    ),
    (
        # the same with full-width brackets (as typed in Japanese word processors)
        "paren_wide",
        "いずれも『紅楼夢』をモチーフにしており、華語世界での評価も高い（1）。\n"
        "「三六協定（2）」の後を選び、脚注を挿入する。\n"
        "（1）李の批評として王徳威『中国現代文学新貌』Taipei、学生書局、1990などがある。\n"
        "（2）詳しくは、宮島英昭・蟻川靖浩(1999)を参照。\n",
        "paren",
        ["1", "2"],
        [
            "いずれも『紅楼夢』をモチーフにしており、華語世界での評価も高い。",
            "「三六協定」の後を選び、脚注を挿入する。",
        ],
        "李の批評として王徳威",
    ),
    (
        # 「注釈の付け方」, http://www7a.biglobe.ne.jp/~nifongo/ron/ron_10.html : markers ``…である注1。`` and ``(注1)``
        "chu",
        "注釈は必要に応じて付けるものである注1。\n"
        "哲学者カントの研究論文で、カントの生没年などは普通記さない（注2）。\n"
        "注1 本文の内容に関する補足的な説明や議論を記すのが注釈である。\n"
        "注 2 山内(2001:175)。\n",
        "chu",
        ["1", "2"],
        ["注釈は必要に応じて付けるものである。", "哲学者カントの研究論文で、カントの生没年などは普通記さない。"],
        "本文の内容に関する補足的な説明や議論を記すのが注釈である。",
    ),
    (
        # labels ``(注1)`` as well as markers
        "chu_paren_labels",
        "注釈は必要に応じて付けるものである(注1)。\n"
        "文の末尾に注記号をつければ文全体についての補足を示すことになる(注2)。\n"
        "(注1) 本文の内容に関する補足的な説明や議論を記すのが注釈である。\n"
        "(注2) 山内(2001:175)。\n",
        "chu",
        ["1", "2"],
        ["注釈は必要に応じて付けるものである。", "文の末尾に注記号をつければ文全体についての補足を示すことになる。"],
        "本文の内容に関する補足的な説明や議論を記すのが注釈である。",
    ),
    (
        # はてなダイアリー footnotes, https://hoti-ak.hatenadiary.org/entry/20070617/1182041378 : ``…取り上げる*1``
        "star_hatena",
        "注と備考\n"
        "今回は、様式における備考と注の使い分けについて記載する。\n"
        "当然ではなるが法律・政令には例がないので、省令等の例を取り上げる*1\n"
        "同省令の付録様式3には「備考」がある*2。\n"
        "*1：公職選挙郵便規則(昭和25年郵政省令第4号)。\n"
        "*2：同省令の付録様式1の2には、「注」がある。\n",
        "star",
        ["1", "2"],
        [
            "注と備考",
            "今回は、様式における備考と注の使い分けについて記載する。",
            "当然ではなるが法律・政令には例がないので、省令等の例を取り上げる",
            "同省令の付録様式3には「備考」がある。",
        ],
        "公職選挙郵便規則(昭和25年郵政省令第4号)。",
    ),
    (
        # 「注釈」の付け方, https://proverb-encyclopedia.com/two/chushaku : ``(※1)(※2)``
        "star_kome",
        "注釈を加えたい言葉の横に書く記号を注記号と呼びます（※1）。\n"
        "補足説明を書く場所によって、「脚注」と「後注」があります※2。\n"
        "※1 「※(こめじるし)」を使って(※1)(※2)とする場合もあります。\n"
        "※2 脚注も後注も注記号の書き方は同じです。\n",
        "star",
        ["1", "2"],
        [
            "注釈を加えたい言葉の横に書く記号を注記号と呼びます。",
            "補足説明を書く場所によって、「脚注」と「後注」があります。",
        ],
        "「※(こめじるし)」を使って(※1)(※2)とする場合もあります。",
    ),
    (
        # ウィキペディア「脚注」, https://tr.qa.edu.vn/ja/%E8%84%9A%E6%B3%A8 : markers ``…文をいう[1]``
        "bracket",
        "注(註)とは、言葉の意味、文章の解釈、本文の補足、文献の出典などを明らかにするために付される文をいう[1]。\n"
        "なお、出版物や印刷物の場合、他に挿入注、傍注、頭注、後注などの形式がある[2]。\n"
        "[1] 日本エディタースクール『新編 校正技術〈上巻〉校正概論・編集と製作の知識・縦組の校正編』"
        "日本エディタースクール出版部、1998年、314頁。\n"
        "[2] 同上。\n",
        "bracket",
        ["1", "2"],
        [
            "注(註)とは、言葉の意味、文章の解釈、本文の補足、文献の出典などを明らかにするために付される文をいう。",
            "なお、出版物や印刷物の場合、他に挿入注、傍注、頭注、後注などの形式がある。",
        ],
        "日本エディタースクール『新編 校正技術",
    ),
]


@pytest.mark.parametrize(("case", "raw", "style", "numbers", "body", "first_note"), FOUND, ids=[c[0] for c in FOUND])
def test_styled_end_notes_are_found_and_every_marker_linked(case, raw, style, numbers, body, first_note):
    layout = repair_layout(raw)
    assert layout.kind == "plain"
    assert layout.note_style == style
    assert [note.number for note in layout.notes] == numbers
    assert [note.label.text for note in layout.notes] == numbers  # the label is the number as printed
    assert layout.notes[0].text.text.startswith(first_note)
    # every note has its marker, in order, and the marker is cut from the body
    assert [number for number, _start, _end in layout.markers] == numbers
    assert [p.text for p in layout.paragraphs] == body
    for _number, raw_start, raw_end in layout.markers:
        assert raw[raw_start:raw_end].strip(" ()（）[]注*※") in numbers


# (case, raw plain text): a closing numbered list, statute items or an enumeration, without markers of its style
NOT_NOTES = [
    (
        # 明治学院大学 ハンドブック, http://mswwres.meijigakuin.ac.jp/~ackj/hb/?p=142 : a list of points ends the text
        "list_of_points",
        "本文に書くと流れを悪くし、読者を枝道に迷いこませる内容を切り離し、本文の流れとは別に示したものを「注」あるいは「注釈」という。\n"
        "a.注の2つの役割\n"
        "(1)本文の語句や内容の補足説明:レポートの問題設定や論証からやや離れた関連情報などを示す。\n"
        "(2)出典(引用元)の明示:引用元の情報を明示する。\n",
    ),
    (
        # 脚注の付け方, https://www9.woaifanyi.com/dgb2ko8jU51=d
        "list_of_rules",
        "3.脚注の付け方\n"
        "脚注は、本文からはずれるが、本文を補強するために説明しておく必要があると思われる場合につけます。\n"
        "(1)本文の関連部分の末尾に、縦書きの時には右下に、横書さの時には右上に番号をつける。\n"
        "(2)脚注は、章の終わりか全体の終わりにまとめてつける。\n"
        "(3)引用文の出典の記入法は、必ずしも統一されたルールがあるとはいえません。\n",
    ),
    (
        # 城崎温泉供給条例 第2条, https://www3.city.toyooka.lg.jp/reiki/reiki_honbun/r269RG00000593.html : items （1）…
        "statute_items",
        "(供給の基本)\n"
        "第2条 温泉の供給は、城崎温泉の観光の健全な発展及び公共の福祉の増進に寄与するように行われなければならない。\n"
        "2 温泉は、財産区の区域内において、次の各号に該当する場合に供給するものとする。\n"
        "(1) 財産区営温泉浴場に供給する場合\n"
        "(2) 旅館その他の宿泊施設(旅館業法(昭和23年法律第138号)第2条第1項に規定する下宿営業を行う施設を除く。"
        "以下同じ。)における入浴施設用として供給する場合\n"
        "(3) 財産区及び市が設置した足湯及び飲泉場に供給する場合\n",
    ),
    (
        # 中芸広域連合条例の用字、用語等の整備に関する条例 第3条, https://531696.02c7k.group/reiki/reiki_honbun/u234RG00000176.html
        # with a cross-reference ``第2条(1)`` written the way translated statutes cite an item
        "statute_items_with_item_references",
        "第3条 前条に定めるもののほか、既存の条例等中の表記で整備を必要とするものについては、"
        "第2条(1)及び第2条(2)の例により、"
        "次のように措置するものとする。\n"
        "(1) 句読点の整備を行うこと。\n"
        "(2) 既存の条例等中、各条文に付されている見出しは、内容に即して整備すること。\n",
    ),
    (
        # 明治大学 ゼミ案内「注の付けかた」, http://www.kisc.meiji.ac.jp/~wonomasa/seminar20.htm :
        # an enumeration 1) 2) in running text, then the same points as a closing list
        "enumeration_in_running_text",
        "注の様式としては、1)同一ページに脚注にする、2)節ごとに注をつける、3)章ごとに注をつける、4)全体の通し注にする、"
        "といった方法があります。\n"
        "1) 同一ページに脚注にする\n"
        "2) 節ごとに注をつける\n"
        "3) 章ごとに注をつける\n"
        "4) 全体の通し注にする\n",
    ),
]


@pytest.mark.parametrize(("case", "raw"), NOT_NOTES, ids=[c[0] for c in NOT_NOTES])
def test_numbered_lists_and_statute_items_are_not_notes(case, raw):
    layout = repair_layout(raw)
    assert layout.kind == "plain"
    assert layout.notes == [] and layout.markers == []
    assert [p.text for p in layout.paragraphs] == [line.strip() for line in raw.splitlines() if line.strip()]


# (style, text, the marker of note 1 is found): the plain-text (strict) marker patterns
MARKERS = [
    ("paren", "華語世界での評価も高い(1)。", True),
    ("paren", "第2条(1)及び第2条(2)の例により", False),  # an item of an article, not a marker
    ("paren", "表(1)に示す", False),
    ("close", "意味をもつ1).", True),
    ("close", "注の様式としては、1)同一ページに", False),  # an enumeration label after a comma
    ("bracket", "付される文をいう[1]。", True),
    ("bracket", "[1] 日本エディタースクール", False),  # a label at the line start
    ("chu", "付けるものである注1。", True),
    ("chu", "付けるものである（注1）。", True),
    ("chu", "注12を参照", False),  # note 12, not note 1
    ("star", "省令等の例を取り上げる*1", True),
    ("star", "注記号と呼びます（※1）。", True),
    ("star", "*12を見よ", False),
]


@pytest.mark.parametrize(("style", "text", "found"), MARKERS)
def test_plain_marker_patterns(style, text, found):
    assert bool(note_marker_pattern("1", style, strict=True).search(text)) is found


def test_bare_label_style_still_reads_bare_markers():
    """A text whose notes are labelled ``1`` keeps the bare style (NDL レファレンス協同DB answer, as in test_layout)."""
    raw = "回答は二つある。(1)は法定白書である1。(2)はそれ以外の白書である。\n1 『白書の白書』木鐸社、1997年。\n"
    layout = repair_layout(raw)
    assert layout.note_style == "bare"
    assert [n.number for n in layout.notes] == ["1"]
    assert [m[0] for m in layout.markers] == ["1"]


def test_a_styled_run_needs_its_markers_in_order():
    """Markers of notes 1 and 3 only (2 of 3 < 80%): the closing lines stay body paragraphs."""
    raw = "評価も高い[1]。\n別の文である。\n形式がある[3]。\n[1] 同上。\n[2] 同上。\n[3] 同上。\n"
    assert repair_layout(raw).notes == []


@pytest.mark.parametrize(("case", "raw", "style", "numbers", "body", "first_note"), FOUND, ids=[c[0] for c in FOUND])
def test_ingested_markers_link_to_notes(case, raw, style, numbers, body, first_note):
    """Through ingest: every note has a marker in the body region, in order, placed where the marker was."""
    from pipeline.stages.ingest import build_document

    document = build_document(raw, case, f"{case}.txt")
    assert [note.note for note in document.notes] == numbers
    assert [marker.note for marker in document.markers] == numbers
    body_region = next(r for r in document.regions if r.section == "body")
    starts = [marker.start for marker in document.markers]
    assert starts == sorted(starts) and all(body_region.start < s <= body_region.end for s in starts)
    assert document.text[document.notes[0].start :].startswith(first_note[:10])


def test_a_bare_marker_may_close_a_bracket():
    """Bare-labelled notes keep a marker that stands before the bracket it closes (ウィキペディア
    「欧州連合からのイギリス脱退」, https://ja.wikipedia.org/wiki/欧州連合からのイギリス脱退 : ``…かばん語2)``)."""
    raw = (
        "ブレグジット1(イギリス英語: Brexit、BritainとexitGを合わせたかばん語2)とは、"
        "イギリスが欧州連合から脱退することである。\n"
        "1 英国のEU離脱「ブレグジット」に大きな懸念、ウォール・ストリート・ジャーナル。\n"
        "2 “The UK's EU referendum: All you need to know”. BBC News. 2016年3月24日閲覧。\n"
    )
    layout = repair_layout(raw)
    assert layout.note_style == "bare"
    assert [m[0] for m in layout.markers] == ["1", "2"]
    assert layout.paragraphs[0].text.startswith(
        "ブレグジット(イギリス英語: Brexit、BritainとexitGを合わせたかばん語)とは"
    )
