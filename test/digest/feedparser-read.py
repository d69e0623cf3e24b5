"""Reads a feed from stdin with Python feedparser and prints what a reader would see, as JSON."""
import io
import json
import sys

import feedparser

# A file-like object keeps feedparser from treating the document as a URL or a path.
result = feedparser.parse(io.BytesIO(sys.stdin.buffer.read()))
print(json.dumps({
    "bozo": int(result.bozo),
    "bozo_exception": str(result.get("bozo_exception", "")),
    "version": result.version,
    "title": result.feed.get("title"),
    "links": [{"rel": link.get("rel"), "href": link.get("href")} for link in result.feed.get("links", [])],
    "entries": [{"id": e.get("id"), "title": e.get("title"), "link": e.get("link")} for e in result.entries],
}))
