"""EcoComp's translations: one context ("EcoComp") for every user-visible string.

``tr`` translates at run time; ``N_`` marks a string for scripts/i18n.py where it
is stored before being shown (menu tables, shared help paragraphs) and
translated with ``tr`` when shown. The Simplified Chinese translation is
i18n/ecocomp_zh_CN.qm, loaded for QGIS's user locale.
"""

import os

from qgis.PyQt.QtCore import QCoreApplication, QSettings, QTranslator

CONTEXT = "EcoComp"
I18N_DIR = os.path.join(os.path.dirname(__file__), "i18n")


def tr(text):
    return QCoreApplication.translate(CONTEXT, text)


def N_(text):  # noqa: N802 - the conventional name of a translation marker
    return text


def install_translator(locale=None):
    """Load i18n/ecocomp_<locale>.qm for QGIS's user locale (or ``locale``); returns the translator or None."""
    locale = (locale or QSettings().value("locale/userLocale", "") or "")[:5]
    for candidate in (locale, locale[:2]):
        path = os.path.join(I18N_DIR, "ecocomp_{}.qm".format(candidate))
        if candidate and os.path.exists(path):
            translator = QTranslator()
            if translator.load(path):
                QCoreApplication.installTranslator(translator)
                return translator
    return None
