"""Export highlights as Markdown (Obsidian/GitHub) or W3C Web Annotation JSON, and import
the JSON back (idempotent: an annotation's uid is its identity)."""
from __future__ import annotations

import re
import uuid
from typing import Callable, Iterable

from reader.core.annotations.markdown_safe import block_lines, indented, inline_text
from reader.core.annotations.store import COLORS, Annotation, normalise_tags
from reader.core.models import ArticleInfo

W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
#: The keys Reader adds (``reader:path`` …) are compact IRIs of this namespace; a URN, so
#: no JSON-LD processor tries to fetch it.
READER_NAMESPACE = "urn:x-reader:ns:"
CONTEXT = [W3C_CONTEXT, {"reader": READER_NAMESPACE}]
SOURCE_PREFIX = "reader:article/"


def _tag_for_markdown(tag: str) -> str:
    """Obsidian tags cannot hold spaces or most punctuation."""
    return "#" + re.sub(r"[\s#,;:.!?()\[\]{}\"']+", "-", tag).strip("-")


def _quote_block(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in block_lines(text))


def markdown_export(articles: list[tuple[ArticleInfo, list[Annotation]]],
                    meta_by_article: dict[str, dict] | None = None) -> str:
    """One section per article, highlights in reading order, orphans at the end.
    ``meta_by_article`` (article id → the shelf record) adds its tags and collections."""
    parts: list[str] = []
    for info, items in articles:
        if not items:
            continue
        parts.append(f"# {inline_text(' '.join(info.title.split()))}\n")
        meta = ["file " + _code_span(" ".join(info.path.split("\n")))]
        if info.date:
            meta.insert(0, info.date)
        parts.append(" · ".join(meta) + "\n")
        shelf = (meta_by_article or {}).get(info.id, {})
        if shelf.get("tags") or shelf.get("collections"):
            labels = [" ".join(_tag_for_markdown(t) for t in shelf.get("tags", ()))]
            labels += [f"collection: {c}" for c in shelf.get("collections", ())]
            parts.append(" · ".join(label for label in labels if label) + "\n")
        placed = sorted((a for a in items if not a.orphan), key=lambda a: (a.start, a.end))
        orphans = [a for a in items if a.orphan]
        for annotation in placed:
            parts.append(_annotation_markdown(annotation))
        if orphans:
            parts.append("## Highlights that could not be placed\n")
            parts.append("The article changed and these passages were not found again.\n")
            for annotation in orphans:
                parts.append(_annotation_markdown(annotation))
    return "\n".join(parts).rstrip() + "\n" if parts else ""


def _annotation_markdown(a: Annotation) -> str:
    """One list item per highlight: the quote, then the note and details indented under it,
    so that nothing in a note can end the item or start a block of the export."""
    lines = ["- " + _quote_block(a.exact).replace("\n", "\n    "), ""]
    if a.note.strip():
        lines += [indented(block_lines(a.note.strip()), "    "), ""]
    details = [f"colour: {a.color}"]
    if a.tags:
        details.append("tags: " + " ".join(inline_text(_tag_for_markdown(t)) for t in a.tags))
    details.append(f"created {a.created[:10]}")
    lines += ["    *" + " · ".join(details) + "*", ""]
    return "\n".join(lines)


def _code_span(text: str) -> str:
    """A code span holds any text literally; its fence is longer than any run inside."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    return f"{fence} {text} {fence}" if longest else f"`{text}`"


def urn_uuid(uid: str) -> str:
    """``urn:uuid:`` with the RFC 4122 form (8-4-4-4-12 hex digits, hyphens)."""
    try:
        return uuid.UUID(uid).urn
    except ValueError:  # a uid that is no UUID (never made by Reader): a stable one for it
        return uuid.uuid5(uuid.NAMESPACE_URL, uid).urn


def w3c_annotation(a: Annotation) -> dict:
    body = [{"type": "TextualBody", "purpose": "highlighting", "value": a.color}]
    if a.note:
        body.append({"type": "TextualBody", "purpose": "commenting", "value": a.note,
                     "format": "text/markdown"})
    body += [{"type": "TextualBody", "purpose": "tagging", "value": t} for t in a.tags]
    return {
        "@context": CONTEXT,
        "id": urn_uuid(a.uid),
        "type": "Annotation",
        "motivation": "commenting" if a.note else "highlighting",
        "created": a.created,
        "modified": a.modified,
        "body": body,
        "target": {
            "source": SOURCE_PREFIX + a.article,
            "reader:path": a.path,
            "reader:contentHash": a.content_hash,
            "reader:orphan": a.orphan,
            "selector": [
                {"type": "TextPositionSelector", "start": a.start, "end": a.end},
                {"type": "TextQuoteSelector", "exact": a.exact, "prefix": a.prefix,
                 "suffix": a.suffix},
            ],
        },
    }


def json_export(annotations: Iterable[Annotation], label: str = "Reader highlights") -> dict:
    """An AnnotationCollection (W3C model §5) with every annotation on its one embedded
    page; ``first`` is required whenever ``total`` > 0."""
    items = [w3c_annotation(a) for a in annotations]
    collection_id = uuid.uuid4().urn
    collection = {"@context": CONTEXT, "id": collection_id, "type": "AnnotationCollection",
                  "label": label, "total": len(items)}
    if items:
        collection["first"] = {"id": uuid.uuid4().urn, "type": "AnnotationPage",
                               "partOf": collection_id, "startIndex": 0, "items": items}
    return collection


class ImportProblem(ValueError):
    pass


def parse_w3c(data, resolve_article: Callable[[str, str], str | None]
              ) -> tuple[list[Annotation], list[str]]:
    """Annotations in a W3C AnnotationCollection (its embedded pages, ``first`` and those
    chained by ``next``), an AnnotationPage, a single Annotation, or a list of them. Reader's
    own older exports (``items`` on the collection) are read too.

    ``resolve_article(id, path)`` maps the exported article to one in this library (ids are
    stable per path; the path helps when the library moved). Returns (annotations, problems).
    """
    problems: list[str] = []
    items = _items_of(data, problems)
    result = []
    for number, item in enumerate(items, start=1):
        try:
            if not isinstance(item, dict):
                raise ImportProblem("a reference, not an embedded annotation")
            result.append(_parse_item(item, resolve_article))
        except (KeyError, TypeError, ValueError, ImportProblem) as exc:
            problems.append(f"item {number}: {exc}")
    return result, problems


def _types(node) -> set[str]:
    kind = node.get("type", ()) if isinstance(node, dict) else ()
    return {kind} if isinstance(kind, str) else {k for k in kind if isinstance(k, str)}


def _items_of(data, problems: list[str]) -> list:
    if isinstance(data, list):
        return data
    if not isinstance(data, dict):
        raise ImportProblem("not a W3C annotation collection")
    kinds = _types(data)
    if "Annotation" in kinds:
        return [data]
    if "items" in data and isinstance(data["items"], list):  # a page, or an older export
        pages = [data]
    elif "AnnotationCollection" in kinds or "first" in data:
        pages = []
        page = data.get("first")
        if isinstance(page, list) and len(page) == 1:
            page = page[0]
        seen = 0
        while page is not None and seen < 100_000:
            if not isinstance(page, dict):
                problems.append(f"page {page!r} is not embedded in the file (Reader reads "
                                "no network): its annotations were not imported")
                break
            pages.append(page)
            seen += 1
            page = page.get("next")
    else:
        raise ImportProblem("not a W3C annotation collection")
    items: list = []
    for page in pages:
        page_items = page.get("items", [])
        if not isinstance(page_items, list):
            raise ImportProblem("a page's items are not a list")
        items.extend(page_items)
    return items


def _one(value):
    """A key the model allows as one value or a list of them: the first."""
    if isinstance(value, list):
        return value[0] if value else None
    return value


def _as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _parse_item(item: dict, resolve_article) -> Annotation:
    uid = _uid_from_id(str(item["id"]))
    target = _one(item["target"])
    if isinstance(target, str):
        raise ImportProblem("the target names no passage (no selector)")
    source = str(_one(target.get("source", "")) or "")
    exported_id = source.removeprefix(SOURCE_PREFIX)
    path = str(target.get("reader:path", ""))
    article = resolve_article(exported_id, path)
    if article is None:
        raise ImportProblem(f"article {path or exported_id} is not in this library")
    position = quote = None
    for selector in _as_list(target.get("selector")):
        if not isinstance(selector, dict):
            continue
        if "TextPositionSelector" in _types(selector):
            position = selector
        elif "TextQuoteSelector" in _types(selector):
            quote = selector
    if quote is None or not quote.get("exact"):
        raise ImportProblem("no TextQuoteSelector")
    start = int(position["start"]) if position else 0
    end = int(position["end"]) if position else start + len(quote["exact"])
    color, note, tags = "yellow", "", []
    bodies = _as_list(item.get("body"))
    if "bodyValue" in item:
        bodies.append({"type": "TextualBody", "purpose": "commenting",
                       "value": _one(item["bodyValue"])})
    motivation = _as_list(item.get("motivation"))
    for body in bodies:
        if not isinstance(body, dict):
            continue
        purpose, value = _one(body.get("purpose")), str(body.get("value", ""))
        if purpose == "highlighting" and value in COLORS:
            color = value
        elif purpose == "commenting" or (purpose is None and "commenting" in motivation
                                          and not note):
            note = value
        elif purpose == "tagging":
            tags.append(value)
    return Annotation(uid=uid, article=article, start=start, end=end,
                      exact=quote["exact"], prefix=quote.get("prefix", ""),
                      suffix=quote.get("suffix", ""),
                      content_hash=str(target.get("reader:contentHash", "")), color=color,
                      note=note, tags=normalise_tags(tags), created=str(item.get("created", "")),
                      modified=str(item.get("modified", "")), orphan=False, path=path)


def _uid_from_id(identifier: str) -> str:
    """Reader's uid (32 hex digits) for an annotation id: the UUID of a ``urn:uuid:`` id with
    or without hyphens, else a UUID derived from the id, so importing again matches it."""
    try:
        return uuid.UUID(identifier.removeprefix("urn:uuid:")).hex
    except ValueError:
        if not identifier.strip():
            raise ImportProblem("an annotation without an id") from None
        return uuid.uuid5(uuid.NAMESPACE_URL, identifier).hex
