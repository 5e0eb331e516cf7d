from django.apps import AppConfig


class MicrosimConfig(AppConfig):
    name = "werkzorg.web.microsim"
    label = "microsim"
    verbose_name = "Population microsimulation"
