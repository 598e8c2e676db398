"""Pinyin and alias search, and parallel-reading anchors, through the facade."""
from hypothesis import given, strategies as st
import pytest

from reader.core.entities.align import AnchorMap, Landmark, align
from reader.core.library.facade import Library


@pytest.fixture(scope="module")
def indexed(tmp_path_factory):
    from tests.conftest import SEEDS

    library = Library(SEEDS, tmp_path_factory.mktemp("data"))
    library.load()
    library.search.update_index()
    yield library
    library.close()


@pytest.mark.parametrize("query", ["taoxiaopu", "tao xiao pu", "Taoxiaopu"])
def test_pinyin_finds_the_chinese_article_with_its_characters_marked(indexed, query):
    result = indexed.search.query(query)
    chinese = [h for h in result.hits if h.path.startswith("004")]
    assert chinese, [h.path for h in result.hits]
    assert {m.text for m in chinese[0].matches} == {"淘小鋪"}
    text = indexed.articles.document(chinese[0].id).text
    assert all(text[m.start:m.end] == m.text for m in chinese[0].matches)


def test_exact_matches_rank_above_alias_matches(indexed):
    hits = indexed.search.query("Taobao").hits
    assert hits[0].path.startswith("002")  # the article that writes "Taobao"
    assert {h.path[:3] for h in hits} >= {"001", "002", "003", "004"}


def test_quoting_opts_out_of_aliases(indexed):
    assert [h.path[:3] for h in indexed.search.query('"Taobao"').hits] == ["002"]
    assert [h.path[:3] for h in indexed.search.query("Taobao", aliases=False).hits] == ["002"]


def test_seed_articles_align_on_the_product_name_in_order(indexed):
    spanish, chinese = indexed.articles.resolve("002"), indexed.articles.resolve("004")
    anchors = indexed.entities.align(spanish, chinese)
    assert anchors
    assert any(a.left.text == "Taoxiaopu" and a.right.text == "淘小鋪" for a in anchors)
    lefts = [a.left.start for a in anchors]
    rights = [a.right.start for a in anchors]
    assert lefts == sorted(lefts) and rights == sorted(rights)
    assert len(set(lefts)) == len(lefts) and len(set(rights)) == len(rights)


landmarks = st.lists(st.sampled_from("abcdefg"), max_size=40)


@given(landmarks, landmarks)
def test_alignment_is_monotonic_and_pairs_equal_keys(left_keys, right_keys):
    left = [Landmark(i * 5, i * 5 + 1, k, "entity", k) for i, k in enumerate(left_keys)]
    right = [Landmark(i * 7, i * 7 + 1, k, "entity", k) for i, k in enumerate(right_keys)]
    anchors = align(left, right)
    assert all(a.left.key == a.right.key for a in anchors)
    for first, second in zip(anchors, anchors[1:]):
        assert first.left.start < second.left.start and first.right.start < second.right.start
    if set(left_keys) & set(right_keys):
        assert anchors


def test_anchor_map_interpolates_between_anchors_and_round_trips():
    left = [Landmark(100, 105, "x", "entity", "x"), Landmark(300, 305, "y", "entity", "y")]
    right = [Landmark(50, 52, "x", "entity", "x"), Landmark(450, 452, "y", "entity", "y")]
    mapping = AnchorMap(align(left, right), 400, 500)
    assert mapping.to_right(100) == 50 and mapping.to_right(300) == 450
    assert mapping.to_right(200) == 250          # halfway between the anchors
    assert mapping.to_right(0) == 0 and mapping.to_right(400) == 500
    assert mapping.to_left(mapping.to_right(250)) == 250


def test_events_of_an_entity_come_from_every_language(indexed):
    events = indexed.entities.events("Taoxiaopu")
    assert {e.path[:3] for e in events} == {"002", "004"}
    table = indexed.entities.table()
    entity = table.entity_of("淘小鋪")
    for event in events:
        assert any(m.article == event.article and
                   event.sentence_start <= m.start < event.sentence_end
                   for m in entity.mentions)
