"""The questionnaire as content (versions, themes, questions, scales, tips) and the submissions.

A version that has submissions is frozen for scoring (questions, scales, options and levels cannot change in the
admin), so every old report stays reproducible; editors copy it to a new version instead. Tips may always be edited.
"""

from __future__ import annotations

import secrets

from django.core.exceptions import ValidationError
from django.db import models

from werkzorg.scan import content
from werkzorg.scan.profile import PART_TIME, SECTORS, SIZE_CLASSES


def new_token() -> str:
    return secrets.token_urlsafe(24)


class QuestionnaireVersion(models.Model):
    CONCEPT, ACTIEF, ARCHIEF = "concept", "actief", "archief"
    versie = models.CharField("versie", max_length=40, unique=True)
    status = models.CharField("status", max_length=10, choices=[(CONCEPT, "concept"), (ACTIEF, "actief"), (ARCHIEF, "archief")], default=CONCEPT)
    titel = models.CharField("titel", max_length=200)
    inleiding = models.TextField("inleiding", blank=True)
    titel_en = models.CharField("titel (English)", max_length=200, blank=True)
    inleiding_en = models.TextField("inleiding (English)", blank=True)
    bron = models.CharField("bron (fixture)", max_length=300, blank=True)
    aangemaakt = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "vragenlijstversie"
        verbose_name_plural = "vragenlijstversies"
        ordering = ["-aangemaakt", "-id"]

    def __str__(self) -> str:
        return f"{self.versie} ({self.status})"

    @property
    def frozen(self) -> bool:
        return self.pk is not None and self.submissions.exists()

    def to_content(self, language: str = "nl") -> content.Questionnaire:
        return content.from_dict(self.to_dict(), language)

    def to_dict(self) -> dict:
        """The version in the fixture's JSON form."""
        scales = []
        for scale in self.scales.prefetch_related("options"):
            options = [{"code": o.code, "tekst": o.tekst, "tekst_en": o.tekst_en, "score": o.score, "weet_niet": o.weet_niet} for o in scale.options.all()]
            scales.append({"code": scale.code, "naam": scale.naam, "naam_en": scale.naam_en, "opties": options})
        themes = []
        for theme in self.themes.prefetch_related("tips", models.Prefetch("questions", queryset=Question.objects.select_related("schaal"))):
            tips: dict = {}
            tips_en: dict = {}
            for tip in theme.tips.all():
                tips.setdefault(tip.niveau, {}).setdefault(tip.soort, []).append(tip.tekst)
                tips_en.setdefault(tip.niveau, {}).setdefault(tip.soort, []).append(tip.tekst_en)
            questions = [
                {"code": q.code, "tekst": q.tekst, "tekst_en": q.tekst_en, "toelichting": q.toelichting, "toelichting_en": q.toelichting_en, "schaal": q.schaal.code, "omgekeerd": q.omgekeerd}
                for q in theme.questions.all()
            ]
            themes.append({"code": theme.code, "naam": theme.naam, "naam_en": theme.naam_en, "uitleg": theme.uitleg, "uitleg_en": theme.uitleg_en, "vragen": questions, "tips": tips, "tips_en": tips_en})
        levels = [{"code": n.code, "naam": n.naam, "naam_en": n.naam_en, "vanaf": n.vanaf, "betekenis": n.betekenis, "betekenis_en": n.betekenis_en} for n in self.levels.all()]
        return {
            "versie": self.versie, "status": self.status, "titel": self.titel, "titel_en": self.titel_en, "inleiding": self.inleiding, "inleiding_en": self.inleiding_en,
            "schalen": scales, "niveaus": levels, "themas": themes,
        }


FROZEN = "Deze versie heeft al ingevulde scans en kan voor de score niet meer veranderen. Kopieer de versie in de lijst met versies en pas de kopie aan."


class FrozenContent:
    """Scoring content of a version with submissions cannot be added or changed (checked in forms and the admin)."""

    def _version(self):
        raise NotImplementedError

    def clean(self):
        super().clean()
        try:
            version = self._version()
        except models.ObjectDoesNotExist:
            return
        if version is not None and version.frozen:
            raise ValidationError(FROZEN)


class Level(FrozenContent, models.Model):
    version = models.ForeignKey(QuestionnaireVersion, on_delete=models.CASCADE, related_name="levels", verbose_name="versie")
    code = models.SlugField("code", max_length=30)
    naam = models.CharField("naam", max_length=60)
    naam_en = models.CharField("naam (English)", max_length=60, blank=True)
    vanaf = models.PositiveSmallIntegerField("vanaf score")
    betekenis = models.TextField("betekenis", blank=True)
    betekenis_en = models.TextField("betekenis (English)", blank=True)

    class Meta:
        verbose_name = "niveau"
        verbose_name_plural = "niveaus"
        ordering = ["vanaf"]
        unique_together = [("version", "code")]

    def __str__(self) -> str:
        return f"{self.naam} (vanaf {self.vanaf})"

    def _version(self):
        return self.version


class Scale(FrozenContent, models.Model):
    version = models.ForeignKey(QuestionnaireVersion, on_delete=models.CASCADE, related_name="scales", verbose_name="versie")
    code = models.CharField("code", max_length=20)
    naam = models.CharField("naam", max_length=100)
    naam_en = models.CharField("naam (English)", max_length=100, blank=True)

    class Meta:
        verbose_name = "antwoordschaal"
        verbose_name_plural = "antwoordschalen"
        ordering = ["id"]
        unique_together = [("version", "code")]

    def __str__(self) -> str:
        return f"{self.naam} [{self.code}] – {self.version.versie}"

    def _version(self):
        return self.version


class AnswerOption(FrozenContent, models.Model):
    scale = models.ForeignKey(Scale, on_delete=models.CASCADE, related_name="options", verbose_name="schaal")
    code = models.CharField("code", max_length=10)
    tekst = models.CharField("tekst", max_length=200)
    tekst_en = models.CharField("tekst (English)", max_length=200, blank=True)
    score = models.PositiveSmallIntegerField("punten")
    weet_niet = models.BooleanField("'weet ik niet'", default=False, help_text="Telt als 0 punten en als 'niet bekend'.")
    volgorde = models.PositiveSmallIntegerField("volgorde", default=0)

    class Meta:
        verbose_name = "antwoordmogelijkheid"
        verbose_name_plural = "antwoordmogelijkheden"
        ordering = ["volgorde", "id"]
        unique_together = [("scale", "code")]

    def __str__(self) -> str:
        return self.tekst

    def _version(self):
        return self.scale.version


class Theme(models.Model):
    version = models.ForeignKey(QuestionnaireVersion, on_delete=models.CASCADE, related_name="themes", verbose_name="versie")
    code = models.SlugField("code", max_length=40)
    volgorde = models.PositiveSmallIntegerField("volgorde", default=0)
    naam = models.CharField("naam", max_length=120)
    uitleg = models.TextField("uitleg", blank=True)
    naam_en = models.CharField("naam (English)", max_length=120, blank=True)
    uitleg_en = models.TextField("uitleg (English)", blank=True)

    class Meta:
        verbose_name = "thema"
        verbose_name_plural = "thema's"
        ordering = ["volgorde", "id"]
        unique_together = [("version", "code")]

    def __str__(self) -> str:
        return f"{self.naam} – {self.version.versie}"


class Question(FrozenContent, models.Model):
    theme = models.ForeignKey(Theme, on_delete=models.CASCADE, related_name="questions", verbose_name="thema")
    code = models.CharField("code", max_length=20, help_text="Vast per vraag; de wettelijke signalen gebruiken Q9, Q13, Q15, Q29 en Q30.")
    volgorde = models.PositiveSmallIntegerField("volgorde", default=0)
    tekst = models.TextField("vraag")
    toelichting = models.TextField("toelichting", blank=True)
    tekst_en = models.TextField("vraag (English)", blank=True)
    toelichting_en = models.TextField("toelichting (English)", blank=True)
    schaal = models.ForeignKey(Scale, on_delete=models.PROTECT, related_name="questions", verbose_name="antwoordschaal")
    omgekeerd = models.BooleanField("omgekeerd scoren", default=False, help_text="Punten = maximum − punten van het antwoord.")

    class Meta:
        verbose_name = "vraag"
        verbose_name_plural = "vragen"
        ordering = ["theme__volgorde", "volgorde", "id"]

    def __str__(self) -> str:
        return f"{self.code}: {self.tekst[:80]}"

    def _version(self):
        return self.theme.version


class Tip(models.Model):
    SOORTEN = [("snel", "snel te doen"), ("structureel", "structureel")]
    theme = models.ForeignKey(Theme, on_delete=models.CASCADE, related_name="tips", verbose_name="thema")
    niveau = models.SlugField("voor niveau", max_length=30, help_text="De code van het niveau, bijvoorbeeld startend, op_weg of zorgvriendelijk.")
    soort = models.CharField("soort", max_length=12, choices=SOORTEN)
    tekst = models.TextField("tip")
    tekst_en = models.TextField("tip (English)", blank=True)
    volgorde = models.PositiveSmallIntegerField("volgorde", default=0)

    class Meta:
        verbose_name = "tip"
        verbose_name_plural = "tips"
        ordering = ["niveau", "soort", "volgorde", "id"]

    def __str__(self) -> str:
        return self.tekst[:80]


class Submission(models.Model):
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    version = models.ForeignKey(QuestionnaireVersion, on_delete=models.PROTECT, related_name="submissions", verbose_name="versie")
    sector = models.CharField("sector", max_length=20, choices=list(SECTORS.items()))
    grootte = models.CharField("aantal werknemers", max_length=10, choices=[(k, v[0]) for k, v in SIZE_CLASSES.items()])
    deeltijd = models.CharField("aandeel deeltijders", max_length=10, choices=list(PART_TIME.items()))
    #: Theme scores when submitted ({theme code: 0–100}), for the benchmark and the export; the report recomputes them.
    scores = models.JSONField(default=dict)
    totaal = models.PositiveSmallIntegerField(default=0)
    ingediend = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "ingevulde scan"
        verbose_name_plural = "ingevulde scans"
        ordering = ["-ingediend"]
        indexes = [models.Index(fields=["sector", "grootte"])]

    def __str__(self) -> str:
        return f"scan {self.pk} ({self.get_sector_display()}, {self.grootte})"

    def answers_dict(self) -> dict[str, str]:
        return {a.question.code: a.option.code for a in self.answers.select_related("question", "option")}


class Answer(models.Model):
    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="+")
    option = models.ForeignKey(AnswerOption, on_delete=models.PROTECT, related_name="+")

    class Meta:
        unique_together = [("submission", "question")]


class Pulse(models.Model):
    """The employee pulse of one submission: employees answer at their own secret link, the employer may close it."""

    submission = models.OneToOneField(Submission, on_delete=models.CASCADE, related_name="pulse", verbose_name="ingevulde scan")
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    gesloten = models.BooleanField("gesloten", default=False)
    aangemaakt = models.DateField("aangemaakt", auto_now_add=True)

    class Meta:
        verbose_name = "medewerkerspeiling"
        verbose_name_plural = "medewerkerspeilingen"

    def __str__(self) -> str:
        return f"peiling {self.pk} bij scan {self.submission_id}"


class PulseResponse(models.Model):
    """One employee's answers: the option per statement and the month; no time, no name, no IP address, no free text."""

    pulse = models.ForeignKey(Pulse, on_delete=models.CASCADE, related_name="responses")
    antwoorden = models.JSONField(default=dict)
    maand = models.CharField("maand", max_length=7)

    class Meta:
        verbose_name = "antwoord op een peiling"
        verbose_name_plural = "antwoorden op peilingen"
