"""Actors: the names an event's sentence mentions, found in the corpus itself (no model).

Candidates: quoted strings (「」“”""), Latin proper names (maximal capitalised sequences,
"Cumbre Global de Comercio" as one), Chinese strings recurring across articles, and glossed
pairs (微信（WeChat）), which also make the two spellings one actor. A candidate is dropped
when it is
* a clause (因涉嫌传销, 你要卖什么): it holds a function word or is too long for a name;
* a fragment (Com of JD.Com): it only ever occurs glued to a longer name;
* a metric or generic acronym (AAC, GMV, APP, CRM);
* a common word (流量, 互联网, social, Pero): frequent in wordfreq's lists *and* without other
  evidence. Frequency alone never drops a name the text supports: a gloss, a Latin name
  written capitalised mid-sentence more often than lower-case, or a Chinese string that is
  the subject of a happening (微信发布…, 淘宝上线…).
Case and script variants are one actor (fold: COM/Com, 淘寶/淘宝); the most frequent
spelling is shown.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Iterable

from reader.core.text.folding import fold
from reader.core.text.hanzi import HAN, HAN_CLASS

MAX_ACTORS = 6
_QUOTED = re.compile(r"「([^「」\n]{2,12})」|“([^“”\n]{2,12})”|\"([^\"\n]{2,24})\"")
_NAME_WORD = r"[A-ZÀ-Þ][A-Za-zÀ-ÿ0-9&'’]*(?:[.\-][A-Za-zÀ-ÿ]+)*"
# Names join capitalised words, across "de", "de los", "y la" (Comisión Nacional de los
# Mercados y la Competencia) but not across a bare "y" (Taobao y Tmall are two).
_LATIN_NAME = re.compile(rf"(?<![A-Za-zÀ-ÿ0-9.@/]){_NAME_WORD}(?:\s+(?:(?:de|del)\s+"
                         rf"(?:(?:la|las|los|el)\s+)?|y\s+(?:la|las|los|el)\s+"
                         rf"|(?:la|las|los|el)\s+)?{_NAME_WORD})*")
_GLOSS = re.compile(rf"([{HAN_CLASS}]{{2,8}})\s*[（(]\s*([A-Za-z][\w .&'-]{{1,30}}?)\s*[)）]"
                    rf"|([A-Z][\w.&'-]{{1,30}})\s*[（(]\s*([{HAN_CLASS}]{{2,8}})\s*[)）]")
# Characters that make a Chinese string a clause rather than a name.
_CLAUSE_CHARS = set("了着过的吗呢么什你我他她要能会被因把将让不没只很都也就还又得地怎哪在对从是于个")
# Proper nouns a dictionary would list: countries and China's provincial-level divisions and
# their capitals (folded). Frequent as words, but names wherever they occur.
PLACES_ZH = set("""中国 美国 日本 韩国 朝鲜 英国 法国 德国 意大利 西班牙 俄罗斯 印度 巴西 加拿大 澳大利亚
墨西哥 阿根廷 越南 泰国 新加坡 马来西亚 印度尼西亚 菲律宾 欧盟 北京 上海 天津 重庆 香港 澳门 台湾 河北
山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃
青海 内蒙古 广西 西藏 宁夏 新疆 石家庄 太原 沈阳 长春 哈尔滨 南京 杭州 合肥 福州 南昌 济南 郑州 武汉
长沙 广州 海口 成都 贵阳 昆明 西安 兰州 西宁 呼和浩特 南宁 拉萨 银川 乌鲁木齐 深圳 厦门 青岛 大连
宁波 苏州 台北 高雄 东京 首尔 纽约 伦敦 巴黎 柏林 莫斯科 马德里""".split())
_ORG_SUFFIX = re.compile(r"(?:有限公司|公司|集团|银行|大学|医院|研究院|研究所|委员会|协会|基金会|"
                         r"部|省|局|署|厅|法院|政府)$")
# Words that open a Spanish or English sentence, never a name's first word ("En la Cumbre…").
_LEADING_WORDS = set("""en el la los las de del y e o a al con para por un una unos unas pero
ademas segun tras sin sobre entre desde hasta como cuando the a an of in on at for and but with
from by to""".split())
_HAPPENING_VERB = re.compile(r"^(?:发布|推出|上线|宣布|表示|收购|投资|关闭|开通|屏蔽|上市|成立|"
                             r"停止|启动|更名|回应|称|获得|完成|正式|开始|起诉|被|已|将|于)")
_LAUNCHED = re.compile(r"(?:推出|上线|发布|收购|开发|打造|更名为|名为)(?:了)?(?:新的|新款|全新的?|一款)?$")
# A clause opening with a string and a reporting verb: the string is who acts (小米集团宣布).
_SUBJECT = re.compile(rf"(?:^|(?<=[，,。；;：:！!？?\n）)」”]))(?P<name>[{HAN_CLASS}]{{2,10}}?)"
                      r"(?:随后|随即|也|则|又|还|已经|已|将|再|均|都|近日|日前|今天|昨天)?"
                      r"(?:表示|称|宣布|发布|推出|回应|公布|上线|透露|指出)", re.MULTILINE)
# Generic acronyms of business and technology: never somebody acting.
GENERIC_ACRONYMS = set("""app crm erp saas paas b2b b2c c2c c2m s2b2c o2o api sdk ui ux ai it ceo
cfo cto coo vip pc wap rfq ddp fob gmv roi kpi dau mau arpu ctr cpc cpm cpa cps uv pv sku gdp
cpi aac yoy qoq cagr ipo seo sem pdf url h5 html www oem odm edm tm id""".split())
COMMON_ZIPF_ZH = 4.3      # a recurring string this frequent is a word (互联网 5.0, 阿里巴巴 3.8)
QUOTED_ZIPF_ZH = 2.5      # a quoted word this frequent is a term in scare quotes (聚光灯)
COMMON_ZIPF_LATIN = 4.0
MIN_ZIPF_BIN = 650        # zipf 2.5


@lru_cache(maxsize=4)
def _frequencies(language: str) -> dict[str, float]:
    """Zipf values of wordfreq's words down to zipf 2.5 (the lowest threshold used; rarer
    words count as 0). Read from its binned list: ~0.5 s, not the 3 s of the full dict."""
    try:
        from wordfreq import get_frequency_list
    except ImportError:  # the lists are an aid; without them frequency is not used
        return {}
    bins = get_frequency_list(language)  # bin i holds the words of frequency 10^(-i/100)
    return {word: 9 - i / 100 for i, words in enumerate(bins[:MIN_ZIPF_BIN + 1])
            for word in words}


def zipf(word: str, language: str) -> float:
    return _frequencies(language).get(word.lower(), 0.0)


_fold = lru_cache(maxsize=200_000)(fold)  # names and words repeat across articles


def is_clause(name: str) -> bool:
    han = HAN.findall(name)
    return bool(han) and (len(name) > 8 or bool(_CLAUSE_CHARS & set(_fold(name)))
                          or bool(re.search(r"[\s、，,。:：!！?？\-]", name)))


def is_generic_acronym(name: str) -> bool:
    return _fold(name).replace(" ", "") in GENERIC_ACRONYMS


class ActorLexicon:
    """Names found in the corpus; matched on folded text, shown in their usual spelling."""

    def __init__(self, names: Iterable[str] = (), aliases: dict[str, str] | None = None,
                 spellings: dict[str, str] | None = None):
        names = list(names)
        self.aliases = dict(aliases or {})
        self.display = dict(spellings or {})
        for name in names:
            self.display.setdefault(fold(name), name)
        keys = {fold(n) for n in names if len(n.strip()) >= 2} | set(self.aliases)
        self.names = sorted(keys, key=lambda n: (-len(n), n))
        self._pattern = re.compile("|".join(
            (r"(?<![a-z0-9])" + re.escape(n) + r"(?![a-z0-9])") if n.isascii() else re.escape(n)
            for n in self.names)) if self.names else None

    @classmethod
    def from_texts(cls, texts: Iterable[str], sample: int = 400) -> "ActorLexicon":
        evidence = _Evidence()
        for number, text in enumerate(texts):
            evidence.read(text, recurring=number < sample)
        return evidence.lexicon(cls)

    def find(self, text: str, folded: str | None = None) -> list[str]:
        if self._pattern is None:
            return []
        folded = fold(text) if folded is None else folded
        found: list[str] = []
        seen: set[str] = set()
        for m in self._pattern.finditer(folded):
            key = self.aliases.get(m.group(), m.group())
            if key not in seen:
                seen.add(key)
                found.append(self.display.get(key, text[m.start():m.end()]))
        return found[:MAX_ACTORS]


class _Evidence:
    def __init__(self):
        self.spellings: dict[str, Counter] = {}
        self.quoted: set[str] = set()
        self.latin: Counter = Counter()          # capitalised, not opening a sentence
        self.glued: Counter = Counter()          # occurrences inside a longer token (JD.Com)
        self.aliases: dict[str, str] = {}
        self.han_documents: Counter = Counter()
        self.han_total: Counter = Counter()
        self.subject: Counter = Counter()
        self.initial: Counter = Counter()        # Latin words opening a sentence
        self.lower: Counter = Counter()          # Latin words written in lower case
        self._folded: list[str] = []

    def _spell(self, name: str) -> str:
        key = _fold(name)
        self.spellings.setdefault(key, Counter())[name] += 1
        return key

    def read(self, text: str, recurring: bool) -> None:
        folded = fold(text)
        for m in _QUOTED.finditer(text):
            name = next(g for g in m.groups() if g).strip()
            if len(name.split()) <= 4 and not is_clause(name) and (
                    HAN.search(name) or name[:1].isupper()):
                key = self._spell(name)
                self.quoted.add(key)
                if _LAUNCHED.search(folded, max(0, m.start() - 9), m.start()):
                    self.subject[key] += 2  # 推出“来往”: the thing launched is a name
        for m in _GLOSS.finditer(text):
            han, latin = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
            han = head_trimmed(han)
            if han is None or is_generic_acronym(latin.strip()):
                continue  # 年度活跃消费者 (AAC) explains a metric
            han_key, latin_key = self._spell(han), self._spell(latin.strip())
            self.aliases[latin_key] = han_key
            self.quoted.update((han_key, latin_key))
        for m in _LATIN_NAME.finditer(text):
            before = text[max(0, m.start() - 2):m.start()].strip()
            opening = (not before or before[-1:] in ".!?¿¡\"“:—-(«") and not HAN.search(before)
            name = _trim_name(m.group(), opening)
            if len(name) < 2:
                continue
            if name != m.group():
                opening = False  # "Según Mercado Libre": the name itself is mid-sentence
            if not opening or name.isupper() or " " in name:
                self.latin[self._spell(name)] += 1
            else:
                self.initial[self._spell(name)] += 1
        self.lower.update(_fold(w) for w in re.findall(r"(?<![\w.])[a-zà-ÿ]{2,}(?![\w])", text))
        for m in _SUBJECT.finditer(folded):
            name = head_trimmed(text[m.start("name"):m.end("name")])
            if name is not None and not is_clause(name):
                self.subject[self._spell(name)] += 1
        for m in re.finditer(r"(?<=[\w.])\.?[A-Z][a-z]+|[a-z]+\.[A-Z][a-z]+", text):
            self.glued[_fold(m.group().split(".")[-1])] += 1
        if recurring:
            self._han(folded)
        self._folded.append(folded if len(self._folded) < 200 else "")

    def _han(self, folded: str) -> None:
        grams = []
        for run in re.finditer(f"[{HAN_CLASS}]+", folded):
            text = run.group()
            for n in (2, 3, 4):
                for i in range(len(text) - n + 1):
                    gram = text[i:i + n]
                    if not (_CLAUSE_CHARS & set(gram)):
                        grams.append(gram)
                        if _HAPPENING_VERB.match(text, i + n):
                            self.subject[gram] += 1
        self.han_total.update(grams)
        self.han_documents.update(set(grams))

    def _uses(self, keys: set[str]) -> Counter:
        counts: Counter = Counter()
        pattern = re.compile("|".join(
            (r"(?<![a-z0-9.])" + re.escape(k) + r"(?![a-z0-9])") if k.isascii() else re.escape(k)
            for k in sorted(keys, key=len, reverse=True))) if keys else None
        if pattern is None:
            return counts
        for folded in self._folded:
            for m in pattern.finditer(folded):
                counts[m.group()] += 1
        return counts

    def lexicon(self, cls) -> ActorLexicon:
        keys: set[str] = set()
        han_quoted = {k for k in self.quoted if HAN.search(k)}
        self.quoted_uses = self._uses(han_quoted)
        for key in self.quoted:
            if self._name_like_han(key, quoted=True):
                keys.add(key)
        # A word that only ever opens sentences is a name when it is not a Spanish word.
        openers = {k for k, n in self.initial.items()
                   if k not in self.latin and k.isalpha() and zipf(k, "es") < 4.5
                   and not k.endswith("mente")}  # Curiosamente: an adverb
        latin = {k for k in set(self.latin) | openers if not is_generic_acronym(k)}
        single = {k for k in latin if " " not in k and k.isalpha()}
        for key in latin:
            capitalised = self.latin[key] + self.initial[key]
            if self.glued[key] >= capitalised:
                continue  # Com: only seen glued to JD.
            if key in single:
                if self.lower[key] >= capitalised:
                    continue  # social: an ordinary word, capitalised by chance
                frequent = max(zipf(key, "es"), zipf(key, "en")) >= COMMON_ZIPF_LATIN
                if frequent and self.spellings[key].most_common(1)[0][0].isupper():
                    continue  # TOP, ID: a word in capitals
            keys.add(key)
        recurring = [g for g, df in self.han_documents.items()
                     if len(g) >= 3 and df >= 3 and self.han_total[g] >= 6]
        # Keep maximal strings: 阿里巴 goes when 阿里巴巴 is as widespread. Each string
        # hands its document count to its own substrings (linear, not all pairs).
        widest_container: Counter = Counter()
        for other in recurring:
            for n in range(3, len(other)):
                for i in range(len(other) - n + 1):
                    part = other[i:i + n]
                    widest_container[part] = max(widest_container[part],
                                                 self.han_documents[other])
        maximal = [g for g in recurring
                   if widest_container[g] < self.han_documents[g] * 0.8]
        keys.update(g for g in maximal if self._name_like_han(g, quoted=False))
        keys.update(k for k, n in self.subject.items()
                    if HAN.search(k) and len(k) >= 2 and not is_clause(k)
                    and (n >= 2 or _ORG_SUFFIX.search(k) and len(k) >= 3))
        seen_places = self._uses(PLACES_ZH)
        keys.update(place for place in PLACES_ZH if seen_places[place])
        keys.update(k for k in self.aliases if not is_generic_acronym(k))
        spellings = {k: self.spellings[k].most_common(1)[0][0] if k in self.spellings else k
                     for k in keys}
        return cls(keys, {k: v for k, v in self.aliases.items()
                          if k in keys and v in keys}, spellings)

    def _name_like_han(self, key: str, quoted: bool) -> bool:
        if not HAN.search(key):
            return not is_generic_acronym(key)
        if is_clause(key):
            return False
        glossed = key in self.aliases.values() or key in self.aliases
        acts = self.subject[key] >= 2
        if glossed or acts:
            return True
        if quoted:  # a name recurs; a slogan or an idiom in quotes is said once
            return zipf(key, "zh") < QUOTED_ZIPF_ZH and self.quoted_uses[key] >= 2
        return zipf(key, "zh") < COMMON_ZIPF_ZH


def _trim_name(name: str, opening: bool) -> str:
    """Drop sentence words caught before a name at a sentence start (En la Cumbre → Cumbre;
    mid-sentence "El País" keeps its article) and a generic acronym joined by "de"
    (ID de WeChat → WeChat)."""
    words = name.split()
    while opening and len(words) > 1 and _fold(words[0]) in _LEADING_WORDS:
        words.pop(0)
    while words and _fold(words[-1]) in _LEADING_WORDS:
        words.pop()
    if len(words) >= 3 and words[1] in ("de", "del") and is_generic_acronym(words[0]):
        words = words[2:]
    return " ".join(words)


_OPENERS = re.compile(r"^(?:同日|同一天|当天|当日|随后|此前|另外|此外|其中|目前|如今|今年|去年|近日|日前"
                      r"|与此同时|对此|为此|而|但|并|则|也)")


def head_trimmed(run: str) -> str | None:
    """A Chinese name at the end of a run of characters: what a function character or a
    clause opener leaves in front is cut off (对手是百度网盘 → 百度网盘, 同日蚂蚁金服 → 蚂蚁金服);
    None if nothing is left."""
    cut = 0
    for i in range(len(run) - 2, -1, -1):
        if _fold(run[i]) in _CLAUSE_CHARS:
            cut = i + 1
            break
    name = _OPENERS.sub("", run[cut:])
    return name if len(name) >= 2 else None
