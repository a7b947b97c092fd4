#!/bin/sh
# Finds the system libraries that Qt (PySide6 in .venv) needs and this machine lacks.
# As root it installs them with apt-get; otherwise it prints the exact apt-get line and fails.
# Usage: packaging/qt-system-deps.sh PYTHON [offscreen|desktop]
set -eu
python=$1
mode=${2:-desktop}
qt=$("$python" -c 'import os, PySide6; print(os.path.join(os.path.dirname(PySide6.__file__), "Qt"))')
files="$qt/lib/libQt6Core.so.6 $qt/lib/libQt6Gui.so.6 $qt/lib/libQt6Widgets.so.6
       $qt/lib/libQt6PrintSupport.so.6 $qt/lib/libQt6Svg.so.6 $qt/lib/libQt6DBus.so.6
       $qt/plugins/platforms/libqoffscreen.so"
[ "$mode" = desktop ] && files="$files $qt/lib/libQt6XcbQpa.so.6 $qt/plugins/platforms/libqxcb.so"
missing=$(for f in $files; do [ -e "$f" ] && ldd "$f" 2>/dev/null; done | awk '/not found/ {print $1}' | sort -u)
# Qt's xcb platform loads libxcb-cursor at run time, so ldd cannot see that need.
if [ "$mode" = desktop ] && ! ldconfig -p 2>/dev/null | grep -q 'libxcb-cursor.so.0'; then
  missing="$missing libxcb-cursor.so.0"
fi
[ -z "$(echo $missing)" ] && exit 0
packages=""
for lib in $missing; do
  case "$lib" in
    libEGL.so.1) p=libegl1 ;; libGL.so.1) p=libgl1 ;; libOpenGL.so.0) p=libopengl0 ;;
    libxkbcommon.so.0) p=libxkbcommon0 ;; libxkbcommon-x11.so.0) p=libxkbcommon-x11-0 ;;
    libfontconfig.so.1) p=libfontconfig1 ;; libfreetype.so.6) p=libfreetype6 ;;
    libdbus-1.so.3) p=libdbus-1-3 ;; libglib-2.0.so.0|libgthread-2.0.so.0) p=libglib2.0-0 ;;
    libX11.so.6) p=libx11-6 ;; libX11-xcb.so.1) p=libx11-xcb1 ;; libSM.so.6) p=libsm6 ;;
    libICE.so.6) p=libice6 ;; libxcb.so.1) p=libxcb1 ;; libxcb-cursor.so.0) p=libxcb-cursor0 ;;
    libxcb-icccm.so.4) p=libxcb-icccm4 ;; libxcb-image.so.0) p=libxcb-image0 ;;
    libxcb-keysyms.so.1) p=libxcb-keysyms1 ;; libxcb-randr.so.0) p=libxcb-randr0 ;;
    libxcb-render-util.so.0) p=libxcb-render-util0 ;; libxcb-render.so.0) p=libxcb-render0 ;;
    libxcb-shape.so.0) p=libxcb-shape0 ;; libxcb-shm.so.0) p=libxcb-shm0 ;;
    libxcb-sync.so.1) p=libxcb-sync1 ;; libxcb-xfixes.so.0) p=libxcb-xfixes0 ;;
    libxcb-xinerama.so.0) p=libxcb-xinerama0 ;; libxcb-xkb.so.1) p=libxcb-xkb1 ;;
    libxcb-util.so.1) p=libxcb-util1 ;; libxcb-glx.so.0) p=libxcb-glx0 ;;
    libwayland-*) p=libwayland-client0 ;;
    *) echo "Qt needs $lib, which this machine lacks; find its package with: apt-file search $lib" >&2; exit 1 ;;
  esac
  packages="$packages $p"
done
packages=$(echo $packages | tr ' ' '\n' | sort -u | tr '\n' ' ')
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Qt's system libraries: $packages"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $packages
else
  echo "Qt needs system libraries this machine lacks. Run:" >&2
  echo "  sudo apt-get install -y $packages" >&2
  exit 1
fi
