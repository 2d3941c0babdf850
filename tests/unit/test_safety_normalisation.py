"""Prompt normalisation: Unicode folding, leetspeak skeletons and de-obfuscation for the classifier."""

from __future__ import annotations

import pytest

from openbanana.safety.normalisation import deobfuscate, fold, join_spelled_out, skeleton, squeeze_repeats


@pytest.mark.parametrize(("text", "expected"), [
    ("NUDE Art", "nude art"),  # casefold
    ("Ｎｕｄｅ", "nude"),  # full-width letters (NFKC)
    ("𝐍𝐮𝐝𝐞", "nude"),  # mathematical bold letters (NFKC)
    ("nüdé àrt", "nude art"),  # accents stripped
    ("nu\u0301de", "nude"),  # combining accent
    ("n\u200bu\u200dde", "nude"),  # zero-width space / joiner removed
    ("nаkеd", "naked"),  # Cyrillic а and е
    ("Straße", "strasse"),
])
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("p0rn", "porn"),
    ("s3x", "sex"),
    ("n4k3d", "naked"),
    ("$ex", "sex"),
    ("@ss", "ass"),
    ("l0lita", "ioiita"),  # 'l', '1' and '|' all read as 'i'
    ("1o1ita", "ioiita"),
    ("|o|ita", "ioiita"),
])
def test_skeleton_is_leetspeak_blind(text: str, expected: str) -> None:
    assert skeleton(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("n u d e", "nude"),
    ("n.u.d.e", "nude"),
    ("n-u-d-e", "nude"),
    ("n_u_d_e", "nude"),
    ("N 🍑 U 🍑 D 🍑 E", "NUDE"),
    ("nu.de", "nude"),
    ("po*rn", "porn"),
    ("a n u d e model", "a nude model"),  # English one-letter words stay words
    ("a n.u.d.e woman", "a nude woman"),  # a different separator ends the run
    ("x-ray of a hand", "x-ray of a hand"),  # hyphenated words are left alone
    ("plan a b", "plan a b"),  # two letters are not a spelled-out word
    ("3-4 apples", "3-4 apples"),
])
def test_join_spelled_out(text: str, expected: str) -> None:
    assert join_spelled_out(text) == expected


def test_squeeze_repeats_keeps_real_double_letters() -> None:
    assert squeeze_repeats("nuuuuude") == "nude"
    assert squeeze_repeats("boobs and kill") == "boobs and kill"


@pytest.mark.parametrize(("text", "expected"), [
    ("a s3xy g1rl", "a sexy girl"),
    ("b00bs", "boobs"),
    ("a n.u.d.e p0rtrait", "a nude portrait"),
    ("ｅｘｐｌｉｃｉｔ  ｓｃｅｎｅ", "explicit scene"),
    ("nakeeed", "naked"),
    # digits that are not leetspeak stay: sizes, formats, years
    ("a 4K wallpaper of a 3D robot, mp4, the 1990s", "a 4k wallpaper of a 3d robot, mp4, the 1990s"),
    ("a red bicycle", "a red bicycle"),
])
def test_deobfuscate_for_the_classifier(text: str, expected: str) -> None:
    assert deobfuscate(text) == expected
