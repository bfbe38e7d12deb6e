"""Qt dialogs of EcoComp: parameter-table editors, the AHP weights dialog, and their Processing wrappers.

Imported only by QGIS's graphical interface (algorithm dialogs, the modeller, the plugin menu),
never by qgis_process.
"""
