"""The REST API, version 1 (django-ninja): the model, the budget tool and the parameters, with OpenAPI.

Bad input never gives a 500: every error is `application/problem+json` with the fields that were wrong.
"""

from __future__ import annotations

from typing import Any, Optional

from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest
from ninja import Body, Field, NinjaAPI, Path, Schema, Swagger
from ninja.parser import Parser
from ninja.errors import HttpError
from ninja.errors import ValidationError as NinjaValidationError

from werkzorg.budget.engine import run as run_budget
from werkzorg.budget.report import to_json
from werkzorg.household import Huishouden, parse_household
from werkzorg.input_errors import FieldError, InputError
from werkzorg.input_errors import pydantic_field_error
from werkzorg.input_reader import parse_json
from werkzorg.leave.finder import answer as leave_answer
from werkzorg.leave.income import Verlofplan, income_effect, parse_plan
from werkzorg.leave.schema import VerlofVraag, parse_question
from werkzorg.model.calculation import calculate
from werkzorg.model.provenance import find_parameter, provisional_reason, sources
from werkzorg.model.situation import SituationError
from werkzorg.route.projection import project as project_route
from werkzorg.route.report import as_dict as route_answer
from werkzorg.route.schema import Route, parse_route
from werkzorg.web.problems import field_error, problem

class Reader(Parser):
    """Request bodies are read by werkzorg.input_reader, the same reader as the CLI's (limits, encodings, messages)."""

    def parse_body(self, request: HttpRequest):
        return parse_json(request.body)


#: The body of every error (RFC 9457 problem details), as documented in the OpenAPI schema.
PROBLEM_SCHEMA = {
    "title": "Problem",
    "type": "object",
    "required": ["type", "title", "status"],
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "errors": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["field", "message", "message_en"],
                "properties": {"field": {"type": "string"}, "message": {"type": "string"}, "message_en": {"type": "string"}},
            },
        },
    },
}
ERRORS = {
    "400": "De aanvraag is niet te lezen: geen JSON, geen UTF-8, of te diep genest",
    "404": "Niet gevonden",
    "413": "De aanvraag is groter dan 256 kB",
    "422": "De invoer klopt niet: errors noemt elk veld",
    "429": "Te veel lopende berekeningen; probeer het na Retry-After seconden opnieuw",
}


class Api(NinjaAPI):
    """django-ninja's API with the error responses in its OpenAPI schema: every operation can answer 404, every POST
    400, 413 and 422, the microsimulation start 429; all as application/problem+json."""

    def get_openapi_schema(self, *args, **kwargs):
        schema = super().get_openapi_schema(*args, **kwargs)
        schema.setdefault("components", {}).setdefault("schemas", {})["Problem"] = PROBLEM_SCHEMA
        reference = {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
        for path, operations in schema["paths"].items():
            for method, operation in operations.items():
                codes = ["404"] + (["400", "413", "422"] if method == "post" else []) + (["429"] if path.endswith("/microsim/taken") else [])
                for code in codes:
                    operation["responses"].setdefault(code, {"description": ERRORS[code], "content": reference})
        return schema


api = Api(
    title="Werkzorg API",
    version="1",
    description=(
        "Dutch tax and benefit rules as code, and the budget tool that compares ways to divide paid work and care. "
        "Errors are application/problem+json and name the fields that were wrong."
    ),
    urls_namespace="api-v1",
    parser=Reader(),
    # Deep links off: with them Swagger UI puts a link inside each operation's button (axe: nested-interactive).
    docs=Swagger(settings={"deepLinking": False}),
)


#: What each endpoint's body as a whole is called in an error about the body itself (for example an empty body).
BODY_NAMES = {"budget": "(huishouden)", "verlof": "(situatie)", "verlofplan": "(verlofplan)", "route": "(route)", "berekening": "(situatie)", "microsim/taken": "(taak)"}


def _body_name(request: HttpRequest) -> str:
    return BODY_NAMES.get(request.path.removeprefix("/api/v1/").strip("/"), "(body)")


@api.exception_handler(NinjaValidationError)
def _validation_error(request: HttpRequest, error: NinjaValidationError):
    found = []
    root = _body_name(request)
    for item in error.errors:
        location = tuple(part for part in item.get("loc", ()) if part not in ("body", "payload", "situation"))
        if not location and item.get("type") == "missing":
            item = {**item, "type": "body_missing"}
        found.append(pydantic_field_error({**item, "loc": location}, root))
    fields = [field_error(e.field, e.message_nl, e.message_en) for e in dict.fromkeys(found)]
    return problem(422, "De invoer klopt niet", "Zie errors: elk veld met wat eraan schort.", fields)


@api.exception_handler(SituationError)
def _situation_error(request: HttpRequest, error: SituationError):
    return problem(422, "De situatie klopt niet", str(error), [field_error(error.field, error.message_nl, error.message_en)])


@api.exception_handler(InputError)
def _input_error(request: HttpRequest, error: InputError):
    return problem(422, "De invoer klopt niet", "", [field_error(e.field, e.message_nl, e.message_en) for e in error.errors])


@api.exception_handler(RequestDataTooBig)
def _too_big(request: HttpRequest, error: RequestDataTooBig):
    return problem(413, "De aanvraag is te groot", "Ten hoogste 256 kB.")


@api.exception_handler(HttpError)
def _http_error(request: HttpRequest, error: HttpError):
    cause = error.__cause__
    if isinstance(cause, InputError):  # the body could not be read (werkzorg.input_reader: size, encoding, nesting, syntax)
        return problem(400, "De aanvraag is niet te lezen", cause.errors[0].message_nl, [field_error(e.field, e.message_nl, e.message_en) for e in cause.errors])
    title = "Ongeldige JSON" if error.status_code == 400 else str(error)
    return problem(error.status_code, title, str(error), [field_error("(body)", "geen geldige JSON", "not valid JSON")] if error.status_code == 400 else None)



@api.post(
    "/berekening",
    summary="Bereken een OpenFisca-situatie",
    description="Een situatie zoals de OpenFisca web-API die neemt; `null` markeert wat berekend moet worden. "
    "Het antwoord is dezelfde situatie, ingevuld, met `voorlopig` voor uitkomsten die op een onbevestigde waarde rusten.",
    tags=["model"],
)
def berekening(request: HttpRequest, situation: dict[str, Any] = Body(...)) -> dict[str, Any]:
    result = calculate(situation)
    output = dict(result.situation)
    if result.provisional:
        output["voorlopig"] = result.provisional
    return output


@api.post(
    "/budget",
    summary="Vergelijk alle verdelingen van werk en zorg",
    description="Het huishouden zoals mensen het beschrijven (zie docs/budget.md); het antwoord bevat alle verdelingen van "
    "0 tot 5 werkdagen per partner, de extra werkdag, tien jaar vooruit en de situatie na scheiding.",
    tags=["budget"],
)
def budget(request: HttpRequest, payload: Huishouden) -> dict[str, Any]:
    household = parse_household(payload.model_dump(mode="json", exclude_unset=True), wages=True)
    return to_json(run_budget(household), all_splits=True)


@api.post(
    "/verlof",
    summary="Welk verlof past bij een situatie",
    description="De situatie met data en uren (zie docs/verlof.md); het antwoord is de lijst `regelingen`: per verlof de uren of "
    "weken, de periode, wie betaalt en hoeveel, de uiterste aanvraagdatum, de voorwaarden en de wettelijke bron.",
    tags=["verlof"],
)
def verlof(request: HttpRequest, payload: VerlofVraag) -> dict[str, Any]:
    question = parse_question(payload.model_dump(mode="json", exclude_unset=True))
    return leave_answer(question)


@api.post(
    "/verlofplan",
    summary="Wat een verlofplan per maand met het inkomen doet",
    description="Een huishouden (dezelfde beschrijving als bij /budget; een kind dat nog komt met de uitgerekende datum) en een plan "
    "van verlofperiodes per partner (zie docs/verlof.md); het antwoord geeft per maand loon, uitkering, netto inkomen, opvanguren "
    "per kind en wat overblijft, en per kalenderjaar de belasting, heffingskortingen en toeslagen met en zonder verlof.",
    tags=["verlof"],
)
def verlofplan(request: HttpRequest, payload: Verlofplan) -> dict[str, Any]:
    return income_effect(parse_plan(payload.model_dump(mode="json", exclude_unset=True))).to_json()


@api.post(
    "/route",
    summary="Wat werken vanuit de bijstand oplevert, 36 maanden per maand",
    description="Iemand in de bijstand (alleen, alleenstaande ouder of met partner), het uurloon en de uren om te vergelijken "
    "(zie docs/route.md); het antwoord geeft per aantal uren en per maand netto loon, vrijlating, bijstand, toeslagen, "
    "kinderopvang en wat overblijft, waar werken weinig oplevert, en een samenvatting in eenvoudig Nederlands.",
    tags=["route"],
)
def route(request: HttpRequest, payload: Route) -> dict[str, Any]:
    return route_answer(project_route(parse_route(payload.model_dump(mode="json", exclude_unset=True))))


@api.get(
    "/parameters/{path:pad}",
    summary="Waarden en bronnen van een parameter",
    description="Bijvoorbeeld `wet_op_de_zorgtoeslag.standaardpremie`. Elke waarde met datum, bronnen en of ze voorlopig is.",
    tags=["model"],
)
def parameter(request: HttpRequest, pad: str = Path(..., description="Het pad met punten, zoals wet_op_de_zorgtoeslag.standaardpremie")) -> dict[str, Any]:
    try:
        found = find_parameter(pad)
    except (KeyError, AttributeError):
        raise HttpError(404, f"Onbekende parameter: {pad}") from None
    values = getattr(found, "values_list", None)
    if values is None:
        children = sorted(getattr(found, "children", {}) or {})
        return {"pad": pad, "beschrijving": getattr(found, "description", None), "onderdelen": children}
    return {
        "pad": pad,
        "beschrijving": found.description,
        "eenheid": found.metadata.get("unit"),
        "waarden": [
            {
                "vanaf": value.instant_str,
                "waarde": value.value,
                "bronnen": [{"titel": s.title, "link": s.href} for s in sources(pad, value.instant_str)],
                "voorlopig": provisional_reason(pad, value.instant_str),
            }
            for value in reversed(values)
        ],
    }


class MicrosimTaak(Schema):
    hervorming: Optional[str] = Field(None, description="Naam van een voorbeeldhervorming (examples/reforms/), bijvoorbeeld kinderopvang-96")
    eigen: Optional[dict[str, Any]] = Field(None, description="Of een eigen hervorming: {naam, beschrijving, parameters: {pad: {datum: waarde}}, variabelen}")
    gedrag: bool = Field(
        True,
        description="Ook het scenario '<hervorming> + gedrag (CPB)': tweede verdieners passen hun uren aan (urenelasticiteit 0,5 voor vrouwen, "
        "0,1 voor mannen; CPB, Evers, De Mooij en Van Vuuren). De uitkomst heeft dan de tabel gedrag met de aanname en de bron. false: alleen statisch.",
    )


@api.post(
    "/microsim/taken",
    summary="Start een microsimulatie van een hervorming voor alle huishoudens",
    description="Start op de achtergrond; het antwoord (202) geeft het id en de link om de voortgang en de uitkomst op te halen. "
    "Een eigen hervorming wordt eerst gecontroleerd tegen de parameterboom (fouten: 422 met het veld).",
    tags=["microsimulatie"],
    response={202: dict[str, Any]},
)
def microsim_start(request: HttpRequest, payload: MicrosimTaak):
    from django.conf import settings

    from werkzorg.microsim import jobs
    from werkzorg.microsim.reform import parse

    if payload.eigen is not None:
        spec = parse(payload.eigen, "eigen")
        if spec.name == "basis":
            raise InputError([FieldError("eigen.naam", "kies een andere naam dan 'basis'", "choose a name other than 'basis'")])
    else:
        examples = jobs.example_reforms()
        if payload.hervorming not in examples:
            raise InputError([FieldError("hervorming", f"kies uit {', '.join(examples)} of geef eigen", f"choose one of {', '.join(examples)} or give eigen")])
        spec = examples[payload.hervorming]
    from ninja.responses import Status

    from werkzorg.web.client import client_key, too_many
    from werkzorg.web.microsim.tasks import JobsFull, submit

    try:
        job_id = submit(spec, client_key(request), behaviour=payload.gedrag)
    except JobsFull as full:
        detail = "U heeft al het hoogste aantal lopende berekeningen." if full.per_client else "Er lopen nu te veel berekeningen."
        return too_many(request, full.retry_after, detail)
    return Status(202, {"id": job_id, "status": "wachten", "link": f"/api/v1/microsim/taken/{job_id}"})


@api.get(
    "/microsim/taken/{taak}",
    summary="Voortgang en uitkomst van een microsimulatie",
    description="status is wachten, bezig (met klaar/totaal aantal delen), klaar (met uitkomst: alle tabellen) of fout.",
    tags=["microsimulatie"],
)
def microsim_status(request: HttpRequest, taak: str) -> dict[str, Any]:
    from django.conf import settings

    from werkzorg.microsim import jobs

    state = jobs.status(settings.MICROSIM_DIR, taak)
    if state is None:
        raise HttpError(404, f"Onbekende taak: {taak}")
    state.pop("grafieken", None)
    return state
