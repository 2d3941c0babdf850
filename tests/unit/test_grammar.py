"""The prompt grammar: word classes, fixed units, noun phrases that keep modifiers on their head, lemmas, speed."""

from __future__ import annotations

import time

from openbanana.planner.rules.grammar import Describing, NounPhrase, Token, chunk, tokenize
from openbanana.planner.rules.lexicon import noun_lemma, verb_lemma, word_class
from openbanana.planner.rules.scene_reading import read_scene, read_texts


def _phrases(prose: str) -> list[list[str]]:
    return [[w.word for w in item.words] for item in chunk(tokenize(prose)) if isinstance(item, NounPhrase)]


def test_word_classes_come_from_the_lexicon_and_our_closed_lists() -> None:
    assert [word_class(w) for w in ("the", "two", "on", "and", "she", "is")] == [
        "det", "num", "prep", "conj", "pron", "be"]
    assert word_class("jacket") == "noun" and word_class("wooden") == "adj" and word_class("sleeping") == "ing"
    assert word_class("zorbliferous") == "adj"  # not in the lexicon: guessed from its ending


def test_lemmas_make_plurals_singular_and_verbs_base() -> None:
    assert [noun_lemma(w) for w in ("cups", "mice", "geese", "children", "leaves", "sunglasses", "jeans")] == [
        "cup", "mouse", "goose", "child", "leaf", "sunglasses", "jeans"]
    assert [verb_lemma(w) for w in ("riding", "sat", "holds", "lying")] == ["ride", "sit", "hold", "lie"]


def test_fixed_units_are_one_token_each() -> None:
    words = [(t.word, t.tag) for t in tokenize("a pile of books in front of a dark-skinned man, close-up")]
    assert ("a pile of", "quantity") in words and ("in front of", "relation") in words
    assert ("dark skinned", "skin") in words and ("close up", "camera") in words


def test_modifiers_stay_inside_the_phrase_of_their_head() -> None:
    assert _phrases("a lime green jacket on a wooden chair") == [["lime green", "jacket"], ["wooden", "chair"]]
    assert _phrases("a big, fluffy black and white cat") == [["big", "fluffy", "black", "white", "cat"]]
    assert _phrases("an old fire truck") == [["old", "fire", "truck"]]


def test_a_verb_that_looks_like_a_noun_ends_the_phrase() -> None:
    items = chunk(tokenize("a woman reading a book while a girl rides a horse"))
    verbs = [i.word for i in items if isinstance(i, Token) and i.tag in ("ing", "verb")]
    assert verbs == ["reading", "rides"]
    assert _phrases("a teddy bear") == [["teddy", "bear"]]  # "bear" after "teddy" stays a noun


def test_of_joins_a_complement_and_adjectives_alone_describe() -> None:
    (phrase,) = [i for i in chunk(tokenize("a cup of hot coffee")) if isinstance(i, NounPhrase)]
    assert phrase.head.word == "cup" and phrase.of is not None and phrase.of.head.word == "coffee"
    assert any(isinstance(i, Describing) for i in chunk(tokenize("the cat is black")))


def test_texts_are_taken_out_before_the_grammar_sees_them() -> None:
    texts, document, prose = read_texts('a poster with a dog saying "Adopt a Cat Today"')
    assert [t.text for t in texts] == ["Adopt a Cat Today"] and document == "poster"
    assert "Cat" not in prose
    assert [e.noun for e in read_scene('a poster with a dog saying "Adopt a Cat Today"').entities] == ["dog"]


def test_reading_time_grows_linearly_with_the_prompt() -> None:
    sentence = "A red fox sleeping under a pine tree next to two wooden boxes in a snowy forest at dusk. "
    read_scene(sentence * 12)  # warm the lexicon and the word caches

    def fastest(prompt: str) -> float:
        """This thread's CPU time, the best of three: other processes on a busy machine do not count in it."""
        times = []
        for _ in range(3):
            start = time.thread_time()
            read_scene(prompt)
            times.append(time.thread_time() - start)
        return min(times)

    ten, twenty = fastest(sentence * 120), fastest(sentence * 240)  # about 10 KB and 20 KB
    assert twenty < 3 * ten, (ten, twenty)  # doubling the prompt: about 2 if linear, 4 if quadratic
    assert len(read_scene(sentence * 240).entities) <= 24  # a catalogue is capped


def test_a_possessive_names_the_whole_a_part_belongs_to() -> None:
    phrase = chunk(tokenize("the tent's entrance"))[0]
    assert isinstance(phrase, NounPhrase) and phrase.head.word == "entrance"
    assert phrase.whole is not None and phrase.whole.head.word == "tent"
    plain = chunk(tokenize("the tent entrance"))[0]
    assert isinstance(plain, NounPhrase) and plain.whole is None
