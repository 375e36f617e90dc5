"""MkDocs hook for `make serve`: send the site's strict Content-Security-Policy.

MkDocs' live reload injects one inline script into each HTML page; it gets a
per-response nonce, the only exception to `script-src 'self'`, and only here.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable, Iterable
from typing import Any

from macros.csp import CSP

_INJECTED = re.compile(rb"<script>(?=[^<]*livereload)", re.S)


def on_serve(server: Any, config: Any, builder: Any) -> Any:
    inner = server.get_app()

    def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        captured: dict[str, Any] = {}

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> None:
            captured.update(status=status, headers=headers)

        body = inner(environ, capture)
        headers = [(k, v) for k, v in captured["headers"] if k.lower() != "content-length"]
        policy = CSP
        if any(k.lower() == "content-type" and v.startswith("text/html") for k, v in headers):
            nonce = secrets.token_urlsafe(16)
            data = _INJECTED.sub(f'<script nonce="{nonce}">'.encode(), b"".join(body), count=1)
            policy = CSP.replace("script-src 'self'", f"script-src 'self' 'nonce-{nonce}'")
            body = [data]
        else:
            body = [b"".join(body)]
        headers += [
            ("Content-Security-Policy", policy),
            ("X-Content-Type-Options", "nosniff"),
            ("Content-Length", str(len(body[0]))),
        ]
        start_response(captured["status"], headers)
        return body

    server.set_app(app)
    return server
