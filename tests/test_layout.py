"""Layout repair on the PDF text layer: wraps, footnote blocks, markers, rejoined notes."""

from pipeline.text.layout import HEADING, note_marker_pattern, repair_layout
from pipeline.text.normalize import normalize


def _body(text: str) -> list[str]:
    return [normalize(p).text for p in repair_layout(text).paragraphs]


def _notes(text: str) -> dict[str, str]:
    return {n.number: normalize(n.text).text for n in repair_layout(text).notes}


def test_report_is_recognised_as_wrapped_and_news_as_plain(report_text, news_text):
    assert repair_layout(report_text).kind == "wrapped"
    assert repair_layout(news_text).kind == "plain"


def test_body_sentence_is_stitched_across_the_footnote_block(report_text):
    body = "\n".join(_body(report_text))
    assert "経済や科学技術など幅広い分野" in body
    for note_text in ("Ведомости", "最終アクセス日", "interfax", "兵頭慎治"):
        assert note_text not in body


def test_headings_are_their_own_paragraphs(report_text):
    body = _body(report_text)
    for heading in ("1 背景", "2 条約の批准", "3 条約の構成", "(1)軍事援助の規定"):
        assert heading in body


def test_notes_are_cut_out_and_rejoined(report_text):
    notes = _notes(report_text)
    assert sorted(notes) == ["*", "1", "2", "3", "4", "5", "6", "7", "8", "9"]
    assert "https://www.vedomosti.ru/politics/articles/2023/09/14/995088-" in notes["2"]
    assert "стратегическом партнерстве" in notes["5"]  # пар- + тнерстве
    assert "Корейской Народно-Демократической Республикой" in notes["4"]  # Республи- + кой
    assert "Интерфакс, 14.10.2024." in notes["6"]  # a date cut after its dot
    assert "<https://www2.jiia.or.jp/pdf/" in notes["8"]  # "<" + "https…"
    assert notes["7"].endswith("について規定している。")


def test_markers_are_found_in_sequence_and_cut(report_text):
    layout = repair_layout(report_text)
    assert [m[0] for m in layout.markers] == [str(n) for n in range(1, 10)]
    body = "\n".join(normalize(p).text for p in layout.paragraphs)
    assert "国連憲章第51条並びに" in body
    assert "行われた。" in body and "協定」に従い" in body


def test_marker_pattern_skips_quantities():
    pattern = note_marker_pattern("1")
    assert pattern.search("が行われた1。")
    assert not pattern.search("通知すれば1年後に")
    assert not pattern.search("1対1の会談")  # preceded by nothing / a digit
    assert not pattern.search("第 1 条")


def test_heading_pattern():
    for heading in ("1 背景", "（1）軍事援助の規定", "第2章 総則", "おわりに"):
        assert HEADING.match(heading)
    for line in ("9 日に成立した。", "2023 年 9 月 12 日", "12 月の会談"):
        assert not HEADING.match(line)


def test_plain_text_keeps_each_line_a_paragraph(news_text):
    body = _body(news_text)
    assert body[0] == "情勢コーナー"
    assert any(p.startswith("朝鮮中央通信は20日") for p in body)


def test_a_list_label_is_not_a_note_marker():
    """Real plain text with end notes (NDL レファレンス協同DB answer): ``(1)は`` is a list label, not marker 1."""
    from pipeline.text.layout import repair_layout

    raw = "回答は二つある。(1)は法定白書である1。(2)はそれ以外の白書である。\n1 『白書の白書』木鐸社、1997年。\n"
    layout = repair_layout(raw)
    assert [note.number for note in layout.notes] == ["1"]
    assert layout.paragraphs[0].text == "回答は二つある。(1)は法定白書である。(2)はそれ以外の白書である。"


def test_display_width_counts_wide_characters_twice():
    import unicodedata

    from pipeline.text.layout import display_width

    text = "第1条　ロシア連邦ｶﾀｶﾅ（ＡＢＣ）abc—€"
    expected = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    assert display_width(text) == expected == 36
    assert display_width("") == 0
