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
        ("\u3000\u3000\n\u3000".encode(), "only whitespace"),  # ideographic spaces: bytes.strip misses them
        (codecs.BOM_UTF8, "only whitespace"),
        (codecs.BOM_UTF16_LE + " \u200b\n".encode("utf-16-le"), "only whitespace"),
        ("\u3000".encode("cp932") + b"\x81", "not valid"),
        (bytes(range(1, 32)) * 3, "control codes"),
        (b"%PDF-1.7\n%\xe2\xe3", "PDF"),
        (b"\x7fELF\x02\x01", "executable"),
    ],
)
def test_bad_bytes_are_refused_with_a_reason(data, message):
    with pytest.raises(DecodeError, match=message):
        decode_bytes(data)


def test_a_few_stray_control_codes_pass():
    """Form feeds and a stray SUB from old tools are text, not binary."""
    data = ("\f" + SAMPLE + "\x1a").encode("utf-8")
    assert decode_bytes(data).text == "\f" + SAMPLE + "\x1a"


def test_iso_2022_jp_needs_its_escapes():
    """7-bit data without JIS escapes is plain ASCII/UTF-8, not ISO-2022-JP."""
    assert decode_bytes(b"Article 4 of the treaty").encoding == "utf-8"
    assert decode_bytes("第4条".encode("iso2022_jp")).encoding == "iso-2022-jp"
