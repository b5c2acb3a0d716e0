"""Chart fixtures: the registries, and frames from the real data, a hand-written sample,
one record and none."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.chart_data import contacts_frame, load_frame
from pipeline.registries import load_registries
from tests.conftest import CONTENT

from .fixtures import ONE, RECORDS


@pytest.fixture(scope="session")
def registries():
    return load_registries(CONTENT)


@pytest.fixture(scope="session")
def sample(registries) -> pd.DataFrame:
    return contacts_frame(RECORDS, registries)


@pytest.fixture(scope="session")
def real() -> pd.DataFrame:
    return load_frame(str(CONTENT))


@pytest.fixture(scope="session")
def frames(registries, sample, real) -> dict[str, pd.DataFrame]:
    return {"real": real, "sample": sample, "one": contacts_frame(ONE, registries),
            "empty": contacts_frame([], registries)}
