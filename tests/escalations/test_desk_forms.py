"""The case page's forms drawn by desk_forms give crispy-bootstrap5's markup, blank or with errors.

crispy itself is the reference: each form is drawn once by `|crispy` / `|as_crispy_field` and
once by `|desk_form` / `|desk_field`, and the two must be the same HTML once runs of whitespace
(and whitespace next to a tag, which crispy leaves between and inside its tags) are dropped.
"""

from __future__ import annotations

import re

import pytest
from django.template import engines

from escalations.forms import ArtifactForm, CloseOutForm, InteractionForm, NoteForm, StepForm
from matrix.forms import DecisionForm, DeclineForm, ProposalForm, RolesForm
from tests.conftest import make_escalation
from triage.forms import OverrideForm

# A bound form with something wrong in each kind of field: required text left empty, a choice
# that is not offered, a date and a link that do not parse, text that needs escaping.
FORMS = {
    "note": (NoteForm, {"note-text": ""}),
    "step": (StepForm, {"step-action": "", "step-result": "<b>&</b>", "step-performed_at": "x"}),
    "artifact": (
        ArtifactForm,
        {"artifact-kind": "nope", "artifact-url": "not a link", "artifact-content": "<i>"},
    ),
    "interaction": (
        InteractionForm,
        {"interaction-channel": "email", "interaction-direction": "??", "interaction-body": "“"},
    ),
    "decline": (DeclineForm, {"decline-reason": ""}),
    "proposal": (ProposalForm, {"proposal-kind": "credit", "proposal-amount": "-1"}),
    "decision": (DecisionForm, {"decision-decision": "maybe"}),  # radios: crispy draws them
    "override": (OverrideForm, {"override-severity": "9", "override-reason": "short"}),
}


def _same_html(html: str) -> str:
    html = re.sub(r"\s+", " ", html)
    return re.sub(r"\s*(<[^>]*>)\s*", lambda m: re.sub(r"\s*(/?>)$", r"\1", m.group(1)), html)


def _draw(source: str, **context) -> str:
    return (
        engines["django"]
        .from_string("{% load crispy_forms_tags desk_forms %}" + source)
        .render(context)
    )


def _both(make) -> tuple[str, str]:
    # A fresh form each time: drawing a field adds crispy's classes to its widget.
    return _draw("{{ f|crispy }}", f=make()), _draw("{{ f|desk_form }}", f=make())


@pytest.mark.parametrize("name", FORMS)
def test_a_blank_form_reads_as_crispy_draws_it(name):
    form_class, _ = FORMS[name]
    crispy, desk = _both(lambda: form_class(prefix=name))
    assert "<label" in desk and _same_html(desk) == _same_html(crispy)


@pytest.mark.parametrize("name", FORMS)
def test_a_form_with_errors_reads_as_crispy_draws_it(name):
    form_class, data = FORMS[name]

    def bound():
        form = form_class(data, prefix=name)
        assert not form.is_valid()
        return form

    crispy, desk = _both(bound)
    assert "invalid-feedback" in desk and _same_html(desk) == _same_html(crispy)


def test_a_form_wide_error_reads_as_crispy_draws_it():
    def bound():
        form = OverrideForm({"override-reason": "Nothing changes here"}, prefix="override")
        assert form.non_field_errors()
        return form

    crispy, desk = _both(bound)
    assert "alert-danger" in desk and _same_html(desk) == _same_html(crispy)


@pytest.mark.django_db
def test_the_roles_and_closeout_fields_read_as_crispy_draws_them(manager):
    escalation = make_escalation(by=manager)

    def roles(data=None):
        return RolesForm(data, current={}, suggestions={}, prefix="roles")

    names = ("owner", "authority", "comms", "handoff_note", "handoff_temperature")
    for make in (roles, lambda: roles({"roles-owner": "x", "roles-handoff_temperature": "hot"})):
        for name in names:
            crispy = _draw("{{ f|as_crispy_field }}", f=make()[name])
            desk = _draw("{{ f|desk_field }}", f=make()[name])
            assert _same_html(desk) == _same_html(crispy), name
    # Its radios are crispy's own; its selects and text area are drawn here.
    crispy, desk = _both(lambda: CloseOutForm({}, escalation=escalation, prefix="closeout"))
    assert _same_html(desk) == _same_html(crispy)
