"""One key matcher for every join in EcoComp (ecocomp_science/joins.py): statistics rows to polygons, two studies'
units, MRIO regions, flows to units — the same spellings match everywhere."""

import pandas as pd
import pytest

from ecocomp.ecocomp_science import api, compare, joins
from ecocomp.ecocomp_science.errors import InputError


@pytest.mark.parametrize("name, key", [
    ("湖北省", "湖北"), ("广西壮族自治区", "广西"), ("内蒙古自治区", "内蒙古"), ("新疆维吾尔自治区", "新疆"),
    ("香港特别行政区", "香港"), ("北京市", "北京"), ("长阳土家族苗族自治县", "长阳"), ("江岸区", "江岸"),
])
def test_names_match_without_their_administrative_suffix(name, key):
    assert joins.name_key(name) == key


def test_the_same_spellings_match_in_every_join():
    """420102, 420102.0, '420102000000' (12-digit statistical code) and '湖北省'/'湖北' match alike in a statistics
    join, a comparison of two studies and an MRIO region lookup."""
    indices, report = joins.match_keys([420102.0, "420103000000"], ["420102", "420103"])
    assert indices == [0, 1] and report["method"] == "code"
    pairs, only_before, only_after = compare.match_units(["420102", "420103", "420104"],
                                                         ["420103000000", 420102.0, "420105"])
    assert pairs == [(1, 0), (0, 1)] and only_before == ["420104"] and only_after == ["420105"]
    index, unmatched, missing = joins.match_regions(["湖北省", "河南省", "西藏自治区"], ["湖北", "河南", "湖南"], "name")
    assert index == [0, 1, None] and unmatched == ["西藏自治区"] and missing == ["湖南"]


def test_region_lookups_refuse_what_would_double_an_account():
    with pytest.raises(InputError, match="several polygons in field 'name'"):
        joins.match_regions(["湖北", "湖北省"], ["湖北"], "name")
    with pytest.raises(InputError, match="No polygon matches an MRIO region"):
        joins.match_regions(["Hubei"], ["湖北"], "name")


def test_the_api_finds_regions_as_the_algorithms_do():
    frame = pd.DataFrame({"name": ["湖北省", "河南省"]})
    out = api._regions_frame(frame, "name", ["湖北", "河南"], {"v": [1.0, 2.0]})
    assert out["v"].tolist() == [1.0, 2.0]
