from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.templatetags.static import static
from django.urls import include, path
from django.http import HttpResponsePermanentRedirect

from werkzorg.web.api import api

# Pages in Dutch at /, in English at /en/; the API has no language prefix.
urlpatterns = [
    path("api/v1/", api.urls),
    path("beheer/", admin.site.urls),
    # Browsers ask for /favicon.ico whatever the page links: the same icon as the pages' <link rel="icon">.
    path("favicon.ico", lambda request: HttpResponsePermanentRedirect(static("werkzorg/favicon.svg"))),
    *i18n_patterns(
        path("", include("werkzorg.web.budget.urls")),
        path("", include("werkzorg.web.verlof.urls")),
        path("", include("werkzorg.web.route.urls")),
        path("", include("werkzorg.web.scan.urls")),
        path("", include("werkzorg.web.scan.urls_mantelzorg")),
        path("", include("werkzorg.web.microsim.urls")),
        prefix_default_language=False,
    ),
]
