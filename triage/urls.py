from django.urls import path

from . import views

app_name = "triage"

urlpatterns = [
    path("escalations/<int:pk>/triage/override/", views.override, name="override"),
    path("escalations/<int:pk>/triage/<int:run_id>/feedback/", views.feedback, name="feedback"),
]
