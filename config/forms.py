"""The form renderer: Django's own widgets through Jinja2, any other widget template as before.

Django's template engine renders a widget's every <option> and attribute list as an include;
on a case page (three people selects, four add forms) that was ~20 % of its CPU. Django ships
Jinja2 twins of its widget templates (django/forms/jinja2) that give the same HTML, blank lines
aside, several times faster. The admin's widgets (its date and related-object widgets) have
only Django templates, so a template Jinja2 does not have comes from Django's engine.
"""

from __future__ import annotations

from django.forms.renderers import BaseRenderer, DjangoTemplates, Jinja2
from django.template import TemplateDoesNotExist


class JinjaFirstRenderer(BaseRenderer):
    def __init__(self) -> None:
        self.jinja = Jinja2()
        self.django = DjangoTemplates()

    def get_template(self, template_name: str):
        try:
            return self.jinja.get_template(template_name)
        except TemplateDoesNotExist:
            return self.django.get_template(template_name)
