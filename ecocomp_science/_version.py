"""The version of EcoComp, from one source: the plugin's metadata.txt (``version=…``).

In the plugin and in a source checkout the file sits next to this package; in an installed wheel of the science
package, the build copied it into the distribution's metadata (pyproject.toml reads ``__version__`` here).
"""

import os


def _from_metadata_txt():
    path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "metadata.txt")
    try:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                key, _, value = line.partition("=")
                if key.strip() == "version":
                    return value.strip()
    except OSError:
        return None
    return None


def _installed():
    try:
        from importlib.metadata import PackageNotFoundError, version
    except ImportError:  # pragma: no cover — Python < 3.8
        return None
    try:
        return version("ecocomp")
    except PackageNotFoundError:
        return None


__version__ = _from_metadata_txt() or _installed() or "0+unknown"
