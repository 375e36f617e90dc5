"""The Content-Security-Policy the site is built for: `make serve`, the test
server and the README (a test checks it says the same) all use this one."""

CSP = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
    "connect-src 'self'; worker-src 'self'; img-src 'self' data:; frame-ancestors 'none'"
)
