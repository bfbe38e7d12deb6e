"""The science package's old name, kept for one release: ``ecocomp_plugin`` is now ``ecocomp_science``.

``import ecocomp_plugin.api`` (and every other module) gives the very module ``ecocomp_science.api`` — not a copy,
so ``except ecocomp_plugin.errors.InputError`` still catches what the science raises — with a DeprecationWarning.
Only the wheel installs this package; the QGIS plugin does not ship it.
"""

import importlib
import importlib.abc
import importlib.util
import sys
import warnings

OLD, NEW = "ecocomp_plugin", "ecocomp_science"

warnings.warn("The package ecocomp_plugin is now ecocomp_science; the old name will be removed in the next release.",
              DeprecationWarning, stacklevel=2)


class _Alias(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Finds ecocomp_plugin.<name> as the module ecocomp_science.<name>."""

    def find_spec(self, fullname, path=None, target=None):
        if fullname.startswith(OLD + "."):
            return importlib.util.spec_from_loader(fullname, self)
        return None

    def create_module(self, spec):
        return importlib.import_module(NEW + spec.name[len(OLD):])

    def exec_module(self, module):
        pass  # already executed under its new name


sys.meta_path.insert(0, _Alias())
_new = importlib.import_module(NEW)
globals().update({name: value for name, value in vars(_new).items() if not name.startswith("__")})
