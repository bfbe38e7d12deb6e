"""EcoComp's translations: one context ("EcoComp") for every user-visible string.

``tr`` translates at run time; ``N_`` marks a string for scripts/i18n.py where it
is stored before being shown (menu tables, shared help paragraphs) and
translated with ``tr`` when shown. The Simplified Chinese translation is
i18n/ecocomp_zh_CN.qm, loaded for QGIS's user locale.
"""

import os
from contextlib import contextmanager

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


class _SourceText(QTranslator):
    """Answers every EcoComp string with its English source text (installed last, it is asked first)."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002 (Qt's signature)
        return source if context == CONTEXT else None  # None: a null string, so Qt asks the next translator

    def isEmpty(self):  # noqa: N802 (Qt API)
        return False


@contextmanager
def language(code):
    """EcoComp's strings in ``code`` ("en" or "zh_CN") while the block runs, whatever QGIS's own language (a report
    in Chinese from an English QGIS, and the reverse); QGIS's translators are left as they were."""
    translator = _SourceText() if code == "en" else QTranslator()
    if code != "en" and not translator.load(os.path.join(I18N_DIR, "ecocomp_{}.qm".format(code))):
        raise ValueError("No translation for language {!r}.".format(code))
    QCoreApplication.installTranslator(translator)
    try:
        yield code
    finally:
        QCoreApplication.removeTranslator(translator)


def qgis_language():
    """"zh_CN" when QGIS runs in Chinese, else "en"."""
    return "zh_CN" if str(QSettings().value("locale/userLocale", "") or "").startswith("zh") else "en"
