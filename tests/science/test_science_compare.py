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


def test_one_quantity_in_two_units_is_recognised():
    """The median ratio of after to before near 10⁴, 10⁻⁴, 10⁸ or 10³ (元/万元, 元/亿元, kg/t) is a unit, not a
    change; a real change (×1.5) is none."""
    before = [3e10, 4e10, 5e10, 6e10]
    assert compare.unit_mismatch(before, [b / 1e4 * 1.1 for b in before]) == 1e-4
    assert compare.unit_mismatch(before, [b / 1e8 for b in before]) == 1e-8
    assert compare.unit_mismatch([1.0, 2.0, 3.0], [1.5e3, 3.1e3, 4.4e3]) == 1e3
    assert compare.unit_mismatch(before, [b * 1.5 for b in before]) is None
    assert compare.unit_mismatch([1.0, 2.0], [1e4, 2e4]) is None  # too few units to tell
    assert compare.missing_counts({"a": ([1.0, float("nan")], [2.0, 3.0]), "b": ([1.0], [2.0])}) == {"a": 1}
