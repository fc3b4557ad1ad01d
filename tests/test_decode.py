"""Decoding: every Japanese encoding recorded, nothing replaced silently."""

import codecs

import pytest

from pipeline.text.decode import DecodeError, decode_bytes

# Real text: the opening of the news seed, plus CP932's extra characters.
SAMPLE = "金正恩国務委員長は24年ぶりに訪朝したロシアのプーチン大統領と6月19日、平壌で会談した。"
CP932_EXTRAS = "①㈱～"


@pytest.mark.parametrize(
    ("data", "encoding", "text"),
    [
        (SAMPLE.encode("utf-8"), "utf-8", SAMPLE),
        (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "utf-8-sig", SAMPLE),
        (codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"), "utf-16-le", SAMPLE),
        (codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"), "utf-16-be", SAMPLE),
        ((SAMPLE + CP932_EXTRAS).encode("cp932"), "cp932", SAMPLE + CP932_EXTRAS),
        (SAMPLE.encode("euc_jp"), "euc-jp", SAMPLE),
        (SAMPLE.encode("iso2022_jp"), "iso-2022-jp", SAMPLE),
    ],
)
def test_encodings_are_detected_and_recorded(data, encoding, text):
    decoded = decode_bytes(data)
    assert decoded.encoding == encoding
    assert decoded.text == text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n\t \n", "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG"),
        (SAMPLE.encode("utf-8") + b"\x00\x01", "NUL"),
        (SAMPLE.encode("utf-8")[:10] + b"\xff\xfe\xfa" + SAMPLE.encode("utf-8"), "not valid"),
        (codecs.BOM_UTF8 + b"abc\xff", "cannot be decoded"),
    ],
)
def test_bad_bytes_are_refused_with_a_reason(data, message):
    with pytest.raises(DecodeError, match=message):
        decode_bytes(data)
