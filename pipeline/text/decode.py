"""Bytes to text without silent replacement: detect the encoding or refuse.

Order of evidence: a byte-order mark; ISO-2022-JP escape sequences in 7-bit
data; strict UTF-8; then the legacy Japanese encodings (CP932, EUC-JP), each decoded
strictly.  When more than one legacy encoding decodes cleanly, the choice
among them is charset-normalizer's (its coherence scoring is better than any
hand-written heuristic); it is never asked to consider encodings that failed
the strict decode, so a byte is never replaced.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes


class DecodeError(Exception):
    """The file cannot be read as text; the message says why and what to do."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # the name recorded in the documents table
    codec: str  # codec that re-encodes ``text`` to the file's bytes (after the BOM)
    bom_length: int


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
)
_LEGACY = ("cp932", "euc_jp")
# C0 control codes that no text file uses (tab, newlines, form feed and ESC are excluded);
# a few stray ones pass, a file made mostly of them is binary data that happens to decode.
_BINARY_CONTROLS = frozenset(chr(c) for c in range(32) if chr(c) not in "\t\n\v\f\r\x1b") | {"\x7f"}
# Any one of them (counted in C: a Python step per character was a twentieth of ingest).
_BINARY_CONTROL = re.compile("[" + "".join(re.escape(c) for c in sorted(_BINARY_CONTROLS)) + "]")
_MAX_CONTROL_SHARE = 0.05
# Characters that show nothing and are not whitespace to ``str.strip``: a stray BOM, zero-width spaces.
_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060\u00ad"))
_ESCAPE_JIS = (b"\x1b$B", b"\x1b$@", b"\x1b(J", b"\x1b(B")
# Signatures of common binary formats that are sometimes renamed to .txt.
_BINARY_SIGNATURES = {
    b"\x89PNG": "a PNG image",
    b"%PDF": "a PDF (needs the PDF reader, not the text reader)",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x7fELF": "an executable",
}


def decode_bytes(data: bytes) -> Decoded:
    """Decode a raw file, or raise ``DecodeError`` with an actionable message."""
    if not data.strip():
        raise DecodeError("the file is empty or holds only whitespace; nothing to process")
    for bom, name, codec in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], codec, name, len(bom))
    for signature, what in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise DecodeError(f"the file is {what}, not text; remove it from the raw directory or convert it")
    if b"\x00" in data:
        raise DecodeError(
            "the file contains NUL bytes and no UTF-16 byte-order mark: it is binary or UTF-16 without BOM; "
            "re-save it as UTF-8"
        )
    if data.isascii() and any(seq in data for seq in _ESCAPE_JIS):  # 7-bit JIS is also valid UTF-8
        return _strict(data, "iso2022_jp", "iso-2022-jp", 0)
    try:
        return _checked(Decoded(data.decode("utf-8"), "utf-8", "utf-8", 0))
    except UnicodeDecodeError:
        pass
    candidates = [enc for enc in _LEGACY if _decodes(data, enc)]
    if not candidates:
        raise DecodeError(
            "the bytes are not valid UTF-8, UTF-16 (with BOM), Shift_JIS/CP932, EUC-JP or ISO-2022-JP; "
            "check the file's encoding and re-save it as UTF-8"
        )
    encoding = candidates[0] if len(candidates) == 1 else _best_guess(data, candidates)
    return _checked(Decoded(data.decode(encoding), _display_name(encoding), encoding, 0))


def _strict(data: bytes, codec: str, name: str, bom_length: int) -> Decoded:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"the file starts like {name} but byte {exc.start + bom_length} cannot be decoded ({exc.reason}); "
            "the file is damaged or mixes encodings"
        ) from exc
    return _checked(Decoded(text, name, codec, bom_length))


def is_blank(text: str) -> bool:
    """Only whitespace (U+3000 and the other Unicode spaces too) and invisible format characters."""
    return not text.translate(_INVISIBLE).strip()


def _checked(decoded: Decoded) -> Decoded:
    """Refuse text that decoded but is no document: only (Unicode) whitespace, or mostly control codes."""
    text = decoded.text
    if is_blank(text):
        raise DecodeError(f"the file holds only whitespace once decoded as {decoded.encoding}; nothing to process")
    controls = len(_BINARY_CONTROL.findall(text))
    if controls > _MAX_CONTROL_SHARE * len(text):
        raise DecodeError(
            f"{controls} of {len(text)} characters are control codes: the file is binary, not text; "
            "remove it from the raw directory or convert it"
        )
    return decoded


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _best_guess(data: bytes, candidates: list[str]) -> str:
    """Let charset-normalizer rank encodings that all decode strictly."""
    best = from_bytes(data, cp_isolation=candidates).best()
    if best is not None and best.encoding in candidates:
        return best.encoding
    return candidates[0]


def _display_name(codec: str) -> str:
    return {"cp932": "cp932", "euc_jp": "euc-jp", "iso2022_jp": "iso-2022-jp"}.get(codec, codec)
