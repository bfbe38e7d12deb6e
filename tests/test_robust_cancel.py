"""Robustness: every algorithm stops promptly when cancelled at 10 %, 50 % or 90 % of its progress, and
leaves its earlier outputs byte-identical and no partial file behind."""

import time

import pytest

OUTPUTS = {
    "dualzoning": {"OUTPUT_SUMMARY": "summary.csv"},
    "iobilateral": {"OUTPUT_MATRIX": "matrix.csv", "OUTPUT_FLOWS": "flows.gpkg"},
    "esvsurface": {"OUTPUT_RASTER": "esv.tif"},
    "transfers": {"OUTPUT_TABLE": "transfers.csv", "OUTPUT_LINES": "lines.gpkg"},
    "compare": {"OUTPUT_TRANSITIONS": "transitions.csv", "OUTPUT_UNMATCHED": "unmatched.csv"},
    "uncertainty": {"OUTPUT_SENSITIVITY": "sensitivity.csv", "OUTPUT_TORNADO": "tornado.png"},
}
ALGORITHMS = ["esv", "footprint", "dualzoning", "priority", "payment", "compensationchain", "landcoverarea",
              "esvsurface", "mapimage", "report", "transfers", "uncertainty", "compare", "ioland",
              "iobilateral"]
SUFFIX = {"mapimage": ".png", "report": ".pdf"}


class CancelAt:
    """A feedback that cancels when progress first reaches ``percent`` and remembers when."""

    def __new__(cls, percent):
        from qgis.core import QgsProcessingFeedback

        feedback = QgsProcessingFeedback()
        feedback.cancelled_at = None

        def on_progress(progress):
            if progress >= percent and feedback.cancelled_at is None:
                feedback.cancelled_at = time.monotonic()
                feedback.cancel()

        feedback.progressChanged.connect(on_progress)
        return feedback


@pytest.mark.parametrize("percent", [10, 50, 90])
@pytest.mark.parametrize("alg", ALGORITHMS)
def test_cancel_stops_within_a_second_and_leaves_nothing_partial(prepared, guard, tmp_path, alg, percent):
    params = prepared.params(alg)
    main = "payment:compensation" if alg == "compensationchain" else "OUTPUT"
    outputs = dict({main: "result" + SUFFIX.get(alg, ".gpkg")}, **OUTPUTS.get(alg, {}))
    for key, name in outputs.items():
        path = tmp_path / name
        path.write_bytes(b"an earlier result of the analyst, to be kept byte for byte")
        params[key] = str(path)
    feedback = CancelAt(percent)
    # The model reports the step that stopped ("Error encountered while running ESV …").
    guard.refused(alg, params, "while running" if alg == "compensationchain" else "cancel", feedback=feedback)
    assert feedback.cancelled_at is not None, "the run never reported {} % progress".format(percent)
    assert time.monotonic() - feedback.cancelled_at < 1.0


@pytest.mark.parametrize("alg", ALGORITHMS)
def test_progress_only_moves_forward_and_reaches_the_end(prepared, guard, tmp_path, alg):
    """Progress moves in proportion to the work: never backwards, no jump of more than 45 points, ends at 100."""
    from qgis.core import QgsProcessingFeedback

    params = prepared.params(alg)
    main = "payment:compensation" if alg == "compensationchain" else "OUTPUT"
    params[main] = str(tmp_path / ("result" + SUFFIX.get(alg, ".gpkg")))
    for key, name in OUTPUTS.get(alg, {}).items():
        params[key] = str(tmp_path / name)
    seen = []
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(seen.append)
    guard.run(alg, params, feedback)
    steps = [0.0] + seen
    if alg != "compensationchain":  # a model's progress restarts for each step
        assert all(b >= a - 1e-9 for a, b in zip(steps, steps[1:])), steps
    assert max(b - a for a, b in zip(steps, steps[1:])) <= 45, steps
    assert seen[-1] >= 99.9
