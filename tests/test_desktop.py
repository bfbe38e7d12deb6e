"""The plugin ZIP installs into a fresh profile and loads in the real QGIS desktop under Xvfb."""

import json
import os
import pathlib
import shutil
import subprocess
import sys
import zipfile

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent

pytestmark = [pytest.mark.desktop, pytest.mark.slow]


@pytest.fixture
def xvfb():
    """An X server on a display number Xvfb chose itself (-displayfd): a number that only looks free here (no socket
    file in this /tmp) may be taken by another run's server in the shared abstract socket namespace, e.g. a suite on
    another QGIS in a chroot (scripts/qgis_chroot.sh), and QGIS would then talk to that server."""
    if not shutil.which("Xvfb"):
        pytest.fail("Xvfb is not installed: run scripts/setup.sh --dev")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x1024x24",
                               "-nolisten", "tcp"], pass_fds=(write_end,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as answer:
        number = answer.readline().strip()  # written once the server accepts connections
    assert number.isdigit(), "Xvfb did not start"
    yield ":" + number
    server.terminate()
    server.wait(10)


@pytest.mark.parametrize("locale", ["en", "zh-Hans"])
def test_zip_installs_and_loads_in_qgis_desktop(xvfb, tmp_path, artifacts, locale):
    """In English, and in Chinese as QGIS writes it when the user picks 简体中文 in its options ("zh-Hans")."""
    # 1. Build the ZIP as a release would, and install it as "Install from ZIP" does:
    #    unpack into the profile's python/plugins folder and enable it.
    target = tmp_path / "ecocomp.zip"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_zip.py"), str(target)], check=True)
    names = zipfile.ZipFile(target).namelist()
    assert {"ecocomp/metadata.txt", "ecocomp/algorithms/esv_algorithm.py", "ecocomp/translation.py",
            "ecocomp/i18n/ecocomp_zh_CN.qm", "ecocomp/ui/table_editor.ui"} <= set(names)
    assert not [n for n in names if n.startswith(("ecocomp/tests/", "ecocomp/.ci/", "ecocomp/benchmarks/"))]
    profile = tmp_path / "profiles" / "default"
    plugins = profile / "python" / "plugins"
    plugins.mkdir(parents=True)
    zipfile.ZipFile(target).extractall(plugins)
    (profile / "QGIS").mkdir()
    language = "" if locale == "en" else "[locale]\noverrideFlag=true\nuserLocale={}\n".format(locale)
    (profile / "QGIS" / "QGIS3.ini").write_text(
        "[PythonPlugins]\necocomp=true\n[qgis]\ncheckVersion=false\nshowTips=false\n" + language, encoding="utf-8")

    # 2. Start the desktop with a script that checks the plugin and takes screenshots.
    out = tmp_path / "desktop"
    out.mkdir()
    env = dict(os.environ, DISPLAY=xvfb, QT_QPA_PLATFORM="xcb", ECOCOMP_DESKTOP_OUT=str(out))
    for key in ("PYTHONPATH", "QGIS_PLUGINPATH", "QGIS_CUSTOM_CONFIG_PATH"):
        env.pop(key, None)
    qgis = subprocess.Popen(["qgis.bin", "--nologo", "--noversioncheck", "--profiles-path", str(tmp_path),
                             "--code", str(ROOT / "tests" / "desktop_check.py")],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
    try:
        qgis.wait(timeout=180)
    except subprocess.TimeoutExpired:
        qgis.kill()
    log = qgis.stdout.read().decode(errors="replace")
    for png in out.glob("*.png"):
        shutil.copy(png, artifacts / (png.name if locale == "en" else png.stem + "_" + locale + ".png"))
    assert (out / "status.json").exists(), log[-4000:]
    status = json.loads((out / "status.json").read_text())
    assert "error" not in status, status["error"]

    # 3. The installed copy (not the checkout) is what QGIS loaded, with its provider and menu.
    assert "ecocomp" in status["active_plugins"]
    assert {"ecocomp:esv", "ecocomp:footprint", "ecocomp:dualzoning", "ecocomp:priority", "ecocomp:payment",
            "ecocomp:compensationchain", "ecocomp:ioland", "ecocomp:iobilateral",
            "ecocomp:mapimage"} <= set(status["algorithms"])
    entries = [e for e in status["ecocomp_menu_entries"] if e]  # the separators between the sections have no text
    assert len(entries) == 24  # the workflow panel, 17 algorithms, 6 table editors
    assert len(status["ecocomp_menu_entries"]) - len(entries) == 6  # the sections of the work
    first = ["Compensation workflow panel…", "Statistics template to fill in…", "Join a statistics table to the units…",
             "Ecosystem service value (ESV)…"]
    if locale == "en":
        assert entries[:4] == first
        assert "Ecosystem service value of cultivated land" in status["dialog_title"]
    else:  # EcoComp in Chinese under QGIS's own 简体中文 setting (it stayed English before)
        translated = _translations()
        assert entries[:4] == [translated[text] for text in first]
        assert translated["Ecosystem service value of cultivated land"] in status["dialog_title"]
        assert status["ecocomp_menu_title"] == translated["&EcoComp"]
    assert os.path.getsize(status["main_screenshot"]) > 10000


def _translations():
    """EcoComp's Chinese translations, from its .ts file."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("i18n_script", ROOT / "scripts" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.read_ts()
