#!/usr/bin/env python3
"""Consistency check for the newsloupe sample corpus and its gold annotations.

Run from anywhere: ``python3 samples/check_gold.py``. Exits non-zero on any problem.

It checks that every verbatim string of every gold file (content, cue, source, speaker,
before + content, place before + text, assertions, captions, technique paragraph starts,
title) can be found in the article it annotates, that corpus.jsonl and corpus.csv parse,
that the *-cp1252.txt files are not valid UTF-8 and that the CRLF file uses CRLF.

Where the strings are looked up:
- txt files: the decoded file text with line endings normalised to "\\n";
- corpus.jsonl / corpus.csv records with a `text` field: title + "\\n\\n" + text;
- HTML pages (files, or the `html` field of a JSONL record): the visible text blocks
  (h1, figcaption, p, ...; script/style/iframe/noscript/svg skipped), whitespace collapsed,
  joined by "\\n\\n". `before` never crosses a block boundary in HTML articles.
"""
import csv
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
ART = HERE / "articles"
SKIP = {"script", "style", "iframe", "noscript", "template", "svg", "head", "title"}
BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "figure", "li", "ul",
         "ol", "section", "article", "header", "footer", "nav", "aside", "main", "blockquote",
         "form", "button", "br", "time", "picture", "body", "html"}


class Blocks(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks, self.buf, self.skip = [], [], 0

    def flush(self):
        text = re.sub(r"[ \t\r\n]+", " ", "".join(self.buf)).strip(" \t\r\n")
        if text:
            self.blocks.append(text)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def visible_text(html):
    p = Blocks()
    p.feed(html)
    p.close()
    p.flush()
    return "\n\n".join(p.blocks)


def main():
    problems = []

    def bad(msg):
        problems.append(msg)

    # (b) JSONL and CSV parse
    records = {}
    with open(ART / "corpus.jsonl", encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            rec = json.loads(line)
            for k in ("id", "url", "outlet", "published", "title"):
                if k not in rec:
                    bad(f"corpus.jsonl line {n}: missing {k}")
            if ("text" in rec) == ("html" in rec):
                bad(f"corpus.jsonl line {n}: needs exactly one of text/html")
            records[rec["id"]] = rec
    with open(ART / "corpus.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        if list(row) != ["id", "url", "outlet", "published", "title", "text"]:
            bad(f"corpus.csv: bad columns {list(row)}")
        records[row["id"]] = row
    # (c) encodings
    for f in sorted((ART / "txt").glob("*-cp1252.txt")):
        try:
            f.read_bytes().decode("utf-8")
            bad(f"{f.name}: decodes as UTF-8 but should be Windows-1252")
        except UnicodeDecodeError:
            pass
    crlf = [f.name for f in (ART / "txt").glob("*.txt") if b"\r\n" in f.read_bytes()]
    if not crlf:
        bad("no CRLF txt file")

    def article_text(meta, aid):
        src = meta["file"]
        if src.startswith("txt/"):
            raw = (ART / src).read_bytes()
            try:
                s = raw.decode("utf-8")
            except UnicodeDecodeError:
                s = raw.decode("cp1252")
            return s.replace("\r\n", "\n"), False
        if src.startswith("html/"):
            return visible_text((ART / src).read_text(encoding="utf-8")), True
        rec = records.get(aid)
        if rec is None:
            raise KeyError(f"{aid}: no record in {src}")
        if rec.get("html"):
            return visible_text(rec["html"]), True
        return rec["title"] + "\n\n" + rec["text"], False

    golds = sorted((HERE / "gold").glob("*.json"))
    seen = set()
    for g in golds:
        gold = json.loads(g.read_text(encoding="utf-8"))
        aid = gold["id"]
        seen.add(aid)
        if aid != g.stem:
            bad(f"{g.name}: id {aid} != file name")
        try:
            doc, is_html = article_text(gold["meta"], aid)
        except (KeyError, FileNotFoundError) as exc:
            bad(str(exc))
            continue

        def need(s, what):
            if s and s not in doc:
                bad(f"{aid}: {what} not found: {s[:70]!r}")

        need(gold["meta"]["title"], "title")
        for a in gold["attributions"]:
            for k in ("content", "cue", "source", "speaker"):
                need(a[k], k)
            need(a["before"] + a["content"], "before+content")
        for p in gold["places"]:
            need(p["before"] + p["text"], "place before+text")
        for s in gold["assertions"]:
            need(s, "assertion")
        for c in gold["captions"]:
            need(c["text"], "caption")
            need(c["credit_text"], "caption credit")
        for t in gold["techniques"]:
            if ("\n\n" + t["paragraph_text_start"]) not in ("\n\n" + doc):
                bad(f"{aid}: technique paragraph start not found: {t['paragraph_text_start']!r}")
        if is_html and "ne doit pas apparaître" in doc:
            bad(f"{aid}: script content leaked into visible text")
    # every article has a gold file
    arts = {f.stem for f in (ART / "txt").glob("*.txt")} | {f.stem for f in (ART / "html").glob("*.html")} | set(records)
    for a in sorted(arts - seen):
        bad(f"{a}: no gold file")
    for p in problems:
        print("FAIL", p)
    print(f"{len(golds)} gold files, {len(arts)} articles, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
