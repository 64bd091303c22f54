#!/bin/sh
# Screenshot of the bundled app in a real X server (run under xvfb-run; see the Makefile).
set -eu
out=${1:-docs/screenshots/bundle-xvfb.png}
data=$(mktemp -d)
QT_QPA_PLATFORM=xcb dist/desktop-sms/desktop-sms --demo --data-dir "$data" &
app=$!
sleep 5
import -window root "$out"
kill "$app"
wait "$app" || true
rm -rf "$data"
echo "wrote $out"
