"""load_document throughput on a huge text file, against a floor measured in the same run.

Writes a --mb megabyte file made of the seed articles (UTF-8, and with
--legacy also as VNI, TCVN3 and Windows-1258 bytes, at --legacy-mb), then times
  (a) the floor: read the bytes, decode UTF-8, NFC-normalise;
  (b) load_document: the same plus sha256, line ends, detection, title.
Prints MB/s and the ratio. Run by hand: `python bench/load.py [--mb 100] [--legacy]`.
"""

from __future__ import annotations

import argparse
import tempfile
import time
import unicodedata
from pathlib import Path

from solieu.text import load_document
from solieu.text.legacy import encode_cp1258, encode_tcvn3, encode_vni

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def corpus(mb: float) -> str:
    articles = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    size = len(articles.encode("utf-8"))
    return (articles + "\n\n") * max(1, int(mb * 1_000_000 / size))


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=100)
    ap.add_argument("--legacy", action="store_true", help="also time legacy encodings")
    ap.add_argument("--legacy-mb", type=float, default=20)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        text = corpus(args.mb)
        path = Path(tmp) / "huge.txt"
        path.write_bytes(text.encode("utf-8"))
        mb = path.stat().st_size / 1e6

        def floor():
            unicodedata.normalize("NFC", path.read_bytes().decode("utf-8"))

        t_floor = min(timed(floor) for _ in range(2))
        t_load = min(timed(lambda: load_document(path)) for _ in range(2))
        print(
            f"utf-8   {mb:7.1f} MB  floor {mb / t_floor:7.1f} MB/s  "
            f"load_document {mb / t_load:7.1f} MB/s  ({t_load:.2f} s, x{t_load / t_floor:.2f})"
        )
        if args.legacy:
            small = corpus(args.legacy_mb)
            for name, enc in (
                ("cp1258", encode_cp1258),
                ("tcvn3", encode_tcvn3),
                ("vni", encode_vni),
            ):
                p = Path(tmp) / f"{name}.txt"
                p.write_bytes(enc(small))
                size = p.stat().st_size / 1e6
                t = timed(lambda p=p: load_document(p))
                print(f"{name:7s} {size:7.1f} MB  load_document {size / t:7.1f} MB/s  ({t:.2f} s)")


if __name__ == "__main__":
    main()
