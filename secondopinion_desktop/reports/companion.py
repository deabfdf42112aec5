"""The companion's copy, for the friend or relative who comes along: the questions with
must-ask marked, the companion's role in a few plain lines, the closing check and room for
notes."""

from __future__ import annotations

from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, KeepTogether

from secondopinion_desktop.model.case_queries import next_appointment
from secondopinion_desktop.reports.layout import (
    Options,
    Paragraph,
    RuledLines,
    Styles,
    boxed,
    build_document,
    bullets,
    facts,
    gap,
    heading,
    label_p,
    make_styles,
)
from secondopinion_desktop.reports.summary import (
    appointment_rows,
    closing_box,
    question_flowables,
    title_block,
)
from secondopinion_desktop.reports.text import has_text, printable

if TYPE_CHECKING:
    from secondopinion_desktop.model import Case

# The words only this printout uses; the shared ones come from reports.labels.
_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "for": "For {companion}, who is coming with {person}",
        "for.nobody": "For the person coming with {person}",
        "role": "What you can do at the visit",
        "role.thanks": "Thank you for coming. Your help matters more than you may think.",
        "role.notes": (
            "Take notes: write down what the doctor says, above all the diagnosis, the "
            "choices and what happens next."
        ),
        "role.ask": (
            "Keep an eye on the questions below. If one is forgotten, ask it, or remind "
            "{person}. The must-ask ones come first."
        ),
        "role.repeat": (
            "It is fine to ask the doctor to slow down, to repeat, or to explain a word."
        ),
        "role.closing": (
            "In the last 15 minutes, help ask: \u201cIs this the diagnosis? Are these my "
            "choices?\u201d"
        ),
        "role.decide": "You do not have to decide anything. Listening and writing is enough.",
        "visit": "The visit",
        "questions": "The questions, in the order {person} wants to ask them",
        "must_count": "Must ask: {count} of {total}. They are marked \u201cMust ask\u201d.",
        "none": "No questions have been written down yet. Write them here before the visit.",
        "notes_under": "Notes:",
        "notes": "My notes",
        "notes.intro": "Anything else the doctor said, names, doses, dates, phone numbers.",
    },
    "es": {
        "for": "Para {companion}, que acompaña a {person}",
        "for.nobody": "Para la persona que acompaña a {person}",
        "role": "Lo que usted puede hacer en la consulta",
        "role.thanks": "Gracias por venir. Su ayuda importa más de lo que quizá piensa.",
        "role.notes": (
            "Tome notas: escriba lo que dice el médico, sobre todo el diagnóstico, las "
            "opciones y lo que pasa después."
        ),
        "role.ask": (
            "Tenga a la vista las preguntas de abajo. Si se olvida alguna, hágala usted o "
            "recuérdesela a {person}. Las que hay que preguntar sin falta van primero."
        ),
        "role.repeat": (
            "Puede pedirle al médico que hable más despacio, que repita o que explique una "
            "palabra."
        ),
        "role.closing": (
            "En los últimos 15 minutos, ayude a preguntar: \u201c¿Es este el diagnóstico? "
            "¿Son estas mis opciones?\u201d"
        ),
        "role.decide": "Usted no tiene que decidir nada. Basta con escuchar y escribir.",
        "visit": "La consulta",
        "questions": "Las preguntas, en el orden en que {person} quiere hacerlas",
        "must_count": (
            "Preguntar sin falta: {count} de {total}. Llevan la marca \u201cPreguntar sin "
            "falta\u201d."
        ),
        "none": (
            "Todavía no hay preguntas escritas. Escríbalas aquí antes de la consulta."
        ),
        "notes_under": "Notas:",
        "notes": "Mis notas",
        "notes.intro": (
            "Todo lo demás que diga el médico: nombres, dosis, fechas, teléfonos."
        ),
    },
}

NOTE_LINES = 12


def words(key: str, options: Options, **values: str) -> str:
    table = _WORDS["es" if options.language == "es" else "en"]
    template = table[key]
    return template.format(**values) if values else template


def build(case: Case, options: Options) -> bytes:
    styles = make_styles(options.large_print)
    person = _person_words(case, options)
    visit = next_appointment(case)
    story: list[Flowable] = title_block(case, options, styles, "title.companion")
    companion = visit.companion_name if visit is not None else None
    if has_text(companion) and companion is not None:
        line = words("for", options, companion=companion.strip(), person=person)
    else:
        line = words("for.nobody", options, person=person)
    story.append(label_p(line, styles.subtitle))

    role = [
        label_p(words("role", options), styles.subheading),
        label_p(words("role.thanks", options), styles.body),
        *bullets(
            [
                escape(words(key, options, person=person))
                for key in ("role.notes", "role.ask", "role.repeat", "role.closing", "role.decide")
            ],
            styles,
        ),
    ]
    story.append(boxed(role, styles))

    if visit is not None:
        story += heading(words("visit", options), styles)
        story += facts(appointment_rows(visit, options), styles, options)

    story += questions_part(case, options, styles, person)
    story.append(gap(styles, 0.5))
    story.append(closing_box(options, styles))
    # The heading, its line and the ruled lines stay on one page.
    story.append(
        KeepTogether(
            [
                *heading(words("notes", options), styles),
                label_p(words("notes.intro", options), styles.note),
                RuledLines(NOTE_LINES, styles.rule_gap),
            ]
        )
    )
    return build_document(
        story, options, styles, title_key="title.companion", name=case.person.full_name
    )


def _person_words(case: Case, options: Options) -> str:
    name = " ".join(printable(case.person.full_name or "").split())
    if name:
        return name
    return "la persona" if options.language == "es" else "the person"


def questions_part(
    case: Case, options: Options, styles: Styles, person: str
) -> list[Flowable]:
    story = heading(words("questions", options, person=person), styles)
    questions = [q for q in case.questions if has_text(q.text)]
    if not questions:
        story.append(label_p(words("none", options), styles.note))
        for number in range(1, 5):
            story.append(
                KeepTogether(
                    [
                        Paragraph(f"<b>{number}.</b>", styles.body),
                        RuledLines(styles.answer_lines, styles.rule_gap),
                    ]
                )
            )
        return story
    must = sum(1 for q in questions if q.must_ask)
    if must:
        story.append(
            label_p(
                words("must_count", options, count=str(must), total=str(len(questions))),
                styles.note,
            )
        )
    story.append(gap(styles, 0.3))
    for number, question in enumerate(questions, start=1):
        block = question_flowables(number, question.text, question.must_ask, options, styles)
        block.append(label_p(words("notes_under", options), styles.note))
        block.append(RuledLines(2, styles.rule_gap))
        block.append(gap(styles, 0.3))
        story.append(KeepTogether(block))
    return story
