from django.urls import path

from werkzorg.web.route import views

app_name = "route"
urlpatterns = [
    path("werk/", views.start, name="start"),
    path("werk/rekenen/", views.rekenen, name="rekenen"),
    path("werk/rekenen/kinderen/", views.kinderen, name="kinderen"),
    path("werk/rekenen/uitkomst/", views.uitkomst, name="uitkomst"),
    path("werk/drempels/", views.drempels, name="drempels"),
]
