"""A static server for the built site, as a static host would serve it:
the right MIME types for .wasm and .mjs, and the Content-Security-Policy."""

from __future__ import annotations

import contextlib
import functools
import http.server
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, ClassVar

from macros.csp import CSP


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map: ClassVar[dict[str, str]] = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".mjs": "text/javascript",
        ".js": "text/javascript",
        ".json": "application/json",
        ".whl": "application/zip",
    }

    def end_headers(self) -> None:
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        super().end_headers()

    def do_GET(self) -> None:
        # Material navigates instantly only to URLs of its sitemap, which the
        # build writes with SITE_URL: serve it with this server's address, as
        # a build for this host would have it.
        if self.path.split("?")[0].endswith("/sitemap.xml"):
            path = Path(self.translate_path(self.path))
            if path.is_file():
                xml = path.read_text(encoding="utf-8")
                built = re.search(r"<loc>(https?://[^/<]+/)", xml)
                if built:
                    host = self.headers.get("Host", "")
                    xml = xml.replace(built.group(1), f"http://{host}/")
                data = xml.encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/xml")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                return
        super().do_GET()

    def copyfile(self, source: Any, outputfile: Any) -> None:
        # The browser may stop reading: the worker cancels a plain runtime
        # file to fetch its .gz sibling (worker.mjs), as from such a host.
        with contextlib.suppress(ConnectionResetError, BrokenPipeError):
            super().copyfile(source, outputfile)

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve(root: Path) -> Iterator[str]:
    """Serve `root` on 127.0.0.1 at a free port; yields the base URL."""
    handler = functools.partial(SiteHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
