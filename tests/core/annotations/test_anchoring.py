from hypothesis import assume, given, strategies as st

from reader.core.annotations.anchoring import anchor, approximate_matches, describe, edit_distance

FILLER = st.text(alphabet=st.sampled_from("的是在了和有大这主中人上为们来到说国年着就那要"
                                          "abc ,。\n"), max_size=80)
QUOTE = st.text(alphabet=st.sampled_from("阿里巴巴国际站淘小铺社交电商流量运营微信"),
                min_size=8, max_size=20)
EDIT = st.tuples(st.integers(0, 200), st.integers(0, 5), st.text(alphabet="新的文字xyz", max_size=6))


def _apply(text, edits):
    for position, length, insert in edits:
        position %= len(text) + 1
        text = text[:position] + insert + text[position + length:]
    return text


def test_position_is_used_when_the_text_is_unchanged():
    text = "前文。阿里巴巴国际站的流量运营。后文。"
    selector = describe(text, 3, 10)
    assert anchor(text, selector).how == "position"


def test_quote_found_after_edits_before_it():
    text = "前文。阿里巴巴国际站的流量运营。后文。"
    selector = describe(text, 3, 10)
    edited = "新加的一段开头。\n" + text
    placed = anchor(edited, selector)
    assert edited[placed.start:placed.end] == "阿里巴巴国际站" and placed.how == "quote"


def test_short_repeated_quote_is_orphaned_rather_than_guessed():
    text = "微信很重要。" * 3 + "结尾"
    selector = describe(text, 6, 8)  # the second 微信
    rewritten = "全新的文字，微信出现在别处，上下文完全不同。"
    assert anchor(rewritten, selector) is None


def test_short_quote_with_its_context_moves_with_it():
    text = "甲。微信很重要。乙。微信不重要。"
    start = text.index("微信不")
    selector = describe(text, start, start + 2)
    edited = "开头插入。" + text
    placed = anchor(edited, selector)
    assert placed and (placed.start, placed.end) == (start + 5, start + 7)


def test_a_changed_word_inside_a_long_quote_orphans_it():
    """Never moved onto words that differ from the quote, however close (issue 11)."""
    quote = "阿里巴巴国际站流量运营的认知篇一文读懂"
    text = "前言部分。" + quote + "。后记部分。"
    selector = describe(text, 5, 5 + len(quote))
    assert anchor(text.replace("认知篇", "认识篇"), selector) is None
    spanish = "Intro. Entre ellos, el 77% de los más de 100 millones de nuevos usuarios. Fin."
    start = spanish.index("más de 100")
    assert anchor(spanish.replace("100", "10"), describe(spanish, start, start + 10)) is None


def test_a_re_wrapped_line_keeps_the_highlight():
    quote = "Entre ellos, el 77% de los más de 100 millones de nuevos usuarios"
    text = "Intro.\n" + quote + "\nFin."
    selector = describe(text, 7, 7 + len(quote))
    edited = text.replace("de los más", "de los\nmás").replace("77%", "77%  ")
    placed = anchor(edited, selector)
    assert placed is not None and placed.how == "fuzzy"
    assert " ".join(edited[placed.start:placed.end].split()) == " ".join(quote.split())


def test_a_short_quote_needs_its_context_away_from_its_place():
    text = ("Uno. Entre ellos, el 77% de los más de 10 millones de nuevos usuarios. "
            + "Relleno de texto. " * 200 + "Otra frase donde hay más de 10 cosas distintas.")
    start = text.index("ás de 10")
    selector = describe(text, start, start + len("ás de 10"))
    deleted = text.replace("Entre ellos, el 77% de los más de 10 millones de nuevos usuarios. ",
                           "")
    assert anchor(deleted, selector) is None  # the other "ás de 10" has other context
    moved = "Párrafo nuevo al principio. " + text
    placed = anchor(moved, selector)
    assert placed is not None and moved[placed.start:placed.end] == "ás de 10"
    assert placed.start == start + len("Párrafo nuevo al principio. ")


def test_deleted_passage_becomes_an_orphan():
    text = "第一段内容。\n阿里巴巴国际站的流量运营。\n第三段内容。"
    selector = describe(text, 7, 20)
    assert anchor("第一段内容。\n第三段内容。", selector) is None


@given(st.text(alphabet="abcd", max_size=40), st.text(alphabet="abcd", min_size=1, max_size=8),
       st.integers(0, 2))
def test_approximate_matches_are_within_the_error_bound(text, pattern, errors):
    for start, end in approximate_matches(text, pattern, errors):
        assert 0 <= start <= end <= len(text)
        assert edit_distance(text[start:end], pattern) <= errors


@given(FILLER, QUOTE, FILLER, st.lists(EDIT, max_size=4), st.lists(EDIT, max_size=4))
def test_edits_around_a_highlight_keep_it_on_its_words_or_orphan_it(before, quote, after,
                                                                     edits_before, edits_after):
    text = before + quote + after
    selector = describe(text, len(before), len(before) + len(quote))
    new_before, new_after = _apply(before, edits_before), _apply(after, edits_after)
    edited = new_before + quote + new_after
    placed = anchor(edited, selector)
    if placed is None:
        return  # an orphan is always acceptable
    # Never a wrong place: either exactly the original words, or an identical copy of them
    # whose context matched better (then the text there is the quote too).
    assert edited[placed.start:placed.end] == quote
    if edited.count(quote) == 1:
        assert placed.start == len(new_before)


@given(FILLER, QUOTE, FILLER, st.integers(0, 19), st.sampled_from("新改x"))
def test_a_small_edit_inside_a_quote_orphans_it(before, quote, after, at, replacement):
    at %= len(quote)
    edited_quote = quote[:at] + replacement + quote[at + 1:]
    text = before + quote + after
    selector = describe(text, len(before), len(before) + len(quote))
    edited = before + edited_quote + after
    placed = anchor(edited, selector)
    # Orphaned, or (only if the quote also stands elsewhere) on an identical copy of it.
    assert placed is None or edited[placed.start:placed.end] == quote
