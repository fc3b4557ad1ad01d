"""Real texts and source URLs cited by more than one module of the date tests."""

DAILYSUNNY = (
    "ロシア外務省は28日、極東での退役原子力潜水艦解体などを日本が支援するために1993年に締結された日ロ政府間の"
    "非核化協力に関する協定の履行停止を今月21日に日本側に通告したと発表した。\n"
    "ウクライナ侵攻を巡る日米欧との対立を背景にロシアのミシュスチン首相が今月7日、履行停止の政令に署名していた。\n"
    "ロシア外務省は、日本の対ロ制裁や極東での軍事活動強化を挙げ「国の安全保障に関わる問題で非友好国との協力継続は"
    "不可能だ」と説明。協定は履行停止の通告から半年後の来年5月に正式に破棄されるとしている。"
)


DIAMOND_START = (
    "ロシアのウラジーミル・プーチン大統領は21日、米ロ間の核競争を制限する最後の主要な協定である「新戦略兵器削減条約"
    "(新START)」の履行を停止すると表明した。プーチン氏は21日の「年次教書演説」で、「特別軍事作戦」と呼ぶウクライナ"
    "侵攻を西側が誘発したとあらためて非難した。ジョー・バイデン米大統領は前日にウクライナの首都キーウ(キエフ)を訪問し、"
    "同国への支援継続を表明した。"
)


NHK_ARCHIVE = (
    "https://archive.org/download/wiki-summersea2010.wikispaces.com/summersea2010.wikispaces.com.zip:"
    "/tmp/tarfile_extract_wrn74gqn/files/27hageshiiame.html"
)


MAINICHI_RANKING = "https://mainichi.jp/articles/20200617/k00/00m/010/185000c (ranking box, crawled 2020-09-30)"


KANPO = "http://www.kantei.go.jp/jp/kanpo-shiryo/990414/siry0414.htm (pattern, constructed)"
