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


# Every way QGIS and users write Simplified Chinese: QGIS's own language list writes "zh-Hans" when the user picks
# 简体中文; the system locale reads zh_CN (or zh_SG); "zh" alone is Simplified too. Traditional Chinese (zh-Hant,
# zh_TW, zh_HK, zh_MO) has no EcoComp translation and stays English rather than shown in the other script.
SIMPLIFIED_CHINESE = {"zh", "zh_cn", "zh_hans", "zh_hans_cn", "zh_sg", "zh_hans_sg", "zh_my"}
TRADITIONAL_CHINESE = {"zh_tw", "zh_hk", "zh_mo", "zh_hant", "zh_hant_tw", "zh_hant_hk", "zh_hant_mo"}


def translation_code(locale):
    """The code of EcoComp's translation for a QGIS locale setting ("zh-Hans", "zh_CN" … → "zh_CN"), else the
    locale normalised (language_TERRITORY) for other translations; "" when there is none."""
    text = str(locale or "").strip().replace("-", "_").split(".")[0].split("@")[0]
    key = text.lower()
    if key in SIMPLIFIED_CHINESE or (key.startswith("zh_hans") and key not in TRADITIONAL_CHINESE):
        return "zh_CN"
    if key in TRADITIONAL_CHINESE or key.startswith("zh_hant"):
        return ""
    parts = text.split("_")
    return "_".join([parts[0].lower()] + [p.upper() for p in parts[1:2]]) if parts[0] else ""


def user_locale():
    """QGIS's interface language as its settings hold it ("locale/userLocale", e.g. "zh-Hans")."""
    return str(QSettings().value("locale/userLocale", "") or "")


def install_translator(locale=None):
    """Load i18n/ecocomp_<code>.qm for QGIS's user locale (or ``locale``, any spelling :func:`translation_code`
    reads); returns the translator or None (English)."""
    code = translation_code(locale if locale is not None else user_locale())
    for candidate in (code, code[:2]):
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
    """"zh_CN" when QGIS runs in Simplified Chinese (any spelling of it), else "en"."""
    return "zh_CN" if translation_code(user_locale()) == "zh_CN" else "en"
