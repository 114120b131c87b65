"""Action item pages, included by reports/urls.py (namespace "reports") under /reports/."""

from django.urls import path

from . import views_actions

urlpatterns = [
    path("actions/", views_actions.action_list, name="actions"),
    path("actions/new/", views_actions.action_new, name="action_new"),
    path("actions/<int:item_id>/", views_actions.action_detail, name="action_detail"),
]
