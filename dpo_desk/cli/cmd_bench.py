"""`dpo-desk bench [--json] [--only NAME ...]`: speed against baselines taken in the same run."""

from __future__ import annotations

from pathlib import Path

from dpo_desk.cli.context import EXIT_OK, print_json
from dpo_desk.core.errors import ValidationError


def add_parser(sub, common) -> None:
    bench = sub.add_parser("bench", parents=[common],
                           help="measure speed against baselines taken in the same run")
    bench.add_argument("--json", action="store_true", help="print one JSON document")
    bench.add_argument("--only", nargs="+", metavar="NAME", help="run only these benchmarks")
    bench.set_defaults(func=run)


def run(args) -> int:
    from dpo_desk import bench

    def show(r) -> None:
        if not args.json:
            verdict = "ok" if r.ok else "MISSED"
            print(f"{r.name:<18} {r.value:>9} {r.unit:<3} baseline {r.baseline:>9} {r.unit:<3} "
                  f"ratio {r.ratio:>6}  goal {r.goal:<28} {verdict}", flush=True)

    unknown = sorted(set(args.only or ()) - set(bench.BENCHMARKS))
    if unknown:
        raise ValidationError.single("--only", "unknown benchmark(s): {names} (known: {known})",
                                     names=", ".join(unknown),
                                     known=", ".join(bench.BENCHMARKS))
    if args.db is not None and not Path(args.db).exists():
        raise ValidationError.single("--db", "{path} does not exist", path=str(args.db))
    results = bench.run_all(args.db, args.only, report=show)
    if args.json:
        print_json(bench.as_json(results))
    return EXIT_OK
