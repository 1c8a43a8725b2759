"""Reading the shared libraries of the desktop bundle: what each needs (DT_NEEDED), where it looks
for them (DT_RPATH, DT_RUNPATH) and whether it carries symbols and debug information.

The spec (packaging/coordinator-app.spec) drops the libraries nothing in the bundle needs any
more (those of the Qt plugins it leaves out) and strips the symbols and debug information of
those that carry them. Only 64-bit little-endian ELF files are read (the bundle is for x86-64
Linux); anything else is "not ELF".
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

_ELF_MAGIC = b"\x7fELF"
_SHT_DYNAMIC = 6
_DT_NEEDED = 1
_DT_RPATH = 15
_DT_RUNPATH = 29


@dataclass(frozen=True)
class Elf:
    needed: tuple[str, ...]
    sections: frozenset[str]
    #: DT_RPATH and DT_RUNPATH, as written ("$ORIGIN/../pillow.libs").
    search_paths: tuple[str, ...] = ()

    @property
    def has_debug_info(self) -> bool:
        return ".debug_info" in self.sections

    @property
    def has_symbols(self) -> bool:
        """A symbol table beyond the dynamic one (`strip --strip-unneeded` removes it)."""
        return ".symtab" in self.sections


def read_elf(path: Path) -> Elf | None:
    """The ELF file at `path`, or None if it is not a 64-bit little-endian ELF file."""
    with path.open("rb") as file:
        if file.read(6) != _ELF_MAGIC + b"\x02\x01":
            return None
        data = file.read()
    data = _ELF_MAGIC + b"\x02\x01" + data
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3A)
    if shoff == 0 or shnum == 0 or shoff + shnum * shentsize > len(data):
        return Elf(needed=(), sections=frozenset())
    headers = []
    for index in range(shnum):
        name, kind, _flags, _addr, offset, size, link = struct.unpack_from(
            "<IIQQQQI", data, shoff + index * shentsize
        )
        headers.append((name, kind, offset, size, link))

    def string(table: int, at: int) -> str:
        start = headers[table][2] + at
        end = data.index(b"\0", start)
        return data[start:end].decode("utf-8", "replace")

    sections = (
        frozenset(string(shstrndx, h[0]) for h in headers) if shstrndx < shnum else frozenset()
    )
    needed: list[str] = []
    search_paths: list[str] = []
    for _name, kind, offset, size, link in headers:
        if kind == _SHT_DYNAMIC:
            for at in range(offset, offset + size - 15, 16):
                tag, value = struct.unpack_from("<qQ", data, at)
                if tag == 0:
                    break
                if tag == _DT_NEEDED:
                    needed.append(string(link, value))
                elif tag in (_DT_RPATH, _DT_RUNPATH):
                    search_paths.append(string(link, value))
    return Elf(needed=tuple(needed), sections=sections, search_paths=tuple(search_paths))
