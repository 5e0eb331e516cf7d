from django.urls import path

from werkzorg.web.microsim import views

app_name = "microsim"
urlpatterns = [
    path("microsimulatie/", views.start, name="start"),
    path("microsimulatie/taak/<str:job_id>/", views.taak, name="taak"),
    path("microsimulatie/taak/<str:job_id>/rapport.pdf", views.rapport, name="rapport"),
    path("microsimulatie/taak/<str:job_id>/tabel/<str:naam>.<str:soort>", views.tabel, name="tabel"),
]
