"""A full disk (issue 26): outputs written onto a small tmpfs that fills up mid-run. Either the run succeeds with
complete files, or it stops with a message naming the file or folder and the free space — and every earlier output
is byte-identical, with no partial file left. Needs root to mount the tmpfs (CI runs as root)."""

import os
import subprocess

import pytest


def tmpfs(folder, options):
    """``folder`` as a tmpfs mounted with ``options`` (skipped where mounting needs a root this run lacks)."""
    folder.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)]).returncode:
        pytest.skip("mounting a tmpfs needs root")
    return folder


@pytest.fixture
def small_disk(tmp_path):
    yield tmpfs(tmp_path / "disk", "size=8m")
    subprocess.run(["umount", "-l", str(tmp_path / "disk")], check=False)


def fill(folder, leave):
    """Fill the disk of ``folder`` up to ``leave`` bytes."""
    free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
    with open(folder / "filler", "wb") as handle:
        try:
            handle.write(b"\0" * max(0, free - leave))
        except OSError:
            pass


def run_on_a_full_disk(run_alg, algorithm, params, folder, leave):
    """Run once with room, fill the disk, run again: (the message of a refusal or None, the earlier files)."""
    from qgis.core import QgsProcessingException

    from ecocomp.algorithms.outputs import check_staged

    run_alg(algorithm, params)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    layers = {p.name: layers_of(p) for p in folder.iterdir() if p.suffix == ".gpkg"}
    fill(folder, leave)
    message = None
    try:
        run_alg(algorithm, params)
    except QgsProcessingException as error:
        message = str(error)
    after = {p.name: p.read_bytes() for p in folder.iterdir() if p.name != "filler"}
    assert set(after) == set(before), "a partial file was left: {}".format(set(after) - set(before))
    if message is not None:
        assert after == before  # every earlier output byte-identical
        assert "Free space left in {}".format(folder) in message and "Traceback" not in message, message
        assert any(str(folder / name) in message for name in before), message  # the file at fault is named
        assert message.count("Free space left in") == 1, message  # said once
    else:
        for name in after:
            assert check_staged(str(folder / name), str(folder / name)) is None, name
        # a GeoPackage whose last COMMIT failed passed SQLite's check with no layer in it: every layer, every feature
        assert {name: layers_of(folder / name) for name in layers} == layers
    return message


def layers_of(path):
    """{layer: feature count} of a GeoPackage, read by OGR."""
    from osgeo import ogr

    dataset = ogr.Open(str(path))
    assert dataset is not None, path
    return {dataset.GetLayer(i).GetName(): dataset.GetLayer(i).GetFeatureCount() for i in range(dataset.GetLayerCount())}


@pytest.mark.parametrize("leave", [4096, 150000, 360000])
def test_the_report_on_a_full_disk(prepared, run_alg, small_disk, leave):
    params = dict(prepared.params("report"), LANGUAGE=1, ATLAS=False, OUTPUT=str(small_disk / "r.pdf"),
                  OUTPUT_XLSX=str(small_disk / "t.xlsx"))
    message = run_on_a_full_disk(run_alg, "report", params, small_disk, leave)
    assert message is not None  # the PDF alone is larger than what was left


@pytest.mark.parametrize("leave", [4096, 60000, 200000, 300000, 700000])
def test_the_uncertainty_on_a_full_disk(prepared, run_alg, small_disk, leave):
    """With room for part of the files (300 kB, 700 kB), the GeoPackage's last COMMIT failed, it was moved into
    place holding no layer and the run reported success."""
    params = dict(prepared.params("uncertainty"), DRAWS=100, OUTPUT=str(small_disk / "u.gpkg"),
                  OUTPUT_SENSITIVITY=str(small_disk / "s.csv"), OUTPUT_TORNADO=str(small_disk / "t.png"))
    run_on_a_full_disk(run_alg, "uncertainty", params, small_disk, leave)


@pytest.mark.parametrize("leave", [100000, 300000, 400000, 500000, 900000])
@pytest.mark.parametrize("algorithm", ["transfers", "compare", "esv"])
def test_vector_outputs_on_a_full_disk(prepared, run_alg, small_disk, leave, algorithm):
    params = dict(prepared.params(algorithm), OUTPUT=str(small_disk / "u.gpkg"))
    if algorithm == "transfers":
        params.update(OUTPUT_TABLE=str(small_disk / "t.csv"), OUTPUT_LINES=str(small_disk / "l.gpkg"))
    run_on_a_full_disk(run_alg, algorithm, params, small_disk, leave)


def test_a_map_on_a_full_disk(prepared, run_alg, small_disk):
    params = dict(prepared.params("mapimage"), OUTPUT=str(small_disk / "m.png"))
    assert run_on_a_full_disk(run_alg, "mapimage", params, small_disk, 20000) is not None


@pytest.mark.parametrize("name, cut", [("r.pdf", 100), ("t.xlsx", 100), ("u.gpkg", 4096), ("m.png", 50)])
def test_a_truncated_file_is_never_taken_for_an_output(tmp_path, name, cut):
    """What a writer that stopped silently leaves — the first bytes of a PDF, a workbook, a GeoPackage, a PNG — is
    found before anything is replaced."""
    import zipfile

    from ecocomp.algorithms.outputs import check_staged

    (tmp_path / "run#2?").mkdir()  # a folder name SQLite's URI would cut at "#" or "?"
    whole = tmp_path / "run#2?" / ("whole" + os.path.splitext(name)[1])
    if name.endswith(".pdf"):
        whole.write_bytes(b"%PDF-1.4\n" + b"x" * 5000 + b"\n%%EOF\n")
    elif name.endswith(".xlsx"):
        with zipfile.ZipFile(whole, "w") as archive:
            archive.writestr("xl/workbook.xml", "<workbook>" + "x" * 5000 + "</workbook>")
    elif name.endswith(".gpkg"):
        import sqlite3

        connection = sqlite3.connect(str(whole))
        connection.execute("CREATE TABLE t (v TEXT)")
        connection.executemany("INSERT INTO t VALUES (?)", [("x" * 100,)] * 500)
        connection.commit()
        connection.close()
    else:
        whole.write_bytes(b"\x89PNG\r\n\x1a\n" + b"x" * 5000 + b"IEND\xaeB`\x82")
    assert check_staged(str(whole), str(whole)) is None
    truncated = tmp_path / ("cut" + os.path.splitext(name)[1])
    truncated.write_bytes(whole.read_bytes()[:cut])
    assert check_staged(str(truncated), str(truncated)) is not None


@pytest.fixture
def read_only_folder(tmp_path):
    yield tmpfs(tmp_path / "ro", "ro,size=1m")
    subprocess.run(["umount", "-l", str(tmp_path / "ro")], check=False)


def test_a_read_only_folder_is_named_before_any_work(prepared, run_alg, read_only_folder):
    """The report rendered to 80 % before finding its folder read-only, then named a temporary file; a vector output
    said "unable to open database file": both now stop at once, naming the output and the folder."""
    from qgis.core import QgsProcessingException

    for algorithm, output in (("report", "r.pdf"), ("esv", "esv.gpkg")):
        with pytest.raises(QgsProcessingException, match="the folder {} is read-only".format(read_only_folder)):
            run_alg(algorithm, dict(prepared.params(algorithm), OUTPUT=str(read_only_folder / output)))


def test_a_long_but_legal_file_name_is_written(prepared, run_alg, tmp_path):
    """A 250-byte file name is legal; the temporary name beside it must not pass 255 bytes (a 245-byte one failed)."""
    from tests.layers import features

    name = "补偿" * 40 + "x" * 5 + ".gpkg"  # 240 + 5 bytes
    assert len(name.encode("utf-8")) == 250
    out = run_alg("esv", dict(prepared.params("esv"), OUTPUT=str(tmp_path / name)))
    assert os.path.basename(out["OUTPUT"].split("|")[0]) == name
    assert len(features(out["OUTPUT"])) == 103
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_a_new_geopackage_on_a_full_disk(prepared, run_alg, small_disk):
    """No room even to create the file: GDAL's message quoted 5,000 characters of SQL and a 0-byte partial file stayed."""
    from qgis.core import QgsProcessingException

    fill(small_disk, 0)
    with pytest.raises(QgsProcessingException) as refused:
        run_alg("esv", dict(prepared.params("esv"), OUTPUT=str(small_disk / "new.gpkg")))
    message = str(refused.value)
    assert message.startswith("Could not create the output {}".format(small_disk / "new.gpkg")), message
    assert "Free space left in {}".format(small_disk) in message and len(message) < 600, message
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]
