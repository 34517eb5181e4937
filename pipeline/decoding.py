"""Text decoding for the reading stage: the bytes of an article in, its text, the encoding read and
notes out.

Decoding tries UTF-8 (with or without BOM), then the Chinese legacy encodings (GB18030, which
covers GBK and GB2312, then Big5) and Windows-1252 for Western text, choosing by which decodes
cleanly and reads most like text. Japanese and Korean bytes also decode cleanly as GB18030 (into
rare Han characters), so they are recognised first by their own letters: kana under Shift-JIS
(CP932) or EUC-JP, Hangul under EUC-KR (CP949). When nothing expected reads like text (a Russian
KOI8-R or Windows-1251 file, say), charset-normalizer guesses among the legacy encodings of the
languages news comes in, and a note says so. A file mixing UTF-8 with a legacy encoding (two
files pasted together) is decoded piece by piece, with a note. Whatever cannot be decoded becomes
U+FFFD, and the note says "decoded with replacement characters".
"""
from __future__ import annotations

import functools
import logging
import re

log = logging.getLogger(__name__)

#: the start of every note on text decoded with U+FFFD in place of bytes no encoding explains
REPLACED = "decoded with replacement characters"
#: legacy encodings tried in order when the bytes are not UTF-8
LEGACY_ENCODINGS = ("gb18030", "big5", "cp1252")
#: encodings recognised by their script before the expected ones, whose Chinese reading of their
#: bytes is clean but garbled: Japanese (CP932 is Shift-JIS as Windows writes it) and Korean (CP949
#: is EUC-KR extended)
JAPANESE_ENCODINGS = ("cp932", "euc_jp")
KOREAN_ENCODINGS = ("cp949",)
#: CJK letters (kana, Han, Hangul) a text needs before its script decides its encoding: a short
#: title of Chinese bytes reads as Japanese or Korean by chance (Big5 "正荷" is EUC-JP "タ戒"), a
#: longer one does not decode as them at all or gives random kana and Hangul
MIN_SCRIPT_LETTERS = 20
#: share of kana among the CJK letters from which a Japanese reading is taken: Japanese prose is
#: 30 to 60 % kana; Chinese bytes read as Japanese give none (5,000 bench articles in GB18030 and in
#: Big5: no kana, or no clean Japanese reading)
MIN_KANA_SHARE = 0.1
#: share of common Hangul syllables (those of EUC-KR) among the letters that are not ASCII from
#: which a Korean reading is taken: Korean prose is over 90 % Hangul; Chinese GB18030 bytes read as
#: CP949 give up to 73 % in an article, all of some titles
MIN_HANGUL_SHARE = 0.8
#: particles and verb endings that end most Korean words (은 는 이 가 을 를 의 에 로 과 와 도, 다 고
#: 며 서 한 된 할 해 요), and the share of Hangul words ending in one from which a reading is Korean:
#: about half the words of Korean prose (7 of 13 in the tests' sentence); Chinese bytes read as
#: CP949 end words at random among 2,350 syllables (about 1 %)
KOREAN_ENDINGS = frozenset("은는이가을를의에로과와도다고며서한된할해요")
MIN_KOREAN_ENDING_SHARE = 0.25
#: what charset-normalizer may choose from when no expected encoding reads like text: the legacy
#: encodings of the languages news comes in (Cyrillic, Central European, Greek, Turkish, Baltic,
#: Hebrew, Arabic, Thai, Vietnamese, Japanese, Korean). Left free, it takes a short KOI8-R Russian
#: text for Shift-JIS-2004, which decodes almost any bytes
GUESSABLE_ENCODINGS = ("cp1251", "koi8_r", "koi8_u", "iso8859_5", "cp866", "mac_cyrillic", "cp1250",
                       "iso8859_2", "cp1253", "iso8859_7", "cp1254", "iso8859_9", "cp1257", "iso8859_13",
                       "cp1255", "iso8859_8", "cp1256", "iso8859_6", "cp874", "cp1258", "cp932", "euc_jp",
                       "cp949")
#: bytes that never occur inside a multi-byte character of UTF-8 or of the encodings above (their
#: trail bytes are 0x40 and over; GB18030's four-byte digits 0x30-0x39): a file mixing encodings is
#: cut at runs of them (white space, ASCII punctuation) and each piece decoded on its own
PIECE_BREAK = re.compile(rb"([\x00-\x2f]+)")
#: letters of the scripts news is written in (accented Latin, Greek, Cyrillic, kana, Han, Hangul)
#: which the valid UTF-8 pieces must hold before a file that is not UTF-8 as a whole is read as
#: mixed. A real UTF-8 part gives dozens; legacy bytes that happen to be valid UTF-8 between two
#: spaces give none: in the 5,000 Chinese bench articles in GB18030 and in Big5 and the 5,000
#: French ones in Windows-1252, such pieces hold at most 3 letters in an article, all of other
#: scripts (Armenian, IPA)
MIN_MIXED_UTF8_LETTERS = 2
NEWS_LETTER = re.compile(r"[\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u3041-\u30ff\u3400-\u9fff\uac00-\ud7a3]")
#: share of replacement characters above which "UTF-8 with a few bad bytes" is not the right reading
MAX_REPLACED_SHARE = 0.01
#: text-likeness (share of the telling characters that are common Han characters or Latin
#: letters, less penalties) below which no expected legacy encoding is trusted: real text scores
#: 0.8 to 1, Cyrillic or Japanese bytes read as one of them 0 or less
MIN_TEXT_LIKENESS = 0.5
#: share of accented letters among letters above which Windows-1252 is not the encoding: French
#: has about 4 %, a short French title of accented words may reach 50 %; Cyrillic read so is 100 %
MAX_ACCENTED_LETTER_SHARE = 0.6
KANA = re.compile(r"[\u3041-\u309f\u30a1-\u30fa]")  # hiragana and katakana letters, no marks
HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]")
HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]")
HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]+")


def decode(data: bytes) -> tuple[str, str, list[str]]:
    """Decoded text, the encoding used, and notes on anything repaired or guessed.

    Order of preference: UTF-8 (BOM stripped); UTF-8 with a few bad bytes replaced (noted); UTF-8
    mixed with a legacy encoding, piece by piece (noted); Japanese or Korean recognised by their
    letters; the expected legacy encodings (GB18030, Big5, Windows-1252) that decode cleanly,
    chosen by how much the result reads like Chinese or Latin text; when none reads like text (a
    Russian KOI8-R file...), charset-normalizer's guess among ``GUESSABLE_ENCODINGS`` (noted).
    Every note on a text holding U+FFFD for bytes no encoding explained starts with ``REPLACED``.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict_or_replaced(data[3:], "utf-8-sig")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16", []
        except UnicodeDecodeError:
            return (data.decode("utf-16", errors="replace"), "utf-16",
                    [f"{REPLACED}: invalid UTF-16 bytes replaced by \ufffd"])
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd")
    # UTF-8 with a few stray bytes only when valid multi-byte sequences show it is UTF-8: a
    # Windows-1252 text with one accented letter is also "ASCII plus one bad byte"
    valid_multibyte = len(replaced) - _ascii_count(replaced) - bad
    if bad <= MAX_REPLACED_SHARE * len(replaced) and valid_multibyte > 0:
        return replaced, "utf-8", [f"{REPLACED}: invalid UTF-8 bytes replaced by \ufffd"]
    if valid_multibyte >= MIN_MIXED_UTF8_LETTERS:
        mixed = _decode_mixed(data)
        if mixed is not None:
            return mixed
    legacy = _decode_legacy(data)
    if legacy is not None:
        return legacy
    if bad <= MAX_REPLACED_SHARE * len(replaced):
        return replaced, "utf-8", [f"{REPLACED}: invalid UTF-8 bytes replaced by \ufffd"]
    return replaced, "utf-8", [f"{REPLACED}: undecodable bytes replaced by \ufffd (no encoding fits)"]


def _ascii_count(text: str) -> int:
    return len(text.encode("ascii", errors="ignore"))


def _decode_legacy(data: bytes) -> tuple[str, str, list[str]] | None:
    """The best reading of bytes that are not UTF-8 (see ``decode``), or None when no encoding
    decodes them cleanly."""
    script = _script_reading(data)
    if script is not None:
        return script[0], script[1], []
    best = None
    for encoding in LEGACY_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = _text_likeness(text, encoding)
        if best is None or score > best[0]:
            best = (score, text, encoding)
    if best is not None and best[0] >= MIN_TEXT_LIKENESS:
        return best[1], best[2], []
    guessed = _charset_normalizer_guess(data)
    if guessed is not None:
        text, encoding = guessed
        note = (f"encoding guessed as {encoding} by charset-normalizer (not UTF-8, GB18030, Big5 or "
                f"Windows-1252); check the text")
        return text, encoding, [note]
    if best is not None:
        return best[1], best[2], [f"encoding {best[2]} chosen with low confidence; check the text"]
    return None


def _script_reading(data: bytes) -> tuple[str, str] | None:
    """A Japanese or Korean reading of the bytes when its letters show it (kana; Hangul words
    ending in particles): these bytes also decode cleanly as GB18030, into a garble of rare Han
    characters."""
    for encoding in JAPANESE_ENCODINGS:
        text = _strict(data, encoding)
        if text is None:
            continue
        kana = len(KANA.findall(text))
        letters = kana + len(HAN.findall(text)) + len(HANGUL.findall(text))
        if letters >= MIN_SCRIPT_LETTERS and kana >= MIN_KANA_SHARE * letters:
            return text, encoding
    for encoding in KOREAN_ENCODINGS:
        text = _strict(data, encoding)
        if text is None:
            continue
        common = _common_hangul()
        hangul = sum(1 for ch in text if ch in common)
        if hangul < MIN_SCRIPT_LETTERS:
            continue
        letters = sum(1 for ch in text if not ch.isascii() and ch.isalpha())
        words = HANGUL_WORD.findall(text)
        endings = sum(1 for word in words if word[-1] in KOREAN_ENDINGS)
        if hangul >= MIN_HANGUL_SHARE * letters and endings >= MIN_KOREAN_ENDING_SHARE * len(words):
            return text, encoding
    return None


@functools.lru_cache(maxsize=1)
def _common_hangul() -> frozenset[str]:
    """The 2,350 Hangul syllables of KS X 1001 (EUC-KR), nearly all of written Korean. CP949 adds
    8,822 rare ones, which Big5 bytes read as CP949 give in plenty (with jamo and katakana)."""
    return frozenset(bytes((lead, trail)).decode("euc_kr") for lead in range(0xB0, 0xC9)
                     for trail in range(0xA1, 0xFF))


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _decode_mixed(data: bytes) -> tuple[str, str, list[str]] | None:
    """A file of UTF-8 and legacy parts (two files pasted together) decoded piece by piece: the
    pieces between ASCII spaces and punctuation that are valid UTF-8 as UTF-8, the others in the
    one legacy encoding that reads them all best. None when the valid UTF-8 pieces hold fewer than
    ``MIN_MIXED_UTF8_LETTERS`` letters of ``NEWS_LETTER`` (then the file is not mixed)."""
    pieces = PIECE_BREAK.split(data)  # odd indexes: the separators, ASCII
    decoded: list[str | None] = []
    legacy: list[bytes] = []
    utf8_letters = utf8_pieces = 0
    for index, piece in enumerate(pieces):
        if index % 2 or piece.isascii():
            decoded.append(piece.decode("ascii"))
            continue
        try:
            text = piece.decode("utf-8")
        except UnicodeDecodeError:
            decoded.append(None)
            legacy.append(piece)
            continue
        decoded.append(text)
        utf8_pieces += 1
        utf8_letters += len(NEWS_LETTER.findall(text))
    if not legacy or utf8_letters < MIN_MIXED_UTF8_LETTERS:
        return None
    reading = _decode_legacy(b" ".join(legacy))
    encoding, notes = (reading[1], reading[2]) if reading is not None else ("cp1252", [])
    parts = iter(legacy)
    text = "".join(part if part is not None else next(parts).decode(encoding, errors="replace")
                   for part in decoded)
    mixed = (f"mixed encodings: {utf8_pieces} pieces of UTF-8, {len(legacy)} of {encoding}, each decoded "
             f"on its own; check the text")
    notes = [mixed, *notes]
    if text.count("\ufffd") > data.count("\ufffd".encode("utf-8")):
        notes.append(f"{REPLACED}: bytes that neither UTF-8 nor {encoding} reads replaced by \ufffd")
    return text, f"utf-8+{encoding}", notes


def _charset_normalizer_guess(data: bytes) -> tuple[str, str] | None:
    """charset-normalizer's best reading, among ``GUESSABLE_ENCODINGS``, of bytes that none of
    the expected encodings reads well. Measured on 1,000 titles and texts of corpus-bench
    re-encoded: on the expected encodings it is wrong on short texts (it reads GB18030 titles as
    Big5), so it only decides what they cannot."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # not a declared dependency of every install: the guess is optional
        log.warning("charset-normalizer is not installed: cannot guess an unexpected encoding")
        return None
    match = from_bytes(data, cp_isolation=list(GUESSABLE_ENCODINGS)).best()
    if match is None or match.encoding in ("utf_8", "ascii"):
        return None
    return str(match), match.encoding


def _strict_or_replaced(data: bytes, encoding: str) -> tuple[str, str, list[str]]:
    try:
        return data.decode("utf-8"), encoding, []
    except UnicodeDecodeError:
        return (data.decode("utf-8", errors="replace"), encoding,
                [f"{REPLACED}: invalid UTF-8 bytes replaced by \ufffd"])


def _text_likeness(text: str, encoding: str) -> float:
    """How much a decoding reads like text, about 0 to 1: the share of common CJK ideographs (for
    the Chinese encodings) or Latin letters (for cp1252) among the characters that are not white
    space, digits or ASCII punctuation; rare symbols and control characters count against."""
    telling = sum(1 for ch in text if not ch.isspace() and not (ch.isascii() and not ch.isalpha()))
    if not telling:
        return 0.0
    common_han = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fa5")
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha() or ch in "éèêàâçîôûùëïœÉÀ’")
    odd = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\r\n\t") or "\ue000" <= ch <= "\uf8ff"
              or "\u3400" <= ch <= "\u4dbf")
    if encoding == "cp1252":
        # Latin-script text is mostly ASCII letters; a Cyrillic or Greek legacy encoding read as
        # Windows-1252 is mostly accented letters, and UTF-8 read as it gives runs like "Ã©"
        letters = sum(1 for ch in text if ch.isalpha())
        non_ascii_letters = sum(1 for ch in text if ch.isalpha() and not ch.isascii())
        if letters and non_ascii_letters > MAX_ACCENTED_LETTER_SHARE * letters:
            return 0.0
        accented_runs = len(re.findall(r"[ÃÂÅæ¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿]{2,}", text))
        return (latin - 5 * accented_runs - 10 * odd) / telling
    # in GB18030, Big5 text is valid but becomes rarely used characters: the common range decides
    return (common_han + latin * 0.5 - 10 * odd) / telling + (0.01 if encoding == "gb18030" else 0)


