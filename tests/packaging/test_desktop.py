"""Desktop integration: the menu entry, AppStream metadata, icons, the Windows icon, and
packaging/linux/install-desktop.sh installing into and removing from a throw-away home."""

from __future__ import annotations

import configparser
import os
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import dpo_desk

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read(LINUX / "dpo-desk.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_names_the_app_in_both_languages():
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "DPO Desk"
    assert entry["GenericName[vi]"] == "Bảo vệ dữ liệu cá nhân"
    assert entry["Comment"] and entry["Comment[vi]"]
    assert entry["Exec"] == "dpo-desk" and entry["Icon"] == "dpo-desk"
    assert entry["Categories"] == "Office;"
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(LINUX / "dpo-desk.desktop")],
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_appstream_metadata_is_valid():
    path = LINUX / "vn.dpodesk.DPODesk.metainfo.xml"
    root = ET.parse(path).getroot()
    assert root.findtext("id") == "vn.dpodesk.DPODesk"
    assert root.find("launchable").text == "dpo-desk.desktop"
    versions = [r.get("version") for r in root.iter("release")]
    assert dpo_desk.__version__ in versions, "add a <release> for this version"
    if not shutil.which("appstreamcli"):
        pytest.skip("appstreamcli is not installed (Debian package appstream): XML checked only")
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(path)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_icons_in_every_size_and_for_windows():
    for size in SIZES:
        png = ICONS / "hicolor" / f"{size}x{size}" / "apps" / "dpo-desk.png"
        assert png_size(png.read_bytes()) == (size, size), png
    data = (ICONS / "dpo-desk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    sides = set()
    for n in range(count):
        width, _, _, _, _, _, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * n:22 + 16 * n])
        side = width or 256
        assert png_size(data[offset:offset + length]) == (side, side)
        sides.add(side)
    assert {16, 32, 48, 256} <= sides


@pytest.fixture
def fake_bundle(tmp_path) -> Path:
    """A stand-in for dist/dpo-desk/: the install script only copies it and asks its version."""
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "_internal" / "marker.txt").write_text("bundle\n")
    program = bundle / "dpo-desk"
    program.write_text(f'#!/bin/sh\necho "dpo-desk {dpo_desk.__version__} (database schema 1)"\n')
    program.chmod(0o755)
    return bundle


def test_install_desktop_then_uninstall(tmp_path, fake_bundle):
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "share")}
    script = LINUX / "install-desktop.sh"
    result = subprocess.run(["sh", str(script), str(fake_bundle)], env=env,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    data = home / "share"
    launcher = home / ".local" / "bin" / "dpo-desk"
    installed = [launcher, home / ".local" / "lib" / "dpo-desk" / "_internal" / "marker.txt",
                 data / "applications" / "dpo-desk.desktop",
                 data / "metainfo" / "vn.dpodesk.DPODesk.metainfo.xml",
                 data / "icons" / "hicolor" / "scalable" / "apps" / "dpo-desk.svg",
                 *(data / "icons" / "hicolor" / f"{s}x{s}" / "apps" / "dpo-desk.png"
                   for s in SIZES)]
    assert [p for p in installed if not p.is_file()] == []
    version = subprocess.run([str(launcher), "--version"], capture_output=True, text=True)
    assert version.stdout.startswith(f"dpo-desk {dpo_desk.__version__}")
    menu = (data / "applications" / "dpo-desk.desktop").read_text(encoding="utf-8")
    assert f"Exec={launcher}\n" in menu  # ~/.local/bin is not on every session's PATH

    result = subprocess.run(["sh", str(script), "--uninstall"], env=env,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert [p for p in installed if p.exists()] == []
    assert not (home / ".local" / "lib" / "dpo-desk").exists()


def test_install_desktop_without_a_bundle_says_what_to_do(tmp_path):
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "share")}
    result = subprocess.run(["sh", str(LINUX / "install-desktop.sh"), str(tmp_path / "none")],
                            env=env, capture_output=True, text=True)
    assert result.returncode == 1 and "make package" in result.stderr


def test_the_sidebar_pngs_are_renderings_of_the_current_svgs(qapp):
    """The sidebar shows PNG renderings of the views' SVG icons (no SVG engine at start,
    issue 8): each must exist in both sizes and match its SVG drawn now, pixel for pixel
    (within antialiasing noise). After changing an SVG: packaging/render_icons.py."""
    import importlib.util

    from PySide6.QtGui import QImage
    from PySide6.QtSvg import QSvgRenderer

    spec = importlib.util.spec_from_file_location("render_icons", ROOT / "packaging" /
                                                  "render_icons.py")
    render_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(render_icons)
    for name in render_icons.VIEW_ICONS:
        renderer = QSvgRenderer(str(ICONS / f"{name}.svg"))
        for size in render_icons.VIEW_SIZES:
            committed = QImage(str(ICONS / "png" / f"{name}-{size}.png"))
            assert (committed.width(), committed.height()) == (size, size), (name, size)
            fresh = QImage.fromData(render_icons.render(renderer, size))
            worst = max(abs(committed.pixelColor(x, y).alpha() - fresh.pixelColor(x, y).alpha())
                        for x in range(size) for y in range(size))
            assert worst <= 8, f"{name}-{size}.png is stale: run packaging/render_icons.py"
