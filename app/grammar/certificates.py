"""HTTPS that trusts what the operating system trusts.

Python checks certificates against OpenSSL's default store, which python.org's macOS
Python leaves empty until its "Install Certificates" script is run, and which a bundle
built on one machine points at a path that does not exist on another: the LanguageTool
download would then fail with CERTIFICATE_VERIFY_FAILED. truststore makes every TLS
connection of this process (urllib's and requests', which language-tool-python uses)
ask the system's store instead: Keychain on macOS, the certificate store on Windows,
OpenSSL's store as before on Linux. That a bundle's download succeeds on a Mac without
the script run only a real Mac can show.
"""

from __future__ import annotations

import threading

_lock = threading.Lock()
_done = False


def use_system_certificates() -> None:
    """Verify HTTPS against the system's certificate store from now on; idempotent."""
    global _done
    with _lock:
        if _done:
            return
        # Imported here: only a download or a remote server needs it, never start-up.
        import truststore

        truststore.inject_into_ssl()
        _done = True
