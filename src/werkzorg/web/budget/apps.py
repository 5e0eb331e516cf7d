from django.apps import AppConfig


class BudgetConfig(AppConfig):
    name = "werkzorg.web.budget"
    label = "budget"
    verbose_name = "Budget tool"
