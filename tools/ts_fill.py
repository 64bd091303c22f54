"""Help a translator through the .ts files without Qt Linguist.

  python tools/ts_fill.py --todo resources/translations/*.ts   # unfinished entries, counted
  python tools/ts_fill.py --list FILE.ts > todo.json            # the unfinished, to translate
  python tools/ts_fill.py FILE.ts done.json                     # put the translations in

done.json maps a source text (or "Context|source" where a context needs its own words) to
its translation; a plural (%n) entry maps to the list of its forms. `make translations`
afterwards writes the files back in lupdate's own layout.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path


def unfinished(path: Path) -> list[tuple[str, ElementTree.Element]]:
    root = ElementTree.parse(path).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                found.append((name, message))
    return found


def fill(path: Path, done: dict[str, str | list[str]]) -> int:
    tree = ElementTree.parse(path)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            words = done.get(f"{name}|{source}", done.get(source))
            translation = message.find("translation")
            if words is None or translation is None:
                continue
            if message.get("numerus") == "yes":
                forms = translation.findall("numerusform")
                if not isinstance(words, list) or len(words) != len(forms):
                    raise SystemExit(f"{source!r}: needs {len(forms)} forms")
                for form, text in zip(forms, words, strict=True):
                    form.text = text
            elif isinstance(words, str):
                translation.text = words
            else:
                raise SystemExit(f"{source!r}: not a plural")
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


def main(argv: list[str]) -> int:
    if argv[:1] == ["--todo"]:
        for name in argv[1:]:
            print(f"{name}: {len(unfinished(Path(name)))} unfinished")
        return 0
    if argv[:1] == ["--list"]:
        todo = {f"{context}|{message.findtext('source')}": "" for context, message
                in unfinished(Path(argv[1]))}
        print(json.dumps(todo, ensure_ascii=False, indent=1))
        return 0
    path, done = Path(argv[0]), json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    print(f"{path}: {fill(path, done)} filled, {len(unfinished(path))} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
