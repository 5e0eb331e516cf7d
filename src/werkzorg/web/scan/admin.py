"""Admin for content editors (staff login): versions, themes, questions, answer options and tips.

A version with submissions is frozen for everything that changes a score (questions, scales, options, levels);
tips and texts of themes stay editable. To change a question of a frozen version: select the version, action
"Kopieer als nieuwe conceptversie", edit the copy, then action "Maak actief".
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import ExpressionWrapper, F, IntegerField
from django.utils import timezone

from werkzorg.web.scan import models
from werkzorg.web.scan.seed import copy_version


def _version_of(obj):
    if isinstance(obj, models.QuestionnaireVersion):  # an inline's parent on the version page
        return obj
    for path in ("version", "theme.version", "scale.version"):
        target = obj
        for part in path.split("."):
            target = getattr(target, part, None)
        if isinstance(target, models.QuestionnaireVersion):
            return target
    return None


class FrozenMixin:
    """No changes to scoring content of a version that has submissions."""

    def _frozen(self, obj) -> bool:
        version = _version_of(obj) if obj is not None else None
        return bool(version and version.frozen)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and not self._frozen(obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not self._frozen(obj)


class FrozenInlineMixin(FrozenMixin):
    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and not self._frozen(obj)


class FrozenNoticeMixin:
    """Say on the page why a frozen object offers no saving, adding or deleting (instead of Django's permission text)."""

    def change_view(self, request, object_id, form_url="", extra_context=None):
        obj = self.get_object(request, object_id)
        if obj is not None and request.method == "GET" and _version_of(obj) is not None and _version_of(obj).frozen:
            self.message_user(request, models.FROZEN, messages.WARNING)
        return super().change_view(request, object_id, form_url, extra_context)


class LevelInline(FrozenInlineMixin, admin.TabularInline):
    model = models.Level
    extra = 0


class ThemeInline(FrozenInlineMixin, admin.TabularInline):
    """Themes are listed on the version page; texts and tips are edited on the theme's own page (also when frozen)."""

    model = models.Theme
    fields = ["volgorde", "code", "naam"]
    show_change_link = True
    extra = 0


@admin.register(models.QuestionnaireVersion)
class VersionAdmin(FrozenNoticeMixin, admin.ModelAdmin):
    list_display = ["versie", "status", "titel", "aantal_scans", "aangemaakt"]
    list_filter = ["status"]
    inlines = [LevelInline, ThemeInline]
    actions = ["copy", "activate"]

    @admin.display(description="ingevulde scans")
    def aantal_scans(self, obj):
        return obj.submissions.count()

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not (obj is not None and obj.frozen)

    @admin.action(description="Kopieer als nieuwe conceptversie")
    def copy(self, request, queryset):
        for version in queryset:
            name = f"{version.versie}-{timezone.now():%Y%m%d%H%M%S}"
            copy_version(version, name)
            self.message_user(request, f"Nieuwe conceptversie {name} gemaakt; pas die aan en maak hem actief.", messages.SUCCESS)

    @admin.action(description="Maak actief (nieuwe scans gebruiken deze versie)")
    def activate(self, request, queryset):
        if queryset.count() != 1:
            self.message_user(request, "Kies precies één versie.", messages.ERROR)
            return
        models.QuestionnaireVersion.objects.filter(status="actief").update(status="archief")
        queryset.update(status="actief")
        self.message_user(request, "De versie is actief.", messages.SUCCESS)


class QuestionInline(FrozenInlineMixin, admin.StackedInline):
    model = models.Question
    extra = 0
    fields = ["volgorde", "code", "tekst", "tekst_en", "toelichting", "toelichting_en", "schaal", "omgekeerd"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "schaal" and request.resolver_match and request.resolver_match.kwargs.get("object_id"):
            theme = models.Theme.objects.filter(pk=request.resolver_match.kwargs["object_id"]).first()
            if theme:
                kwargs["queryset"] = models.Scale.objects.filter(version=theme.version)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class TipInline(admin.TabularInline):
    model = models.Tip
    extra = 1
    fields = ["niveau", "soort", "volgorde", "tekst", "tekst_en"]


@admin.register(models.Theme)
class ThemeAdmin(FrozenNoticeMixin, admin.ModelAdmin):
    list_display = ["naam", "code", "version", "volgorde"]
    list_filter = ["version"]
    ordering = ["version", "volgorde", "id"]
    inlines = [QuestionInline, TipInline]

    def get_readonly_fields(self, request, obj=None):
        return ["version", "code", "volgorde"] if obj and obj.version.frozen else []

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not (obj is not None and obj.version.frozen)


#: Questions in questionnaire order (theme, then question), not by code as text (which puts Q10 before Q2).
QUESTION_ORDER = ExpressionWrapper(F("theme__volgorde") * 1000 + F("volgorde"), output_field=IntegerField())


@admin.register(models.Question)
class QuestionAdmin(FrozenMixin, FrozenNoticeMixin, admin.ModelAdmin):
    list_display = ["vraag_code", "tekst", "theme", "schaal", "omgekeerd"]
    list_filter = ["theme__version", "theme"]
    search_fields = ["code", "tekst"]
    ordering = ["-theme__version__aangemaakt", "theme__volgorde", "volgorde", "id"]

    @admin.display(description="code", ordering=QUESTION_ORDER)
    def vraag_code(self, obj):
        return obj.code


class OptionInline(FrozenInlineMixin, admin.TabularInline):
    model = models.AnswerOption
    extra = 0


@admin.register(models.Scale)
class ScaleAdmin(FrozenMixin, FrozenNoticeMixin, admin.ModelAdmin):
    list_display = ["naam", "code", "version"]
    list_filter = ["version"]
    inlines = [OptionInline]


@admin.register(models.Tip)
class TipAdmin(admin.ModelAdmin):
    list_display = ["tekst", "theme", "niveau", "soort"]
    list_filter = ["theme__version", "niveau", "soort"]
    search_fields = ["tekst"]


@admin.register(models.Submission)
class SubmissionAdmin(admin.ModelAdmin):
    """Read-only: submissions are the respondents' data; the report link (token) is not shown."""

    list_display = ["id", "ingediend", "sector", "grootte", "deeltijd", "totaal", "version"]
    list_filter = ["sector", "grootte", "version"]
    exclude = ["token"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
