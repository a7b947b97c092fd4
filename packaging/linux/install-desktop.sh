#!/bin/sh
# Installs the DPO Desk bundle (dist/dpo-desk/, made by `make package`) for the current user,
# with its menu entry, icons and AppStream metadata, in the XDG user folders; no root needed.
#
#   packaging/linux/install-desktop.sh [BUNDLE_DIR]     install (`make install-desktop`)
#   packaging/linux/install-desktop.sh --uninstall      remove everything it installed
#
# What goes where (XDG_DATA_HOME defaults to ~/.local/share):
#   ~/.local/lib/dpo-desk/                              the bundle (program and libraries)
#   ~/.local/bin/dpo-desk                               launcher (a two-line script)
#   $XDG_DATA_HOME/applications/dpo-desk.desktop        menu entry
#   $XDG_DATA_HOME/icons/hicolor/*/apps/dpo-desk.*      icons, 16x16 to 512x512 and SVG
#   $XDG_DATA_HOME/metainfo/vn.dpodesk.DPODesk.metainfo.xml
# The database is not touched: it stays in ~/.local/share/dpo-desk/ (or wherever --db says).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
lib=$HOME/.local/lib/dpo-desk
bin=$HOME/.local/bin
launcher=$bin/dpo-desk
desktop=$data/applications/dpo-desk.desktop
metainfo=$data/metainfo/vn.dpodesk.DPODesk.metainfo.xml
sizes="16 22 24 32 48 64 128 256 512"

refresh_caches() {
  # Menus and icon themes pick the changes up sooner where these tools exist.
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
  command -v gtk-update-icon-cache >/dev/null && [ -f "$data/icons/hicolor/index.theme" ] \
    && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
}

uninstall() {
  rm -rf "$lib"
  rm -f "$launcher" "$desktop" "$metainfo" "$data/icons/hicolor/scalable/apps/dpo-desk.svg"
  for size in $sizes; do
    rm -f "$data/icons/hicolor/${size}x${size}/apps/dpo-desk.png"
  done
  refresh_caches
  echo "DPO Desk removed from $HOME/.local (the database in $data/dpo-desk/ is kept)."
}

install() {
  bundle=${1:-$root/dist/dpo-desk}
  if [ ! -x "$bundle/dpo-desk" ]; then
    echo "No bundle at $bundle: build it with \`make package\` first." >&2
    exit 1
  fi
  mkdir -p "$(dirname "$lib")" "$bin" "$data/applications" "$data/metainfo"
  # Copy beside the old version, then swap, so a failed copy leaves the old one working.
  rm -rf "$lib.new"
  cp -a "$bundle" "$lib.new"
  rm -rf "$lib"
  mv "$lib.new" "$lib"
  printf '#!/bin/sh\nexec "%s/dpo-desk" "$@"\n' "$lib" > "$launcher"
  chmod 755 "$launcher"
  # The menu starts the launcher by its full path: ~/.local/bin is not on every session's PATH.
  sed -e "s|^Exec=dpo-desk|Exec=$launcher|" -e "s|^TryExec=dpo-desk|TryExec=$launcher|" \
    "$here/dpo-desk.desktop" > "$desktop"
  cp "$here/vn.dpodesk.DPODesk.metainfo.xml" "$metainfo"
  for size in $sizes; do
    mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
    cp "$root/resources/icons/hicolor/${size}x${size}/apps/dpo-desk.png" \
      "$data/icons/hicolor/${size}x${size}/apps/dpo-desk.png"
  done
  mkdir -p "$data/icons/hicolor/scalable/apps"
  cp "$root/resources/icons/dpo-desk.svg" "$data/icons/hicolor/scalable/apps/dpo-desk.svg"
  refresh_caches
  echo "DPO Desk $("$launcher" --version | cut -d' ' -f2) installed: menu entry 'DPO Desk'," \
    "command $launcher"
  echo "To remove it: $here/install-desktop.sh --uninstall"
}

case "${1:-}" in
  --uninstall) uninstall ;;
  -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//' ;;
  *) install "$@" ;;
esac
