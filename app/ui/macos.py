"""The application's name in the macOS menu bar when Rapport runs unbundled.

macOS names the application menu after the bundle, and a `rapport` started from a
virtual environment or pipx has Python's: the menu would read "Python". Qt takes the name
from the main bundle's information dictionary when it builds the menu bar, so the name is
set there first, through the Objective-C runtime (ctypes: no PyObjC dependency). Rapport.app
(packaging/pyinstaller/rapport.spec) has its own Info.plist and needs none of this.

Only a real Mac can show that the menu says "Rapport"; elsewhere this does nothing.
"""

from __future__ import annotations

import logging
import sys

log = logging.getLogger(__name__)


def name_the_application(name: str) -> None:
    """Make the menu bar say `name`; call before the QApplication is created."""
    if sys.platform != "darwin" or getattr(sys, "frozen", False):
        return
    try:
        _set_bundle_name(name)
    except (OSError, AttributeError, TypeError) as exc:
        log.info("The menu bar keeps Python's name (%s)", exc)


def _set_bundle_name(name: str) -> None:
    import ctypes  # on macOS only: elsewhere this module runs nothing
    import ctypes.util

    objc = ctypes.cdll.LoadLibrary(ctypes.util.find_library("objc") or "libobjc.dylib")
    ctypes.cdll.LoadLibrary(
        ctypes.util.find_library("Foundation")
        or "/System/Library/Frameworks/Foundation.framework/Foundation"
    )
    objc.objc_getClass.restype = ctypes.c_void_p
    objc.objc_getClass.argtypes = (ctypes.c_char_p,)
    objc.sel_registerName.restype = ctypes.c_void_p
    objc.sel_registerName.argtypes = (ctypes.c_char_p,)
    address = ctypes.cast(objc.objc_msgSend, ctypes.c_void_p).value
    if address is None:
        raise OSError("objc_msgSend not found")
    # objc_msgSend must be called with the exact prototype of each method (arm64).
    send = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)(address)
    send_text = ctypes.CFUNCTYPE(
        ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_char_p
    )(address)
    send_pair = ctypes.CFUNCTYPE(
        None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p
    )(address)

    def string(text: str) -> object:
        ns_string = objc.objc_getClass(b"NSString")
        return send_text(ns_string, objc.sel_registerName(b"stringWithUTF8String:"), text.encode())

    bundle = send(objc.objc_getClass(b"NSBundle"), objc.sel_registerName(b"mainBundle"))
    info = send(bundle, objc.sel_registerName(b"infoDictionary"))
    if not info:
        raise TypeError("the main bundle has no information dictionary")
    # The dictionary is mutable in practice, as every tool that renames Python relies on.
    send_pair(
        info, objc.sel_registerName(b"setObject:forKey:"), string(name), string("CFBundleName")
    )
