"""Issue 11 item 9: the JSON export is a valid W3C AnnotationCollection and collections in
the spec's shape import.

The checks restate the MUST assertions of the official Web Annotation test suite
(github.com/w3c/web-annotation-tests: annotations/annotationMusts.test,
collections/collectionMusts.test and the definitions they reference: id.json,
annotations.json, collections.json) as Python predicates, one per assertion file named in
each message. The suite's JSON Schema files are not vendored: the stored copy carries no
licence file, and the assertions are short enough to state here."""
import json
import re
import uuid

import pytest

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
MOTIVATIONS = {"assessing", "bookmarking", "classifying", "commenting", "describing", "editing",
               "highlighting", "identifying", "linking", "moderating", "questioning",
               "replying", "tagging"}
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$")  # JSON Schema draft-04 "uri"
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
_UUID_URN = re.compile(r"^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}"
                       r"-[0-9a-f]{12}$")


def _is_uri(value) -> bool:
    return isinstance(value, str) and bool(_URI.match(value))


def _single(value, check) -> bool:
    """The suite's pattern: one value, or an array of exactly one."""
    if isinstance(value, list):
        return len(value) == 1 and check(value[0])
    return check(value)


def _has(value, wanted: str) -> bool:
    return value == wanted or (isinstance(value, list) and wanted in value)


def annotation_must_failures(a: dict) -> list[str]:
    failures = []

    def must(ok, assertion):
        if not ok:
            failures.append(assertion)

    must(_has(a.get("@context"), ANNO_CONTEXT), "3.1-annotationContextValidated")
    must(_single(a.get("id"), _is_uri), "3.1-annotationIdValidated")
    must(_has(a.get("type"), "Annotation"), "3.1-annotationTypeValidated")
    must("target" in a, "3.1-targetKeyFound")
    for target in a.get("target") if isinstance(a.get("target"), list) else [a.get("target")]:
        must(_is_uri(target) or (isinstance(target, dict) and
                                 (_is_uri(target.get("id")) or _is_uri(target.get("source")))),
             "3.2-targetObjectsRecognized")
    must(not ("body" in a and "bodyValue" in a), "3.2.5-notBodyBodyValue")
    for key, assertion in (("created", "3.3.1-annotationCreatedValidated"),
                           ("modified", "3.3.1-annotationModifiedValidated"),
                           ("generated", "3.3.1-annotationGeneratedValidated")):
        if key in a:
            must(_single(a[key], lambda v: isinstance(v, str) and bool(_DATE_TIME.match(v))),
                 assertion)
    for key, assertion in (("rights", "3.3.6-annotationRightsValidated"),
                           ("canonical", "3.3.7-annotationCanonicalValidated"),
                           ("via", "3.3.7-annotationViaValidated")):
        if key in a:
            must(all(_is_uri(v) for v in (a[key] if isinstance(a[key], list) else [a[key]])),
                 assertion)
    if "motivation" in a:
        values = a["motivation"] if isinstance(a["motivation"], list) else [a["motivation"]]
        must(values and all(v in MOTIVATIONS for v in values),
             "annotations.json#motivationRecognizedIfPresent")
    for body in a.get("body", []) if isinstance(a.get("body"), list) else [a.get("body")]:
        if isinstance(body, dict) and "purpose" in body:
            must(body["purpose"] in MOTIVATIONS, "textualBody.json purpose")
        if isinstance(body, dict) and body.get("type") == "TextualBody":
            must(isinstance(body.get("value"), str), "textualBody.json value")
    return failures


def collection_must_failures(c: dict) -> list[str]:
    failures = []

    def must(ok, assertion):
        if not ok:
            failures.append(assertion)

    must(_has(c.get("@context"), ANNO_CONTEXT), "5.1-collectionContextValidated")
    must(_single(c.get("id"), _is_uri), "5.1-collectionIdValidated")
    must(_has(c.get("type"), "AnnotationCollection"), "5.1-collectionTypeValidated")
    if "label" in c:
        must(isinstance(c["label"], str) or (isinstance(c["label"], list) and c["label"] and
                                             all(isinstance(x, str) for x in c["label"])),
             "5.1-collectionLabelValidated")
    if "total" in c:
        must(_single(c["total"], lambda v: isinstance(v, int) and v >= 0),
             "5.1-collectionTotalValidated")
        if _single(c["total"], lambda v: isinstance(v, int) and v > 0):
            must("first" in c, "5.1-collectionFirstValidated (first required when total > 0)")
    if "first" in c:
        must(_single(c["first"], lambda v: _is_uri(v) or
                     (isinstance(v, dict) and _has(v.get("type"), "AnnotationPage"))),
             "5.1-collectionFirstValidated")
    if "last" in c:
        must(_single(c["last"], _is_uri), "5.1-collectionLastValidated")
    for key in ("created", "modified"):
        if key in c:
            must(_single(c[key], lambda v: isinstance(v, str) and bool(_DATE_TIME.match(v))),
                 f"3.3.1-collection{key.title()}Validated")
    page = c.get("first")
    if isinstance(page, dict):
        must(_has(page.get("type"), "AnnotationPage"), "collections.json#annotationPageType")
        must(isinstance(page.get("items"), list) and all(
            _is_uri(i) or (isinstance(i, dict) and _has(i.get("type"), "Annotation"))
            for i in page["items"]), "collections.json#itemsFound")
        if "partOf" in page:
            must(_single(page["partOf"], _is_uri) or _is_uri(page["partOf"].get("id")),
                 "collections.json#partOfValidIfPresent")
        if "startIndex" in page:
            must(isinstance(page["startIndex"], int) and page["startIndex"] >= 0,
                 "collections.json#startIndexDefinition")
    return failures


@pytest.fixture
def library(seeds_dir, data_dir):
    from reader.core.library.facade import Library

    lib = Library(seeds_dir, data_dir)
    lib.load()
    yield lib
    lib.close()


@pytest.fixture
def annotated(library):
    text = library.articles.document("002").text
    start = text.index("Taoxiaopu")
    plain = library.annotations.add("002", start, start + 9, "purple").annotation
    noted = library.annotations.add("002", start + 20, start + 40, "blue", "una *nota*",
                                   ["es", "dos palabras"]).annotation
    return library, plain, noted


def test_the_export_is_a_valid_annotation_collection(annotated):
    library, plain, noted = annotated
    collection = json.loads(library.annotations.export("json"))
    assert collection_must_failures(collection) == []
    items = collection["first"]["items"]
    assert collection["total"] == len(items) == 2
    for item in items:
        assert annotation_must_failures(item) == [], item
        assert _UUID_URN.match(item["id"]), item["id"]  # RFC 4122, with hyphens
    by_id = {item["id"]: item for item in items}
    assert by_id[uuid.UUID(plain.uid).urn]["motivation"] == "highlighting"
    assert by_id[uuid.UUID(noted.uid).urn]["motivation"] == "commenting"
    assert _UUID_URN.match(collection["id"])


def test_reader_keys_are_defined_in_the_context(annotated):
    library, _, _ = annotated
    collection = json.loads(library.annotations.export("json"))
    item = collection["first"]["items"][0]
    prefixes = {}
    for entry in item["@context"]:
        if isinstance(entry, dict):
            prefixes.update(entry)
    extra = [k for k in item["target"] if ":" in k]
    assert extra and all(k.split(":")[0] in prefixes for k in extra)
    assert all(_is_uri(prefixes[p]) for p in prefixes)
    assert item["target"]["source"].split(":")[0] in prefixes


def test_an_empty_export_is_a_valid_collection(library):
    collection = json.loads(library.annotations.export("json"))
    assert collection["total"] == 0 and collection_must_failures(collection) == []


def test_the_checker_catches_what_the_old_export_lacked():
    """The collection Reader used to write: no id, no first page although total > 0."""
    old = {"@context": ANNO_CONTEXT, "type": "AnnotationCollection", "total": 1,
           "items": [{"@context": ANNO_CONTEXT, "id": "urn:uuid:abc", "type": "Annotation",
                      "target": "http://example.org/page1"}]}
    assert collection_must_failures(old) == [
        "5.1-collectionIdValidated",
        "5.1-collectionFirstValidated (first required when total > 0)"]


def _spec_collection(source_path: str, exact: str) -> dict:
    """Shaped like the model's §5 examples: an embedded first page holding annotations with
    ids that are not UUIDs, a bodyValue, a single selector object and a motivation."""
    return {
        "@context": ANNO_CONTEXT, "id": "http://example.org/collection1",
        "type": "AnnotationCollection", "label": "Steampunk Annotations", "total": 2,
        "first": {
            "id": "http://example.org/page1", "type": "AnnotationPage", "startIndex": 0,
            "next": {"id": "http://example.org/page2", "type": "AnnotationPage",
                     "items": [{"id": "http://example.org/anno2", "type": "Annotation",
                                "motivation": "highlighting",
                                "target": {"source": "http://example.org/elsewhere",
                                           "reader:path": source_path,
                                           "selector": {"type": "TextQuoteSelector",
                                                        "exact": exact}}}]},
            "items": [{"id": "http://example.org/anno1", "type": "Annotation",
                       "motivation": "commenting", "bodyValue": "Comment text",
                       "target": {"source": "http://example.org/elsewhere",
                                  "reader:path": source_path,
                                  "selector": {"type": "TextQuoteSelector", "exact": exact}}}],
        },
    }


def test_a_collection_in_the_spec_shape_imports_once(library):
    info = library.articles.info("002")
    text = library.articles.document("002").text
    exact = text[1000:1040]
    assert text.count(exact) == 1
    payload = _spec_collection(info.path, exact)
    assert collection_must_failures(payload) == []
    report = library.annotations.import_w3c(payload)
    assert (report.imported, report.problems) == (2, [])
    annotations = library.annotations.for_article("002")
    assert sorted(a.note for a in annotations) == ["", "Comment text"]
    assert all(text[a.start:a.end] == exact and not a.orphan
               for a in annotations)
    again = library.annotations.import_w3c(payload)
    assert (again.imported, again.unchanged) == (0, 2)


def test_a_page_only_named_by_its_uri_is_reported_not_fetched(library):
    payload = {"@context": ANNO_CONTEXT, "id": "http://example.org/c", "total": 3,
               "type": "AnnotationCollection", "first": "http://example.org/page1"}
    report = library.annotations.import_w3c(payload)
    assert report.imported == 0 and "not embedded" in report.problems[0]


def test_export_then_import_round_trips(annotated, data_dir, seeds_dir):
    from reader.core.library.facade import Library

    library, plain, noted = annotated
    exported = json.loads(library.annotations.export("json"))
    other = Library(seeds_dir, data_dir.parent / "other-data")
    other.load()
    report = other.annotations.import_w3c(exported)
    assert report.imported == 2 and report.problems == []
    assert {a.uid for a in other.annotations.for_article("002")} == {plain.uid, noted.uid}
    other.close()
