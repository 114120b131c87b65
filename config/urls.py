from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

admin.site.site_header = "Escalation Desk administration"
admin.site.site_title = "Escalation Desk admin"

# A request the desk cannot read (too large, too many fields, a bad host) gets the desk's page.
handler400 = "config.errors.bad_request"

urlpatterns = [
    path("login/", auth_views.LoginView.as_view(redirect_authenticated_user=True), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
    path("", include("escalations.urls")),
    path("matrix/", include("matrix.urls")),
    path("reports/", include("reports.urls")),
]
