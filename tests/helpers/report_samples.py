"""Cases for the printout tests, built as plain model objects (no store needed)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from secondopinion_desktop.model import (
    Allergy,
    Appointment,
    CareRole,
    CareTeamMember,
    Case,
    Comparison,
    Condition,
    Decision,
    Insurance,
    InsuranceCall,
    Medication,
    Opinion,
    Person,
    Question,
    Reason,
    ReasonCode,
    RecordItem,
    RecordKind,
    RecordStatus,
    SentVia,
    TriState,
    VisitMode,
)

EASTERN = timezone(timedelta(hours=-5))

QUESTIONS = [
    "Is my diagnosis correct?",
    "Do I need this surgery, or are there medicines instead?",
    "Are there clinical trials I could join?",
    "What are the risks and benefits of each option?",
    "How soon do I need to decide?",
]
MEDICINES = [
    ("Metformin", "500 mg", "twice a day", "blood sugar"),
    ("Lisinopril", "10 mg", "once a day", "blood pressure"),
    ("Atorvastatin", "20 mg", "at bedtime", "cholesterol"),
    ("Vitamin D3", "1000 IU", "once a day", "bones"),
]


def realistic_case(appointment_at: datetime | None = None) -> Case:
    """A case as a careful person would fill it in, with an appointment ahead."""
    when = appointment_at or datetime(2099, 12, 3, 10, 30, tzinfo=EASTERN)
    person = Person(
        full_name="Margaret O'Neill",
        date_of_birth=date(1951, 4, 17),
        phone="(555) 201-3344",
        email="margaret@example.org",
        medications=[Medication(name=n, dose=d, how_often=h, reason=r) for n, d, h, r in MEDICINES],
        allergies=[
            Allergy(substance="Penicillin", reaction="hives"),
            Allergy(substance="Iodine contrast", reaction="shortness of breath"),
        ],
        conditions=[
            Condition(name="Type 2 diabetes", since="2014"),
            Condition(name="High blood pressure"),
        ],
    )
    case = Case(
        person=person,
        title="Right knee: replacement or not?",
        diagnosis_current="Severe osteoarthritis of the right knee",
        diagnosed_by="Dr. Alan Pierce, orthopaedics",
        diagnosed_on=date(2026, 9, 14),
        proposed_treatment="Total knee replacement",
        in_my_words="I was told surgery is the only option, but I would like to hear about others.",
        reasons=[
            Reason(code=ReasonCode.CHOOSING_BETWEEN_TREATMENTS, detail="surgery or injections"),
            Reason(code=ReasonCode.WANT_SPECIALIST),
        ],
        care_team=[
            CareTeamMember(
                role=CareRole.PRIMARY_CARE,
                name="Dr. Susan Park",
                specialty="Family medicine",
                organization="Maple Street Clinic",
                phone="(555) 301-1000",
                fax="(555) 301-1001",
                keep_informed=True,
            ),
            CareTeamMember(
                role=CareRole.FIRST_OPINION,
                name="Dr. Alan Pierce",
                specialty="Orthopaedics",
                organization="City Bone and Joint",
                phone="(555) 302-2000",
            ),
            CareTeamMember(
                role=CareRole.SECOND_OPINION,
                name="Dr. Rosa Delgado",
                specialty="Orthopaedics",
                organization="University Knee Center",
                phone="(555) 303-3000",
                fax="(555) 303-3001",
                address="1200 Campus Drive, Suite 4, Springfield",
            ),
        ],
        insurance=Insurance(
            plan_name="Medicare Part B with Blue Supplement",
            member_id="1EG4-TE5-MK72",
            group_number="GRP-88120",
            phone="1-800-555-0199",
            second_opinion_covered=TriState.YES,
            referral_required=TriState.NO,
            calls=[
                InsuranceCall(
                    on=date(2026, 10, 1), spoke_with="Janet", reference_number="REF-1111"
                ),
                InsuranceCall(
                    on=date(2026, 10, 20),
                    spoke_with="Carlos",
                    reference_number="CALL-7781-Q",
                    notes="Covered at 80% after deductible.",
                ),
            ],
        ),
        records=[
            RecordItem(
                kind=RecordKind.OFFICE_NOTES,
                description="Orthopaedic visit notes",
                held_by="City Bone and Joint",
                status=RecordStatus.SENT,
                sent_on=date(2026, 11, 2),
                via=SentVia.FAX,
            ),
            RecordItem(
                kind=RecordKind.IMAGING_DISC,
                description="Knee MRI, September 2026",
                held_by="Springfield Imaging",
                status=RecordStatus.REQUESTED,
                requested_on=date(2026, 11, 5),
            ),
            RecordItem(
                kind=RecordKind.IMAGING_REPORT,
                description="X-ray report",
                held_by="Springfield Imaging",
                status=RecordStatus.NEEDED,
            ),
            RecordItem(
                kind=RecordKind.TEST_RESULTS,
                description="Blood tests",
                held_by="Maple Street Clinic",
                status=RecordStatus.RECEIVED,
            ),
        ],
        questions=[
            Question(text=q, must_ask=i in (0, 3), topic="Diagnosis" if i == 0 else None)
            for i, q in enumerate(QUESTIONS)
        ],
        appointments=[
            Appointment(
                with_doctor="Dr. Rosa Delgado",
                starts_at=when,
                mode=VisitMode.IN_PERSON,
                location="University Knee Center, 1200 Campus Drive, Suite 4",
                records_due_on=date(2099, 11, 26),
                companion_name="Daniel O'Neill",
                companion_relationship="son",
                companion_phone="(555) 201-9988",
                recap_diagnosis_as_understood="Moderate, not severe, osteoarthritis.",
                recap_choices="Injections and physical therapy first; surgery later if needed.",
                recap_next_steps="Physical therapy twice a week for 8 weeks.",
            )
        ],
        opinions=[
            Opinion(
                ordinal=1,
                doctor="Dr. Alan Pierce",
                on=date(2026, 9, 14),
                diagnosis="Severe osteoarthritis",
                recommended_treatment="Total knee replacement",
                other_options="None offered",
            ),
            Opinion(
                ordinal=2,
                doctor="Dr. Rosa Delgado",
                on=date(2026, 12, 3),
                diagnosis="Moderate osteoarthritis",
                recommended_treatment="Injections and physical therapy",
                other_options="Partial knee replacement later",
                compared_to_first=Comparison.CHANGED,
            ),
        ],
        decision=Decision(
            chosen_plan="Physical therapy and injections first",
            with_doctor="Dr. Rosa Delgado",
            why="Less risk; I can still have surgery later.",
            on=date(2026, 12, 10),
        ),
    )
    return case


def empty_case() -> Case:
    """A case with nothing filled in but a name."""
    return Case(person=Person(full_name="Ana"), title="")


CVE_PAYLOAD = (
    "<para><font color=\"[[[getattr(pow, Word('__globals__'))['os'].system('touch {marker}') "
    "for Word in [ orgTypeFun('Word', (str,), { 'mutated': 1, 'startswith': lambda self, x: "
    "1 == 0, '__eq__': lambda self, x: self.mutate() and self.mutated < 0 and str(self) == x, "
    "'mutate': lambda self: { setattr(self, 'mutated', self.mutated - 1) }, '__hash__': "
    "lambda self: hash(str(self)), }, ) ] ] for orgTypeFun in [type(type(1))] ] and "
    "'red'\">exploit</font></para>"
)


def cve_payload(marker: str) -> str:
    """The CVE-2023-33733 proof of concept, aimed at creating ``marker`` if it ever ran."""
    return CVE_PAYLOAD.replace("{marker}", marker)


MARKUP = ["<b>bold?</b>", "&amp;", "<font color=red>red?</font>", "<img src=x>"]
LONG_WORD = "W" * 5000  # no spaces: must still print, wrapped
SCRIPTS = "Ελληνικά Русский עברית العربية Ñandú çà"
EMOJI = "Feeling 😀 today"


def hostile_case(marker: str, *, huge: bool = True) -> Case:
    """Markup, a code-running payload, huge text, many scripts and emoji in every kind of field."""
    payload = cve_payload(marker)
    case = realistic_case()
    case.person.full_name = "Zoë <b>Łukasz</b> & Ölaf"
    case.diagnosis_current = payload
    case.proposed_treatment = MARKUP[0]
    if huge:
        case.in_my_words = ("flowing text " * 8400).strip()  # about 100,000 characters
    case.person.medications[0].name = MARKUP[1]
    case.person.medications[1].reason = MARKUP[2]
    case.person.allergies[0].substance = MARKUP[3]
    case.person.conditions[0].name = LONG_WORD
    case.questions[3].text = LONG_WORD
    case.questions[0].text = SCRIPTS
    case.questions[1].text = EMOJI
    case.questions[2].text = payload
    case.care_team[0].name = "Dr. <i>Park</i>"
    case.records[0].held_by = "Clinic & Co <script>"
    case.opinions[0].diagnosis = payload
    case.opinions[1].diagnosis = LONG_WORD
    return case


def example_case() -> Case:
    """The example case shipped with the app, as plain objects."""
    from secondopinion_desktop.services.bundle import bundle_to_person, example_case_text
    from secondopinion_desktop.services.bundle_validate import parse_bundle

    person = bundle_to_person(parse_bundle(example_case_text()))
    return person.cases[0]


LONG_EMAIL = "referrals-and-second-opinions.department@university-joint-center.example.org"


def half_filled_case() -> Case:
    """A case started but not finished: a diagnosis, a doctor, a plan, two questions."""
    person = Person(full_name="Walter Brennan", phone="(555) 410-2200")
    return Case(
        person=person,
        title="Back pain: surgery?",
        diagnosis_current="Lumbar spinal stenosis",
        care_team=[
            CareTeamMember(
                role=CareRole.PRIMARY_CARE,
                name="Dr. Helen Moss",
                phone="(555) 410-1000",
                email="h.moss@family-clinic.example.org",
                keep_informed=True,
            )
        ],
        insurance=Insurance(
            plan_name="Acme Health PPO",
            calls=[InsuranceCall(on=date(2026, 11, 3), reference_number="A-100-200")],
        ),
        records=[
            RecordItem(kind=RecordKind.IMAGING_DISC, description="MRI disc", held_by="Me"),
            RecordItem(kind=RecordKind.OFFICE_NOTES, held_by="Dr. Helen Moss"),
        ],
        questions=[Question(text=QUESTIONS[0]), Question(text=QUESTIONS[1], must_ask=True)],
    )


def stressed_case() -> Case:
    """The realistic case with right-to-left words, emoji, a very long word and email, and
    markup characters in the fields that print in tables, letters and the page header."""
    case = realistic_case()
    case.person.full_name = "Zoë 😀 <b>Łukasz</b> & שלום 🦄"
    case.person.email = LONG_EMAIL
    case.care_team[2].email = LONG_EMAIL
    case.care_team[0].email = "dr.park@maple-street-clinic.example.org"
    case.insurance.calls[0].notes = "Said: " + "Supercalifragilistic" * 12  # type: ignore[union-attr]
    case.questions[1].text = "العربية 😀 <i>not italic</i> & " + "Z" * 300
    case.records[1].held_by = "myself"
    case.records[2].description = "https://portal.example.org/records/imaging/2026/knee-mri-report"
    return case


def for_kind(case: Case, kind: str) -> Case:
    """``case`` as the printout ``kind`` needs it: a follow-up letter needs a late request.

    The other kinds get the case untouched; for ``records-follow-up`` one request to
    Northside Pathology, made on October 1, 2026 (due October 31), is added.
    """
    if kind == "records-follow-up":
        case.records.append(
            RecordItem(
                kind=RecordKind.PATHOLOGY_SLIDES,
                description="Biopsy slides",
                held_by="Northside Pathology",
                status=RecordStatus.REQUESTED,
                requested_on=date(2026, 10, 1),
            )
        )
    return case
