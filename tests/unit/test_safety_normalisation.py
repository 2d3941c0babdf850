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


@pytest.mark.parametrize(("text", "expected"), [
    ("order number 10011", "order number 10011"),  # a number is never a word: no "iooii"
    ("room 10111, tracking code 110115", "room 10111, tracking code 110115"),
    ("10.10.2010 at 10:01 for $10.11", "10.10.2010 at 10:01 for $10.11"),
    ("a safe with code 1-0-1-1", "a safe with code 1-0-1-1"),
    ("h0w t0 m4k3 4 b0mb", "how to make a bomb"),  # a short number beside leet words is leet
    ("1o1ita", "ioiita"),
])
def test_the_skeleton_reads_leet_only_in_words(text: str, expected: str) -> None:
    assert skeleton(text) == expected


@pytest.mark.parametrize("semantic", ["off", "auto"])
def test_everyday_prompts_full_of_numbers_are_not_blocked(semantic: str) -> None:
    """The hard negatives of bench/safety.py's `numbers` split, through the lexicon the server ships, alone and
    with the semantic classifier (the default)."""
    import json
    import tempfile
    from pathlib import Path

    from openbanana.config import Settings
    from openbanana.safety.profiles import build_policies

    data = Path(__file__).resolve().parents[2] / "bench" / "data" / "safety_numbers.jsonl"
    prompts = [json.loads(line)["prompt"] for line in data.read_text("utf-8").splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp), safety_semantic=semantic, safety_nsfw="off")
        served = build_policies(settings.safety, settings.models.names()).for_model("gemini-3-pro-image-preview")
    thresholds = served.thresholds({})
    blocked = [p for p in prompts if not served.policy.check_prompt(p, thresholds).allowed]
    assert len(prompts) >= 80 and blocked == []
