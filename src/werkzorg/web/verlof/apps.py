from django.apps import AppConfig


class VerlofConfig(AppConfig):
    name = "werkzorg.web.verlof"
    label = "verlof"
    verbose_name = "Leave finder"
