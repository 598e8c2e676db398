from hypothesis import given, strategies as st

from reader.core.text.offsets import Edit, OffsetMap, Utf16Index, apply_edits

TEXT = st.text(alphabet=st.sampled_from("ab國际 \n😀𫫇"), max_size=40)


@st.composite
def text_and_edits(draw):
    text = draw(TEXT)
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    edits = []
    for start, end in zip(cuts[::2], cuts[1::2]):
        edits.append(Edit(start, end, draw(st.text(alphabet="xyz測", max_size=3))))
    return text, edits


@given(text_and_edits())
def test_kept_characters_map_exactly_both_ways(case):
    text, edits = case
    new, mapping = apply_edits(text, edits)
    assert mapping.source_length == len(text) and mapping.target_length == len(new)
    for src_start, src_len, dst_start, dst_len, equal in mapping.segments():
        if equal:
            assert text[src_start:src_start + src_len] == new[dst_start:dst_start + dst_len]
            for k in range(src_len):
                assert mapping.to_target(src_start + k) == dst_start + k
                assert mapping.to_source(dst_start + k) == src_start + k


@given(text_and_edits(), st.data())
def test_maps_are_monotone_and_ranges_cover_their_text(case, data):
    text, edits = case
    new, mapping = apply_edits(text, edits)
    targets = [mapping.to_target(p) for p in range(len(text) + 1)]
    assert targets == sorted(targets) and targets[-1] == len(new)
    assert all(0 <= t <= len(new) for t in targets)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    t_start, t_end = mapping.range_to_target(start, end)
    assert 0 <= t_start <= t_end <= len(new)
    if t_start < t_end:
        back_start, back_end = mapping.range_to_source(t_start, t_end)
        assert back_start <= back_end and back_end <= len(text)


def test_replaced_segment_snaps_to_its_edges():
    new, mapping = apply_edits("用户名", [Edit(0, 2, "使用者")])
    assert new == "使用者名"
    assert mapping.range_to_target(1, 2) == (0, 3)
    assert mapping.range_to_target(2, 3) == (3, 4)
    assert mapping.range_to_source(0, 1) == (0, 2)


def test_identity_and_inverse():
    mapping = OffsetMap.identity(5)
    assert mapping.is_identity and mapping.to_target(3) == 3
    _, m = apply_edits("abcdef", [Edit(1, 3)])
    inv = m.inverse()
    assert inv.to_target(1) == m.to_source(1) == 3


@given(st.text(alphabet=st.sampled_from("a國😀𫫇\n"), max_size=30))
def test_utf16_round_trip_with_astral_characters(text):
    index = Utf16Index(text)
    assert index.utf16_length == len(text.encode("utf-16-le")) // 2
    for cp in range(len(text) + 1):
        unit = index.to_utf16(cp)
        assert unit == len(text[:cp].encode("utf-16-le")) // 2
        assert index.to_cp(unit) == cp


def test_utf16_position_inside_a_surrogate_pair_snaps_left():
    index = Utf16Index("二𫫇英")
    assert index.to_utf16(2) == 3
    assert index.to_cp(2) == 1  # the low surrogate of 𫫇
