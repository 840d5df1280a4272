"""Vietnam's administrative divisions, read from the vietnamadminunits package's data files.

The package ships the 63 provinces in force until 30 June 2025 (official GSO codes
and their districts), the 34 provinces from 1 July 2025, and which old province went
into which new one. Its Python modules import shapely and geopy (a third of a second
and 50 MB) for address geocoding the gazetteer does not need, so only its JSON files
are read, located without importing the package. In a PyInstaller bundle they are
collected as data (`collect_data_files("vietnamadminunits", includes=["data/*.json"])`)
and found under the bundle folder.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from solieu.messages import msg, os_reason

PACKAGE = "vietnamadminunits"
_FILES = ("parser_legacy.json", "parser_from_2025.json", "converter_2025.json")


class PlaceDataError(RuntimeError):
    """The division data is missing or not in the layout this module reads."""


@dataclass(frozen=True, slots=True)
class Province:
    name: str  # without the administrative word: `Hồ Chí Minh`, `Bà Rịa - Vũng Tàu`
    code: str  # the official two-digit code: `01`, `79`


@dataclass(frozen=True, slots=True)
class District:
    name: str  # without the administrative word: `Quỳnh Lưu`, `1` (for Quận 1)
    kind: str  # `huyện`, `quận`, `thị xã`, `thành phố`
    code: str
    province: str  # the (pre-2025) province it lies in


@dataclass(frozen=True, slots=True)
class Divisions:
    provinces: tuple[Province, ...]  # the 63 of 2008-2025, in code order
    provinces_2025: tuple[Province, ...]  # the 34 from 1 July 2025
    to_2025: dict[str, str]  # old province name -> the new province it went into
    districts: tuple[District, ...]  # districts and towns of the old structure


def data_dir() -> Path:
    """The package's data folder, in a virtualenv or in a PyInstaller bundle."""
    spec = importlib.util.find_spec(PACKAGE)  # finds, does not import, a top-level package
    places = list(spec.submodule_search_locations or []) if spec else []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        places.append(str(Path(bundle) / PACKAGE))
    for place in places:
        folder = Path(place) / "data"
        if all((folder / f).is_file() for f in _FILES):
            return folder
    raise PlaceDataError(
        msg(
            "the {package} package's data files are missing ({files}): "
            "install it with `pip install {package}`",
            package=PACKAGE,
            files=", ".join(_FILES),
        )
    )


def _read(folder: Path, name: str) -> dict:
    try:
        return json.loads((folder / name).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        reason = os_reason(exc) if isinstance(exc, OSError) else str(exc)
        raise PlaceDataError(
            msg("cannot read {path}: {reason}", path=str(folder / name), reason=reason)
        ) from exc


def load_divisions(folder: Path | None = None) -> Divisions:
    """Provinces old and new, the merger map and the old districts, checked for size."""
    folder = folder or data_dir()
    try:
        legacy = _read(folder, "parser_legacy.json")
        current = _read(folder, "parser_from_2025.json")["DICT_PROVINCE"]
        merged = _read(folder, "converter_2025.json")["DICT_PROVINCE"]
        old = legacy["DICT_PROVINCE"]
        by_key = {k: Province(v["provinceShort"], v["provinceCode"]) for k, v in old.items()}
        new_by_key = {
            k: Province(v["provinceShort"], v["provinceCode"]) for k, v in current.items()
        }
        to_2025 = {by_key[o].name: new_by_key[n].name for n, olds in merged.items() for o in olds}
        districts = tuple(
            District(
                d["districtShort"], d["districtType"].lower(), d["districtCode"], by_key[k].name
            )
            for k, units in legacy["DICT_PROVINCE_DISTRICT"].items()
            for d in units.values()
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise PlaceDataError(
            msg(
                "unexpected layout of the {package} data: {detail}",
                package=PACKAGE,
                detail=repr(exc),
            )
        ) from exc
    provinces = tuple(sorted(by_key.values(), key=lambda p: p.code))
    provinces_2025 = tuple(sorted(new_by_key.values(), key=lambda p: p.code))
    if len(provinces) != 63 or len(provinces_2025) != 34 or len(to_2025) != 63:
        raise PlaceDataError(
            msg(
                "expected 63 old and 34 new provinces, got {old}, {new} "
                "and a merger map of {merged}",
                old=len(provinces),
                new=len(provinces_2025),
                merged=len(to_2025),
            )
        )
    return Divisions(provinces, provinces_2025, to_2025, districts)
