"""Patterns of the Japanese temporal tagger, one module per kind of expression (ja-timex style).

``absdate`` absolute dates (Gregorian, modern and pre-Meiji eras, numeric, Western,
Russian, holiday names), ``reldate`` relative words (同日, 昨年, 来週の月曜日, 今夏, 4月の
最終月曜日), ``duration`` lengths (4年半ぶり, 3カ月, 4営業日, 9か月以内に), ``clock`` times of
day, ``holidays`` Japanese national holidays and business days, ``ranges`` span patterns
and the joins (A から B, date + time, day + weekday, 今日から2日後), ``modifiers`` the words
around a mention (約, 以上, にかけて), ``resolve`` the values in context.
``extractors.dates.find_dates`` runs them in order.
"""
