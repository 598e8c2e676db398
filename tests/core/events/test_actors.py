"""Actors are names: a hand-checked list (tests/data/actors_check.json) and the seeds."""
import json
from pathlib import Path

import pytest

from reader.core.events.actors import ActorLexicon, is_clause
from reader.core.text.folding import fold

CHECK = json.loads((Path(__file__).parents[2] / "data" / "actors_check.json").read_text("utf-8"))


def _score():
    lexicon = ActorLexicon.from_texts(CHECK["texts"])
    found = set(lexicon.names)
    names = {fold(n) for n in CHECK["names"]}
    return lexicon, found, names


def test_the_hand_checked_list_is_large_and_consistent():
    assert len(CHECK["names"]) + len(CHECK["not_names"]) >= 100
    assert not {fold(n) for n in CHECK["names"]} & {fold(n) for n in CHECK["not_names"]}


def test_precision_and_recall_on_the_hand_checked_list():
    _, found, names = _score()
    precision = len(found & names) / len(found)
    recall = len(found & names) / len(names)
    assert precision >= 0.95, sorted(found - names)
    assert recall >= 0.9, sorted(names - found)
    assert not found & {fold(n) for n in CHECK["not_names"]}


def test_a_glossed_name_is_one_actor_in_both_spellings():
    lexicon, _, _ = _score()
    assert lexicon.find("拼多多與Pinduoduo") == ["拼多多"]
    assert lexicon.find("京東和京东、JD.com") == ["京東"] or lexicon.find("京東和京东、JD.com") \
        == ["京东"]


@pytest.fixture(scope="module")
def seed_actors(tmp_path_factory):
    from reader.core.library.facade import Library
    from tests.conftest import SEEDS

    library = Library(SEEDS, tmp_path_factory.mktemp("data"))
    library.load()
    actors = {a for e in library.events.list() for a in e.actors}
    library.close()
    return actors


def test_seed_actors_are_names_not_words_fragments_clauses_or_metrics(seed_actors):
    from reader.core.events.actors import GENERIC_ACRONYMS, PLACES_ZH, zipf

    for actor in seed_actors:
        assert not is_clause(actor), actor
        assert fold(actor) not in GENERIC_ACRONYMS, actor
        assert actor[:1].isupper() or not actor.isascii(), actor  # social, com
        if not actor.isascii() and fold(actor) not in PLACES_ZH:
            assert zipf(fold(actor), "zh") < 4.3, actor  # 流量, 互联网
    folded = [fold(a) for a in seed_actors]
    assert len(folded) == len(set(folded)), sorted(seed_actors)  # COM/Com, 淘寶/淘宝
