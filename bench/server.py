"""The built site served as a static host serves it, with compression.

Like tests.support.server (MIME types, CSP), plus what hosts do with bytes:
a precompressed sibling (`x.br`, `x.gz`) is sent when the browser accepts it,
other compressible types are gzipped on the fly (level 6, as nginx or a CDN
would), archives (.zip, .whl) go as they are. Every response body is counted,
so a run can tell how many bytes a page really transferred.
"""

from __future__ import annotations

import gzip
import http.server
import mimetypes
import threading
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from tests.support.server import SiteHandler

COMPRESSIBLE = {".html", ".css", ".js", ".mjs", ".json", ".wasm", ".svg", ".txt", ".xml", ".map"}
TYPES = {
    ".wasm": "application/wasm",
    ".mjs": "text/javascript",
    ".js": "text/javascript",
    ".json": "application/json",
    ".whl": "application/zip",
    ".zip": "application/zip",
    ".html": "text/html; charset=utf-8",
    ".css": "text/css",
    ".svg": "image/svg+xml",
}


@dataclass
class Log:
    """Response bodies sent: (path, bytes, encoding, seconds since start), in order."""

    entries: list[tuple[str, int, str, float]] = field(default_factory=list)
    start: float = field(default_factory=time.monotonic)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, path: str, size: int, encoding: str) -> None:
        with self.lock:
            self.entries.append((path, size, encoding, time.monotonic() - self.start))

    def mark(self) -> int:
        with self.lock:
            return len(self.entries)

    def since(self, mark: int) -> list[tuple[str, int, str, float]]:
        with self.lock:
            return list(self.entries[mark:])


class CompressingHandler(SiteHandler):
    """SiteHandler's headers (CSP, nosniff), with the bodies picked here."""

    protocol_version = "HTTP/1.1"  # keep-alive, as any host
    root: ClassVar[Path]
    log: ClassVar[Log]
    _cache: ClassVar[dict[tuple[str, float], bytes]] = {}
    _cache_lock: ClassVar[threading.Lock] = threading.Lock()

    def do_HEAD(self) -> None:
        self._serve(body=False)

    def do_GET(self) -> None:
        self._serve(body=True)

    def _serve(self, *, body: bool) -> None:
        url_path = urllib.parse.unquote(urllib.parse.urlsplit(self.path).path)
        path = (self.root / url_path.lstrip("/")).absolute()
        if ".." in Path(url_path).parts:
            return self._plain(404, b"not found")
        if path.is_dir():
            if not url_path.endswith("/"):
                self.send_response(301)
                self.send_header("Location", url_path + "/")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            path = path / "index.html"
        if not path.is_file():
            return self._plain(404, b"not found")
        accept = self.headers.get("Accept-Encoding", "")
        encoding, data = self._pick(path, accept)
        self.send_response(200)
        self.send_header("Content-Type", TYPES.get(path.suffix) or _guess(path))
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Vary", "Accept-Encoding")
        if encoding != "identity":
            self.send_header("Content-Encoding", encoding)
        self.end_headers()
        if body:
            self.wfile.write(data)
            self.log.add(url_path, len(data), encoding)
        return None

    def _pick(self, path: Path, accept: str) -> tuple[str, bytes]:
        accepted = {part.split(";")[0].strip() for part in accept.split(",")}
        for encoding, suffix in (("br", ".br"), ("gzip", ".gz")):
            sibling = path.with_name(path.name + suffix)
            if encoding in accepted and sibling.is_file():
                return encoding, sibling.read_bytes()
        if "gzip" in accepted and path.suffix in COMPRESSIBLE:
            key = (str(path), path.stat().st_mtime)
            with self._cache_lock:
                if key not in self._cache:
                    self._cache[key] = gzip.compress(path.read_bytes(), 6, mtime=0)
                return "gzip", self._cache[key]
        return "identity", path.read_bytes()

    def _plain(self, status: int, text: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(text)))
        self.end_headers()
        self.wfile.write(text)


def _guess(path: Path) -> str:
    return mimetypes.guess_type(path.name)[0] or "application/octet-stream"


@contextmanager
def serve(root: Path, port: int = 0) -> Iterator[tuple[str, Log]]:
    """Serve `root` on 127.0.0.1 (at a free port by default): yields (base URL, byte log)."""
    log = Log()
    handler = type("Handler", (CompressingHandler,), {"root": root, "log": log})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", log
    finally:
        server.shutdown()
        server.server_close()


__all__ = ["Log", "serve"]
