"""Export highlights as Markdown (Obsidian/GitHub) or W3C Web Annotation JSON, and import
the JSON back (idempotent: an annotation's uid is its identity)."""
from __future__ import annotations

import re
from typing import Callable, Iterable

from reader.core.annotations.store import COLORS, Annotation, normalise_tags
from reader.core.models import ArticleInfo

W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
SOURCE_PREFIX = "reader:article/"


def _tag_for_markdown(tag: str) -> str:
    """Obsidian tags cannot hold spaces or most punctuation."""
    return "#" + re.sub(r"[\s#,;:.!?()\[\]{}\"']+", "-", tag).strip("-")


def _quote_block(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def markdown_export(articles: list[tuple[ArticleInfo, list[Annotation]]],
                    meta_by_article: dict[str, dict] | None = None) -> str:
    """One section per article, highlights in reading order, orphans at the end.
    ``meta_by_article`` (article id → the shelf record) adds its tags and collections."""
    parts: list[str] = []
    for info, items in articles:
        if not items:
            continue
        parts.append(f"# {info.title}\n")
        meta = [f"`{info.path}`"]
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
    lines = [_quote_block(a.exact), ""]
    if a.note.strip():
        lines += [a.note.strip(), ""]
    details = [f"colour: {a.color}"]
    if a.tags:
        details.append("tags: " + " ".join(_tag_for_markdown(t) for t in a.tags))
    details.append(f"created {a.created[:10]}")
    lines += ["*" + " · ".join(details) + "*", ""]
    return "\n".join(lines)


def w3c_annotation(a: Annotation) -> dict:
    body = [{"type": "TextualBody", "purpose": "highlighting", "value": a.color}]
    if a.note:
        body.append({"type": "TextualBody", "purpose": "commenting", "value": a.note,
                     "format": "text/markdown"})
    body += [{"type": "TextualBody", "purpose": "tagging", "value": t} for t in a.tags]
    return {
        "@context": W3C_CONTEXT,
        "id": f"urn:uuid:{a.uid}",
        "type": "Annotation",
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


def json_export(annotations: Iterable[Annotation]) -> dict:
    items = [w3c_annotation(a) for a in annotations]
    return {"@context": W3C_CONTEXT, "type": "AnnotationCollection", "total": len(items),
            "items": items}


class ImportProblem(ValueError):
    pass


def parse_w3c(data: dict, resolve_article: Callable[[str, str], str | None]
              ) -> tuple[list[Annotation], list[str]]:
    """Annotations in a W3C collection (or a single annotation / a list of them).

    ``resolve_article(id, path)`` maps the exported article to one in this library (ids are
    stable per path; the path helps when the library moved). Returns (annotations, problems).
    """
    if isinstance(data, list):
        items = data
    elif isinstance(data, dict) and "items" in data:
        items = data["items"]
    elif isinstance(data, dict) and data.get("type") == "Annotation":
        items = [data]
    else:
        raise ImportProblem("not a W3C annotation collection")
    result, problems = [], []
    for number, item in enumerate(items, start=1):
        try:
            result.append(_parse_item(item, resolve_article))
        except (KeyError, TypeError, ValueError, ImportProblem) as exc:
            problems.append(f"item {number}: {exc}")
    return result, problems


def _parse_item(item: dict, resolve_article) -> Annotation:
    uid = str(item["id"]).removeprefix("urn:uuid:")
    if not re.fullmatch(r"[0-9a-fA-F-]{8,64}", uid):
        raise ImportProblem(f"unusable id {item['id']!r}")
    target = item["target"]
    source = str(target.get("source", ""))
    exported_id = source.removeprefix(SOURCE_PREFIX)
    path = str(target.get("reader:path", ""))
    article = resolve_article(exported_id, path)
    if article is None:
        raise ImportProblem(f"article {path or exported_id} is not in this library")
    position = quote = None
    for selector in target.get("selector", []):
        if selector.get("type") == "TextPositionSelector":
            position = selector
        elif selector.get("type") == "TextQuoteSelector":
            quote = selector
    if quote is None or not quote.get("exact"):
        raise ImportProblem("no TextQuoteSelector")
    start = int(position["start"]) if position else 0
    end = int(position["end"]) if position else start + len(quote["exact"])
    color, note, tags = "yellow", "", []
    for body in item.get("body", []):
        purpose, value = body.get("purpose"), str(body.get("value", ""))
        if purpose == "highlighting" and value in COLORS:
            color = value
        elif purpose == "commenting":
            note = value
        elif purpose == "tagging":
            tags.append(value)
    return Annotation(uid=uid.replace("-", ""), article=article, start=start, end=end,
                      exact=quote["exact"], prefix=quote.get("prefix", ""),
                      suffix=quote.get("suffix", ""),
                      content_hash=str(target.get("reader:contentHash", "")), color=color,
                      note=note, tags=normalise_tags(tags), created=str(item.get("created", "")),
                      modified=str(item.get("modified", "")), orphan=False, path=path)
