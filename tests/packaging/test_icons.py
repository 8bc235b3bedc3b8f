"""The app icon: every size a desktop asks for, drawn from the SVG, and on the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from app.ui.application import create_application
from tests.packaging.conftest import APP_ID, HICOLOR, ICON_SIZES


@pytest.mark.parametrize("size", ICON_SIZES)
def test_each_png_is_its_size_with_a_transparent_corner(size: int) -> None:
    image = QImage(str(HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
    assert image.size() == QSize(size, size)
    # The rounded tile leaves the corners clear, so the icon sits on any panel colour...
    assert image.pixelColor(0, 0).alpha() == 0
    # ...and its middle is drawn, fully opaque.
    assert image.pixelColor(size // 2, size // 2).alpha() == 255


def test_the_svg_is_one_qt_draws() -> None:
    renderer = QSvgRenderer(str(HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"))
    assert renderer.isValid()
    assert renderer.defaultSize() == QSize(512, 512)


def test_the_window_icon_is_the_app_icon_in_every_size(qapp: QApplication) -> None:
    app = create_application()
    sizes = {s.width() for s in app.windowIcon().availableSizes()}
    assert sizes == set(ICON_SIZES)
