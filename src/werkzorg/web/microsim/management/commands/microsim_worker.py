"""`manage.py microsim_worker`: django-tasks-db's db_worker for the microsimulation jobs, which first picks up the
jobs a previous worker left behind when it died (see werkzorg.web.microsim.tasks.recover)."""

from django_tasks_db.management.commands.db_worker import Command as DatabaseWorker

from werkzorg.web.microsim.tasks import recover, worker_id


class Command(DatabaseWorker):
    help = "Run the background worker for microsimulation jobs (after requeueing or failing jobs a dead worker left)."

    def handle(self, *args, **options):
        options["worker_id"] = worker_id()
        counts = recover()
        if any(counts.values()):
            self.stdout.write(f"Onderbroken taken: {counts['opnieuw']} opnieuw in de wachtrij, {counts['mislukt']} mislukt.")
        return super().handle(*args, **options)
