"""The ``viz`` and ``stats`` commands: see the graph, and measure it.

They add themselves to ``unhrkg.cli.main``; matplotlib and networkx load only when one runs.
"""
from __future__ import annotations

from pathlib import Path

import click

from unhrkg.cli import main, store_option
from unhrkg.viz import FORMATS, VIEWS


def _read_store(store_dir: Path | None):  # type: ignore[no-untyped-def]
    """The store, read-only: a missing store is an error here, not a new empty one."""
    from unhrkg.store import Store, default_location

    return Store(store_dir or default_location(), read_only=True)


_VIEW_HELP = "\n".join(f"  {name:<10} {text}" for name, text in VIEWS.items())
_FORMAT_HELP = "\n".join(f"  {ext:<9} {text}" for ext, text in FORMATS.items())


@main.command(help=f"""Draw or export one VIEW of the graph to FILE; the format comes from its extension.

\b
Views:
{_VIEW_HELP}

\b
Formats:
{_FORMAT_HELP}

\b
Examples:
  unhrkg viz stance -o stance.png
  unhrkg viz ego --focus PRK --depth 2 -o prk.html
  unhrkg viz ego --focus "North Korea" -o prk.gexf
  unhrkg viz entity --no-documents -o entities.gexf
""")
@click.argument("view", metavar="VIEW")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Output file: .graphml .gexf .json .png .svg .html")
@click.option("--focus", help="Keep what is within --depth hops of this entity: ISO3 (PRK), body code (OHCHR), "
                              "a State's or body's name in any language the extractor reads (DPRK, 'North Korea', "
                              "'European Union'), a symbol, 'CHR 2003/10' or an IRI. Required for the ego view.")
@click.option("--depth", default=2, show_default=True, type=click.IntRange(min=0), help="Hops around --focus.")
@click.option("--no-documents", is_flag=True, help="Leave document nodes out (entity and ego views).")
@click.option("--title", help="Title of the drawing or page (default: from the view).")
@click.option("--max-labels", type=click.IntRange(min=0), help="Label only this many best-connected nodes.")
@store_option
def viz(view: str, output: Path, focus: str | None, depth: int, no_documents: bool, title: str | None,
        max_labels: int | None, store_dir: Path | None) -> None:
    from unhrkg.viz.export import check_format, write
    from unhrkg.viz.views import check_view, to_networkx

    check_view(view)
    check_format(output)
    with _read_store(store_dir) as store:
        graph = to_networkx(store, view=view, focus=focus, depth=depth, documents=not no_documents)
    path = write(graph, output, title=title, max_labels=max_labels)
    click.echo(f"wrote {path}: {view} view, {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")


@main.command()
@click.option("--top", default=10, show_default=True, type=click.IntRange(min=1), help="Rows per ranking.")
@click.option("--chart", type=click.Path(dir_okay=False, path_type=Path), help="Also draw the rankings to a .png/.svg.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@store_option
def stats(top: int, chart: Path | None, fmt: str, store_dir: Path | None) -> None:
    """Graph analytics: most-cited resolutions, degree and betweenness centrality of States and
    bodies, connected components; as tables (or JSON), and with --chart as a bar chart."""
    from unhrkg.viz import UnsupportedFormatError
    from unhrkg.viz.stats import format_stats, graph_stats, stats_chart

    if chart is not None and chart.suffix.lower() not in (".png", ".svg"):
        raise UnsupportedFormatError(f"--chart {chart.name!r}: give a .png or .svg file")
    with _read_store(store_dir) as store:
        result = graph_stats(store, top=top)
    click.echo(format_stats(result, fmt))
    if chart is not None:
        path = stats_chart(result, chart)
        click.echo(f"wrote {path}", err=fmt == "json")
