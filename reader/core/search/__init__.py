"""Full-text search: the Whoosh index and the query language."""
