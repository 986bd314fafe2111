"""Every value ``mock`` makes up is valid against its schema: for each JSON response of the
corpus specs, the value ``mock`` would send is checked by the validator ``mock`` and
``conform`` share (formats, patterns, prefixItems, discriminators included)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import pipeline
from generator.spec.walk import media_types, operations, responses
from generator.tools.conform import traffic
from tests.corpus_check import CORPUS

# Stripe (4 MB) is left out for time: close to a minute here (all 935 of its JSON responses
# fit when last checked).
MAX_BYTES = 3_500_000
# Schemas no value can fit (spec defects), with why.
UNSATISFIABLE = {
    "/paths/~1rest~1api~13~1field~1{fieldId}~1context~1defaultValue/get/responses/200/content/"
    "application~1json/schema": "Jira's CustomFieldContextDefaultValue sets additionalProperties:"
    " false beside its branches, so no branch's properties are allowed",
}
SPECS = (
    sorted(p for p in CORPUS.glob("[0-9]*") if p.stat().st_size < MAX_BYTES)
    if CORPUS.is_dir()
    else []
)


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.name)
def test_made_up_response_values_fit_their_schemas(spec: Path) -> None:
    doc, _ = pipeline.resolved(spec)
    schemas = traffic.Schemas(doc)
    bad: list[str] = []
    checked = 0
    for op in operations(doc, ("paths",)):
        for _, ptr, response in responses(op):
            for mt, media_ptr, media in media_types(response.get("content"), ptr + "/content"):
                if "schema" not in media or not traffic.is_json(mt):
                    continue
                pointer = media_ptr + "/schema"

                def fits(value: object, pointer: str = pointer) -> bool:
                    return not schemas.located(pointer, value, 1)

                if pointer in UNSATISFIABLE:
                    continue
                value = traffic.synthesise(doc, media["schema"], fits=fits)
                checked += 1
                bad += [f"{pointer}: {p}" for p in schemas.problems(pointer, value, limit=1)]
    assert checked
    assert not bad, "\n".join(bad[:10])


def test_corpus_is_there() -> None:
    if not SPECS:
        pytest.skip(f"no corpus at {CORPUS} (../shared is absent)")
    assert len(SPECS) >= 8
