"""The plugin ZIP passes the rules of the plugins.qgis.org validator, and a release build refuses placeholders.

The rules are those of QGIS-Django's plugins/validator.py (size, paths, forbidden folders and files, one top-level
package folder named in ASCII, __init__.py and metadata.txt with a [general] section and the required fields,
URLs with a scheme and a host that are not the validator's forbidden defaults, a LICENSE file, an author without
slashes), written here; the reachability of the URLs is not tested (no network in CI).
"""

import configparser
import importlib.util
import io
import pathlib
import re
import shutil
import zipfile
from urllib.parse import urlparse

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
REQUIRED = ("name", "description", "version", "qgisMinimumVersion", "author", "email", "about", "tracker",
            "repository")
FORBIDDEN_URLS = {"tracker": "http://bugs", "repository": "http://repo", "homepage": "http://homepage"}


def build_zip_module():
    spec = importlib.util.spec_from_file_location("build_zip", ROOT / "scripts" / "build_zip.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def validator_rules(path):
    """The validator's findings for a plugin ZIP (empty: it would be accepted)."""
    problems = []
    if path.stat().st_size > 25_000_000:
        problems.append("larger than 25 MB")
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        for name in names:
            if ".." in name or name.startswith("/"):
                problems.append("path information: " + name)
            if ".pyc" in name:
                problems.append(".pyc file: " + name)
            for forbidden in ("__MACOSX", ".git", "__pycache__"):
                if forbidden in name.split("/"):
                    problems.append("{} folder: {}".format(forbidden, name))
        if archive.testzip():
            problems.append("bad zip")
        parents = {name.split("/")[0] for name in names}
        if len(parents) != 1:
            problems.append("several top-level folders: {}".format(sorted(parents)))
        package = names[0].split("/")[0]
        if not re.match(r"^[A-Za-z][A-Za-z0-9-_]+$", package):
            problems.append("package name " + package)
        for required in ("__init__.py", "metadata.txt", "LICENSE"):
            if "{}/{}".format(package, required) not in names:
                problems.append("missing " + required)
        parser = configparser.ConfigParser()
        parser.optionxform = str
        parser.read_file(io.StringIO(archive.read(package + "/metadata.txt").decode("utf-8")))
        general = dict(parser.items("general"))
        problems += ["missing metadata " + field for field in REQUIRED if not general.get(field, "").strip()]
        for field, forbidden in FORBIDDEN_URLS.items():
            url = general.get(field)
            if url is not None:
                parsed = urlparse(url)
                if url == forbidden or not (parsed.scheme and parsed.netloc):
                    problems.append("invalid url " + field)
        if "/" in general.get("author", ""):
            problems.append("author with a slash")
        if general.get("icon") and "{}/{}".format(package, general["icon"]) not in names:
            problems.append("icon missing")
        for flag in ("experimental", "deprecated"):
            if general.get(flag, "False").lower() not in ("true", "false", "1", "0"):
                problems.append("flag " + flag)
    return problems


def test_the_development_zip_passes_the_validator_rules(tmp_path):
    path = pathlib.Path(build_zip_module().build(str(tmp_path / "ecocomp.zip")))
    assert validator_rules(path) == []
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
    assert "ecocomp/docs/README.md" in names and "ecocomp/docs/README.zh_CN.md" in names  # the helpUrl target
    assert {"ecocomp/sample_data/yearbook/hubei_2017_yearbook.xlsx",  # the guide's yearbook walk-through
            "ecocomp/sample_data/yearbook/hubei_2017_yearbook_gbk.csv"} <= set(names)
    assert not [n for n in names if n.startswith("ecocomp/tests/") or n.startswith("ecocomp/benchmarks/")]


def test_the_validator_rules_catch_what_they_should(tmp_path):
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("ecocomp/__init__.py", "")
        archive.writestr("ecocomp/__pycache__/x.pyc", "")
        archive.writestr("ecocomp/metadata.txt", "[general]\nname=x\ntracker=http://bugs\nauthor=a/b\n")
    problems = validator_rules(bad)
    assert "missing LICENSE" in problems and "invalid url tracker" in problems and "author with a slash" in problems
    assert any(p.startswith(".pyc file") for p in problems) and "missing metadata email" in problems


def test_a_release_build_refuses_placeholders_and_passes_once_filled_in(tmp_path):
    build_zip = build_zip_module()
    with pytest.raises(SystemExit, match="placeholders remain in email"):
        build_zip.build(str(tmp_path / "r.zip"), release=True)
    copy = tmp_path / "ecocomp"
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(".git", ".venv", "test-artifacts", "dist", "tests",
                                                                "benchmarks", "__pycache__", ".pytest_cache"))
    text = (copy / "metadata.txt").read_text(encoding="utf-8")
    for field, value in (("email", "team@ecocomp.cn"), ("homepage", "https://ecocomp.cn"),
                         ("tracker", "https://ecocomp.cn/issues"), ("repository", "https://ecocomp.cn/code")):
        text = re.sub(r"^{}=.*$".format(field), "{}={}".format(field, value), text, flags=re.M)
    (copy / "metadata.txt").write_text(text, encoding="utf-8")
    path = pathlib.Path(build_zip.build(str(tmp_path / "release.zip"), release=True, root=str(copy)))
    assert validator_rules(path) == []


def test_help_points_at_the_guide_inside_the_plugin(ecocomp_provider):
    from qgis.PyQt.QtCore import QUrl

    url = ecocomp_provider.algorithm("payment").helpUrl()
    path = pathlib.Path(QUrl(url).toLocalFile())
    # the guide rendered (the analyst reads a page, not Markdown), its images the plugin's own files
    assert url.startswith("file://") and path.name == "README.html" and path.exists()
    page = path.read_text(encoding="utf-8")
    assert "<h1" in page and "<table>" in page and "| ---" not in page and "```" not in page
    images = re.findall(r'<img alt="[^"]*" src="file://([^"]+)"', page)
    assert images and all(pathlib.Path(image).exists() for image in images)
    assert all(pathlib.Path(image).resolve().parent == (ROOT / "docs" / "images").resolve() for image in images)


def test_metadata_is_deliberate():
    parser = configparser.ConfigParser()
    parser.optionxform = str
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    general = parser["general"]
    assert general["category"] == "Analysis" and general["experimental"] == "True"
    tags = general["tags"].split(",")
    assert "ecological compensation" in tags and "生态补偿" in tags
    assert general["changelog"].startswith(general["version"] + " ")
    assert general["qgisMaximumVersion"].startswith("4.")
