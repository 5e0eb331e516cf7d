"""The profile questions (not scored): sector, size class and share of part-timers. Codes are stored; labels shown.

Labels are Dutch; `_` only marks them for makemessages (the web pages translate them with gettext)."""



def _(text: str) -> str:
    return text

SECTORS = {
    "zorg_welzijn": _("Zorg en welzijn"),
    "onderwijs": _("Onderwijs"),
    "overheid": _("Openbaar bestuur en overheid"),
    "handel": _("Handel en detailhandel"),
    "horeca": _("Horeca"),
    "industrie": _("Industrie en productie"),
    "bouw": _("Bouw"),
    "vervoer": _("Vervoer en logistiek"),
    "ict": _("ICT en communicatie"),
    "financieel": _("Financiële dienstverlening"),
    "zakelijk": _("Zakelijke dienstverlening"),
    "cultuur": _("Cultuur, sport en recreatie"),
    "landbouw": _("Landbouw"),
    "anders": _("Anders"),
}
#: code -> (label, smallest number of employees in the class)
SIZE_CLASSES = {
    "1-9": (_("1 tot 10 werknemers"), 1),
    "10-49": (_("10 tot 50 werknemers"), 10),
    "50-249": (_("50 tot 250 werknemers"), 50),
    "250+": (_("250 werknemers of meer"), 250),
}
PART_TIME = {
    "0-24": _("Minder dan een kwart"),
    "25-49": _("Een kwart tot de helft"),
    "50-74": _("De helft tot driekwart"),
    "75-100": _("Driekwart of meer"),
    "onbekend": _("Weet ik niet"),
}
