"""The pipeline that runs the stages over files: find them (``discover``), make each ready in a worker
(``prepare``: read, extract, map, validate), write them to the store in batches (``ingest``), take
documents out (``remove``), and the main job (``build``). ``isolate`` bounds one file's time and memory;
``environment`` checks the settings read from the environment."""
