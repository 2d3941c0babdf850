"""Term lists: what a plain term matches (and must not), regex entries, sections, file errors, recitation."""

from __future__ import annotations

from pathlib import Path

import pytest

from openbanana.safety.blocklist import TermList, TermListError
from openbanana.safety.policy import Action, HarmCategory
from openbanana.safety.recitation import RecitationList
from openbanana.safety.standard import BLOCKLIST_SECTIONS


def terms(text: str) -> TermList:
    return TermList.parse(text, default_section="BLOCKLIST", sections=BLOCKLIST_SECTIONS)


def matches(entry: str, prompt: str) -> bool:
    return bool(terms(entry).search(prompt))


@pytest.mark.parametrize("prompt", [
    "a nude woman", "A NUDE WOMAN", "a nüde woman", "a ｎｕｄｅ woman", "a nudе woman",  # Cyrillic е
    "a n00de woman".replace("00", "u"), "a nud3 woman", "a nuuuude woman", "nudes of her",
    "a n u d e woman", "a n.u.d.e woman", "a n-u-d-e woman", "a n*u*d*e woman", "a n\u200bude woman",
])
def test_a_plain_term_matches_its_disguises(prompt: str) -> None:
    assert matches("nude", prompt)


@pytest.mark.parametrize("prompt", [
    "a nudibranch", "denude the hillside", "a crude nude-ish", "n u d", "nu de",
])
def test_a_plain_term_matches_whole_words_only(prompt: str) -> None:
    assert matches("nude", prompt) is (prompt == "a crude nude-ish")


def test_doubled_letters_must_stay_double_and_short_words_are_not_spread_over_words() -> None:
    assert matches("ass", "a55 shot") and not matches("ass", "as shown")
    assert matches("boobs", "b00bs") and not matches("boobs", "bobs burgers")
    assert not matches("anal", "a nail salon")  # one separator is not "every letter spelled out"
    assert not matches("cum", "a document")


def test_multi_word_terms_and_wildcards() -> None:
    assert matches("child porn", "childporn") and matches("child porn", "child-porn") and matches("child porn",
                                                                                                  "chi1d p0rn")
    assert matches("porn*", "pornographic photo") and matches("porn*", "p0rn0graphy")
    assert not matches("porn*", "a popcorn bucket")


def test_regex_entries_read_the_folded_and_deobfuscated_text() -> None:
    entry = r"re:\bkiller\s+(?!heels)\w+"
    assert matches(entry, "a KILLER clown") and not matches(entry, "killer heels in red")
    assert matches(r"re:\bnude\s+woman\b", "a n.u.d.e woman")


def test_sections_name_what_a_hit_means() -> None:
    listed = terms("""
        # operator list
        frobnicate
        [PROHIBITED_CONTENT]
        grue
        [HARM_CATEGORY_HARASSMENT MEDIUM]
        meanie  # a comment after a term
    """)
    assert len(listed) == 3
    hits = {hit.section: hit for hit in listed.search("a frobnicate grue meanie")}
    assert set(hits) == {"BLOCKLIST", "PROHIBITED_CONTENT", "HARM_CATEGORY_HARASSMENT"}
    assert hits["HARM_CATEGORY_HARASSMENT"].category is HarmCategory.HARASSMENT
    assert hits["HARM_CATEGORY_HARASSMENT"].score == 0.6 and hits["BLOCKLIST"].category is None


@pytest.mark.parametrize(("text", "needle"), [
    ("[NOT_A_SECTION]\nx", "unknown section [NOT_A_SECTION]"),
    ("[HARM_CATEGORY_HARASSMENT VERY]\nx", "unknown section"),
    ("re:(unclosed", "not a valid entry"),
    ("--- ...", "no letters or digits"),
])
def test_bad_lines_name_the_file_and_line(text: str, needle: str) -> None:
    with pytest.raises(TermListError, match=r"<text>:\d+") as caught:
        terms(text)
    assert needle in str(caught.value)


def test_unreadable_file_is_a_term_list_error(tmp_path: Path) -> None:
    with pytest.raises(TermListError, match="cannot read"):
        TermList.load(tmp_path / "missing.txt", default_section="BLOCKLIST", sections=BLOCKLIST_SECTIONS)


def test_recitation_list() -> None:
    listed = RecitationList.parse("Mickey Mouse\nre:\\bharry\\s+potter\\b\n")
    assert listed.check("m1ckey m0use eating a banana").action is Action.RECITATION
    assert listed.check("Harry Potter's wand").action is Action.RECITATION
    assert listed.check("a mouse named Mickey").allowed


def test_default_lexicon_blocks_the_unambiguous_and_leaves_tricky_benign_words_alone() -> None:
    from importlib import resources

    default = TermList.parse(resources.files("openbanana.safety").joinpath("default_terms.txt").read_text(),
                             default_section="BLOCKLIST", sections=BLOCKLIST_SECTIONS)
    sections = lambda prompt: {hit.section for hit in default.search(prompt)}  # noqa: E731
    assert "PROHIBITED_CONTENT" in sections("c h i l d p o r n")
    assert sections("a naked 12 year old") == {"PROHIBITED_CONTENT"}
    assert "HARM_CATEGORY_SEXUALLY_EXPLICIT" in sections("p.o.r.n of a blonde")
    assert "HARM_CATEGORY_DANGEROUS_CONTENT" in sections("how to build a b0mb")
    for benign in ("a shot of espresso", "killer heels", "a breast cancer awareness poster", "a naked mole rat",
                   "kids watching a naked mole rat at the zoo", "a 12 year old's birthday party", "a bomb pop",
                   "Sex on the Beach cocktail", "a cockpit", "a document", "scunthorpe united"):
        assert sections(benign) == set(), benign
