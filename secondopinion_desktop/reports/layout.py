"""The shared page: styles for normal and large print, the page frame and common blocks.

Every page carries the person's name, the print date and "Page N of M". Imported only when a
PDF is made (it pulls in ReportLab).
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import paragraph as rl_paragraph
from reportlab.platypus.doctemplate import ActionFlowable

from secondopinion_desktop.model.dates import format_long_date as long_date
from secondopinion_desktop.reports import wrapping
from secondopinion_desktop.reports.fonts import BOLD, ITALIC, REGULAR, register_fonts
from secondopinion_desktop.reports.labels import text
from secondopinion_desktop.reports.text import para, pieces, printable_in

AUTHOR = "Second Opinion Companion"
INK = colors.HexColor("#111111")
RULE = colors.HexColor("#6b6b6b")
SHADE = colors.HexColor("#eeeeee")
GRID = colors.HexColor("#9a9a9a")
LEFT_MARGIN = RIGHT_MARGIN = 16 * mm


@dataclass(frozen=True)
class Options:
    """How to print: large print or not, paper, language and the date shown on each page."""

    large_print: bool
    paper: str
    language: str
    printed_on: date

    def t(self, key: str, **values: str) -> str:
        return text(key, self.language, **values)


@dataclass(frozen=True)
class Styles:
    """The paragraph styles and measures of one print size."""

    body: ParagraphStyle
    bold: ParagraphStyle
    cell: ParagraphStyle
    cell_label: ParagraphStyle
    bullet: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    note: ParagraphStyle
    frame_size: float
    rule_gap: float
    answer_lines: int
    label_width: float


def make_styles(large_print: bool) -> Styles:
    register_fonts()
    size = 16.0 if large_print else 11.0
    leading = size * (1.3 if large_print else 1.25)
    cell_leading = size * (1.2 if large_print else 1.18)
    heading = 20.0 if large_print else 15.0
    base = ParagraphStyle(
        "body",
        fontName=REGULAR,
        fontSize=size,
        leading=leading,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=size * 0.3,
        splitLongWords=1,
        # A paragraph never leaves its last line alone at the top of a page.
        allowWidows=0,
        bulletFontName=REGULAR,
        bulletFontSize=size,
        # Lines may break after a hyphen or slash, so long links and codes wrap sensibly.
        wordWrap=None,
    )
    return Styles(
        body=base,
        bold=ParagraphStyle("bold", parent=base, fontName=BOLD),
        # Table cells are a little tighter than running text (the padding adds air back).
        cell=ParagraphStyle("cell", parent=base, spaceAfter=0, leading=cell_leading),
        cell_label=ParagraphStyle(
            "cell_label", parent=base, fontName=BOLD, spaceAfter=0, leading=cell_leading
        ),
        bullet=ParagraphStyle(
            "bullet",
            parent=base,
            spaceAfter=size * 0.1,
            leftIndent=size * 1.2,
            bulletIndent=size * 0.2,
        ),
        title=ParagraphStyle(
            "title",
            parent=base,
            fontName=BOLD,
            fontSize=heading + 5,
            leading=(heading + 5) * 1.25,
            spaceAfter=size * 0.3,
        ),
        subtitle=ParagraphStyle(
            "subtitle",
            parent=base,
            fontSize=size + 2,
            leading=(size + 2) * 1.35,
            spaceAfter=size * 0.6,
        ),
        heading=ParagraphStyle(
            "heading",
            parent=base,
            fontName=BOLD,
            fontSize=heading,
            leading=heading * 1.3,
            spaceBefore=size * 0.45,
            spaceAfter=size * 0.25,
        ),
        subheading=ParagraphStyle(
            "subheading",
            parent=base,
            fontName=BOLD,
            fontSize=size + 1,
            leading=(size + 1) * 1.35,
            spaceBefore=size * 0.35,
            spaceAfter=size * 0.25,
        ),
        note=ParagraphStyle("note", parent=base, fontName=ITALIC, spaceAfter=0),
        frame_size=16.0 if large_print else 9.5,
        rule_gap=30.0 if large_print else 20.0,
        answer_lines=2,
        label_width=(66 if large_print else 46) * mm,
    )


# What Paragraph.wrap leaves on the paragraph: the broken lines and their measures.
_LAID_OUT = ("blPara", "_wrapWidths", "width", "height", "_width_max", "_splitLongWordCount",
             "_hyphenations")


class Paragraph(rl_paragraph.Paragraph):  # type: ignore[misc]
    """A Paragraph that breaks its lines once for each width it is offered.

    ReportLab breaks a paragraph into lines again at every wrap: a table measures each cell,
    then again when it splits over a page and when it draws it; KeepTogether and KeepStart
    measure what they hold before the frame does. The lines depend only on the width and
    the paragraph's own text and style, so what one width gave is kept and put back (the same
    lines a new break would give: the PDF is byte for byte the same). Breaking lines was
    most of a heavy summary's time.
    """

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        laid_out: dict[float, dict[str, Any]] = self.__dict__.setdefault("_laid_out", {})
        known = laid_out.get(avail_width)
        if known is not None:
            self.__dict__.update(known)
            return self.width, self.height
        size: tuple[float, float] = super().wrap(avail_width, avail_height)
        if "blPara" in self.__dict__:
            laid_out[avail_width] = {k: self.__dict__[k] for k in _LAID_OUT if k in self.__dict__}
        return size


class RuledLines(Flowable):  # type: ignore[misc]
    """Empty ruled lines to write on by hand."""

    def __init__(self, count: int, gap: float, indent: float = 0) -> None:
        super().__init__()
        self.count = count
        self.gap = gap
        self.indent = indent
        self.width = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.count * self.gap + 4

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.7)
        for i in range(self.count):
            y = i * self.gap + 2
            canvas.line(self.indent, y, self.width, y)


def _fit(value: str, font: str, size: float, width: float) -> str:
    """``value`` shortened with an ellipsis to fit ``width`` (the running header only; the
    full text is in the body)."""
    if stringWidth(value, font, size) <= width:
        return value
    low, high = 0, len(value)
    while low < high:
        mid = (low + high + 1) // 2
        if stringWidth(value[:mid] + "…", font, size) <= width:
            low = mid
        else:
            high = mid - 1
    return value[:low] + "…"


@dataclass(frozen=True)
class _Frame:
    name: str
    printed: str
    page_template: str
    size: float


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds every page until the end, so each can say "Page N of M"."""

    def __init__(self, *args: Any, frame: _Frame, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._frame = frame
        self._pages: list[dict[str, Any]] = []
        # Indexes of the pages where a new count starts (each letter numbers its own pages).
        self._starts: set[int] = {0}

    def start_numbering(self) -> None:
        """The page being drawn is page 1 of a new count."""
        self._starts.add(len(self._pages))

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        starts = [*sorted(i for i in self._starts if i < len(self._pages)), len(self._pages)]
        numbers: list[tuple[int, int]] = []
        for first, after in itertools.pairwise(starts):
            numbers += [(n, after - first) for n in range(1, after - first + 1)]
        for (number, total), state in zip(numbers, self._pages, strict=True):
            self.__dict__.update(state)
            self._draw_frame(number, total)
            super().showPage()
        super().save()

    def _draw_frame(self, number: int, total: int) -> None:
        frame = self._frame
        width, height = self._pagesize
        # Line up with the text below, which sits inside the frame's 6-point padding.
        margin = LEFT_MARGIN + 6
        self.saveState()
        self.setFillColor(INK)
        size = frame.size
        # The date is short and always whole; the name gets the rest of the line.
        right = _fit(frame.printed, REGULAR, size, (width - 2 * margin) * 0.72)
        right_width = stringWidth(right, REGULAR, size)
        name = _fit(frame.name, BOLD, size, width - 2 * margin - right_width - 12)
        top = height - 9 * mm - size
        self.setFont(BOLD, size)
        self.drawString(margin, top, name)
        self.setFont(REGULAR, size)
        self.drawRightString(width - margin, top, right)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.6)
        self.line(margin, top - size * 0.45, width - margin, top - size * 0.45)
        page = frame.page_template.format(n=number, m=total)
        self.drawCentredString(width / 2, 8 * mm, page)
        self.restoreState()


def page_size(options: Options) -> tuple[float, float]:
    size: tuple[float, float] = LETTER if options.paper == "letter" else A4
    return size


def usable_width(options: Options) -> float:
    """The width between the margins."""
    return float(page_size(options)[0] - LEFT_MARGIN - RIGHT_MARGIN - 1)


def _top_and_bottom_margins(styles: Styles) -> tuple[float, float]:
    """Room above and below the text: the page frame's name, date and page number sit there."""
    frame_room = styles.frame_size * 2.0
    return 10 * mm + frame_room, 9 * mm + frame_room


def frame_height(options: Options, styles: Styles) -> float:
    """The height the text of one page has (inside the frame's padding of 6 points a side)."""
    top, bottom = _top_and_bottom_margins(styles)
    return float(page_size(options)[1] - top - bottom - 12)


def build_document(
    story: list[Flowable], options: Options, styles: Styles, *, title_key: str, name: str
) -> bytes:
    """Lay ``story`` out on the chosen paper with the page frame; the PDF as bytes.

    The story is used up: ``story`` is emptied, and each flowable is let go once it is on its
    page. Held to the end, the laid-out pages of a long summary (their lines broken and kept
    for each width) were some 4 MiB of a `pdf` run that is about 75 MiB in all.
    """
    register_fonts()
    wrapping.install()
    buffer = io.BytesIO()
    pagesize = page_size(options)
    top_margin, bottom_margin = _top_and_bottom_margins(styles)
    doc = SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=LEFT_MARGIN,
        rightMargin=RIGHT_MARGIN,
        topMargin=top_margin,
        bottomMargin=bottom_margin,
        # Neutral metadata: a PDF's properties must not carry health details or a name.
        title=options.t(title_key),
        author=AUTHOR,
        creator=AUTHOR,
        subject="",
        keywords="",
        invariant=1,
        initialFontName=REGULAR,
        initialFontSize=styles.body.fontSize,
        lang="es" if options.language == "es" else "en",
    )
    frame = _Frame(
        # Drawn in bold: stand-ins for what the bold face lacks, as in the body.
        name=printable_in(name, BOLD).replace("\n", " ") or " ",
        printed=options.t("printed", date=long_date(options.printed_on, options.language)),
        page_template=options.t("page", n="{n}", m="{m}"),
        size=styles.frame_size,
    )

    def canvas_maker(*args: Any, **kwargs: Any) -> _NumberedCanvas:
        return _NumberedCanvas(*args, frame=frame, **kwargs)

    flowables = keep_leads(story)
    story.clear()
    # ReportLab takes each flowable off the front of this list as it places it.
    doc.build(flowables, canvasmaker=canvas_maker)
    return buffer.getvalue()


# ----- pagination ----------------------------------------------------------------------------

# A table row taller than this may split between its lines (header repeated); a shorter one
# moves whole to the next page. About ten lines of normal print, seven of large print.
LONG_ROW = 150.0


class FlowTable(Table):  # type: ignore[misc]
    """A table that splits between rows, and inside a row only when that row is long."""

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self._calc(avail_width, avail_height)
        parts: list[Flowable] = self._splitRows(avail_height, doInRowSplit=False)
        if parts:
            return parts
        row = self._getFirstPossibleSplitRowPosition(avail_height, ignoreSpans=1)
        long_row = row < len(self._rowHeights) and self._rowHeights[row] >= LONG_ROW
        if self.splitInRow and long_row:
            parts = self._splitRows(avail_height, doInRowSplit=True)
            return parts
        return []


class KeepStart(Flowable):  # type: ignore[misc]
    """Headings kept with the start of what follows them: the first flowable after them
    moves with them, or, when it is long, at least its first lines or table rows do."""

    def __init__(self, head: Sequence[Flowable], first: Flowable) -> None:
        super().__init__()
        self.head = list(head)
        self.first = first
        # The frame adds the outer spaces (and drops the one above at the top of a page).
        self.spaceBefore = self.head[0].getSpaceBefore()
        self.spaceAfter = first.getSpaceAfter()

    def _parts(self) -> list[Flowable]:
        return [*self.head, self.first]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        parts = self._parts()
        height = 0.0
        for index, item in enumerate(parts):
            _, h = item.wrapOn(self.canv, avail_width, avail_height)
            height += h
            if index:
                height += item.getSpaceBefore()
            if index < len(parts) - 1:
                height += item.getSpaceAfter()
        self.width = avail_width
        self.height = height
        return avail_width, height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        if self.height <= avail_height:
            return self._parts()
        used = 0.0
        for index, item in enumerate(self.head):
            _, h = item.wrapOn(self.canv, avail_width, avail_height)
            used += h + (item.getSpaceBefore() if index else 0) + item.getSpaceAfter()
        room = avail_height - used - self.first.getSpaceBefore()
        if room > 0:
            pieces = self.first.splitOn(self.canv, avail_width, room)
            # A KeepTogether that cannot split answers with a page break first: that is no
            # start to keep the headings with.
            if pieces and not isinstance(pieces[0], ActionFlowable):
                return [*self.head, *pieces]
        frame = getattr(self, "_frame", None)
        if frame is not None and getattr(frame, "_atTop", False):
            # Already at the top of a page: nothing better to wait for.
            return self._parts()
        return []

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        # Drawn only when the whole fits (split hands the frame the parts otherwise).
        top = y + self.height
        parts = self._parts()
        for index, item in enumerate(parts):
            if index:
                top -= item.getSpaceBefore()
            _, h = item.wrapOn(canvas, self.width, self.height)
            top -= h
            item.drawOn(canvas, x, top, _sW)
            if index < len(parts) - 1:
                top -= item.getSpaceAfter()


LEAD_STYLES = frozenset({"heading", "subheading", "note", "cell_label"})


def _is_lead(item: Flowable) -> bool:
    """Flowables that must not end a page alone: headings, short notes, labels, spacers."""
    if isinstance(item, Spacer) and not isinstance(item, CondPageBreak):
        return True
    style = getattr(item, "style", None)
    return isinstance(item, rl_paragraph.Paragraph) and getattr(style, "name", "") in LEAD_STYLES


def _is_note(item: Flowable) -> bool:
    return isinstance(item, rl_paragraph.Paragraph) and getattr(item.style, "name", "") == "note"


def keep_leads(story: Sequence[Flowable]) -> list[Flowable]:
    """Every run of headings and short notes joined to the start of what follows it."""
    result: list[Flowable] = []
    lead: list[Flowable] = []
    for item in story:
        if _is_lead(item):
            if lead and _is_note(lead[-1]) and not _is_note(item):
                # "No medicines are listed." ends its section: a run of empty sections must
                # not become one block that moves to the next page whole.
                result.append(KeepStart(lead[:-1], lead[-1]) if len(lead) > 1 else lead[0])
                lead = []
            lead.append(item)
            continue
        if lead and not isinstance(item, (PageBreak, CondPageBreak)):
            result.append(KeepStart(lead, item))
        else:
            result += lead
            result.append(item)
        lead = []
    return result + lead


def keep_with_end(
    story: Sequence[Flowable], tail: Sequence[Flowable], options: Options, styles: Styles
) -> list[Flowable]:
    """``story`` followed by ``tail``, kept on one page with the story's last piece of content.

    Trailing spacers and ruled lines belong to the paragraph above them and go along, so
    ``tail`` (the summary's closing box) never has a page of its own: the last question
    moves over with it when both do not fit on the page where the question ends. A block
    kept together must never be taller than a page (ReportLab would then start it on a new
    page and leave the one before blank), so when the last question and the box are more
    than a page holds, only the question's last lines go over with the box.
    """
    width = usable_width(options)
    page = frame_height(options, styles)
    start = len(story)
    while start > 0 and isinstance(story[start - 1], (Spacer, RuledLines)):
        start -= 1
    start = max(start - 1, 0)
    kept: list[Flowable] = []
    for item in story[start:]:
        # A KeepTogether inside another measures as a page and more (it forces a split).
        kept += item._content if isinstance(item, KeepTogether) else [item]
    # Headings just before it are joined to the block's start (keep_leads): they count too.
    heads = start
    while heads > 0 and _is_lead(story[heads - 1]):
        heads -= 1
    if _stacked_height([*story[heads:start], *kept, *tail], width) <= page:
        return [*story[:start], KeepTogether([*kept, *tail])]
    last = next((i for i in range(len(kept) - 1, -1, -1) if isinstance(kept[i], Paragraph)), None)
    if last is not None:
        pieces = _last_lines_apart(kept[last], width, lines=2)
        if pieces is not None:
            body, end = pieces
            ending = [end, *kept[last + 1 :], *tail]
            # Nothing is joined to this block: it follows the question's own first lines.
            if _stacked_height(ending, width) <= page:
                return [*story[:start], *kept[:last], body, KeepTogether(ending)]
    return [*story, *tail]


def _stacked_height(items: Sequence[Flowable], width: float) -> float:
    """The height ``items`` take one under the other at ``width``, with the spaces between."""
    height = 0.0
    for index, item in enumerate(items):
        _, h = item.wrap(width, 1e9)
        height += h
        if index:
            height += item.getSpaceBefore()
        if index < len(items) - 1:
            height += item.getSpaceAfter()
    return height


def _last_lines_apart(
    paragraph: Paragraph, width: float, *, lines: int
) -> tuple[Flowable, Flowable] | None:
    """``paragraph`` as two, the second holding its last ``lines`` lines; None if too short."""
    paragraph.wrap(width, 1e9)
    count = len(getattr(paragraph.blPara, "lines", []))
    if count <= lines:
        return None
    leading = float(paragraph.style.leading)
    parts = paragraph.split(width, (count - lines) * leading + leading / 2)
    if len(parts) != 2:
        return None
    return parts[0], parts[1]


class NewNumbering(Flowable):  # type: ignore[misc]
    """Placed first on a page: page numbers start again at 1 there ("Page 1 of 2" per letter)."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        start = getattr(self.canv, "start_numbering", None)
        if start is not None:
            start()


# ----- blocks the printouts share ---------------------------------------------------------


def p(value: object, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of user text (escaped)."""
    return Paragraph(para(value, style.fontName), style)


def long_text(
    value: object, style: ParagraphStyle, *, before: str = "", after: str = ""
) -> list[Flowable]:
    """User text of any length as a run of paragraphs (see text.pieces), with ``before`` and
    ``after`` (markup, already escaped) around it."""
    # para() makes each piece printable; doing it here too would turn right-to-left
    # stretches round twice (back to typed order, which draws them backwards).
    parts = pieces("" if value is None else str(value))
    # Pieces of one text follow each other without the gap that separates paragraphs.
    joined_style = ParagraphStyle(f"{style.name}-piece", parent=style, spaceAfter=0)
    last = len(parts) - 1
    return [
        Paragraph(
            (before if index == 0 else "")
            + para(piece, style.fontName)
            + (after if index == last else ""),
            style if index == last else joined_style,
        )
        for index, piece in enumerate(parts)
    ]


def label_p(words: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of the app's own words (escaped too: labels can hold "<" or "&")."""
    return Paragraph(para(words), style)


def heading(words: str, styles: Styles) -> list[Flowable]:
    """A section heading (kept with what follows by ``section``)."""
    return [label_p(words, styles.heading)]


# Values longer than this leave the two-column table and print as a paragraph of their own:
# a table row that spans pages is re-measured on every page, which made 100,000 characters
# take seconds.
LONG_VALUE = 1500


def facts(rows: Sequence[tuple[str, object]], styles: Styles, options: Options) -> list[Flowable]:
    """Label / value pairs in two columns; empty values say "Not filled in"."""
    story: list[Flowable] = []
    pending: list[list[Flowable]] = []
    for label_words, value in rows:
        shown = value if value is not None and str(value).strip() else None
        if shown is not None and len(str(shown)) > LONG_VALUE:
            if pending:
                story.append(_facts_table(pending, styles))
                pending = []
            if label_words:
                story.append(label_p(label_words, styles.cell_label))
            story += long_text(shown, styles.body)
            continue
        cell = (
            p(shown, styles.cell)
            if shown is not None
            else label_p(options.t("not_filled"), styles.note)
        )
        pending.append([label_p(label_words, styles.cell_label), cell])
    if pending:
        story.append(_facts_table(pending, styles))
    return story


def _facts_table(data: list[list[Flowable]], styles: Styles) -> Table:
    table = FlowTable(data, colWidths=[styles.label_width, None], splitInRow=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONT", (0, 0), (-1, -1), REGULAR),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                # A clear gap between a long label and its value.
                ("LEFTPADDING", (1, 0), (1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def grid(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    styles: Styles,
    widths: Sequence[float] | None = None,
    row_height: float | None = None,
    options: Options | None = None,
) -> list[Flowable]:
    """A ruled table with a shaded header row that repeats on each page.

    ``row_height`` fixes the height of the body rows (blank rows to write in). A cell longer
    than LONG_VALUE points to a note printed whole below the table: a cell of many pages
    would be measured again on every page (seconds for 100,000 letters).
    """
    data: list[list[Flowable]] = [[label_p(h, styles.cell_label) for h in header]]
    below: list[Flowable] = []
    notes = 0
    for row in rows:
        cells: list[Flowable] = []
        for column, value in zip(header, row, strict=False):
            if options is not None and value is not None and len(str(value)) > LONG_VALUE:
                notes += 1
                number = str(notes)
                cells.append(label_p(options.t("cell.below", n=number), styles.note))
                below.append(
                    label_p(options.t("cell.note", n=number, column=column), styles.cell_label)
                )
                below += long_text(value, styles.body)
            else:
                cells.append(p(value, styles.cell))
        data.append(cells)
    table = FlowTable(
        data,
        colWidths=list(widths) if widths else None,
        rowHeights=[None] + [row_height] * len(rows) if row_height else None,
        repeatRows=1,
        splitInRow=1,
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONT", (0, 0), (-1, -1), REGULAR),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("GRID", (0, 0), (-1, -1), 0.6, GRID),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return [table, *below]


def boxed(flowables: Sequence[Flowable], styles: Styles, *, keep_together: bool = True) -> Flowable:
    """Flowables inside a ruled box (the closing checklist, the reassurance)."""
    table = Table([[list(flowables)]], colWidths=[None], splitInRow=1, hAlign="LEFT")
    pad = styles.body.fontSize * 0.8
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.6, INK),
                ("FONT", (0, 0), (-1, -1), REGULAR),
                ("LEFTPADDING", (0, 0), (-1, -1), pad),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), pad * 0.8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
            ]
        )
    )
    return KeepTogether([table]) if keep_together else table


def boxed_rows(rows: Sequence[Sequence[Flowable]], styles: Styles) -> Flowable:
    """Groups of flowables in one ruled box that may split between groups (never inside)."""
    table = FlowTable([[list(row)] for row in rows], colWidths=[None], hAlign="LEFT")
    pad = styles.body.fontSize * 0.8
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.6, INK),
                ("FONT", (0, 0), (-1, -1), REGULAR),
                ("LEFTPADDING", (0, 0), (-1, -1), pad),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, 0), pad * 0.8),
                ("BOTTOMPADDING", (0, -1), (-1, -1), pad),
            ]
        )
    )
    return table


def gap(styles: Styles, lines: float = 1.0) -> Spacer:
    return Spacer(1, styles.body.leading * lines)


def joined(*parts: object, sep: str = ", ") -> str:
    """Non-empty parts joined with ``sep`` (for short contact lines)."""
    return sep.join(str(x).strip() for x in parts if x is not None and str(x).strip())


def write_in(pairs: Sequence[str], styles: Styles) -> Table:
    """Labels each followed by a line to write on (signature, date, courier...)."""
    data = [[label_p(words, styles.cell_label), ""] for words in pairs]
    table = Table(data, colWidths=[styles.label_width, None], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                # Room above each line to write on; rows grow with a label that wraps.
                ("TOPPADDING", (0, 0), (-1, -1), styles.rule_gap * 0.55),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LINEBELOW", (1, 0), (1, -1), 0.8, RULE),
            ]
        )
    )
    return table


def bullets(items: Sequence[str], styles: Styles) -> list[Flowable]:
    """A bulleted list of already-escaped Paragraph text."""
    return [Paragraph(item, styles.bullet, bulletText="•") for item in items]
