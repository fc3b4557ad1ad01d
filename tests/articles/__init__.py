"""Article-reference and instrument tests, grouped by behaviour.

Sources of the convention rows (all quoted in tests/gold/heldout*/SOURCES.md or tests/gold/sources_articles.md):
学校教育法 附則 and 国際受刑者移送法 附則 as law sites print them (iuris.jp, jplaws.app),
罰金等臨時措置法 附則 (iuris.jp),
肉用子牛生産安定等特別措置法 (elaws.jp), the NTT 特別措置法施行令 (昭和62年政令第291号), 栗田隆 民事訴訟法特論講義,
Wikibooks 「日本国憲法第14条」, TKC 判例 summaries, a 最高裁 judgment, Wikipedia
「関税及び貿易に関する一般協定」 and
領事関係に関するウィーン条約 第七十六条, anpo.biz 「日米安全保障条約第5条」, 法令違憲判決の一覧 (uys-lo.hateblo.jp);
商法266条ノ3 summaries (https://ittax.jimdofree.com/2016/07/14/取締役の任務懈怠/, 最高裁昭和44年11月26日判決 at
https://hanrei.japanlaw.net/a/871/051871, 中村康江「取締役の第三者に対する責任」 at happylibus.com/doc/773393),
日米地位協定 (沖縄弁護士会 会長声明 https://okiben.org/resolution/16707,
https://www.mofa.go.jp/mofaj/area/usa/sfa/rem_keiji_01.html). The 同法施行令, GDPR and 合衆国法典 lines are short
constructed citations in the usual forms.
"""
