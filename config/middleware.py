from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse


class ContentSecurityPolicyMiddleware:
    """Sends the desk's strict Content-Security-Policy (every script and style is ours, no
    inline code, no style attributes) and a Permissions-Policy that turns off the browser
    features the desk never uses, on every response, error pages included."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        for header, setting in (
            ("Content-Security-Policy", "CONTENT_SECURITY_POLICY"),
            ("Permissions-Policy", "PERMISSIONS_POLICY"),
        ):
            value = getattr(settings, setting, "")
            if value and header not in response:
                response[header] = value
        return response
