"""Runs inside the real QGIS desktop (qgis.bin --code): checks EcoComp loaded, takes screenshots, quits.

Reads ECOCOMP_DESKTOP_OUT (a folder); writes status.json and PNG screenshots there.
"""

import json
import os
import traceback

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication
from qgis.utils import active_plugins, iface, plugins

OUT = os.environ["ECOCOMP_DESKTOP_OUT"]
status = {}


def grab(name):
    path = os.path.join(OUT, name)
    QApplication.primaryScreen().grabWindow(0).save(path)
    return path


def finish():
    with open(os.path.join(OUT, "status.json"), "w", encoding="utf-8") as handle:
        json.dump(status, handle, indent=1)
    QgsApplication.exit(0)


def show_dialog():
    try:
        from qgis import processing

        dialog = processing.createAlgorithmDialog("ecocomp:esv", {})
        dialog.show()
        dialog.raise_()
        QTimer.singleShot(1500, lambda: after_dialog(dialog))
    except Exception:  # noqa: BLE001 - report whatever went wrong to the test
        status["error"] = traceback.format_exc()
        finish()


def after_dialog(dialog):
    status["dialog_title"] = dialog.windowTitle()
    status["dialog_screenshot"] = grab("desktop_esv_dialog.png")
    dialog.close()
    finish()


def check():
    try:
        iface.mainWindow().showMaximized()
        status["active_plugins"] = list(active_plugins)
        status["plugin_path"] = plugins["ecocomp"].__class__.__module__ if "ecocomp" in plugins else None
        registry = QgsApplication.processingRegistry()
        status["algorithms"] = sorted(a.id() for a in registry.algorithms() if a.provider().id() == "ecocomp")
        menus = [a.text() for a in iface.pluginMenu().actions()]
        status["plugin_menus"] = menus
        title = plugins["ecocomp"].menu_name() if "ecocomp" in plugins else "&EcoComp"  # translated under zh
        ecocomp_menu = [a for a in iface.pluginMenu().actions() if a.text() == title or "EcoComp" in a.text()]
        status["ecocomp_menu_title"] = title
        status["ecocomp_menu_entries"] = (
            [a.text() for a in ecocomp_menu[0].menu().actions()] if ecocomp_menu and ecocomp_menu[0].menu() else []
        )
        status["main_screenshot"] = grab("desktop_main_window.png")
        QTimer.singleShot(500, show_dialog)
    except Exception:  # noqa: BLE001
        status["error"] = traceback.format_exc()
        finish()


QTimer.singleShot(4000, check)
