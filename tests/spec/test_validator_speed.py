"""What openapi-spec-validator is given to run faster (generator.spec.validator_speed) leaves
what it finds as it was: the remembering accessor reads every place as the library's own does,
the id list and the type check answer as a list and the Protocol do, and the settings stand-ins
are used only where they hold exactly what the real modules would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.spec import load, validate, validator_speed

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "openapi.yaml"
CORPUS = ROOT.parent / "shared" / "corpus"

KEYWORD_PROBLEMS = """\
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a/{id}:
    get:
      operationId: same
      parameters:
        - {name: q, in: query, schema: {type: integer, default: nope}}
        - {name: q, in: query, schema: {type: integer}}
        - {$ref: '#/components/parameters/Limit'}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
  /b:
    post:
      operationId: same
      requestBody:
        content:
          application/json:
            schema:
              type: object
              required: [missing]
              properties:
                items: {type: array, items: {$ref: '#/components/schemas/Thing'}, default: 3}
      responses:
        default: {$ref: '#/components/responses/Oops'}
components:
  parameters:
    Limit: {name: limit, in: query, schema: {type: integer, default: many}}
  responses:
    Oops:
      description: oops
      content:
        application/json: {schema: {$ref: '#/components/schemas/Nowhere'}}
  schemas:
    Thing:
      type: object
      required: [name, absent]
      properties:
        name: {type: string, enum: [a, b], default: c}
        next: {$ref: '#/components/schemas/Thing'}
        kind: {allOf: [{$ref: '#/components/schemas/Kind'}], default: 5}
    Kind: {type: string, format: date, default: not-a-date}
"""


def _plain_path(doc: dict[str, Any], handlers: Any) -> Any:
    from jsonschema_path import SchemaPath

    return SchemaPath.from_dict(doc, handlers=handlers)


def _findings(doc: dict[str, Any]) -> list[str]:
    return [d.format() for d in validate.validate(doc)]


def test_the_findings_are_those_of_the_librarys_own_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = tmp_path / "bad.yaml"
    spec.write_text(KEYWORD_PROBLEMS, encoding="utf-8")
    doc = validate.string_keys(load.load(spec).data)
    fast = _findings(doc)
    monkeypatch.setattr(validator_speed, "path", _plain_path)
    assert _findings(doc) == fast
    assert len(fast) >= 5, fast  # the spec is wrong in many ways, and they are found
    assert any("Nowhere" in f for f in fast), fast
    assert any("same" in f for f in fast), fast


def _places(plain: Any, fast: Any, seen: set[int]) -> Iterator[tuple[Any, Any]]:
    """Every place under ``plain`` (with the same place under ``fast``) and one missing key or
    index below each container, ``$ref``s followed; each container is entered once (the
    documents are cyclic)."""
    yield plain, fast
    try:
        value = plain.read_value()
    except KeyError:
        return
    if not isinstance(value, (dict, list)) or id(value) in seen:
        return
    seen.add(id(value))
    keys: list[Any] = (
        [*value, "no-such-key"] if isinstance(value, dict) else [*range(len(value) + 1)]
    )
    for key in keys:
        yield from _places(plain / key, fast / key, seen)


def _read(path: Any) -> Any:
    """What the validator asks of a place: its value, and whether it has a key or an index."""
    asked = tuple(key in path for key in ("type", "properties", "$ref", "no-such-key", 0, 1))
    try:
        return ("found", json.dumps(path.read_value(), sort_keys=True, default=str), asked)
    except KeyError:
        return ("missing", None, asked)


def _specs() -> list[Path]:
    found = [SPEC]
    if CORPUS.is_dir():
        found += [CORPUS / "03-museum.yaml", CORPUS / "10-spotify.yaml"]
    return found


@pytest.mark.parametrize("spec", _specs(), ids=lambda p: p.name)
def test_every_place_reads_as_through_the_librarys_own_accessor(spec: Path) -> None:
    from openapi_spec_validator import OpenAPIV30SpecValidator

    doc = validate.string_keys(load.load(spec).data)
    handlers = OpenAPIV30SpecValidator.resolver_handlers
    fast, plain = validator_speed.path(doc, handlers), _plain_path(doc, handlers)
    places = list(_places(plain, fast, set()))
    for _ in range(2):  # the second time, from what the accessor remembers
        for one, other in places:
            assert _read(other) == _read(one), one.parts
    assert len(places) > 200


def test_id_list_answers_like_a_list() -> None:
    ids = validator_speed.IdList()
    assert 5 not in ids
    ids.append(5)
    ids.append(7)
    assert 5 in ids and 7 in ids and 6 not in ids
    assert list(ids) == [5, 7]


def test_subscriptable_check_answers_like_the_protocol() -> None:
    from pathable import accessors, protocols

    validator_speed.speed_up_path_lookups()
    validator_speed.speed_up_path_lookups()  # a second call changes nothing
    fast = accessors.Subscriptable  # type: ignore[attr-defined]
    assert fast is not protocols.Subscriptable

    class Custom:
        def __getitem__(self, key: str) -> str:
            return key

        def __contains__(self, key: str) -> bool:
            return True

        def __len__(self) -> int:
            return 1

    class Dict(dict[str, int]):
        pass

    for value in ({}, [], "", 0, 1.5, True, None, Custom(), Dict(), object()):
        assert isinstance(value, fast) == isinstance(value, protocols.Subscriptable), value


def test_the_stand_ins_were_written_against_the_installed_settings_modules() -> None:
    """When a new openapi-spec-validator or openapi-schema-validator changes its settings
    module, the stand-ins are no longer used (safe, and slower): this says to look at them."""
    for name, digest in validator_speed.SETTINGS_MODULES.items():
        assert validator_speed._digest(name) == digest, name


_SETTINGS = """\
import json, sys
from generator.spec import validator_speed
used = validator_speed.settings_without_pydantic() if sys.argv[1] == "stand-in" else None
from openapi_spec_validator import settings as spec
from openapi_schema_validator.settings import get_settings
from openapi_spec_validator.validation.validators import OpenAPISpecValidatorSettings
from generator.spec import validate
validate.prepare()
found = validate.validate({"openapi": "3.0.3", "info": {"title": "t"}, "paths": {}})
public = sorted(n for n in vars(spec) if not n.startswith("_") and n.isupper() or n.startswith("get_"))
print(json.dumps({
    "used": used,
    "pydantic": "pydantic" in sys.modules,
    "cache": OpenAPISpecValidatorSettings().resolved_cache_maxsize,
    "backend": OpenAPISpecValidatorSettings().schema_validator_backend,
    "functions": [spec.get_resolved_cache_maxsize(), spec.get_schema_validator_backend()],
    "constants": {n: sorted(v) if isinstance(v, set) else v for n, v in vars(spec).items() if n.isupper()},
    "compiled": get_settings().compiled_validator_cache_max_size,
    "public": public,
    "found": [d.format() for d in found],
}))
"""


def _settings(how: str, **env: str) -> dict[str, Any]:
    clean = {k: v for k, v in os.environ.items() if not k.upper().startswith("OPENAPI_")}
    done = subprocess.run(
        [sys.executable, "-c", _SETTINGS, how],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def test_the_stand_ins_hold_what_the_real_settings_hold() -> None:
    real, stand_in = _settings("real"), _settings("stand-in")
    assert stand_in.pop("used") is True and real.pop("used") is None
    assert real.pop("pydantic") is True and stand_in.pop("pydantic") is False
    assert stand_in == real
    assert real["found"], "the validator found the missing version"


def test_the_real_settings_are_read_when_a_setting_is_given() -> None:
    given = _settings("stand-in", openapi_spec_validator_resolved_cache_maxsize="7")
    assert given["used"] is False and given["pydantic"] is True
    assert given["cache"] == 7


def test_the_stand_ins_are_not_used_once_the_validator_is_imported() -> None:
    import openapi_spec_validator  # noqa: F401 - imported for the check

    assert validator_speed.settings_without_pydantic() is False
    assert "openapi_spec_validator.settings" in sys.modules
    assert not isinstance(sys.modules["openapi_spec_validator.settings"], type(None))
