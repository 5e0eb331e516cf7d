from django.urls import path

from werkzorg.web.budget import views

app_name = "budget"
urlpatterns = [
    path("", views.home, name="home"),
    path("budget/", views.huishouden, name="huishouden"),
    path("budget/werk/", views.werk, name="werk"),
    path("budget/kinderen/", views.kinderen, name="kinderen"),
    path("budget/wonen/", views.wonen, name="wonen"),
    path("budget/uitkomst/", views.uitkomst, name="uitkomst"),
    path("budget/uit-elkaar/", views.scheiding, name="scheiding"),
    path("budget/uitkomst/pdf/", views.pdf, name="pdf"),
]
