"""A value made from a schema written as XML, as the schema's ``xml`` objects describe it:
element names (``xml.name``, else the schema's component name), attributes
(``xml.attribute``), wrapped and unwrapped arrays (``xml.wrapped``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any
from xml.etree import ElementTree

from ...spec.walk import lookup


def to_xml(doc: Mapping[str, Any], schema: Any, value: Any) -> bytes:
    """``value`` (which fits ``schema``) as an XML document."""
    root = _Writer(doc).element(schema, value, "root")
    return (
        b'<?xml version="1.0" encoding="UTF-8"?>\n' + ElementTree.tostring(root, "unicode").encode()
    )


def from_xml(
    doc: Mapping[str, Any], schema: Any, raw: bytes, coerce: Callable[[str, Any], Any]
) -> Any:
    """The value an XML body stands for under ``schema`` (texts through ``coerce(text,
    schema)``); ``ValueError`` when it is not XML."""
    try:
        root = ElementTree.fromstring(raw)  # noqa: S314 - entities are not expanded into files
    except ElementTree.ParseError as exc:
        raise ValueError(f"the body is not XML ({exc})") from None
    return _Reader(doc, coerce).value(schema, root)


class _Reader:
    def __init__(self, doc: Mapping[str, Any], coerce: Callable[[str, Any], Any]) -> None:
        self.writer = _Writer(doc)
        self.coerce = coerce

    def value(self, schema: Any, node: ElementTree.Element) -> Any:
        schema, _ = self.writer._resolve(schema, node.tag)
        kind = schema.get("type")
        if kind == "array" or "items" in schema:
            return [self.value(schema.get("items"), child) for child in node]
        if (kind == "object" or "properties" in schema) and (len(node) or node.attrib):
            return self._object(schema, node)
        if kind == "object" or "properties" in schema:  # no children: text stands as itself
            return self._object(schema, node) if not (node.text or "").strip() else node.text
        return self.coerce(node.text or "", schema)

    def _object(self, schema: dict[str, Any], node: ElementTree.Element) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, sub in (schema.get("properties") or {}).items():
            resolved, name = self.writer._resolve(sub, str(key))
            xml = _xml(resolved)
            if xml.get("attribute"):
                if name in node.attrib:
                    out[key] = self.coerce(node.attrib[name], resolved)
                continue
            children = node.findall(name)
            is_array = resolved.get("type") == "array" or "items" in resolved
            if is_array and not xml.get("wrapped"):
                items = [self.value(resolved.get("items"), c) for c in children]
                if items:
                    out[key] = items
            elif children:
                out[key] = self.value(sub, children[0])
        return out


class _Writer:
    def __init__(self, doc: Mapping[str, Any]) -> None:
        self.doc = doc

    def _resolve(self, schema: Any, name: str) -> tuple[dict[str, Any], str]:
        """The schema behind its ``$ref``s, and the element name they give it."""
        for _ in range(20):
            if not (isinstance(schema, dict) and isinstance(schema.get("$ref"), str)):
                break
            ref = schema["$ref"]
            xml = _xml(schema)
            name = str(xml.get("name") or ref.rsplit("/", 1)[-1])
            schema = lookup(self.doc, ref[1:])
        schema = schema if isinstance(schema, dict) else {}
        xml = _xml(schema)
        return schema, str(xml.get("name") or name)

    def element(self, schema: Any, value: Any, name: str) -> ElementTree.Element:
        schema, name = self._resolve(schema, name)
        node = ElementTree.Element(name)
        if isinstance(value, dict):
            self._object(node, schema, value)
        elif isinstance(value, list):
            for item in value:
                node.append(self.element(schema.get("items"), item, "item"))
        elif value is not None:
            node.text = _text(value)
        return node

    def _object(
        self, node: ElementTree.Element, schema: dict[str, Any], value: dict[str, Any]
    ) -> None:
        props = schema.get("properties") or {}
        for key, item in value.items():
            sub, name = self._resolve(props.get(key), str(key))
            xml = _xml(sub)
            if xml.get("attribute") and not isinstance(item, (dict, list)):
                node.set(name, _text(item))
            elif isinstance(item, list) and not xml.get("wrapped"):
                for each in item:
                    node.append(self.element(sub.get("items"), each, name))
            elif isinstance(item, list):
                node.append(self.element(sub, item, name))
            else:
                node.append(self.element(props.get(key), item, str(key)))


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _xml(schema: Mapping[str, Any]) -> dict[str, Any]:
    xml = schema.get("xml")
    return xml if isinstance(xml, dict) else {}
