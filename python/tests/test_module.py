"""`import coopnet`: reading, writing, and analyze() against the CLI's JSON."""

import json
import subprocess

import pytest

import coopnet


def test_the_module_imports_with_its_functions():
    for name in ["read", "write", "loads", "dumps", "analyze", "from_networkx", "to_networkx",
                 "from_igraph", "to_igraph", "Network", "Analysis"]:
        assert hasattr(coopnet, name), name


def cli_json(cli, *arguments):
    output = subprocess.run([cli, "analyze", *map(str, arguments), "--format", "json", "-q"],
                            check=True, capture_output=True, text=True).stdout
    return json.loads(output)


def test_analyze_gives_the_numbers_of_the_cli_json_exactly(coopnet_cli, marxloh):
    net = coopnet.read(marxloh, quiet=True)
    result = coopnet.analyze(net)
    expected = cli_json(coopnet_cli, marxloh)
    # The whole document, floats compared with ==: the same shortest round-trip text.
    assert result.json == expected
    assert result.network == expected["network"]
    assert result.ids == [row["id"] for row in expected["actors"]]
    for key in ["degree", "strength", "betweenness", "closeness", "harmonic", "eigenvector",
                "pagerank", "clustering", "core", "articulation", "component", "community",
                "constraint"]:
        assert result.actors[key] == [row[key] for row in expected["actors"]], key
    assert result.communities == expected["communities"]
    assert result.brokers == expected["brokers"]
    assert result.gaps == expected["gaps"]


def test_analyze_options_are_the_cli_options(coopnet_cli, marxloh):
    net = coopnet.read(marxloh, quiet=True, **{"from": 2015}, to=2018)
    result = coopnet.analyze(net, unweighted=True, communities="louvain", seed=7, threads=1,
                             resolution=1.5)
    expected = cli_json(coopnet_cli, marxloh, "--from", 2015, "--to", 2018, "--unweighted",
                        "--communities", "louvain", "--seed", 7, "--threads", 1,
                        "--resolution", 1.5)
    assert result.json == expected
    assert result.network["seed"] == 7


def test_analyze_tests_against_chance_as_the_cli(coopnet_cli, marxloh):
    net = coopnet.read(marxloh, quiet=True)
    result = coopnet.analyze(net, draws=200, null="degrees", seed=3, threads=1)
    expected = cli_json(coopnet_cli, marxloh, "--draws", 200, "--null", "degrees", "--seed", 3,
                        "--threads", 1)
    assert result.json == expected
    chance = result.gaps["tests_against_chance"]
    assert (chance["draws"], chance["null_model"], chance["seed"]) == (200, "degrees", 3)
    with pytest.raises(ValueError, match="null"):
        coopnet.analyze(net, null="everything")


def test_analyze_approximate_betweenness_as_the_cli(coopnet_cli, marxloh):
    net = coopnet.read(marxloh, quiet=True)
    result = coopnet.analyze(net, betweenness="approx", epsilon=0.05, delta=0.2, seed=4,
                             threads=1)
    expected = cli_json(coopnet_cli, marxloh, "--betweenness", "approx", "--epsilon", 0.05,
                        "--delta", 0.2, "--seed", 4, "--threads", 1)
    assert result.json == expected
    block = result.json["betweenness"]
    assert (block["method"], block["epsilon"], block["delta"], block["seed"]) == \
        ("approximate", 0.05, 0.2, 4)
    # The guarantee, checked against the exact values of the same network.
    exact = coopnet.analyze(net, threads=1).actors["betweenness"]
    estimate = result.actors["betweenness"]
    assert max(abs(a - b) for a, b in zip(exact, estimate)) <= 0.05
    with pytest.raises(ValueError, match="betweenness"):
        coopnet.analyze(net, betweenness="roughly")
    with pytest.raises(ValueError, match="epsilon"):
        coopnet.analyze(net, epsilon=0.1)  # a bound without approx


def test_analyze_results_do_not_depend_on_threads(marxloh):
    net = coopnet.read(marxloh, quiet=True)
    assert coopnet.analyze(net, threads=1).json == coopnet.analyze(net, threads=2).json


def test_write_then_read_gives_the_same_network(marxloh, tmp_path):
    net = coopnet.read(marxloh, quiet=True)
    for name in ["net.json", "net.graphml", "folder"]:
        coopnet.write(net, tmp_path / name)
        assert coopnet.read(tmp_path / name, quiet=True) == net, name


def test_write_writes_an_excel_workbook_that_reads_back(marxloh, tmp_path):
    net = coopnet.read(marxloh, quiet=True)
    coopnet.write(net, tmp_path / "net.xlsx")
    back = coopnet.read(tmp_path / "net.xlsx", quiet=True)
    assert (back.ids, back.tie_count, back.project_count) == (
        net.ids, net.tie_count, net.project_count)


def test_write_warns_what_a_format_cannot_keep(marxloh, tmp_path):
    net = coopnet.read(marxloh, quiet=True)
    with pytest.warns(UserWarning, match="project"):
        coopnet.write(net, tmp_path / "net.edges")


def test_loads_and_dumps_are_inverse():
    text = ('{"name": "t", "directed": true, "actors": [{"id": "a"}, {"id": "b"}],'
            ' "ties": [{"source": "a", "target": "b", "weight": 2}]}')
    net = coopnet.loads(text, "json")
    assert (net.directed, net.ids, net.tie_count) == (True, ["a", "b"], 1)
    assert coopnet.loads(coopnet.dumps(net, "node-link"), "node-link") == net


def test_a_bad_file_raises_value_error_naming_file_and_line(tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "actors.csv").write_text("id,label,sector\na,A,business\nb,B,business\n")
    (bad / "ties.csv").write_text("source,target,weight\na,b,1\nb,a,hoch\n")
    with pytest.raises(ValueError, match=r"ties\.csv:3(:\d+)?: .*hoch"):
        coopnet.read(bad, quiet=True)


def test_bad_json_raises_value_error_with_line_and_column():
    with pytest.raises(ValueError, match=r"^<string>:2:\d+: "):
        coopnet.loads('{"actors": [\n  {"id": }]}', "json")


def test_bad_options_raise_value_error(marxloh):
    net = coopnet.read(marxloh, quiet=True)
    with pytest.raises(ValueError, match="buisness"):
        coopnet.read(marxloh, sectors="buisness", quiet=True)
    with pytest.raises(ValueError):
        coopnet.analyze(net, communities="nonsense")
    with pytest.raises(ValueError):
        coopnet.analyze(net, groups="no_such_attribute")
    with pytest.raises(ValueError):
        coopnet.read(marxloh / "no-such-file.json")


def test_docstrings_state_the_conventions():
    assert "1/weight" in coopnet.Analysis.__doc__
    assert "2/((n-1)(n-2))" in coopnet.Analysis.__doc__
    assert "wf_improved" in coopnet.Analysis.__doc__
    assert "ValueError" in coopnet.read.__doc__


def test_diff_of_two_periods_is_the_cli_json(coopnet_cli, marxloh):
    net = coopnet.read(marxloh, quiet=True)
    result = coopnet.diff(net, periods=["2003-2008", "2015-2018"])
    output = subprocess.run([coopnet_cli, "diff", str(marxloh), "--periods", "2003-2008",
                             "2015-2018", "--format", "json", "-q"],
                            check=True, capture_output=True, text=True).stdout
    expected = json.loads(output)
    del result["compared"], expected["compared"]  # the names of the states differ
    assert result == expected


def test_diff_of_two_networks(marxloh):
    before = coopnet.read(marxloh, to=2008, quiet=True)
    after = coopnet.read(marxloh, **{"from": 2015}, quiet=True)
    result = coopnet.diff(before, after, names=["early", "late"])
    assert result["compared"]["before"] == "early"
    assert result["ties"]["kept"] + result["ties"]["lost"] == len(
        {tuple(sorted(p)) for p in result["ties"]["kept_ids"] + result["ties"]["lost_ids"]})
