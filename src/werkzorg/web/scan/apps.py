from django.apps import AppConfig


class ScanConfig(AppConfig):
    name = "werkzorg.web.scan"
    label = "scan"
    verbose_name = "Quickscan zorgvriendelijk werkgeverschap"
