"""Which encoding a text file is in: the byte-order mark if it has one, else UTF-8 if it
decodes, else Windows-1253 or Windows-1252, whichever reads as plausible Greek or French
(Excel's "CSV" in Greece and in France)."""

from __future__ import annotations

import codecs
import re

from desktop_sms.core.contact_import.errors import Fault, ImportRefused

# What the GUI offers; any codec Python knows may be given.
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16-le", "utf-16-be", "cp1253", "cp1252")

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"))
_CONTROL_BYTES = bytes(c for c in range(32) if c not in (9, 10, 13))
_SAMPLE = 1 << 16  # the guess reads the first 64 KiB: a sheet is the same all through
# A whole word of Greek letters (accented ones included).
_GREEK_WORD = re.compile(r"(?<![^\W\d_])[\u0370-\u03ff\u1f00-\u1fff]+(?![^\W\d_])")
# A whole word of Latin letters with at least one accented (U+00C0-U+024F, × and ÷ aside)
# after a plain one: 'Hélène', 'François', 'Müller'.
_WESTERN_WORD = re.compile(
    r"(?<![^\W\d_])[A-Za-z]+[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f][A-Za-z\u00c0-\u00d6"
    r"\u00d8-\u00f6\u00f8-\u024f]*(?![^\W\d_])")


def detect(data: bytes) -> str:
    """The codec ``data`` is most likely in; ImportRefused(BAD_ENCODING) if none fits."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    unmarked = _utf16_without_bom(data[:_SAMPLE])
    if unmarked:
        return unmarked
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    fitting = [name for name in ("cp1253", "cp1252") if _decodes(data, name)]
    if not fitting:
        # Bytes no text has (NUL and other controls) say it is no text file at all.
        sample = data[:_SAMPLE]
        binary = sum(sample.count(bytes([c])) for c in _CONTROL_BYTES) > len(sample) // 100
        raise ImportRefused(Fault.NOT_CONTACTS if binary else Fault.BAD_ENCODING, encoding="")
    if len(fitting) == 1:
        return fitting[0]
    return "cp1253" if greek_likelier(data[:_SAMPLE]) else "cp1252"


def decode(data: bytes, encoding: str, *, partial: bool = False) -> str:
    """The text, without its byte-order mark; ImportRefused(BAD_ENCODING) if it does not
    decode (or the encoding is unknown, or no text encoding). ``partial``: ``data`` is the
    file's beginning, which may end inside a character."""
    try:
        if not codecs.lookup(encoding)._is_text_encoding:  # rot13, hex, zlib: no text
            raise LookupError(encoding)
        text = codecs.getincrementaldecoder(encoding)().decode(data, final=not partial)
    except (ValueError, LookupError):  # UnicodeError too ('UTF-16 stream does not start
        # with BOM'), and a codec's own ValueError
        raise ImportRefused(Fault.BAD_ENCODING, encoding=encoding) from None
    return text.removeprefix("\ufeff")


def greek_likelier(data: bytes) -> bool:
    """Whether the non-ASCII words of ``data`` read better as Greek (Windows-1253) than as
    French or another Western language (Windows-1252).

    A Greek word's bytes are all above 127; read as Windows-1252 they become runs of
    accented capitals and symbols ('Ãéþñãïò') with no plain letter. A French word mixes
    plain letters with a few accented ones ('Hélène'); read as Windows-1253 it becomes
    Latin and Greek letters in one word ('Hιlθne'), which no language writes. Each word
    votes for the reading in which it is plausible."""
    greek = len(_GREEK_WORD.findall(data.decode("cp1253", errors="replace")))
    western = len(_WESTERN_WORD.findall(data.decode("cp1252", errors="replace")))
    return greek > western


def _decodes(data: bytes, name: str) -> bool:
    try:
        data.decode(name)
    except UnicodeDecodeError:
        return False
    return True


def _utf16_without_bom(sample: bytes) -> str:
    """UTF-16 saved without a mark: ASCII text then has a zero in every other byte."""
    pairs = len(sample) // 2
    if pairs < 4:
        return ""
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    if odd_zeros > 0.4 * pairs and even_zeros == 0:
        return "utf-16-le"
    if even_zeros > 0.4 * pairs and odd_zeros == 0:
        return "utf-16-be"
    return ""
