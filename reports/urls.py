from django.urls import include, path

from . import views

app_name = "reports"


def _action_item_urls() -> list:
    # Action items (reports/urls_actions.py) are their own part of the app (issue 10 item 4);
    # listed before the period patterns so "actions/" is never read as a period.
    try:
        from . import urls_actions
    except ModuleNotFoundError as error:
        if error.name != "reports.urls_actions":
            raise
        return []
    return [path("", include(urls_actions.urlpatterns))]


urlpatterns = [
    path("", views.index, name="index"),
    *_action_item_urls(),
    path("<str:period>/", views.report, name="report"),
    path("<str:period>/<str:table>.csv", views.table_csv, name="table_csv"),
]
