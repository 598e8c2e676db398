"""Dictionary, pinyin, Spanish lemmas and the vocabulary list (issue 20)."""
