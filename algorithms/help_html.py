"""The user guide as a rendered page: Help opens HTML, not the raw Markdown of docs/README.md.

A small renderer for the Markdown the guide is written in — headings, paragraphs, lists, tables, code blocks, block
quotes, images, links, bold, italics and inline code — with no library beyond Python's own, so the plugin needs
nothing QGIS lacks. Images and links to the other guides point at the plugin's own files: the page works offline
and always matches the installed version. Pages are written once per version into QGIS's cache folder.
"""

import html
import os
import re

DOCS = os.path.join(os.path.dirname(os.path.dirname(__file__)), "docs")

STYLE = """body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;max-width:60em;margin:2em auto;
padding:0 1em;line-height:1.55;color:#222}table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #bbb;
padding:.3em .6em;vertical-align:top}th{background:#f0f0f0}code,pre{font-family:monospace;background:#f6f6f6}
pre{padding:.6em;overflow-x:auto}img{max-width:100%}blockquote{border-left:3px solid #ccc;margin:0;padding-left:1em}"""


def inline(text, base):
    """Inline Markdown of one line (escaped first): images, links, code, bold, italics."""
    parts = re.split(r"(`[^`]+`)", text)
    out = []
    for part in parts:
        if part.startswith("`") and part.endswith("`") and len(part) > 1:
            out.append("<code>{}</code>".format(html.escape(part[1:-1])))
            continue
        part = html.escape(part, quote=False)
        part = re.sub(r"!\[([^\]]*)\]\(([^)\s]+)\)",
                      lambda m: '<img alt="{}" src="{}">'.format(html.escape(m.group(1)), target(m.group(2), base)), part)
        part = re.sub(r"\[([^\]]+)\]\(([^)\s]+)\)",
                      lambda m: '<a href="{}">{}</a>'.format(target(m.group(2), base), m.group(1)), part)
        part = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", part)
        part = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"<i>\1</i>", part)
        out.append(part)
    return "".join(out)


def target(link, base):
    """A link or image path of the guide: web addresses as they are, files of the plugin as file URLs (a guide
    linked from another opens as its rendered page)."""
    if re.match(r"^[a-z]+:", link) or link.startswith("#"):
        return html.escape(link)
    path, _, anchor = link.partition("#")
    full = os.path.normpath(os.path.join(base, path))
    if full.endswith(".md") and os.path.exists(full):
        full = page_file(full)
    return html.escape("file://" + full.replace(os.sep, "/") + ("#" + anchor if anchor else ""))


def render(markdown, base=DOCS, title="EcoComp"):
    """The HTML page of a Markdown text; ``base``: the folder its relative links and images start from."""
    lines = markdown.splitlines()
    out, i = [], 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if not stripped:
            i += 1
        elif stripped.startswith("```"):
            block, i = [], i + 1
            while i < len(lines) and not lines[i].strip().startswith("```"):
                block.append(lines[i])
                i += 1
            out.append("<pre><code>{}</code></pre>".format(html.escape("\n".join(block))))
            i += 1
        elif re.match(r"^#{1,6} ", stripped):
            level = len(stripped) - len(stripped.lstrip("#"))
            text = stripped[level:].strip()
            anchor = re.sub(r"[^\w\- ]", "", text.lower()).strip().replace(" ", "-")
            out.append('<h{0} id="{1}">{2}</h{0}>'.format(level, html.escape(anchor), inline(text, base)))
            i += 1
        elif stripped.startswith("|") and i + 1 < len(lines) and re.match(r"^\|[\s:|-]+\|$", lines[i + 1].strip()):
            rows = []
            while i < len(lines) and lines[i].strip().startswith("|"):
                rows.append(lines[i].strip())
                i += 1
            out.append(table(rows, base))
        elif re.match(r"^([-*]|\d+\.) ", stripped):
            ordered = bool(re.match(r"^\d+\.", stripped))
            items, indent = [], len(line) - len(line.lstrip())
            while i < len(lines) and lines[i].strip():
                current = lines[i]
                marker = re.match(r"^(\s*)([-*]|\d+\.) (.*)$", current)
                if marker and len(marker.group(1)) <= indent + 1:
                    items.append(marker.group(3))
                else:
                    items[-1] += " " + current.strip()
                i += 1
            tag = "ol" if ordered else "ul"
            out.append("<{0}>{1}</{0}>".format(tag, "".join("<li>{}</li>".format(inline(t, base)) for t in items)))
        elif stripped.startswith(">"):
            block = []
            while i < len(lines) and lines[i].strip().startswith(">"):
                block.append(lines[i].strip()[1:].strip())
                i += 1
            out.append("<blockquote><p>{}</p></blockquote>".format(inline(" ".join(block), base)))
        else:
            block = []
            while i < len(lines) and lines[i].strip() and not re.match(r"^(#{1,6} |```|\||([-*]|\d+\.) |>)",
                                                                      lines[i].strip()):
                block.append(lines[i].strip())
                i += 1
            out.append("<p>{}</p>".format(inline(" ".join(block), base)))
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{}</title><style>{}</style></head>\n<body>\n{}\n'
            '</body></html>\n').format(html.escape(title), STYLE, "\n".join(out))


def table(rows, base):
    def cells(row):
        return [c.strip() for c in re.split(r"(?<!\\)\|", row.strip().strip("|"))]

    head = "".join("<th>{}</th>".format(inline(c, base)) for c in cells(rows[0]))
    body = "".join("<tr>{}</tr>".format("".join("<td>{}</td>".format(inline(c.replace("\\|", "|"), base))
                                                  for c in cells(row))) for row in rows[2:])
    return "<table><thead><tr>{}</tr></thead><tbody>{}</tbody></table>".format(head, body)


def cache_folder():
    """Where the rendered pages go: QGIS's cache folder of this profile (the plugin's own folder may be read-only)."""
    try:
        from qgis.core import QgsApplication

        folder = os.path.join(QgsApplication.qgisSettingsDirPath(), "cache", "ecocomp-help")
    except ImportError:  # pragma: no cover - outside QGIS
        import tempfile

        folder = os.path.join(tempfile.gettempdir(), "ecocomp-help")
    return folder


def page_file(markdown_path):
    """Where the rendered page of a guide is (see :func:`guide_page`)."""
    return os.path.join(cache_folder(), os.path.splitext(os.path.basename(markdown_path))[0] + ".html")


def guide_page(name="README.md"):
    """The rendered page of the guide ``name`` of docs/; every guide of docs/ is (re)written when missing or older
    than its Markdown, so the links between them open rendered pages too."""
    for markdown_path in sorted(os.path.join(DOCS, n) for n in os.listdir(DOCS) if n.endswith(".md")):
        page = page_file(markdown_path)
        if os.path.exists(page) and os.path.getmtime(page) >= os.path.getmtime(markdown_path):
            continue
        os.makedirs(os.path.dirname(page), exist_ok=True)
        with open(markdown_path, encoding="utf-8") as handle:
            text = handle.read()
        title = next((line.lstrip("# ").strip() for line in text.splitlines() if line.startswith("# ")), "EcoComp")
        # Written under a temporary name and moved into place: a page is never seen half-written.
        temporary = page + ".partial"
        with open(temporary, "w", encoding="utf-8") as handle:
            handle.write(render(text, os.path.dirname(markdown_path), title))
        os.replace(temporary, page)
    return page_file(os.path.join(DOCS, name))
