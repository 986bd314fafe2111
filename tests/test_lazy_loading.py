"""Importing a generated package loads no group, operation or model module until it is used,
and the converter makes a model's hooks when the model is first read; what the user sees
(``from .models import X``, ``dir``, typed groups, decoded values) stays the same."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GENERATED = ROOT / "generated"
GOLDEN = ROOT / "tests" / "golden"


def run(code: str, path: Path) -> dict[str, object]:
    proc = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        cwd=path,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    result: dict[str, object] = json.loads(proc.stdout)
    return result


def test_import_and_client_load_no_model_or_operation_module() -> None:
    out = run(
        """
        import json, sys
        import openrouter_images
        client = openrouter_images.Client(api_key="k", server_url="http://127.0.0.1:9")
        loaded = lambda part: sorted(m for m in sys.modules if m.startswith(f"openrouter_images.{part}."))
        before = {"models": loaded("models"), "operations": loaded("operations"), "groups": loaded("groups")}
        group = client.images
        after_group = {"operations": loaded("operations"), "groups": loaded("groups"), "same": client.images is group}
        from openrouter_images.models import ImageGenerationRequest
        print(json.dumps({"before": before, "after_group": after_group,
                          "models_after_import": loaded("models"),
                          "all_listed": sorted(dir(openrouter_images.models)) == sorted(set(dir(openrouter_images.models)) | set(openrouter_images.models.__all__)),
                          "class": ImageGenerationRequest.__module__}))
        """,
        GENERATED,
    )
    assert out["before"] == {"models": [], "operations": [], "groups": []}
    assert out["after_group"] == {
        "operations": [],
        "groups": ["openrouter_images.groups.images"],
        "same": True,
    }
    assert out["models_after_import"] == ["openrouter_images.models.image_generation_request"]
    assert out["all_listed"] is True
    assert out["class"] == "openrouter_images.models.image_generation_request"


def test_unknown_model_name_is_an_attribute_error() -> None:
    out = run(
        """
        import json
        from openrouter_images import models
        try:
            models.NoSuchModel
        except AttributeError as exc:
            print(json.dumps({"error": str(exc)}))
        """,
        GENERATED,
    )
    assert "NoSuchModel" in str(out["error"])


def test_tagged_union_configured_on_first_use_keeps_unknown_tags_and_fields() -> None:
    out = run(
        """
        import json
        from discriminator._serialization import converter
        from discriminator._runtime.passthrough import UnknownVariant, unknown_fields
        from discriminator import models
        cat = converter.structure({"petType": "cat", "name": "Tom", "extra": 1}, models.Pet)
        iguana = converter.structure({"petType": "iguana", "name": "Iggy"}, models.Pet)
        other = converter.structure({"petType": "parrot", "name": "Polly"}, models.Pet)
        print(json.dumps({
            "cat": type(cat).__name__, "extra": dict(unknown_fields(cat)),
            "iguana": type(iguana).__name__,
            "other": [type(other).__name__, other.tag],
            "back": converter.unstructure(cat),
        }))
        """,
        GOLDEN / "discriminator" / "expected",
    )
    assert out["cat"] == "Cat"
    assert out["extra"] == {"extra": 1}
    assert out["iguana"] == "Lizard"
    assert out["other"] == ["UnknownVariant", "parrot"]
    assert out["back"] == {"petType": "cat", "name": "Tom", "extra": 1}


def test_generated_hooks_check_what_they_read() -> None:
    out = run(
        """
        import json
        from openrouter_images._serialization import converter
        from openrouter_images.models import ImageModelArchitecture, RangeCapability, ImageInputModality
        r = converter.structure({"type": "range", "min": 1, "max": 2.5}, RangeCapability)
        a = converter.structure({"input_modalities": ["text", "smell"], "output_modalities": []}, ImageModelArchitecture)
        errors = []
        for bad, tp in (
            ({"type": "range", "min": True, "max": 1.0}, RangeCapability),
            ({"type": "scale", "min": 0.0, "max": 1.0}, RangeCapability),
            ({"type": "range", "max": 1.0}, RangeCapability),
            ({"input_modalities": "text", "output_modalities": []}, ImageModelArchitecture),
        ):
            try:
                converter.structure(bad, tp)
            except Exception as exc:
                errors.append(type(exc).__name__)
        print(json.dumps({
            "min": [r.min, type(r.min).__name__], "max": r.max,
            "modalities": [m is ImageInputModality.TEXT for m in a.input_modalities] + a.input_modalities[1:],
            "errors": errors,
        }))
        """,
        GENERATED,
    )
    assert out["min"] == [1.0, "float"]
    assert out["max"] == 2.5
    assert out["modalities"] == [True, False, "smell"]
    assert out["errors"] == ["TypeError", "CattrsError", "KeyError", "TypeError"]


def test_decode_json_frees_lists_of_objects_as_it_reads_them() -> None:
    """The client's own decode path empties the lists of objects in the body it parsed (its
    own copy); ``converter.structure`` leaves the caller's data alone."""
    out = run(
        """
        import json
        from openrouter_images._serialization import converter
        from openrouter_images._runtime.responses import decode_json
        from openrouter_images.models import ImageModelsListResponse
        item = {"architecture": {"input_modalities": ["text"], "output_modalities": ["image"]},
                "created": 1, "description": "d", "endpoints": "/e", "id": "a/b", "name": "n",
                "supported_parameters": {"s": {"type": "boolean"}, "x": {"type": "new-kind", "k": 1}},
                "supports_streaming": True}
        data = {"data": [item, dict(item, id="c/d")]}
        a = decode_json(json.dumps(data).encode(), ImageModelsListResponse, converter)
        b = converter.structure(data, ImageModelsListResponse)
        print(json.dumps({
            "same": converter.unstructure(a) == converter.unstructure(b) == data,
            "ids": [m.id for m in a.data],
            "kinds": sorted(type(v).__name__ for v in a.data[0].supported_parameters.values()),
            "caller_data_intact": data["data"][0] is item,
        }))
        """,
        GENERATED,
    )
    assert out == {
        "same": True,
        "ids": ["a/b", "c/d"],
        "kinds": ["BooleanCapability", "UnknownVariant"],
        "caller_data_intact": True,
    }
