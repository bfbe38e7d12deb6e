"""Change between two studies (ecocomp_science/compare.py), by hand."""

import math

import pytest

from ecocomp.ecocomp_science import compare
from ecocomp.ecocomp_science.errors import InputError


def test_units_are_matched_by_key_and_the_unmatched_listed():
    pairs, only_before, only_after = compare.match_units(["1", "2", "3", "4"], ["5", "4", "2", "3"])
    assert pairs == [(3, 1), (1, 2), (2, 3)]
    assert only_before == ["1"] and only_after == ["5"]


@pytest.mark.parametrize("before, after, message", [
    (["1", "1", "2"], ["1", "2"], "first layer (before) has the key(s) 1 more"),
    (["1", "2"], ["2", "2"], "second layer (after) has the key(s) 2 more"),
    (["1", ""], ["1"], "without a key"),
])
def test_duplicate_or_missing_keys_are_refused(before, after, message):
    with pytest.raises(InputError) as error:
        compare.match_units(before, after)
    assert message in error.value.template.format(*error.value.values)


def test_change_absolute_and_relative():
    absolute, relative = compare.change([10.0, -20.0, 0.0, float("nan")], [15.0, -10.0, 5.0, 1.0])
    assert absolute[:3].tolist() == [5.0, 10.0, 5.0] and math.isnan(absolute[3])
    assert relative[:2].tolist() == [50.0, 50.0]  # −20 → −10 is +50 % of |−20|
    assert math.isnan(relative[2]) and math.isnan(relative[3])  # from 0, or a missing value: undefined


def test_transitions_count_from_and_to_and_name_the_switches():
    table, switched = compare.transitions([1, 1, 0, -1, -1.0, None], [1, -1, 0, -1, 1, "1"])
    assert table == [("1", "1", 1), ("1", "-1", 1), ("0", "0", 1), ("-1", "1", 1), ("-1", "-1", 1),
                     ("(none)", "1", 1)]
    assert switched == [1, 4, 5]
