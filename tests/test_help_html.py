"""Help opens the guide as a rendered page (algorithms/help_html.py): the Markdown the guides are written in becomes
HTML — headings, tables, lists, code, images and links to the other guides as their pages."""

import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent


def test_the_markdown_of_the_guides_renders(qgis_app):
    from ecocomp.algorithms.help_html import render

    page = render("# Title\n\nText with **bold**, *italics* and `code < 1`.\n\n| a | b |\n|---|---|\n| 1 | x \\| y |\n\n"
                  "- one\n- two\n  continued\n\n1. first\n2. second\n\n```bash\nrun <this>\n```\n\n"
                  "> quoted\n\n![map](images/x.png) [guide](python.md)\n", str(ROOT / "docs"))
    assert '<h1 id="title">Title</h1>' in page
    assert "<b>bold</b>" in page and "<i>italics</i>" in page and "<code>code &lt; 1</code>" in page
    assert "<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td>1</td><td>x | y</td></tr>" in page
    assert "<ul><li>one</li><li>two continued</li></ul>" in page and "<ol><li>first</li><li>second</li></ol>" in page
    assert "<pre><code>run &lt;this&gt;</code></pre>" in page and "<blockquote><p>quoted</p></blockquote>" in page
    assert 'src="file://{}"'.format((ROOT / "docs" / "images" / "x.png").as_posix()) in page
    assert re.search(r'<a href="file://[^"]+/python\.html">guide</a>', page)  # a linked guide opens rendered


def test_every_guide_renders_without_markdown_left(qgis_app):
    """Every page of docs/ is rendered once (links between them work); no table row, fence or heading mark is left
    as text, and every image the pages show exists in the plugin."""
    from ecocomp.algorithms.help_html import guide_page, page_file

    guide_page()
    for markdown in sorted((ROOT / "docs").glob("*.md")):
        page = pathlib.Path(page_file(str(markdown))).read_text(encoding="utf-8")
        text = re.sub(r"<pre><code>.*?</code></pre>", "", page, flags=re.S)
        assert not re.search(r"^\s*(\|[-:| ]+\||```|#{1,6} )", re.sub(r"<[^>]+>", "\n", text), re.M), markdown.name
        for image in re.findall(r'<img alt="[^"]*" src="file://([^"]+)"', page):
            assert pathlib.Path(image).exists(), (markdown.name, image)
