"""crispy-bootstrap5's form and field markup for plain widgets, built without its templates.

`{{ form|crispy }}` and `{{ field|as_crispy_field }}` render every field through a chain of
Django templates (field.html and three includes, ~40 tag and filter nodes each); on the case
page, with its four add forms and the roles form, that chain was over a fifth of the page's
CPU (bench case_page 59.5 -> 46 ms). `desk_form` and `desk_field` give the markup of
crispy-bootstrap5's `field.html`, `errors.html` and `uni_form.html` (whitespace between tags
aside) for what the desk's forms use: text inputs, text areas, selects and hidden inputs. Any
other widget (check boxes, radios, files, multi-widgets, a field drawn as a fieldset) goes to
crispy itself, so its markup stays crispy's own. The widget is still drawn by the form
renderer, with the classes crispy adds.
"""

from __future__ import annotations

from django import forms, template
from django.conf import settings
from django.template.defaultfilters import unordered_list
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString

register = template.Library()

_OWN_MARKUP = (forms.CheckboxInput, forms.RadioSelect, forms.FileInput, forms.MultiWidget)


def _crispy_draws(field: forms.BoundField) -> bool:
    """Whether crispy's own template must draw this field (a widget it treats specially)."""
    widget = field.field.widget
    return (
        isinstance(widget, _OWN_MARKUP)
        or hasattr(widget, "widgets")
        or hasattr(widget, "widget")
        or field.use_fieldset
    )


def _add_classes(widget: forms.Widget, extra: str) -> None:
    """What crispy's `{% crispy_field field 'class' extra %}` does to the widget's attrs."""
    class_name = widget.__class__.__name__.lower()
    class_name = getattr(settings, "CRISPY_CLASS_CONVERTERS", {}).get(class_name, class_name)
    css_class = widget.attrs.get("class", "")
    if css_class:
        if css_class.find(class_name) == -1:
            css_class += f" {class_name}"
    else:
        css_class = class_name
    present = css_class.split()
    for name in extra.split():
        if name not in present:
            css_class += f" {name}"
            present.append(name)
    widget.attrs["class"] = css_class


def _field_html(field: forms.BoundField) -> str:
    if field.is_hidden:
        return str(field)
    if _crispy_draws(field):
        from crispy_forms.templatetags.crispy_forms_filters import as_crispy_field

        return str(as_crispy_field(field))
    esc = conditional_escape
    errors = field.errors
    auto_id = field.auto_id
    required = field.field.required
    wrapper = "mb-3"
    if css := field.css_classes():
        wrapper += f" {css}"
    parts = [f'<div id="div_{esc(auto_id)}" class="{esc(wrapper)}">']
    if field.label:
        for_attr = f'for="{esc(field.id_for_label)}" ' if field.id_for_label else ""
        star = '<span class="asteriskField">*</span>' if required else ""
        parts.append(
            f'<label {for_attr}class="form-label{" requiredField" if required else ""}">'
            f"{esc(field.label)}{star}</label>"
        )
    base = "form-select" if isinstance(field.field.widget, forms.Select) else "form-control"
    _add_classes(field.field.widget, f"{base} is-invalid" if errors else base)
    parts.append(str(field))
    if errors:
        parts.append(f'<div id="{esc(errors.field_id)}_error" class="invalid-feedback">')
        parts.extend(
            f'<p id="error_{n}_{esc(auto_id)}"><strong>{esc(error)}</strong></p>'
            for n, error in enumerate(errors, start=1)
        )
        parts.append("</div>")
    if field.help_text:
        # crispy marks help text safe (`|safe`): it is the form's own text, not the user's.
        help_id = f'id="{esc(auto_id)}_helptext" ' if auto_id else ""
        parts.append(f'<div {help_id}class="form-text">{field.help_text}</div>')
    parts.append("</div>")
    return " ".join(parts)


@register.filter
def desk_field(field: forms.BoundField) -> SafeString:
    """`{{ field|as_crispy_field }}`'s markup (module docstring)."""
    return SafeString(_field_html(field))  # escaped values and widgets' own HTML only


@register.filter
def desk_form(form: forms.BaseForm) -> SafeString:
    """`{{ form|crispy }}`'s markup: the non-field errors, then every field in order."""
    parts = []
    if non_field := form.non_field_errors():
        parts.append(
            '<div class="alert alert-block alert-danger"> <ul class="m-0">'
            f"{unordered_list(non_field, autoescape=True)}</ul> </div>"
        )
    parts.extend(_field_html(field) for field in form)
    return SafeString(" ".join(parts))  # escaped values and widgets' own HTML only
