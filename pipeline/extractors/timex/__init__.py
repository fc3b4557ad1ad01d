"""Patterns of the Japanese temporal tagger, one module per kind of expression (ja-timex style).

``absdate`` absolute dates (Gregorian, era, numeric, Western, Russian), ``reldate``
relative words (同日, 昨年, 来週の月曜日, 今夏), ``duration`` lengths (4年半ぶり, 3カ月),
``clock`` times of day, ``ranges`` span patterns and the joins (A から B, date + time,
day + weekday, 今日から2日後), ``modifiers`` the words around a mention (約, 以上, にかけて),
``resolve`` the values in context.  ``extractors.dates.find_dates`` runs them in order.
"""
