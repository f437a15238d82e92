"""Views of the graph (networkx), their exports and drawings, and the stats, on the development corpus."""
from __future__ import annotations

import itertools
import json
import re
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
import rdflib
from click.testing import CliRunner

from helpers import ROOT
import unhrkg
from unhrkg.errors import StoreError
from unhrkg.cli import main
from unhrkg.export import export
from unhrkg.store import Store
from unhrkg.viz import VIEWS, UnknownFocusError, UnknownViewError, UnsupportedFormatError
from unhrkg.viz.export import write
from unhrkg.viz.stats import format_stats, graph_stats
from unhrkg.viz.style import (DOC_TYPE_COLOURS, KIND_COLOURS, RELATION_COLOURS, labelled_nodes, node_colour,
                              node_radius)

ID = "https://w3id.org/unhrkg/id/"
PRK, USA, LKA, VEN, EU = (ID + x for x in ("state/PRK", "state/USA", "state/LKA", "state/VEN", "body/EU"))
CHR_2003_10, CHR_2004_13 = ID + "resolution/CHR/2003/10", ID + "resolution/CHR/2004/13"
HRC_25_1, HRC_42_4 = ID + "resolution/HRC/25/1", ID + "resolution/HRC/42/4"
PRK_LETTER = ID + "doc/E/CN.4/2005/G/13"
HRC_DECISION = ID + "doc/A/HRC/DEC/14/105"
STANCES = {(PRK, "rejects", CHR_2003_10), (PRK, "rejects", CHR_2004_13), (LKA, "rejects", HRC_25_1),
           (VEN, "supports", HRC_42_4), (EU, "tabled", CHR_2003_10), (EU, "tabled", CHR_2004_13)}


@pytest.fixture(scope="module")
def views(corpus_store: Store) -> dict[str, nx.Graph]:
    """Every view of the corpus, built once (the ego view around PRK)."""
    return {v: unhrkg.to_networkx(corpus_store, view=v, focus="PRK" if v == "ego" else None) for v in VIEWS}


def stance_edges(graph: nx.Graph) -> set[tuple[str, str, str]]:
    return {(u, k, v) for u, v, k in graph.edges(keys=True)}


def prk_note(graph: nx.Graph) -> str:
    """The PRK note verbale of 2004 (it has no symbol): the document saying PRK rejects CHR 2003/10."""
    (doc,) = graph.edges[PRK, CHR_2003_10, "rejects"]["sources"]
    return doc


# ---------------------------------------------------------------- structure of each view

def test_stance_graph_states_resolutions_and_sponsors(views: dict[str, nx.Graph]) -> None:
    g = views["stance"]
    assert isinstance(g, nx.MultiDiGraph)
    assert stance_edges(g) == STANCES
    assert set(g) == {PRK, LKA, VEN, EU, CHR_2003_10, CHR_2004_13, HRC_25_1, HRC_42_4}
    assert {n: g.nodes[n]["kind"] for n in (PRK, EU, CHR_2003_10)} == {PRK: "State", EU: "Body",
                                                                       CHR_2003_10: "Resolution"}
    assert [g.nodes[n]["label"] for n in (PRK, EU, CHR_2003_10, HRC_42_4)] == ["PRK", "EU", "CHR 2003/10", "HRC 42/4"]
    rejects = g.edges[PRK, CHR_2004_13, "rejects"]
    assert (rejects["predicate"], rejects["stance"], rejects["sources"]) == ("unhr:stance", "rejects", [PRK_LETTER])
    assert any("resolute rejection" in e for e in rejects["evidence"])
    assert any("categorically objects to resolution 2003/10" in e
               for e in g.edges[PRK, CHR_2003_10, "rejects"]["evidence"])
    tabled = g.edges[EU, CHR_2004_13, "tabled"]
    assert (tabled["predicate"], tabled["source_labels"]) == ("unhr:tabledBy", ["E/CN.4/2005/G/13"])
    assert g.nodes[CHR_2003_10]["tabled_by"] == ["EU"] and "tabled_by" not in g.nodes[HRC_42_4]


def test_entity_graph_has_entities_and_no_literals(views: dict[str, nx.Graph], corpus_store: Store) -> None:
    g = views["entity"]
    assert all(str(n).startswith(ID) for n in g), "only IRIs of things become nodes"
    for node, data in g.nodes(data=True):
        assert data["iri"] == node and data["label"] and data["kind"] in KIND_COLOURS, node
    for u, v, data in g.edges(data=True):
        assert data["predicate"].startswith("unhr:") and data["label"] and data["sources"], (u, v)
    corpus_docs = {d for g in corpus_store.document_graphs() for d in corpus_store.described_by(str(g))}
    assert corpus_docs <= set(g) and all(g.nodes[d]["ingested"] for d in corpus_docs)
    assert {d for e in g.edges(data=True) for d in e[2]["sources"]} <= corpus_docs
    assert {"State", "Body", "Mission", "Person", "Document", "Resolution", "Session", "AgendaItem"} == {
        k for _, k in g.nodes(data="kind")}
    assert {(u, k, v) for u, v, k in g.edges(keys=True)} >= STANCES
    assert g.has_edge(PRK_LETTER, ID + "doc/E/CN.4/2005/32", "cites")
    assert g.edges[PRK_LETTER, PRK, "on behalf of"]["predicate"] == "unhr:onBehalfOf"
    assert g.has_edge(ID + "mission/PRK/UNOG", PRK, "mission of")
    assert g.has_edge(PRK_LETTER, ID + "session/CHR/61/item/9", "circulated under")
    assert g.has_edge(ID + "session/CHR/61/item/9", ID + "session/CHR/61", "of session")
    post = g.edges[ID + "person/PRK/ri-tcheul", ID + "mission/PRK/UNOG", "holds post in"]
    assert post["posts"] == ["Ambassador", "Permanent Representative"]
    assert g.nodes[ID + "state/DEU"]["sources"] == [prk_note(g)]


def test_entity_graph_without_documents(corpus_store: Store) -> None:
    g = unhrkg.to_networkx(corpus_store, view="entity", documents=False)
    assert g.number_of_nodes() and all(kind != "Document" for _, kind in g.nodes(data="kind"))
    assert {(u, k, v) for u, v, k in g.edges(keys=True)} >= STANCES


def test_ego_graph_of_prk(views: dict[str, nx.Graph], corpus_store: Store) -> None:
    one = unhrkg.to_networkx(corpus_store, view="ego", focus="PRK", depth=1)
    note = prk_note(views["entity"])
    assert {PRK, PRK_LETTER, note, ID + "mission/PRK/UNOG", CHR_2003_10, CHR_2004_13} <= set(one)
    assert USA not in one and EU not in one
    assert one.graph["focus"] == PRK and one.nodes[PRK]["distance"] == 0
    assert {d for n, d in one.nodes(data="distance") if n != PRK} == {1}
    two = views["ego"]
    assert {USA, EU, ID + "body/CHR", ID + "body/OHCHR", ID + "person/PRK/ri-tcheul"} <= set(two)
    assert set(one) < set(two) <= set(views["entity"])
    assert stance_edges(two) >= {(PRK, "rejects", CHR_2003_10), (EU, "tabled", CHR_2004_13)}
    assert set(unhrkg.to_networkx(corpus_store, view="ego", focus="PRK", depth=0)) == {PRK}


@pytest.mark.parametrize("focus, node", [
    ("PRK", PRK), ("prk", PRK), ("OHCHR", ID + "body/OHCHR"), ("E/CN.4/2005/G/13", PRK_LETTER),
    ("CHR 2003/10", CHR_2003_10), ("2004/13", CHR_2004_13), (PRK, PRK), ("Ri Tcheul", ID + "person/PRK/ri-tcheul"),
    ("Democratic People's Republic of Korea", PRK)])
def test_focus_by_code_symbol_number_label_or_iri(corpus_store: Store, focus: str, node: str) -> None:
    assert unhrkg.to_networkx(corpus_store, view="ego", focus=focus, depth=1).graph["focus"] == node


@pytest.mark.parametrize("focus, node", [
    ("DPRK", PRK), ("North Korea", PRK), ("north  korea", PRK), ("D.P.R. Korea", PRK), ("Corée du Nord", PRK),
    ("República Popular Democrática de Corea", PRK), ("European Union", EU), ("Union européenne", EU),
    ("Office of the High Commissioner for Human Rights", ID + "body/OHCHR")])
def test_focus_by_any_name_the_reference_tables_give(corpus_store: Store, focus: str, node: str) -> None:
    """The names and aliases of states.csv, bodies.csv and the French and Spanish lexicon tables."""
    assert unhrkg.to_networkx(corpus_store, view="ego", focus=focus, depth=1).graph["focus"] == node


@pytest.mark.parametrize("focus, message", [
    ("Noth Korea", "not in the ego view; did you mean North Korea (PRK)?"),
    ("Sri Lanca", "did you mean Sri Lanka (LKA)?"),
    ("Korea", "did you mean Democratic People's Republic of Korea (PRK)?"),
    ("South Korea", "focus 'South Korea' (KOR) is not in the ego view"),
    ("ATLANTIS", "not in the ego view (give an ISO3 code, a body code, a State's or body's name")])
def test_focus_miss_says_what_was_meant(corpus_store: Store, focus: str, message: str) -> None:
    with pytest.raises(UnknownFocusError) as caught:
        unhrkg.to_networkx(corpus_store, view="ego", focus=focus)
    assert message in str(caught.value)


@pytest.mark.parametrize("focus, message", [
    ("KOR", "not in the ego view"), ("CHR 1999/1", "not in the ego view"), (None, "needs a focus")])
def test_unknown_focus_is_a_clear_error(corpus_store: Store, focus: str | None, message: str) -> None:
    with pytest.raises(UnknownFocusError, match=message):
        unhrkg.to_networkx(corpus_store, view="ego", focus=focus)


def test_focus_narrows_any_view(corpus_store: Store) -> None:
    g = unhrkg.to_networkx(corpus_store, view="stance", focus="EU", depth=1)
    assert stance_edges(g) == {(EU, "tabled", CHR_2003_10), (EU, "tabled", CHR_2004_13)}


def test_citation_graph(views: dict[str, nx.Graph]) -> None:
    g = views["citation"]
    assert isinstance(g, nx.DiGraph) and not g.is_multigraph()
    cites = {(g.nodes[u]["label"], g.nodes[v]["label"]) for u, v, p in g.edges(data="predicate") if p == "unhr:cites"}
    assert ("E/CN.4/2005/G/13", "E/CN.4/2005/32") in cites and len(cites) == 6
    assert {v for u, v in g.out_edges(HRC_DECISION) if g.edges[u, v]["label"] == "cites"} == {
        ID + "doc/A/HRC/14/15", ID + "doc/A/HRC/14/37", ID + "doc/A/HRC/14/15/Add.1"}
    assert g.edges[PRK_LETTER, CHR_2004_13]["predicate"] == "unhr:refersToResolution"
    assert g.nodes[ID + "resolution/GA/60/251"]["cited_by"] == 2
    assert g.nodes[ID + "doc/E/CN.4/2005/32"]["ingested"] is False and g.nodes[PRK_LETTER]["ingested"] is True
    assert {k for _, k in g.nodes(data="kind")} == {"Document", "Resolution"}


def test_comention_graph(views: dict[str, nx.Graph]) -> None:
    g = views["comention"]
    assert isinstance(g, nx.Graph) and not g.is_directed()
    assert {k for _, k in g.nodes(data="kind")} == {"State", "Body"}
    assert g.edges[PRK, USA]["weight"] == 2
    assert set(g.edges[PRK, USA]["sources"]) == {PRK_LETTER, prk_note(views["entity"])}
    assert g.edges[PRK, ID + "state/DEU"]["weight"] == 1
    assert not g.has_edge(PRK, VEN)
    assert all(d["weight"] == len(d["sources"]) for *_, d in g.edges(data=True))
    assert g.nodes[PRK]["documents"] == 2


def test_timeline_of_documents(views: dict[str, nx.Graph], corpus_store: Store) -> None:
    g = views["timeline"]
    order = list(g)
    dates = [g.nodes[n]["date"] for n in order]
    assert dates == sorted(dates)
    assert g.number_of_nodes() + g.graph["undated"] == len(corpus_store.document_graphs())
    assert list(g.edges) == list(itertools.pairwise(order))
    assert all(d["predicate"] == "time:before" and d["days"] >= 0 for *_, d in g.edges(data=True))
    note = prk_note(views["entity"])
    assert (g.nodes[note]["date"], g.nodes[PRK_LETTER]["date"]) == ("2004-02-04", "2005-02-28")
    assert order.index(note) < order.index(PRK_LETTER) and g.nodes[PRK_LETTER]["lane"] == "PRK"


def test_unknown_view_and_unknown_input() -> None:
    with pytest.raises(UnknownViewError, match="the views are: entity, ego"):
        unhrkg.to_networkx(Store(), view="network")
    with pytest.raises(TypeError, match="rdflib Graph"):
        unhrkg.to_networkx(42)
    with pytest.raises(StoreError, match="no store at not a store"):  # a string is a store's folder
        unhrkg.to_networkx("not a store")


def test_empty_store_gives_empty_views() -> None:
    with Store() as empty:
        for view in set(VIEWS) - {"ego"}:
            assert unhrkg.to_networkx(empty, view=view).number_of_nodes() == 0


def test_same_views_from_pyoxigraph_and_rdflib(corpus_store: Store, views: dict[str, nx.Graph],
                                               tmp_path: Path) -> None:
    dataset = rdflib.Dataset()
    dataset.parse(export(corpus_store, tmp_path / "g.trig"), format="trig")
    merged = rdflib.Graph().parse(export(corpus_store, tmp_path / "g.ttl"), format="turtle")
    for source in (corpus_store.db, dataset, merged):
        stance = unhrkg.to_networkx(source, view="stance")
        assert stance_edges(stance) == STANCES
        assert stance.edges[PRK, CHR_2004_13, "rejects"]["sources"] == [PRK_LETTER]
        entity = unhrkg.to_networkx(source, view="entity")
        assert set(entity) == set(views["entity"]) and entity.number_of_edges() == views["entity"].number_of_edges()


# ---------------------------------------------------------------- files: exports, drawings, pages

@pytest.mark.parametrize("view", list(VIEWS))
@pytest.mark.parametrize("ext", [".graphml", ".gexf", ".json"])
def test_exports_read_back_with_networkx(views: dict[str, nx.Graph], tmp_path: Path, view: str, ext: str) -> None:
    g = views[view]
    path = write(g, tmp_path / f"{view}{ext}")
    if ext == ".graphml":
        back = nx.read_graphml(path)
    elif ext == ".gexf":
        back = nx.read_gexf(path)
    else:
        back = nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="edges")
    assert set(back) == set(g) and back.number_of_edges() == g.number_of_edges()
    for node in list(g)[:20]:
        assert back.nodes[node]["kind"] == g.nodes[node]["kind"]
        assert back.nodes[node]["label"] == g.nodes[node]["label"] or ext == ".gexf"  # GEXF keeps it as 'label' too
    sources = back.nodes[next(iter(g))]["sources"]
    assert isinstance(sources, list if ext == ".json" else str)


GEXF_VIZ = "{http://www.gexf.net/1.2draft/viz}"


def gexf_visuals(path: Path) -> tuple[dict[str, tuple[tuple[int, ...], float]], dict[str, tuple[int, ...]]]:
    """Node id -> (viz:color r, g, b; viz:size) and edge label -> colour, read from the XML itself."""
    import xml.etree.ElementTree as ET

    root = ET.parse(path).getroot()
    nodes, edges = {}, {}
    for element in root.iter():
        colour = element.find(f"{GEXF_VIZ}color")
        if element.tag.endswith("}node"):
            size = element.find(f"{GEXF_VIZ}size")
            nodes[element.get("id")] = (tuple(int(colour.get(c)) for c in "rgb"), float(size.get("value")))
        elif element.tag.endswith("}edge"):
            edges[element.get("label")] = tuple(int(colour.get(c)) for c in "rgb")
    return nodes, edges


def test_gexf_carries_the_drawing_colours_and_sizes(views: dict[str, nx.Graph], tmp_path: Path) -> None:
    g = views["stance"]
    nodes, edges = gexf_visuals(write(g, tmp_path / "s.gexf"))
    assert set(nodes) == set(g)
    assert nodes[PRK][0] == hex_rgb(KIND_COLOURS["State"]) and nodes[EU][0] == hex_rgb(KIND_COLOURS["Body"])
    assert nodes[CHR_2003_10][0] == hex_rgb(KIND_COLOURS["Resolution"])
    assert {n: size for n, (_, size) in nodes.items()} == {n: round(node_radius(g, n), 2) for n in g}
    assert nodes[PRK][1] > nodes[VEN][1]  # PRK rejects two resolutions, VEN supports one
    assert edges == {label: hex_rgb(RELATION_COLOURS[label]) for label in ("rejects", "supports", "tabled")}
    timeline, _ = gexf_visuals(write(views["timeline"], tmp_path / "t.gexf"))
    assert timeline[PRK_LETTER][0] == hex_rgb(DOC_TYPE_COLOURS["letter"])
    assert nx.read_gexf(tmp_path / "s.gexf").nodes[PRK]["viz"]["color"]["r"] == hex_rgb(KIND_COLOURS["State"])[0]


def test_graphml_carries_colours_and_sizes_as_gephi_reads_them(views: dict[str, nx.Graph], tmp_path: Path) -> None:
    """Gephi's GraphML importer takes node and edge colour from r, g, b (or color) and node size from size."""
    g = views["entity"]
    back = nx.read_graphml(write(g, tmp_path / "e.graphml"))
    for node in (PRK, EU, CHR_2003_10, PRK_LETTER):
        data = back.nodes[node]
        assert (data["r"], data["g"], data["b"]) == hex_rgb(node_colour(g.nodes[node]))
        assert data["color"] == node_colour(g.nodes[node]) and data["size"] == round(node_radius(g, node), 2)
    rejects = back.edges[PRK, CHR_2003_10, "rejects"]
    assert rejects["color"] == RELATION_COLOURS["rejects"] and rejects["r"] == hex_rgb(RELATION_COLOURS["rejects"])[0]


def test_gexf_timeline_is_dynamic_for_gephi(views: dict[str, nx.Graph], tmp_path: Path) -> None:
    text = write(views["timeline"], tmp_path / "t.gexf").read_text(encoding="utf-8")
    assert 'mode="dynamic"' in text and 'timeformat="date"' in text and 'start="2005-02-28"' in text


def pixels(path: Path) -> tuple[int, float, set[tuple[int, int, int]]]:
    """Pixel count, share of non-white pixels, and the distinct colours of a PNG."""
    import matplotlib.image

    rgb = (matplotlib.image.imread(path)[..., :3] * 255).round().astype(int)
    flat = rgb.reshape(-1, 3)
    inked = (flat < 245).any(axis=1).mean()
    return len(flat), float(inked), {tuple(c) for c in flat[:: max(1, len(flat) // 200_000)].tolist()}


def hex_rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


@pytest.mark.parametrize("view", list(VIEWS))
def test_png_of_each_view_is_not_blank(views: dict[str, nx.Graph], tmp_path: Path, view: str) -> None:
    path = write(views[view], tmp_path / f"{view}.png")
    count, inked, colours = pixels(path)
    assert count >= 600 * 400
    assert 0.01 < inked < 0.8, f"{view}: {inked:.1%} of the pixels drawn"
    assert len(colours) >= 20
    if view != "timeline":  # nodes are filled with their kind's colour
        kinds = {k for _, k in views[view].nodes(data="kind")}
        assert all(hex_rgb(KIND_COLOURS[k]) in colours for k in kinds), view


def test_svg_has_its_labels_as_text_and_is_reproducible(views: dict[str, nx.Graph], tmp_path: Path) -> None:
    a = write(views["stance"], tmp_path / "a.svg").read_text(encoding="utf-8")
    b = write(views["stance"], tmp_path / "b.svg").read_text(encoding="utf-8")
    assert a == b
    assert all(label in a for label in ("PRK", "EU", "CHR 2003/10", "rejects", "supports", "tabled"))


def test_large_graph_labels_only_its_hubs(tmp_path: Path) -> None:
    g = nx.barabasi_albert_graph(600, 2, seed=1)
    nx.set_node_attributes(g, {n: {"label": f"n{n}", "kind": "State" if n % 2 else "Body"} for n in g})
    g.graph["view"] = "entity"
    chosen = labelled_nodes(g)
    assert len(chosen) == 60 and 0 in chosen  # the oldest node of a preferential-attachment graph is a hub
    count, inked, _ = pixels(write(g, tmp_path / "big.png"))
    assert 0.01 < inked < 0.8


def test_html_is_self_contained(views: dict[str, nx.Graph], tmp_path: Path) -> None:
    text = write(views["entity"], tmp_path / "e.html").read_text(encoding="utf-8")
    assert "Content-Security-Policy" in text and "default-src 'none'" in text
    # nothing that loads: no src/href, no url() but the page's own #fragments, no imports or requests
    loads = re.findall(r"""\b(?:src|href)\s*=|url\((?!#)|@import|<link|fetch\(|XMLHttpRequest|new Image""", text)
    assert loads == []
    data = json.loads(text.split('id="graph-data">', 1)[1].split("</script>", 1)[0])
    assert len(data["nodes"]) == views["entity"].number_of_nodes()
    prk = next(n for n in data["nodes"] if n["id"] == PRK)
    assert prk["label"] == "PRK" and ["iso3", "PRK"] in prk["facts"] and "E/CN.4/2005/G/13" in prk["sources"]


def test_html_data_cannot_close_its_script(tmp_path: Path) -> None:
    g = nx.DiGraph(view="entity")
    g.add_node("a", label="</script><script>alert(1)</script>", kind="State")
    g.add_edge("a", "b", label="mentions")
    text = write(g, tmp_path / "x.html", title="<b>t</b>").read_text(encoding="utf-8")
    assert text.count("<script") == 2 and "alert(1)</script>" not in text and "<b>t</b>" not in text


def test_unsupported_extension(views: dict[str, nx.Graph], tmp_path: Path) -> None:
    with pytest.raises(UnsupportedFormatError, match=r"\.graphml, \.gexf"):
        write(views["stance"], tmp_path / "x.pdf")


def test_exports_are_reproducible(corpus_store: Store, tmp_path: Path) -> None:
    one = write(unhrkg.to_networkx(corpus_store, view="entity"), tmp_path / "1.graphml").read_bytes()
    two = write(unhrkg.to_networkx(corpus_store, view="entity"), tmp_path / "2.graphml").read_bytes()
    assert one == two


# ---------------------------------------------------------------- stats

def test_stats(corpus_store: Store, views: dict[str, nx.Graph]) -> None:
    stats = graph_stats(corpus_store, top=5)
    assert (stats.most_cited[0].label, stats.most_cited[0].documents) == ("GA 60/251", 2)
    assert {c.label for c in stats.most_cited} >= {"CHR 2003/10", "CHR 2004/13"}
    assert len(stats.central) == 5 and {c.kind for c in stats.central} <= {"State", "Body"}
    betweenness = [c.betweenness for c in stats.central]
    assert betweenness == sorted(betweenness, reverse=True) and betweenness[0] > 0
    assert sum(c.size for c in stats.components) == stats.nodes == views["entity"].number_of_nodes()
    text = format_stats(stats)
    assert "most-cited resolutions" in text and "GA 60/251" in text and "betweenness" in text
    assert json.loads(format_stats(stats, "json"))["most_cited"][0]["label"] == "GA 60/251"


# ---------------------------------------------------------------- command line

@pytest.fixture()
def store_dir(corpus_store: Store, tmp_path: Path) -> Path:
    """A copy of the corpus store on disk, for the CLI (which opens its store read-only)."""
    target = Store(tmp_path / "store")
    target.extend(corpus_store.quads())
    target.flush()
    target.close()
    return tmp_path / "store"


def test_cli_viz_every_view_and_format(store_dir: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    for view, ext in zip(VIEWS, (".png", ".html", ".svg", ".graphml", ".gexf", ".json"), strict=True):
        out = tmp_path / f"{view}{ext}"
        args = ["viz", view, "-o", str(out), "--store", str(store_dir)] + (["--focus", "PRK"] if view == "ego" else [])
        result = runner.invoke(main, args)
        assert result.exit_code == 0, result.output
        assert out.stat().st_size > 500 and f"{view} view" in result.output


@pytest.mark.parametrize("args, message", [
    (["viz", "hairball", "-o", "x.png"], "no view named 'hairball'"),
    (["viz", "entity", "-o", "x.pdf"], "cannot write 'x.pdf'"),
    (["viz", "ego", "-o", "x.png"], "needs a focus"),
    (["viz", "ego", "--focus", "ATLANTIS", "-o", "x.png"], "focus 'ATLANTIS' is not in the ego view"),
    (["viz", "ego", "--focus", "Noth Korea", "-o", "x.png"], "did you mean North Korea (PRK)?"),
    (["stats", "--chart", "x.gif"], "give a .png or .svg"),
])
def test_cli_bad_usage_exits_2(store_dir: Path, tmp_path: Path, args: list[str], message: str) -> None:
    result = CliRunner().invoke(main, [*args, "--store", str(store_dir)])
    assert result.exit_code == 2 and message in result.output
    assert not (tmp_path / "x.png").exists()


def test_cli_viz_focus_by_name(store_dir: Path, tmp_path: Path) -> None:
    for focus in ("DPRK", "North Korea"):
        result = CliRunner().invoke(main, ["viz", "ego", "--focus", focus, "--depth", "1", "-o",
                                           str(tmp_path / "prk.gexf"), "--store", str(store_dir)])
        assert result.exit_code == 0, result.output
        assert PRK in nx.read_gexf(tmp_path / "prk.gexf") and "ego view" in result.output


def test_cli_viz_without_a_store_is_an_error_not_a_new_store(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["viz", "entity", "-o", str(tmp_path / "x.png"), "--store", str(tmp_path / "no")])
    assert result.exit_code == 2 and "no store at" in result.output and not (tmp_path / "no").exists()


def test_cli_stats_table_and_chart(store_dir: Path, tmp_path: Path) -> None:
    chart = tmp_path / "stats.png"
    result = CliRunner().invoke(main, ["stats", "--store", str(store_dir), "--chart", str(chart), "--top", "3"])
    assert result.exit_code == 0, result.output
    assert "GA 60/251" in result.output and "betweenness" in result.output
    _, inked, colours = pixels(chart)
    assert 0.01 < inked < 0.8 and hex_rgb(KIND_COLOURS["Resolution"]) in colours


def test_import_stays_light() -> None:
    code = ("import sys, unhrkg, unhrkg.cli, unhrkg.viz; "
            "heavy = [m for m in ('networkx', 'matplotlib', 'scipy', 'selenium') if m in sys.modules]; "
            "assert not heavy, heavy; assert 'viz' in unhrkg.cli.main.commands and 'stats' in unhrkg.cli.main.commands")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_readme_drawing_is_made_by_the_readme_command(store_dir: Path, tmp_path: Path) -> None:
    import matplotlib.image

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Seeing the graph", 1)[1].split("\n## ", 1)[0]
    assert "unhrkg viz stance -o docs/stance.png" in section and "](docs/stance.png)" in section
    shipped = ROOT / "docs" / "stance.png"
    _, inked, colours = pixels(shipped)
    assert 0.01 < inked < 0.8 and hex_rgb(KIND_COLOURS["State"]) in colours
    again = tmp_path / "docs" / "stance.png"
    result = CliRunner().invoke(main, ["viz", "stance", "-o", str(again), "--store", str(store_dir)])
    assert result.exit_code == 0, result.output
    assert matplotlib.image.imread(again).shape == matplotlib.image.imread(shipped).shape
