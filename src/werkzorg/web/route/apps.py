from django.apps import AppConfig


class RouteConfig(AppConfig):
    name = "werkzorg.web.route"
    label = "route"
    verbose_name = "Route to paid work"
