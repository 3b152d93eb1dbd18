"""coopnet: cooperation networks of urban development, from Python.

    >>> import coopnet
    >>> net = coopnet.read("samples/duisburg-marxloh")
    >>> result = coopnet.analyze(net, communities="leiden", seed=1)
    >>> result.actors["betweenness"][:3]          # one column per measure, in input order
    >>> result.network["density"]

The numbers are those of ``coopnet analyze NET --format json`` (the same C++ code writes
them): the same network and options give the same floats, bit for bit.

Formats (read and write, chosen by the path or by ``input_format``/``output_format``):
``json`` (coopnet JSON), ``node-link`` (networkx), ``csv`` (a folder), ``graphml``,
``dot``, ``edgelist``, ``gexf``, ``pajek`` (``.net``); ``xlsx`` is read only.

Errors: bad input raises ``ValueError`` whose message names file, line and column
(``ties.csv:7:3: weight 'hoch' is not a number``); a bad option raises ``ValueError`` too.
Ctrl-C during a long analysis raises ``KeyboardInterrupt`` at the next check of the
kernels (between batches of sources, between iterations); the work runs with the GIL
released, so other Python threads keep running meanwhile.
"""

from __future__ import annotations

import json as _json
import os as _os
import warnings as _warnings
from typing import Any, Dict, Iterable, List, Optional, Union

from . import _coopnet
from ._coopnet import Network, __commit__, __version__
from ._convert import from_igraph, from_networkx, to_igraph, to_networkx

__all__ = [
    "Network",
    "Analysis",
    "read",
    "write",
    "loads",
    "dumps",
    "analyze",
    "diff",
    "from_networkx",
    "to_networkx",
    "from_igraph",
    "to_igraph",
]

PathLike = Union[str, "_os.PathLike[str]"]


def _names(value: Union[None, str, Iterable[str]]) -> List[str]:
    """`"a,b"` or `["a", "b"]` -> `["a", "b"]`, as the CLI's comma-separated options."""
    if value is None:
        return []
    if isinstance(value, str):
        return [part for part in value.split(",") if part]
    return [str(part) for part in value]


def _year(value: Any) -> str:
    return "" if value is None else str(value)


def read(
    path: PathLike,
    *,
    input_format: Optional[str] = None,
    to: Union[None, int, str] = None,
    kinds: Union[None, str, Iterable[str]] = None,
    sectors: Union[None, str, Iterable[str]] = None,
    projection: str = "shared",
    sector_map: Optional[PathLike] = None,
    quiet: bool = False,
    **options: Any,
) -> Network:
    """Reads a network as every ``coopnet`` command reads NET, with the same options.

    path: a CSV folder, a coopnet or node-link ``.json``, ``.graphml``, ``.dot``, an edge
        list (``.txt``/``.edges``), a Pajek ``.net`` or an Excel workbook (``.xlsx``).
    input_format: ``json``, ``node-link``, ``csv``, ``graphml``, ``dot``, ``edgelist``,
        ``xlsx``, ``gexf``, ``pajek``; detected from the path when not given.
    from_ (or ``**{"from": 2003}``), to: keep ties and projects active in the period (a
        year Y means all of Y; a tie counts when its [since, until] overlaps the period;
        undated ties always count). Years or ISO dates.
    kinds: keep ties of these kinds (``project`` keeps every project, ``project:ID`` one).
    sectors: keep actors of these sectors (sector words read as the data's are).
    projection: weight of ties between co-members of a project: ``shared`` (1 per shared
        project) or ``newman`` (1/(members-1), Newman 2001).
    sector_map: a two-column sheet ``Wort;Sektor`` saying what the data's sector words mean.
    quiet: no reader warnings on stderr.

    Raises ValueError for bad input (message ``FILE:LINE:COL: problem``, every problem
    found) and bad options; KeyboardInterrupt on Ctrl-C.
    """
    from_ = options.pop("from_", options.pop("from", None))
    if options:
        raise TypeError(f"read() got unexpected keyword arguments {sorted(options)}")
    return _coopnet._read(
        _os.fspath(path),
        input_format,
        _year(from_),
        _year(to),
        _names(kinds),
        _names(sectors),
        projection,
        _os.fspath(sector_map) if sector_map is not None else "",
        quiet,
    )


def write(
    net: Network,
    path: PathLike,
    *,
    output_format: Optional[str] = None,
    csv_style: str = "default",
) -> None:
    """Writes ``net`` to ``path`` atomically (a temporary file renamed into place), as
    ``coopnet convert`` does; the format by the path's extension (none: a CSV folder;
    ``.xlsx``: an Excel workbook) or ``output_format``. ``csv_style="excel-de"`` writes ``;``, decimal comma, BOM and CRLF.
    What the format cannot keep (projects in node-link, DOT and edge lists, ...) is
    reported as a ``UserWarning``. Raises ValueError for a bad format, OSError when the
    file cannot be written.
    """
    path = _os.fspath(path)
    if output_format is None and str(path).lower().endswith(".xlsx"):
        output_format = "xlsx"  # io's detect_output_format leaves workbooks to the caller
    for message in _coopnet._write(net, path, output_format, csv_style):
        _warnings.warn(message, stacklevel=2)


def loads(text: str, input_format: str, name: str = "<string>") -> Network:
    """Reads a network from the text of a file in ``input_format``; ``name`` names it in
    error messages (``<string>:3:5: ...``)."""
    return _coopnet._parse(text, input_format, name)


def dumps(net: Network, output_format: str = "json") -> str:
    """The text of ``net`` in ``output_format`` (not ``csv``, which is a folder)."""
    return _coopnet._dumps(net, output_format)


class Analysis:
    """What ``coopnet analyze NET --format json`` reports, as Python values.

    ``actors``: a dict of lists, one list per JSON key of an actor row (``id``, ``label``,
    ``sector``, ``degree``, ``strength``, ``betweenness`` ...), each in input order;
    ``None`` where the CLI writes ``null`` (undefined). ``network``: the network measures.
    ``bridges``: pairs of actor ids. ``communities``, ``community_ties``, ``brokers``,
    ``gaps``, ``suggestions``: as in the JSON. ``json``: the whole document as parsed.

    Conventions of the actor measures (README "Metrics and their conventions"):

    - weights: a tie weight is a strength of cooperation. Strength, eigenvector and
      PageRank use the weight; betweenness, closeness and harmonic use the distance
      1/weight (Opsahl, Agneessens & Skvoretz 2010). Several ties between one pair are
      merged first (weights summed); self-ties are left out. ``unweighted=True`` sets
      every merged tie to weight 1 (strength then equals degree).
    - degree: distinct partners; directed: in + out (``in_degree``, ``out_degree`` too),
      as igraph ``degree(mode="all")``.
    - strength: summed weight of the merged ties (Barrat et al. 2004).
    - betweenness: Brandes 2001, Dijkstra on 1/weight; normalised as networkx 3.x:
      2/((n-1)(n-2)) undirected, 1/((n-1)(n-2)) directed; weighted path lengths equal
      within a relative 1e-10 count as equal.
    - closeness: Wasserman-Faust ((r-1)/sum d)*((r-1)/(n-1)), r = actors that reach v (v
      included); distances into v when directed; 0 for isolates (networkx
      ``closeness_centrality(wf_improved=True)``), so disconnected networks are fine.
    - harmonic: sum of 1/d(u,v) over u != v (distances into v), divided by n-1; None for
      the one actor of a one-actor network.
    - eigenvector: principal eigenvector of the weighted adjacency, Euclidean norm 1,
      incoming ties when directed (networkx ``eigenvector_centrality``). A disconnected
      network: non-zero only on the component with the largest eigenvalue.
      ``network["eigenvector_converged"]`` says whether the directed power iteration
      converged.
    - pagerank: damping 0.85, weighted, dangling actors spread uniformly, tolerance 1e-10
      (networkx ``pagerank``).
    - clustering, core, articulation, bridges: unweighted, on the undirected version of a
      directed network (igraph mode ALL).
    - component: weak component, numbered by decreasing size (0 = largest).

    Network level: density 2m/(n(n-1)) (directed m/(n(n-1))); average path length and
    diameter of the largest component in hops; Freeman degree centralisation (None for
    n <= 2); average clustering over all actors (zeros included) and transitivity.
    Communities: Leiden (Traag, Waltman & van Eck 2019) optimising modularity or CPM at
    ``resolution``, seeded, every community connected, the best of ``restarts`` runs;
    ``network["modularity"]`` is always at resolution 1; directed networks are clustered on
    their undirected version.
    """

    def __init__(self, document: Dict[str, Any]):
        self.json = document
        self.network: Dict[str, Any] = document["network"]
        rows = document["actors"]
        keys: List[str] = []
        for row in rows:
            for key in row:
                if key not in keys:
                    keys.append(key)
        self.actors: Dict[str, List[Any]] = {
            key: [row.get(key) for row in rows] for key in keys
        }
        self.bridges = [tuple(pair) for pair in document.get("bridges", [])]
        self.communities = document.get("communities")
        self.community_ties = document.get("community_ties")
        self.brokers = document.get("brokers")
        self.gaps = document.get("gaps")
        self.suggestions = document.get("suggestions")

    @property
    def ids(self) -> List[str]:
        """The actor ids, the index of every column of ``actors``."""
        return self.actors.get("id", [])

    def to_pandas(self):
        """The actor columns as a pandas DataFrame indexed by id (needs pandas)."""
        import pandas  # noqa: PLC0415 (optional dependency)

        return pandas.DataFrame(self.actors).set_index("id")

    def __repr__(self) -> str:
        return (
            f"<coopnet.Analysis: {self.network.get('actors')} actors, "
            f"{self.network.get('ties')} ties, measures {list(self.actors)[3:]}>"
        )


def analyze(
    net: Network,
    *,
    unweighted: bool = False,
    threads: int = 0,
    communities: str = "leiden",
    quality: str = "modularity",
    resolution: float = 1.0,
    seed: int = 1,
    iterations: Optional[int] = None,
    restarts: Optional[int] = None,
    groups: str = "sector",
    triangle: Union[None, str, Iterable[str]] = None,
    top: int = 10,
    draws: Optional[int] = None,
    null: str = "ties",
    betweenness: str = "exact",
    epsilon: Optional[float] = None,
    delta: Optional[float] = None,
) -> Analysis:
    """Centralities per actor, the structure of the network, communities, brokers and
    gaps: ``coopnet analyze NET --format json`` with the same options (see ``Analysis``
    for each measure's convention).

    unweighted: every merged tie counts 1 (``--unweighted``).
    threads: worker threads, 0 = all cores; the results do not depend on it.
    communities: ``leiden``, ``louvain``, ``labelprop`` or ``attr:NAME`` (a fixed
        partition by an actor attribute).
    quality, resolution: ``modularity`` or ``cpm`` at that resolution (leiden, louvain).
    seed: the random seed of the community search (deterministic for a seed).
    iterations: Leiden's iteration cap (default 10; 0 = until stable).
    restarts: seeded runs of the community search, the best kept (``--restarts``;
        default None = 100 up to 2 000 ties, 10 up to 250 000, 2 above). Each actor's
        ``community_stability`` and each community's ``stability`` say how often the
        chosen grouping recurs across them (Lancichinetti & Fortunato 2012).
    groups: the actor attribute that forms the groups of brokerage roles, mixing and
        suggestions. triangle: the three corners of the cooperation triangle (sector
        words; default municipality, business, foundation).
    top: actors per broker ranking.
    draws, null: the tests against chance behind "weak" and "strong" and the p-values of
        the mixing cells and triangle sides (``--draws``, ``--null``; seeded by ``seed``):
        random networks keeping the number of ``ties`` (default), every actor's
        ``degrees``, or only the ``size``; default None = 1 000 draws up to 20 000 ties,
        the Poisson approximation above; 0 = the Poisson approximation. p-values as R
        sna's ``cug.test`` (share of draws at least / at most the observed value).
    betweenness, epsilon, delta: ``exact`` (Brandes) or ``approx``: every actor's
        normalised betweenness within ``epsilon`` (default 0.005) of the exact value with
        probability at least 1 - ``delta`` (default 0.1), from sampled shortest paths
        (Riondato & Kornaropoulos 2016; seeded by ``seed``). ``result.json["betweenness"]``
        states the method and the guarantee (``--betweenness``, ``--epsilon``, ``--delta``).

    Runs with the GIL released; Ctrl-C raises KeyboardInterrupt. Bad options raise
    ValueError.
    """
    if iterations is None:
        iterations = _coopnet._default_iterations
    text = _coopnet._analyze_json(
        net,
        bool(unweighted),
        int(threads),
        communities,
        quality,
        float(resolution),
        int(seed),
        int(iterations),
        0 if restarts is None else int(restarts),
        groups,
        _names(triangle),
        int(top),
        None if draws is None else int(draws),
        null,
        betweenness,
        None if epsilon is None else float(epsilon),
        None if delta is None else float(delta),
    )
    return Analysis(_json.loads(text))


def diff(
    before: Network,
    after: Optional[Network] = None,
    *,
    periods: Optional[Iterable[str]] = None,
    names: Optional[Iterable[str]] = None,
    unweighted: bool = False,
    top: int = 10,
) -> Dict[str, Any]:
    """What changed between two states: ``coopnet diff BEFORE AFTER --format json``, or
    with ``periods=("2003-2008", "2015-2018")`` between two periods of one network
    (``coopnet diff NET --periods P1 P2``; a period's actors are those with a tie or a
    project membership in it). Returns the JSON document as a dict: ``compared``,
    ``actors`` and ``ties`` (kept, lost, new, with ids; persistence = kept / before),
    ``brokers`` (top ``top`` by betweenness before and after, and the fate of those that
    dropped out) and ``network`` (density, components, centralisation and the modularity
    of a Leiden partition, seed 1, before, after and the change).

    Actors are the same when their ids are equal; ties are merged ties (one per pair,
    ordered when directed), the same when they join the same two ids. ``names`` names the
    two states in ``compared`` (default ``before``/``after``, or the periods).
    """
    period_list = [str(p) for p in periods] if periods is not None else []
    if period_list and after is not None:
        raise ValueError("diff(): give two networks, or one network and periods, not both")
    default = period_list if period_list else ["before", "after"]
    before_name, after_name = list(names) if names is not None else default
    text = _coopnet._diff_json(
        before, after, period_list, before_name, after_name, bool(unweighted), int(top)
    )
    return _json.loads(text)
