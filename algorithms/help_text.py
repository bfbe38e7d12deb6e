"""The algorithms' help: HTML in the dialog, plain text for qgis_process."""


def plain_text(html):
    """Help written in HTML for the dialog, as readable text for the command line."""
    import html as html_module
    import re

    text = re.sub(r"</p>\s*", "\n\n", html)
    text = re.sub(r"<br\s*/?>", "\n", text)
    text = re.sub(r"<li>", "\n- ", text)
    text = re.sub(r"<sub>(.*?)</sub>", r"_\1", text)
    text = re.sub(r"<sup>(.*?)</sup>", r"^\1", text)
    text = re.sub(r"<[^>]+>", "", text)
    return re.sub(r"\n{3,}", "\n\n", html_module.unescape(text)).strip()


def on_the_command_line():
    from qgis.core import QgsApplication

    return QgsApplication.platform() == "qgis_process"
