from django.urls import path

from werkzorg.web.scan import carers

app_name = "mantelzorg"
urlpatterns = [
    path("mantelzorg/", carers.home, name="home"),
    path("mantelzorg/gesprek/", carers.gesprek, name="gesprek"),
    path("mantelzorg/plan/", carers.plan, name="plan"),
    path("mantelzorg/zelftest/", carers.zelftest, name="zelftest"),
    path("mantelzorg/hulp/", carers.hulp_dichtbij, name="hulp"),
]
