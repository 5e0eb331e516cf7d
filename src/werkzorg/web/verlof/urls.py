from django.urls import path

from werkzorg.web.verlof import views

app_name = "verlof"
urlpatterns = [
    path("verlof/", views.start, name="start"),
    path("verlof/vragen/", views.vragen, name="vragen"),
    path("verlof/uitkomst/", views.uitkomst, name="uitkomst"),
    path("verlof/brief/<int:index>/", views.brief, name="brief"),
    path("verlof/plan/", views.plan, name="plan"),
]
