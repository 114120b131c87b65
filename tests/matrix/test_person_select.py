"""The roles form's people selects draw the HTML of Django's own Select widget."""

from __future__ import annotations

import pytest
from django import forms

from matrix.forms import RolesForm


@pytest.mark.django_db
def test_a_person_select_is_djangos_select_character_for_character(manager, agent):
    agent.first_name, agent.last_name = 'Ann "<b>"', "O'Hara & Co"  # escaped as Jinja2 does
    agent.save()
    form = RolesForm(current={}, suggestions={}, prefix="roles", initial={"owner": agent.pk})
    for name in ("owner", "authority"):
        field = form[name]
        reference = forms.Select(attrs=field.field.widget.attrs, choices=field.field.choices)
        for value in (field.value(), None):
            attrs = {"id": field.auto_id, "required": True, "class": "select form-select"}
            drawn = field.field.widget.render(field.html_name, value, attrs)
            assert drawn == reference.render(field.html_name, value, attrs)
    page = form["owner"].as_widget()
    assert (
        f'<option value="{agent.pk}" selected>Ann &#34;&lt;b&gt;&#34; O&#39;Hara &amp; Co<' in page
    )
