"""Run one benchmarked pipeline in this process and write its figures as JSON.

    python -m unhrkg.bench.run ours|rdflib|raw|push ARGS.json OUT.json

``python -m unhrkg.bench`` starts one such process per pipeline, one after the other, so
each has the machine to itself and its peak memory is its own.
"""
from __future__ import annotations

import json
import sys
from typing import Any


def run(pipeline: str, args: dict[str, Any]) -> dict[str, Any]:
    if pipeline == "ours":
        from unhrkg.bench import pipeline_ours

        return pipeline_ours.run(args["corpus"], args["docs"], args["work"], args["params"], args["seed"],
                                 args["subset"], args["timeout"])
    if pipeline == "rdflib":
        from unhrkg.bench import pipeline_rdflib

        return pipeline_rdflib.run(args["corpus"], args["subset"], args["work"], args["params"], args.get("timeout", 0.0))
    if pipeline == "raw":
        from unhrkg.bench import pipeline_raw

        return pipeline_raw.run(args["nquads"], args["work"], args["params"], args["timeout"],
                                args.get("skip", []))
    if pipeline == "push":
        from unhrkg.bench import pipeline_push

        return pipeline_push.run(args["store"], args["nquads"], args["work"], params=args.get("params"))
    raise SystemExit(f"unknown pipeline {pipeline!r} (ours, rdflib, raw or push)")


def main(argv: list[str] | None = None) -> int:
    pipeline, args_file, out_file = (argv if argv is not None else sys.argv[1:])[:3]
    with open(args_file, encoding="utf-8") as fh:
        args = json.load(fh)
    figures = run(pipeline, args)
    with open(out_file, "w", encoding="utf-8") as fh:
        json.dump(figures, fh, indent=1, sort_keys=True)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
