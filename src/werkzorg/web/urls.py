from django.contrib import admin
from django.urls import include, path

from werkzorg.web.api import api

urlpatterns = [
    path("", include("werkzorg.web.budget.urls")),
    path("api/v1/", api.urls),
    path("beheer/", admin.site.urls),
]
