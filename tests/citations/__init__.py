"""Citation parser tests, grouped by behaviour: one module per class of notes or rule.

Every row names its source: a public page (URL) found with the search tools, the find_string id of a public GitHub
file whose repository the search tool does not name, or "constructed" (a note written in the style of the page
cited when no real note of the shape was found outside the gold texts). Rows marked "sample" are notes of gold
texts (tests/gold/texts/citations_*, sources in tests/gold/sources_citations.md), kept as regressions; the held-out
texts named in tests/gold/heldout*/SOURCES.md are development data. Where a page's encoding was broken, the readable
part is quoted and the rest restored by hand (said so in the comment).

Short source keys used in row comments (pages corpus, quoted as the pages give them):
  [suffolk]  https://libguides.uos.ac.uk/Historyresources/uos_footnotes_mhra (MHRA bibliography examples)
  [docest]   https://docest.com/doc/638557/the-style-guide-for-graduate-students (`3rd edn, (Cambridge, 1992)`)
  [rmc]      https://moodle.rmc.ca/dcs/DEF080/formats_rubriques/sciences_politiques/sciences_politiques_3.htm
             (French notes: `Paris, Seuil, 1987`, `vol. 31, no 1, mars 2000`)
  [cstjean]  https://guidemethodologie.cstjean.qc.ca/index.php/presentation-d-un-travail/les-notes-de-bas-de-page
             (`s.a.` = no author)
  [sofida]   http://www.sofida.ru/kak-oformit-snosku-na-statyu-pravila-oformleniya-bibliograficheskoi.html (GOST)
  [rukovod]  https://rukovodstvorus.ru/spisok-literatury-rukovodstvo-polzovatelya (GOST with ` – М. : `)
  [rg]       https://rg.ru/documents/2018/11/30/sud-dok.html (a Constitutional Court ruling, `N 43-П`)
  [melodies] http://blog.livedoor.jp/unknownmelodies/archives/52081882.html (weekly magazines by cover date)
  [kujun]    https://air.kujunpopo.com/ (Wikipedia's example `講談社<文庫>`)
  [qurah]    https://qurah.net/review/ashibenobuyoshi001.html (`芦部信喜(高橋和之補訂)『憲法(第7版)』`)
  [peru]     https://peru.libguides.com/chicago_citation/footnotes (Chicago notes: bare locators, `trans.`, `ed.`)
  [turabian] https://www.theeditingco.com/blog/10061/on-editing-footnotes (Turabian: `trans. and ed. by`)
  [exeter], [britannica], [tufs], [hattori], [idest], [ru_misc], [cao]: the held-out texts named in
  tests/gold/heldout/SOURCES.md and tests/gold/heldout4/SOURCES.md (development data).
"""
