"""A case-file document with every text field filled by a caller-chosen source (for the tests)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Text = Callable[[], str | None]

# Field order of the case file as docs/file-format.md describes it; export must follow it exactly.
CONTRACT_KEYS: dict[str, list[str]] = {
    "": ["format", "version", "person", "case"],
    "person": ["full_name", "date_of_birth", "phone", "email", "preferred_language",
               "medications", "allergies", "conditions"],
    "medication": ["name", "dose", "how_often", "reason"],
    "allergy": ["substance", "reaction"],
    "condition": ["name", "since"],
    "case": ["title", "status", "diagnosis", "reasons", "care_team", "insurance", "records",
             "questions", "appointments", "opinions", "decision"],
    "diagnosis": ["current", "diagnosed_by", "diagnosed_on", "proposed_treatment",
                  "in_my_words"],
    "reason": ["code", "detail"],
    "care_team": ["role", "name", "specialty", "organization", "phone", "fax", "email",
                  "address", "keep_informed", "found_via", "in_network"],
    "insurance": ["plan_name", "member_id", "group_number", "phone", "requires_second_opinion",
                  "second_opinion_covered", "referral_required", "preauthorization_required",
                  "notes", "calls"],
    "call": ["on", "spoke_with", "reference_number", "notes"],
    "record": ["kind", "description", "held_by", "status", "requested_on", "sent_on", "via",
               "notes", "extension_notice_on", "extended_until", "received_on", "courier",
               "tracking_number", "return_by", "returned_on", "disc_check"],
    "disc_check": ["checked_on", "studies", "images"],
    "question": ["text", "topic", "must_ask", "asked", "answer"],
    "appointment": ["with", "starts_at", "mode", "location", "video_link", "records_due_on",
                    "companion", "recap"],
    "companion": ["name", "relationship", "phone"],
    "recap": ["diagnosis_as_understood", "choices", "next_steps", "pcp_informed_on"],
    "opinion": ["ordinal", "doctor", "on", "diagnosis", "recommended_treatment",
                "other_options", "compared_to_first", "notes"],
    "decision": ["chosen_plan", "with_doctor", "why", "on"],
}


def full_document(t: Text) -> dict[str, Any]:
    """Every field of the contract present; each text field is ``t()``."""
    return {
        "format": "secondopinion-case",
        "version": 2,
        "person": {
            "full_name": t(), "date_of_birth": "1951-06-30", "phone": t(), "email": t(),
            "preferred_language": t(),
            "medications": [
                {"name": t(), "dose": t(), "how_often": t(), "reason": t()},
                {"name": t(), "dose": t(), "how_often": t(), "reason": t()},
            ],
            "allergies": [{"substance": t(), "reaction": t()}],
            "conditions": [{"name": t(), "since": t()}],
        },
        "case": {
            "title": t(), "status": "decided",
            "diagnosis": {"current": t(), "diagnosed_by": t(), "diagnosed_on": "2026-09-01",
                          "proposed_treatment": t(), "in_my_words": t()},
            "reasons": [{"code": "serious_or_rare", "detail": t()},
                        {"code": "other", "detail": t()}],
            "care_team": [
                {"role": "primary_care", "name": t(), "specialty": t(), "organization": t(),
                 "phone": t(), "fax": t(), "email": t(), "address": t(), "keep_informed": True,
                 "found_via": None, "in_network": "yes"},
                {"role": "second_opinion", "name": t(), "specialty": t(), "organization": t(),
                 "phone": t(), "fax": t(), "email": t(), "address": t(),
                 "keep_informed": False, "found_via": "friends_family", "in_network": "no"},
            ],
            "insurance": {
                "plan_name": t(), "member_id": t(), "group_number": t(), "phone": t(),
                "requires_second_opinion": "no", "second_opinion_covered": "yes",
                "referral_required": "unknown", "preauthorization_required": "yes",
                "notes": t(),
                "calls": [{"on": "2026-09-10", "spoke_with": t(), "reference_number": t(),
                           "notes": t()}],
            },
            "records": [
                {"kind": "pathology_slides", "description": t(), "held_by": t(),
                 "status": "sent", "requested_on": "2026-09-11", "sent_on": "2026-09-20",
                 "via": "hand_carry", "notes": t(), "extension_notice_on": "2026-09-30",
                 "extended_until": "2026-10-20", "received_on": "2026-09-18", "courier": t(),
                 "tracking_number": t(), "return_by": "2026-11-20", "returned_on": None,
                 "disc_check": None},
                {"kind": "imaging_disc", "description": t(), "held_by": t(),
                 "status": "received", "requested_on": "2026-09-11", "sent_on": None,
                 "via": "mail", "notes": t(), "extension_notice_on": None,
                 "extended_until": None, "received_on": "2026-09-19", "courier": t(),
                 "tracking_number": t(), "return_by": None, "returned_on": None,
                 "disc_check": {"checked_on": "2026-09-21", "studies": 2, "images": 412}},
            ],
            "questions": [
                {"text": t(), "topic": t(), "must_ask": True, "asked": True, "answer": t()},
                {"text": t(), "topic": t(), "must_ask": False, "asked": False, "answer": t()},
            ],
            "appointments": [
                {"with": t(), "starts_at": "2026-10-02T14:15:00+05:30", "mode": "virtual",
                 "location": t(), "video_link": t(), "records_due_on": "2026-09-25",
                 "companion": {"name": t(), "relationship": t(), "phone": t()},
                 "recap": {"diagnosis_as_understood": t(), "choices": t(), "next_steps": t(),
                           "pcp_informed_on": "2026-10-05"}},
            ],
            "opinions": [
                {"ordinal": 1, "doctor": t(), "on": "2026-09-01", "diagnosis": t(),
                 "recommended_treatment": t(), "other_options": t(), "compared_to_first": None,
                 "notes": t()},
                {"ordinal": 2, "doctor": t(), "on": "2026-10-02", "diagnosis": t(),
                 "recommended_treatment": t(), "other_options": t(),
                 "compared_to_first": "refined", "notes": t()},
            ],
            "decision": {"chosen_plan": t(), "with_doctor": t(), "why": t(), "on": "2026-10-20"},
        },
    }


def expected_export(doc: dict[str, Any]) -> dict[str, Any]:
    """What export gives back for ``doc``: the documented ways an empty value reads as null."""
    import copy

    out = copy.deepcopy(doc)
    person, case = out["person"], out["case"]
    # These three are never absent in the store, so empty text reads back as null.
    person["full_name"] = person["full_name"] or None
    case["title"] = case["title"] or None
    for question in case["questions"]:
        question["text"] = question["text"] or None
    # A group with nothing written in it reads back as null.
    for visit in case["appointments"]:
        for group in ("companion", "recap"):
            if visit[group] is not None and not any(visit[group].values()):
                visit[group] = None
    if case["diagnosis"] is not None and all(v is None for v in case["diagnosis"].values()):
        case["diagnosis"] = None
    return out


def _short_field_caps() -> dict[str, int]:
    """Field name -> cap, for the fields the schema keeps short (names, numbers, links)."""
    import json

    from secondopinion_desktop.services.bundle import schema_text

    defs = json.loads(schema_text())["$defs"]
    caps: dict[str, int] = {}
    for node in defs.values():
        for name, prop in node.get("properties", {}).items():
            ref = str(prop.get("$ref", "")).rsplit("/", 1)[-1]
            if ref in ("line", "link"):
                caps[name] = defs[ref]["maxLength"]
    return caps


def within_caps(value: Any, field: str = "") -> Any:
    """``value`` with every short field cut to its cap (free text is left whole)."""
    if isinstance(value, dict):
        return {k: within_caps(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [within_caps(v, field) for v in value]
    cap = _short_field_caps().get(field)
    if isinstance(value, str) and cap is not None:
        return value[:cap]
    return value
