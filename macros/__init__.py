"""Build-time code: MkDocs macros (pages from data) and the runtime files for the browser."""
