#!/bin/sh
# Tools the packaging tests use to validate the desktop files (desktop-file-validate,
# appstreamcli). As root they are installed with apt-get; otherwise the tests say what they
# could not check.
missing=""
command -v desktop-file-validate >/dev/null 2>&1 || missing="$missing desktop-file-utils"
command -v appstreamcli >/dev/null 2>&1 || missing="$missing appstream"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing test tools:$missing"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing) >/dev/null \
    || echo "Could not install$missing; the desktop-file checks will say so"
else
  echo "For the desktop-file checks: sudo apt-get install -y$missing"
fi
