"""Mapping: a ``DocumentRecord`` becomes the triples of its document's named graph, and the reference
tables become the reference graph. Pure: no store, no validation here."""
