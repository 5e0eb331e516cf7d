"""One input reader for the CLI and the API (werkzorg.input_reader): the same encodings (BOM, surrogate escapes), the
same depth and size limits and the same messages; the CLI ends bad input with exit code 2, the API with problem+json."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from werkzorg.cli import app
from werkzorg.input_errors import InputError
from werkzorg.input_reader import MAX_BYTES, MAX_DEPTH, parse_json, parse_yaml

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
DEEP = "[" * 100_000
COMMANDS = ["calculate", "budget", "verlof", "verlofplan", "route"]


def messages(error: InputError) -> list[tuple[str, str]]:
    return [(e.field, e.message_nl) for e in error.errors]


def test_nesting_is_limited_in_json_and_yaml():
    for reader in (parse_json, parse_yaml):
        with pytest.raises(InputError) as caught:
            reader(DEEP)
        assert "te diep genest" in caught.value.errors[0].message_nl
    assert parse_json("[" * MAX_DEPTH + "]" * MAX_DEPTH) == eval("[" * MAX_DEPTH + "]" * MAX_DEPTH)  # noqa: S307 - a literal
    assert parse_json('{"a": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}') == {"a": "[" * 44}  # brackets in text do not count


def test_size_is_limited():
    with pytest.raises(InputError) as caught:
        parse_json(b" " * (MAX_BYTES + 1) + b"{}")
    assert "te groot" in caught.value.errors[0].message_nl


def test_bom_and_surrogates_are_read_the_same_everywhere():
    assert parse_json(b'\xef\xbb\xbf{"a": 1}') == {"a": 1}
    assert parse_yaml(b"\xef\xbb\xbfa: 1\n") == {"a": 1}
    assert parse_json('{"naam": "\\ud83dX"}') == {"naam": "\ufffdX"}  # a lone surrogate is no character
    assert parse_json('{"naam": "\\ud83d\\ude00"}') == {"naam": "\U0001F600"}  # a pair is one
    assert parse_yaml('{"naam": "\\ud83dX"}') == parse_json('{"naam": "\\ud83dX"}')
    with pytest.raises(InputError) as caught:
        parse_json(b'{"a": "\xff"}')
    assert "geen UTF-8" in caught.value.errors[0].message_nl


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_refuses_deep_nesting_with_exit_code_2(tmp_path, command):
    path = tmp_path / "diep.json"
    path.write_text(DEEP, encoding="utf-8")
    result = CliRunner().invoke(app, [command, str(path)])
    assert result.exit_code == 2, result.output
    assert "te diep genest" in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize(("command", "example"), [("budget", "alleenstaande_ouder.yaml"), ("route", "route/alleenstaande_moeder.json"), ("verlof", "verlof/zwanger.json"), ("verlofplan", "verlof/verlofplan.yaml")])
def test_every_command_reads_a_bom_and_a_surrogate_escape(tmp_path, command, example):
    from werkzorg.input_reader import parse_yaml as read

    text = json.dumps(read((EXAMPLES / example).read_bytes()), ensure_ascii=True, default=str)
    text = text.replace('"naam": "', '"naam": "\\ud83d', 1)  # a name (where there is one) starts with a lone surrogate
    path = tmp_path / "invoer.json"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode())
    result = CliRunner().invoke(app, [command, str(path), "--json"])
    assert result.exit_code == 0, result.output


def test_the_cli_and_the_api_give_the_same_message(tmp_path, client):
    path = tmp_path / "diep.json"
    path.write_text(DEEP, encoding="utf-8")
    cli = CliRunner().invoke(app, ["route", str(path)])
    api = client.post("/api/v1/route", DEEP, content_type="application/json")
    assert api.status_code == 400
    assert api["Content-Type"] == "application/problem+json"
    message = api.json()["errors"][0]["message"]
    assert message in cli.stderr.replace("\n", " ")


def test_pydantic_errors_are_dutch_whatever_their_type():
    from werkzorg.input_errors import pydantic_field_error

    known = pydantic_field_error({"type": "bool_type", "loc": ("partners", 0, "werkt"), "msg": "Input should be a valid boolean"})
    assert (known.field, known.message_nl) == ("partners[0].werkt", "verwacht ja of nee (true of false)")
    unknown = pydantic_field_error({"type": "some_new_pydantic_type", "loc": ("x",), "msg": "Something in English"})
    assert unknown.message_nl == "deze waarde klopt niet" and unknown.message_en == "Something in English"
    plain_value_error = pydantic_field_error({"type": "value_error", "loc": ("x",), "msg": "Value error, no pipes"})
    assert plain_value_error.message_nl == "deze waarde klopt niet"
    empty = pydantic_field_error({"type": "missing", "loc": (), "msg": "Field required"}, "(route)")
    assert empty.field == "(route)"
