"""Renders the application icon (resources/icons/dpo-desk.svg) for the desktops, and the
views' icons for the window's sidebar.

Writes resources/icons/hicolor/<n>x<n>/apps/dpo-desk.png (the freedesktop icon theme layout,
which `make install-desktop` copies into ~/.local/share/icons) and resources/icons/dpo-desk.ico
for Windows (PyInstaller's exe icon and the Inno Setup installer). Qt's own SVG renderer draws
every size, so the small sizes come out sharp instead of scaled down from a large bitmap.

The views' icons (resources/icons/<view>.svg) are also written as
resources/icons/png/<view>-<n>.png: the sidebar shows them at the window's first paint, and
loading Qt's SVG engine for them would cost ~9 ms of every start (issue 8, cold start).

Run it again after changing the SVG (the outputs are committed):
    .venv/bin/python packaging/render_icons.py
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "dpo-desk.svg"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
ICO = ROOT / "resources" / "icons" / "dpo-desk.ico"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
VIEW_ICONS = ("dashboard", "register", "complaints", "incidents", "reports", "audit", "settings")
VIEW_SIZES = (20, 40)  # the sidebar's icon size, and twice it for high-density screens
VIEW_PNG = ROOT / "resources" / "icons" / "png"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest an .ico entry can describe


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"cannot encode the {size}px icon as PNG")
    buffer.close()
    return bytes(data)


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon file whose entries are PNG images (understood since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    directory, images = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + directory + images


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # Qt needs one to paint
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"cannot read {SOURCE}", file=sys.stderr)
        return 1
    pngs = {size: render(renderer, size) for size in sorted({*PNG_SIZES, *ICO_SIZES})}
    for size in PNG_SIZES:
        target = HICOLOR / f"{size}x{size}" / "apps" / "dpo-desk.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
    ICO.write_bytes(ico({size: pngs[size] for size in ICO_SIZES}))
    VIEW_PNG.mkdir(exist_ok=True)
    for name in VIEW_ICONS:
        view = QSvgRenderer(str(SOURCE.with_name(f"{name}.svg")))
        for size in VIEW_SIZES:
            (VIEW_PNG / f"{name}-{size}.png").write_bytes(render(view, size))
    print(f"wrote {len(PNG_SIZES)} PNG sizes under {HICOLOR.relative_to(ROOT)}, "
          f"{ICO.relative_to(ROOT)} and {len(VIEW_ICONS) * len(VIEW_SIZES)} view icons under "
          f"{VIEW_PNG.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
