"""The long fuzzing campaign, run by hand (pytest does not collect it):

    python tests/fuzz_campaign.py --examples 20000 --kills 1000

It runs the property tests of test_fuzz.py and test_roundtrip.py with many more examples than
the suite's default (hypothesis, no example database, so every run explores afresh), then
kills a saving process with SIGKILL many times (test_save.kill_while_saving). Each failure is
printed with its falsifying example and the campaign goes on with the next property.

Each finding is fixed and kept as a regression case (test_fuzz.REGRESSIONS, the golden edits
of test_roundtrip.py, or the bad-input corpus).
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

from hypothesis import HealthCheck, Phase, settings

HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=20000, help="examples per property")
    parser.add_argument("--kills", type=int, default=1000, help="SIGKILLs while saving")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("-k", default="", help="only properties whose name contains this")
    parser.add_argument("--no-shrink", action="store_true",
                        help="report the first failing example as found (when shrinking is slow "
                             "or fails on its own)")
    args = parser.parse_args()

    settings.register_profile("campaign", max_examples=args.examples, deadline=None,
                              database=None, suppress_health_check=list(HealthCheck),
                              derandomize=False,
                              phases=[Phase.generate] if args.no_shrink else list(Phase))
    settings.load_profile("campaign")  # before the test modules build their settings
    sys.path[:0] = [str(HERE), str(HERE.parent)]  # this tree's landingkit, whatever is installed
    import test_fuzz
    import test_roundtrip
    import test_save

    properties = [
        test_fuzz.test_generated_pages_load_check_render_edit_and_save,
        test_fuzz.test_mutated_real_files_fail_only_with_landingkit_errors,
        test_fuzz.test_generated_people_read_as_pyyaml_reads_them,
        test_fuzz.test_a_changed_value_anywhere_is_patched_exactly,
        test_fuzz.test_markdown_round_trips_through_achievements,
        test_fuzz.test_the_cheap_depth_bound_is_never_below_the_real_depth,
        test_roundtrip.test_random_edits_save_reload_and_leave_other_lines_alone,
    ]
    failures = 0
    total = 0
    for prop in properties:
        if args.k not in prop.__name__:
            continue
        calls = [0]
        first_failure: list = []  # kept as found: the shrinker may fail on its own
        inner = prop.hypothesis.inner_test

        def counted(*a, _inner=inner, _calls=calls, _failed=first_failure, **kw):
            _calls[0] += 1
            try:
                return _inner(*a, **kw)
            except Exception as exc:
                if not _failed:
                    _failed.append((kw, repr(exc)[:2000]))
                raise

        prop.hypothesis.inner_test = counted
        started = time.monotonic()
        try:
            prop()
            outcome = "ok"
        except Exception:  # report and go on with the next property
            failures += 1
            outcome = "FAILED"
            traceback.print_exc()
            if first_failure:
                print(f"first failing example, as found: {first_failure[0]!r}", flush=True)
        total += calls[0]
        print(f"{prop.__name__}: {outcome}, {calls[0]} examples run, "
              f"{time.monotonic() - started:.0f} s", flush=True)

    if args.kills and not args.k:
        folder = Path(tempfile.mkdtemp())
        try:
            path = folder / "index.md"
            shutil.copyfile(test_save.SEED, path)
            from landingkit import Page

            page = Page.load(path)
            page.achievements[0].body = "\n\n".join(f"Paragraph {i}. " * 40 for i in range(300))
            page.save()
            started = time.monotonic()
            seen = test_save.kill_while_saving(path, args.kills, random.Random(args.seed))
            print(f"kill_while_saving: ok, {args.kills} kills ({seen}), "
                  f"{time.monotonic() - started:.0f} s", flush=True)
        except AssertionError:
            failures += 1
            traceback.print_exc()
        finally:
            shutil.rmtree(folder)
    print(f"{total} examples in all; {failures} propert{'y' if failures == 1 else 'ies'} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
