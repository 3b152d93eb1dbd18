"""Shared fixtures of the Python tests (run by ctest with PYTHONPATH=<build>/python).

A conversion test that skips where networkx or igraph is missing tests nothing: a missing
library is installed (scripts/install-deps.sh --tests installs python3-networkx and
python3-igraph, as tests/e2e/common.sh installs Chromium) and, when that fails, the test
fails.
"""

import importlib
import os
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
SAMPLES = pathlib.Path(os.environ.get("COOPNET_SAMPLES_DIR", ROOT / "samples"))


def need_module(name):
    """Imports `name`, installing the test packages once when it is missing."""
    try:
        return importlib.import_module(name)
    except ImportError:
        pass
    install = ["flock", "/tmp/coopnet-install-deps.lock", str(ROOT / "scripts/install-deps.sh"),
               "--tests"]
    result = subprocess.run(install, capture_output=True, text=True)
    importlib.invalidate_caches()
    try:
        return importlib.import_module(name)
    except ImportError:
        pytest.fail(f"python module {name} is missing and scripts/install-deps.sh --tests "
                    f"could not install it: {result.stderr[-2000:]}")


@pytest.fixture(scope="session")
def coopnet_cli():
    path = os.environ.get("COOPNET_EXECUTABLE", str(ROOT / "build/coopnet"))
    assert os.access(path, os.X_OK), f"the coopnet CLI is not built: {path}"
    return path


@pytest.fixture(scope="session")
def marxloh():
    return SAMPLES / "duisburg-marxloh"
