"""How index updates are cut into commits (shared by the index and the bulk writer, and
free of Whoosh so that a process that only searches does not import it)."""

#: Batches at least this large go through the bulk writer; smaller updates keep Whoosh's.
BULK_MIN_DOCUMENTS = 500
#: Documents per bulk segment: peak memory stays ~160 MB (one 10k segment peaked at 363 MB).
BULK_SEGMENT_DOCUMENTS = 3000
