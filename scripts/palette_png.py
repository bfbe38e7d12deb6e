"""Write PNG images as 8-bit palette PNGs in place (the docs' maps, charts and screenshots: a third of the size).

    /usr/bin/python3 scripts/palette_png.py docs/images/*.png

Maps and charts have few colours; 256 without dithering keeps their classes exact. Needs Pillow (Debian's
python3-pil comes with matplotlib). tests/test_repository_hygiene.py checks that docs/images holds palette PNGs.
"""

import os
import sys

from PIL import Image


def to_palette(path):
    image = Image.open(path)
    if image.mode == "P":
        return os.path.getsize(path), os.path.getsize(path)
    before = os.path.getsize(path)
    quantized = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    temporary = path + ".tmp.png"
    quantized.save(temporary, optimize=True)
    os.replace(temporary, path)
    return before, os.path.getsize(path)


if __name__ == "__main__":
    for name in sys.argv[1:]:
        old, new = to_palette(name)
        print("{}: {:,} → {:,} bytes".format(name, old, new))
