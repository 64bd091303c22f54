"""Shrink the ICU data library that PySide6's Linux wheels ship (31 MB) to what Qt uses.

Qt links ICU for collation (QCollator), locale-aware case mapping and IDNA; it keeps its
own locale, calendar, time-zone and text-boundary data. So the collation tree, the
normalisation files and the locale roots stay; converters, break dictionaries and the
display-name trees (units, currencies, languages, regions, zones) go.

The data is one symbol, ``icudt<N>_dat``, in ``libicudata.so.<N>``: this script cuts it
out, drops items with ``icupkg`` (Debian: icu-devtools) and links a new library around the
rest with the binutils assembler and linker. Without those tools it says so and leaves the
library alone: the bundle then works, only bigger.

Run: python packaging/trim_icu.py dist/desktop-sms/_internal/PySide6/Qt/lib
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

DROP = re.compile(
    r"^(brkitr|curr|lang|rbnf|region|translit|unit|zone)/"  # trees Qt never opens
    r"|\.cnv$|\.spp$|^unames\.icu$|^confusables\.cfu$"  # codecs, stringprep, char names
)
TOOLS = ("icupkg", "nm", "as", "ld")


def data_symbol(library: Path) -> tuple[str, int, int]:
    """(name, virtual address, size) of the ICU data symbol, from ``nm``."""
    listing = subprocess.run(["nm", "-D", "-S", "--defined-only", str(library)],
                             capture_output=True, text=True, check=True).stdout
    for line in listing.splitlines():
        fields = line.split()
        if len(fields) == 4 and re.fullmatch(r"icudt\d+_dat", fields[3]):
            return fields[3], int(fields[0], 16), int(fields[1], 16)
    raise SystemExit(f"{library}: no icudt*_dat symbol")


def file_offset(image: bytes, address: int) -> int:
    """Map a virtual address to its offset in an ELF64 little-endian file (PT_LOAD)."""
    phoff, = struct.unpack_from("<Q", image, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", image, 0x36)
    for index in range(phnum):
        kind, _flags, offset, vaddr, _paddr, filesz = struct.unpack_from(
            "<IIQQQQ", image, phoff + index * phentsize)
        if kind == 1 and vaddr <= address < vaddr + filesz:
            return offset + address - vaddr
    raise SystemExit(f"address {address:#x} is in no loaded segment")


def trim(library: Path) -> None:
    symbol, address, size = data_symbol(library)
    image = library.read_bytes()
    start = file_offset(image, address)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "kept").mkdir()
        # icupkg takes the package name (icudt73l: little-endian) from the file name.
        name = symbol.removesuffix("_dat") + "l.dat"
        package, kept_package = work / name, work / "kept" / name
        package.write_bytes(image[start:start + size])
        items = subprocess.run(["icupkg", "-l", str(package)], capture_output=True,
                               text=True, check=True).stdout.split()
        dropped = [item for item in items if DROP.search(item)]
        (work / "drop.txt").write_text("\n".join(dropped) + "\n")
        subprocess.run(["icupkg", "-r", str(work / "drop.txt"), str(package),
                        str(kept_package)], check=True)
        # The data must stay 16-byte aligned: ICU reads it in place.
        (work / "data.s").write_text(
            f'.section .rodata\n.balign 16\n.globl {symbol}\n.type {symbol},@object\n'
            f'{symbol}:\n.incbin "{kept_package}"\n.size {symbol}, .-{symbol}\n'
            '.section .note.GNU-stack,"",@progbits\n')
        subprocess.run(["as", "-o", str(work / "data.o"), str(work / "data.s")], check=True)
        subprocess.run(["ld", "-shared", "-soname", library.name, "-o", str(work / "lib.so"),
                        str(work / "data.o")], check=True)
        shutil.copyfile(work / "lib.so", library)
        kept = kept_package.stat().st_size
    print(f"{library.name}: ICU data {size / 2**20:.1f} MiB -> {kept / 2**20:.1f} MiB "
          f"({len(dropped)} of {len(items)} items dropped)")


def main(folder: str) -> int:
    libraries = sorted(Path(folder).glob("libicudata.so.*"))
    if not libraries:
        print(f"trim_icu: no libicudata in {folder}; nothing to do")
        return 0
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        print(f"trim_icu: {', '.join(missing)} not found (Debian: icu-devtools, binutils); "
              "ICU data left whole")
        return 0
    for library in libraries:
        if not library.is_symlink():
            trim(library)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
