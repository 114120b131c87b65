from django.urls import path

from .views import (
    brief,
    case,
    closeout,
    customers,
    intake,
    my_work,
    notifications,
    queue,
    triage,
    updates,
    work,
)

app_name = "escalations"

urlpatterns = [
    path("", queue.queue, name="queue"),
    path("escalations/new/", intake.new, name="new"),
    path("escalations/<int:pk>/", case.detail, name="detail"),
    path("escalations/<int:pk>/edit/", brief.edit, name="edit"),
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
    path("escalations/<int:pk>/roles/", work.assign_roles, name="assign_roles"),
    path(
        "escalations/<int:pk>/assignments/<int:assignment_id>/accept/",
        work.accept,
        name="accept_assignment",
    ),
    path(
        "escalations/<int:pk>/assignments/<int:assignment_id>/decline/",
        work.decline,
        name="decline_assignment",
    ),
    path("escalations/<int:pk>/status/", work.move, name="move"),
    path("escalations/<int:pk>/close/", closeout.close, name="close"),
    path("escalations/<int:pk>/approvals/", work.propose, name="propose_approval"),
    path(
        "escalations/<int:pk>/approvals/<int:approval_id>/decide/",
        work.decide,
        name="decide_approval",
    ),
    path("escalations/<int:pk>/updates/new/", updates.compose, name="compose_update"),
    path("my/", my_work.my_work, name="my_work"),
    path("notifications/", notifications.notification_list, name="notifications"),
    path(
        "notifications/<int:notification_id>/read/",
        notifications.mark_read,
        name="notification_read",
    ),
    path("notifications/read-all/", notifications.mark_all_read, name="notifications_read_all"),
    path(
        "notifications/settings/",
        notifications.notification_settings,
        name="notification_settings",
    ),
    path("customers/", customers.customer_list, name="customer_list"),
    path("customers/<int:pk>/", customers.customer_detail, name="customer_detail"),
]
