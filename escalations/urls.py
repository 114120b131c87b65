from django.urls import path

from .views import case, customers, intake, queue, triage

app_name = "escalations"

urlpatterns = [
    path("", queue.queue, name="queue"),
    path("escalations/new/", intake.new, name="new"),
    path("escalations/<int:pk>/", case.detail, name="detail"),
    path("escalations/<int:pk>/edit/", intake.edit, name="edit"),
    path("escalations/<int:pk>/interactions/", case.add_interaction, name="add_interaction"),
    path("escalations/<int:pk>/notes/", case.add_note, name="add_note"),
    path("escalations/<int:pk>/steps/", case.add_step, name="add_step"),
    path("escalations/<int:pk>/artifacts/", case.add_artifact, name="add_artifact"),
    path("escalations/<int:pk>/triage/override/", triage.override, name="override_triage"),
    path(
        "escalations/<int:pk>/triage/<int:run_id>/feedback/",
        triage.feedback,
        name="triage_feedback",
    ),
    path("customers/", customers.customer_list, name="customer_list"),
    path("customers/<int:pk>/", customers.customer_detail, name="customer_detail"),
]
