from django.urls import path

from . import views

app_name = "escalations"

urlpatterns = [
    path("", views.queue, name="queue"),
    path("escalations/new/", views.new, name="new"),
    path("escalations/<int:pk>/", views.detail, name="detail"),
    path("escalations/<int:pk>/edit/", views.edit, name="edit"),
    path("escalations/<int:pk>/interactions/", views.add_interaction, name="add_interaction"),
    path("escalations/<int:pk>/notes/", views.add_note, name="add_note"),
    path("escalations/<int:pk>/steps/", views.add_step, name="add_step"),
    path("escalations/<int:pk>/artifacts/", views.add_artifact, name="add_artifact"),
    path("customers/", views.customer_list, name="customer_list"),
    path("customers/<int:pk>/", views.customer_detail, name="customer_detail"),
]
