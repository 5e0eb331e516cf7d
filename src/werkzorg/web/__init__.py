"""The werkzorg web app (Django): the budget tool pages and the REST API."""
