"""The model every stage shares: the vocabulary (``namespaces``), the IRIs minted (``iri``), RDF terms
between rdflib and Oxigraph (``terms``), the record between extraction and mapping (``record``,
``record_schema``), the curated reference tables (``reference``) and where the data files live
(``resources``)."""
