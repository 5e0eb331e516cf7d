from django.urls import path

from werkzorg.web.scan import pulse, views

app_name = "scan"
urlpatterns = [
    path("werkgever/", views.start, name="start"),
    path("werkgever/profiel/", views.profiel, name="profiel"),
    path("werkgever/thema/<int:number>/", views.thema, name="thema"),
    path("werkgever/controle/", views.controle, name="controle"),
    path("werkgever/versturen/", views.versturen, name="versturen"),
    path("werkgever/rapport/<str:token>/", views.rapport, name="rapport"),
    path("werkgever/rapport/<str:token>/pdf/", views.rapport_pdf, name="rapport_pdf"),
    path("werkgever/rapport/<str:token>/peiling/", pulse.open_pulse, name="peiling_openen"),
    path("werkgever/rapport/<str:token>/peiling/sluiten/", pulse.close_pulse, name="peiling_sluiten"),
    path("werkgever/peiling/<str:token>/", pulse.answer, name="peiling"),
    path("werkgever/export.csv", views.export_csv, name="export"),
]
