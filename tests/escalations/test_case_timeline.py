"""The case page's timeline (escalations/templatetags/case_timeline.py) as a reader sees it."""

from __future__ import annotations

import re
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from django.template import engines
from django.utils import timezone

from escalations.models import TimelineEvent
from tests.conftest import NOW, make_escalation

# The template loop the tag replaced, kept here as the reference for its markup.
LOOP = """<ol class="timeline mb-0">
{% for event in timeline %}
  <li class="kind-{{ event.kind }}">
    <div class="small text-muted">{{ event.at|date:"M j, Y H:i" }} · {% if event.actor %}{{ event.actor.get_full_name|default:event.actor.username }}{% else %}Desk{% endif %}</div>
    <div class="fw-medium">{{ event.summary }}</div>
    {% if event.body %}<div class="small text-pre">{{ event.body|truncatechars:600 }}</div>{% endif %}
    {% if event.changes %}
    <ul class="small mb-0 ps-3">
      {% for change in event.changes %}
      <li><strong>{{ change.label|capfirst }}</strong>: <del class="text-muted">{{ change.old|default:"(empty)"|truncatechars:200 }}</del> → {{ change.new|default:"(empty)"|truncatechars:200 }}</li>
      {% endfor %}
    </ul>
    {% endif %}
  </li>
{% empty %}
  <li class="text-muted">Nothing has happened yet.</li>
{% endfor %}
</ol>"""  # noqa: E501


def _page(source: str, events) -> str:
    html = engines["django"].from_string(source).render({"timeline": events})
    return re.sub(r"\s+", " ", re.sub(r">\s+<", "><", html)).strip()


def _timeline(events) -> str:
    return _page("{% include 'escalations/_timeline.html' %}", events)


@pytest.fixture
def events(manager, agent):
    case = make_escalation(by=agent)
    manager.first_name, manager.last_name = "", ""
    manager.save()
    rows = [
        dict(actor=None, kind="sla", summary="Clock <paused>", body=""),
        dict(actor=manager, kind="note", summary="Internal note", body="x" * 700),
        dict(
            actor=agent,
            kind="brief_edited",
            summary="Brief edited",
            changes=[
                {"field": "title", "label": "title", "old": "", "new": "<b>New</b> & more"},
                {"field": "summary", "label": "summary", "old": "y" * 250, "new": None},
                {"field": "odd"},
            ],
        ),
    ]
    for n, row in enumerate(rows):
        TimelineEvent.objects.create(escalation=case, at=NOW - timedelta(minutes=n), **row)
    return list(case.timeline.select_related("actor").order_by("-at", "-id"))


@pytest.mark.django_db
def test_the_timeline_reads_as_the_template_loop_did(events):
    with timezone.override(ZoneInfo("America/New_York")):  # dates in the reader's zone
        assert _timeline(events) == _page(LOOP, events)
    assert _timeline([]) == _page(LOOP, [])


@pytest.mark.django_db
def test_the_timeline_escapes_truncates_and_marks_empty_values(events, manager):
    page = _timeline(events)
    assert "Clock &lt;paused&gt;" in page and "&lt;b&gt;New&lt;/b&gt; &amp; more" in page
    assert "x" * 599 + "…" in page and "x" * 600 not in page
    assert '<del class="text-muted">(empty)</del>' in page and "→ (empty)" in page
    assert f"· {manager.username}</div>" in page and "· Desk</div>" in page
    assert "<strong>Title</strong>" in page and "<strong></strong>: " in page
    assert "Nothing has happened yet." in _timeline([])
