"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-25 00:58:17.658723
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("full_name", sa.Text(), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("phone", sa.Text(), nullable=True),
        sa.Column("email", sa.Text(), nullable=True),
        sa.Column("preferred_language", sa.Text(), nullable=True),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
    )
    op.create_table(
        "allergies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("substance", sa.Text(), nullable=True),
        sa.Column("reaction", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_allergies_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_allergies")),
    )
    with op.batch_alter_table("allergies", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_allergies_person_id"), ["person_id"], unique=False)

    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "preparing",
                "booked",
                "visited",
                "decided",
                "closed",
                name="casestatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("diagnosis_current", sa.Text(), nullable=True),
        sa.Column("diagnosed_by", sa.Text(), nullable=True),
        sa.Column("diagnosed_on", sa.Date(), nullable=True),
        sa.Column("proposed_treatment", sa.Text(), nullable=True),
        sa.Column("in_my_words", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_cases_person_id_people"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cases_person_id"), ["person_id"], unique=False)

    op.create_table(
        "conditions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("since", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_conditions_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conditions")),
    )
    with op.batch_alter_table("conditions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_conditions_person_id"), ["person_id"], unique=False)

    op.create_table(
        "medications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("dose", sa.Text(), nullable=True),
        sa.Column("how_often", sa.Text(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_medications_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_medications")),
    )
    with op.batch_alter_table("medications", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_medications_person_id"), ["person_id"], unique=False)

    op.create_table(
        "appointments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("with_doctor", sa.Text(), nullable=True),
        sa.Column("starts_at", sa.String(length=40), nullable=True),
        sa.Column(
            "mode",
            sa.Enum("in_person", "virtual", name="visitmode", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("location", sa.Text(), nullable=True),
        sa.Column("video_link", sa.Text(), nullable=True),
        sa.Column("records_due_on", sa.Date(), nullable=True),
        sa.Column("companion_name", sa.Text(), nullable=True),
        sa.Column("companion_relationship", sa.Text(), nullable=True),
        sa.Column("companion_phone", sa.Text(), nullable=True),
        sa.Column("recap_diagnosis_as_understood", sa.Text(), nullable=True),
        sa.Column("recap_choices", sa.Text(), nullable=True),
        sa.Column("recap_next_steps", sa.Text(), nullable=True),
        sa.Column("recap_pcp_informed_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_appointments_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointments")),
    )
    with op.batch_alter_table("appointments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_appointments_case_id"), ["case_id"], unique=False)

    op.create_table(
        "care_team",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "primary_care",
                "first_opinion",
                "second_opinion",
                "third_opinion",
                "other",
                name="carerole",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("specialty", sa.Text(), nullable=True),
        sa.Column("organization", sa.Text(), nullable=True),
        sa.Column("phone", sa.Text(), nullable=True),
        sa.Column("fax", sa.Text(), nullable=True),
        sa.Column("email", sa.Text(), nullable=True),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("keep_informed", sa.Boolean(), nullable=False),
        sa.Column(
            "found_via",
            sa.Enum(
                "pcp_referral",
                "friends_family",
                "insurer_directory",
                "other",
                name="foundvia",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column(
            "in_network",
            sa.Enum("yes", "no", "unknown", name="tristate", native_enum=False, length=32),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_care_team_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_care_team")),
    )
    with op.batch_alter_table("care_team", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_care_team_case_id"), ["case_id"], unique=False)

    op.create_table(
        "decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("chosen_plan", sa.Text(), nullable=True),
        sa.Column("with_doctor", sa.Text(), nullable=True),
        sa.Column("why", sa.Text(), nullable=True),
        sa.Column("on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_decisions_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decisions")),
        sa.UniqueConstraint("case_id", name=op.f("uq_decisions_case_id")),
    )
    op.create_table(
        "insurance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("plan_name", sa.Text(), nullable=True),
        sa.Column("member_id", sa.Text(), nullable=True),
        sa.Column("group_number", sa.Text(), nullable=True),
        sa.Column("phone", sa.Text(), nullable=True),
        sa.Column(
            "requires_second_opinion",
            sa.Enum("yes", "no", "unknown", name="tristate", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column(
            "second_opinion_covered",
            sa.Enum("yes", "no", "unknown", name="tristate", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column(
            "referral_required",
            sa.Enum("yes", "no", "unknown", name="tristate", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column(
            "preauthorization_required",
            sa.Enum("yes", "no", "unknown", name="tristate", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_insurance_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_insurance")),
        sa.UniqueConstraint("case_id", name=op.f("uq_insurance_case_id")),
    )
    op.create_table(
        "opinions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("doctor", sa.Text(), nullable=True),
        sa.Column("on", sa.Date(), nullable=True),
        sa.Column("diagnosis", sa.Text(), nullable=True),
        sa.Column("recommended_treatment", sa.Text(), nullable=True),
        sa.Column("other_options", sa.Text(), nullable=True),
        sa.Column(
            "compared_to_first",
            sa.Enum("same", "refined", "changed", name="comparison", native_enum=False, length=32),
            nullable=True,
        ),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_opinions_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opinions")),
    )
    with op.batch_alter_table("opinions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_opinions_case_id"), ["case_id"], unique=False)

    op.create_table(
        "questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("topic", sa.Text(), nullable=True),
        sa.Column("must_ask", sa.Boolean(), nullable=False),
        sa.Column("asked", sa.Boolean(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_questions_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_questions")),
    )
    with op.batch_alter_table("questions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_questions_case_id"), ["case_id"], unique=False)

    op.create_table(
        "reasons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "code",
            sa.Enum(
                "treatment_not_working",
                "several_possible_diagnoses",
                "choosing_between_treatments",
                "serious_or_rare",
                "shared_symptoms",
                "insurer_requires",
                "want_specialist",
                "other",
                name="reasoncode",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_reasons_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reasons")),
    )
    with op.batch_alter_table("reasons", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reasons_case_id"), ["case_id"], unique=False)

    op.create_table(
        "records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "office_notes",
                "test_results",
                "imaging_report",
                "imaging_disc",
                "pathology_report",
                "pathology_slides",
                "operative_report",
                "discharge_summary",
                "medication_list",
                "other",
                name="recordkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("held_by", sa.Text(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "needed",
                "requested",
                "received",
                "sent",
                "confirmed",
                name="recordstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("requested_on", sa.Date(), nullable=True),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.Column(
            "via",
            sa.Enum(
                "portal",
                "fax",
                "mail",
                "email",
                "hand_carry",
                "other",
                name="sentvia",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_records_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_records")),
    )
    with op.batch_alter_table("records", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_records_case_id"), ["case_id"], unique=False)

    op.create_table(
        "insurance_calls",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("insurance_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("on", sa.Date(), nullable=True),
        sa.Column("spoke_with", sa.Text(), nullable=True),
        sa.Column("reference_number", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["insurance_id"],
            ["insurance.id"],
            name=op.f("fk_insurance_calls_insurance_id_insurance"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_insurance_calls")),
    )
    with op.batch_alter_table("insurance_calls", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_insurance_calls_insurance_id"), ["insurance_id"], unique=False
        )


def downgrade() -> None:

    with op.batch_alter_table("insurance_calls", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_insurance_calls_insurance_id"))

    op.drop_table("insurance_calls")
    with op.batch_alter_table("records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_records_case_id"))

    op.drop_table("records")
    with op.batch_alter_table("reasons", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reasons_case_id"))

    op.drop_table("reasons")
    with op.batch_alter_table("questions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_questions_case_id"))

    op.drop_table("questions")
    with op.batch_alter_table("opinions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_opinions_case_id"))

    op.drop_table("opinions")
    op.drop_table("insurance")
    op.drop_table("decisions")
    with op.batch_alter_table("care_team", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_care_team_case_id"))

    op.drop_table("care_team")
    with op.batch_alter_table("appointments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appointments_case_id"))

    op.drop_table("appointments")
    with op.batch_alter_table("medications", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_medications_person_id"))

    op.drop_table("medications")
    with op.batch_alter_table("conditions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conditions_person_id"))

    op.drop_table("conditions")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cases_person_id"))

    op.drop_table("cases")
    with op.batch_alter_table("allergies", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_allergies_person_id"))

    op.drop_table("allergies")
    op.drop_table("people")
