#!/bin/sh
# Smoke test of a built DPO Desk program (the PyInstaller bundle, or any `dpo-desk` command):
# version, demo data, a letter (the breach notice, as a draft), and every screen rendered
# offscreen. Runs in a temporary folder outside the source tree, with the user's folders
# pointed there too, so it proves the program needs nothing from the repository.
#   packaging/smoke-test.sh dist/dpo-desk/dpo-desk
set -eu

program=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
work=$(mktemp -d "${TMPDIR:-/tmp}/dpo-desk-smoke.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
export QT_QPA_PLATFORM=offscreen
unset PYTHONPATH PYTHONHOME DPO_DESK_DB 2>/dev/null || true
db="$work/smoke.sqlite3"

fail() { echo "smoke test FAILED: $*" >&2; exit 1; }
step() { printf '  %-58s' "$*"; }

echo "Smoke test of $program"
step "--version"
"$program" --version | grep -q "^dpo-desk " || fail "--version"
echo ok
step "demo --complaints 10"
"$program" --db "$db" demo --complaints 10 > demo.log || fail "demo: $(cat demo.log)"
echo ok
step "letter authority --incident 1 --draft"
"$program" --db "$db" letter authority --incident 1 --out notice.pdf --draft > letter.log \
  || fail "letter authority: $(cat letter.log)"
[ "$(head -c 5 notice.pdf)" = "%PDF-" ] || fail "notice.pdf is not a PDF"
echo ok
step "letter acknowledge --complaint 1"
"$program" --db "$db" letter acknowledge --complaint 1 --out ack.pdf > ack.log \
  || fail "letter acknowledge: $(cat ack.log)"
[ "$(head -c 5 ack.pdf)" = "%PDF-" ] || fail "ack.pdf is not a PDF"
echo ok
step "deadline (Vietnamese holidays)"
# 10 working days from 2026-02-13, across Tết 2026 (16-20 February): due on 6 March.
[ "$("$program" --db "$db" deadline --received 2026-02-13 --days 10 --working)" = 2026-03-06 ] \
  || fail "deadline across Tết: the holidays package is incomplete in the bundle"
echo ok
step "gui --screenshot (offscreen)"
"$program" --db "$db" gui --screenshot shots > gui.log 2>&1 || fail "gui: $(cat gui.log)"
count=$(find shots -name '*.png' -size +1k | wc -l)
[ "$count" -ge 5 ] || fail "gui --screenshot wrote $count screenshots"
grep -qi "translation files missing\|fonts missing\|style sheet missing" gui.log \
  && fail "a resource is missing: $(cat gui.log)"
echo "ok ($count screenshots)"
step "gui start and first paint"
DPO_DESK_EXIT_WHEN_PAINTED=1 "$program" --db "$db" gui > start.log 2>&1 \
  || fail "gui: $(cat start.log)"
echo ok
echo "Smoke test passed."
