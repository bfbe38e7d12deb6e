"""Build the installable plugin ZIP (QGIS: Plugins › Manage and Install › Install from ZIP).

    python3 scripts/build_zip.py [dist/ecocomp-<version>.zip]            # a development build
    python3 scripts/build_zip.py --release [dist/ecocomp-<version>.zip]  # refused while placeholders remain

Packs the plugin files under the folder name ``ecocomp/``: the code, styles,
icons, translations, docs and sample data; never tests, benchmarks, CI or
development scripts. In a git checkout only the files git tracks (or would track: nothing it ignores) are packed,
so stray outputs, caches or a local venv never reach the ZIP; a plain copy without git is walked as it is.
"""

import configparser
import os
import subprocess
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Every Python module at the top level is part of the plugin (a new one cannot be forgotten).
ITEMS = ["metadata.txt", "LICENSE", "README.md", "ecocomp_science", "algorithms", "ui", "i18n", "docs", "sample_data"]
SKIP_SUFFIXES = (".pyc", ".ts", ".pro")
SKIP_DIRS = {"__pycache__"}


def git_files(root=ROOT):
    """The files below ``root`` that git tracks or would track (``/``-separated), or None outside a git checkout."""
    if not os.path.exists(os.path.join(root, ".git")):
        return None
    try:
        listed = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"], cwd=root,
                                capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    return {name.decode("utf-8") for name in listed.split(b"\0") if name}


def plugin_files(root=ROOT):
    known = git_files(root)
    for relative in _walk(root):
        if known is None or relative.replace(os.sep, "/") in known:
            yield relative


def _walk(root):
    for item in sorted(name for name in os.listdir(root) if name.endswith(".py")) + ITEMS:
        path = os.path.join(root, item)
        if os.path.isfile(path):
            yield item
        elif os.path.isdir(path):
            for folder, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS)
                for name in sorted(files):
                    if not name.endswith(SKIP_SUFFIXES):
                        yield os.path.relpath(os.path.join(folder, name), root)


# Fields a publisher fills in before a release, and the signs of a value that is still a placeholder.
PUBLISHER_FIELDS = ("email", "homepage", "tracker", "repository")
PLACEHOLDER_SIGNS = ("example.org", "example.com", "placeholder", "todo", "xxx", "http://bugs", "http://repo",
                     "http://homepage")


def metadata(root=ROOT):
    meta = configparser.ConfigParser()
    meta.optionxform = str
    meta.read(os.path.join(root, "metadata.txt"), encoding="utf-8")
    return meta["general"]


def version(root=ROOT):
    return metadata(root)["version"]


def placeholders(root=ROOT):
    """Metadata fields that still hold a placeholder (or are empty), and files of the plugin that mention one."""
    general = metadata(root)
    found = ["{} = {!r}".format(field, general.get(field, "")) for field in PUBLISHER_FIELDS
             if not general.get(field, "").strip()
             or any(sign in general.get(field, "").lower() for sign in PLACEHOLDER_SIGNS)]
    for relative in plugin_files(root):
        if relative.endswith((".py", ".txt", ".md", ".ui", ".qml", ".model3")):
            with open(os.path.join(root, relative), encoding="utf-8", errors="replace") as handle:
                text = handle.read().lower()
            if "example.org" in text or "placeholder-" in text:
                found.append(relative)
    return found


def build(target=None, release=False, root=ROOT):
    """The plugin ZIP; a release build is refused while a publisher field or any file holds a placeholder."""
    if release:
        left = placeholders(root)
        if left:
            raise SystemExit("Not a release: placeholders remain in " + "; ".join(left)
                             + ". Fill in metadata.txt (see README, 'Publishing').")
    target = target or os.path.join(root, "dist", "ecocomp-{}.zip".format(version(root)))
    os.makedirs(os.path.dirname(os.path.abspath(target)), exist_ok=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for relative in plugin_files(root):
            archive.write(os.path.join(root, relative), "ecocomp/" + relative.replace(os.sep, "/"))
    return target


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if a != "--release"]
    print(build(arguments[0] if arguments else None, release="--release" in sys.argv))
