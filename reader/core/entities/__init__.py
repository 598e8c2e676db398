"""Entities: one name in every script and language (淘宝 = 淘寶 = Taobao), found from pinyin,
the offline dictionary and the texts themselves; anchors shared by two articles."""
