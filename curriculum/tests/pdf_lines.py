"""Reading what a PDF draws, line by line and glyph by glyph, to check layout rather than extracted text.

Text extraction tools rebuild reading order with guesses of their own, so a right-to-left line that a renderer drew
left to right could still come out looking right. Here each text object (BT…ET; WeasyPrint writes one per line)
gives its starting point and the glyphs it draws in drawing order, that is from left to right on the page. Each glyph
keeps its glyph id, the character the PDF's ToUnicode map gives for it, and the glyph the embedded font's own cmap
gives for that character: the nominal glyph, which is the isolated form for an Arabic letter.
"""

import io
import re
from dataclasses import dataclass, field

from fontTools.ttLib import TTFont
from pypdf import PdfReader

BFCHAR = re.compile(r"<([0-9a-fA-F]{4})>\s*<([0-9a-fA-F]+)>")


@dataclass
class Glyph:
    """One glyph drawn: its id, the text it stands for, and the font's nominal glyph id for that text."""

    gid: int
    text: str
    nominal: int | None


@dataclass
class Line:
    """One text object: where it starts and the glyphs it draws, left to right."""

    x: float
    y: float
    glyphs: list[Glyph] = field(default_factory=list)

    @property
    def drawn(self):
        """The characters in the order they are drawn (left to right)."""
        return "".join(glyph.text for glyph in self.glyphs)


class Font:
    """What a PDF font resource says about its glyphs: the ToUnicode text and the embedded font's cmap."""

    def __init__(self, resource):
        self.name = str(resource["/BaseFont"])
        descendant = resource["/DescendantFonts"][0].get_object()
        data = descendant["/FontDescriptor"].get_object()["/FontFile2"].get_object().get_data()
        self.embedded = bool(data)
        cmap = TTFont(io.BytesIO(data)).getBestCmap() or {}
        order = TTFont(io.BytesIO(data)).getGlyphOrder()
        self.nominal = {chr(code): order.index(name) for code, name in cmap.items()}
        to_unicode = resource["/ToUnicode"].get_object().get_data().decode("ascii")
        self.text = {int(gid, 16): bytes.fromhex(text).decode("utf-16-be") for gid, text in BFCHAR.findall(to_unicode)}

    def glyph(self, gid):
        text = self.text.get(gid, "")
        return Glyph(gid, text, self.nominal.get(text))


def fonts_of(page):
    return {name: Font(ref.get_object()) for name, ref in page["/Resources"]["/Font"].items()}


def lines(pdf_bytes):
    """Every text line of every page, as (page index, Line)."""
    reader = PdfReader(io.BytesIO(pdf_bytes))
    for index, page in enumerate(reader.pages):
        fonts, font, line = fonts_of(page), None, None
        for operands, operator in page.get_contents().operations:
            if operator == b"Tf":
                font = fonts[operands[0]]
            elif operator == b"Tm":
                line = Line(float(operands[4]), float(operands[5]))
            elif operator == b"TJ" and line is not None:
                for item in operands[0]:
                    codes = glyph_codes(item)
                    line.glyphs += [font.glyph(int.from_bytes(codes[i : i + 2])) for i in range(0, len(codes), 2)]
            elif operator == b"ET" and line is not None:
                yield index, line
                line = None


def glyph_codes(item):
    """The two-byte glyph ids of a TJ string (pypdf gives hex strings as text or bytes); b"" for a kerning number."""
    if hasattr(item, "get_encoded_bytes"):
        return item.get_encoded_bytes()  # the bytes as written, where get_original_bytes may add a BOM
    return item if isinstance(item, bytes) else b""


def page_width(pdf_bytes):
    """The width of the first page in the units text positions are given in (WeasyPrint scales them by 4/3)."""
    box = PdfReader(io.BytesIO(pdf_bytes)).pages[0].mediabox
    return float(box.width) * 4 / 3


def embedded_fonts(pdf_bytes):
    """The base font names of every font the PDF uses, with whether the font file is embedded."""
    reader = PdfReader(io.BytesIO(pdf_bytes))
    found = {}
    for page in reader.pages:
        for font in fonts_of(page).values():
            found[font.name.split("+", 1)[-1]] = font.embedded
    return found
