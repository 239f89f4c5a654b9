#!/usr/bin/env python3
"""Build a synthetic corpus for the extraction benchmark.

Articles are recombinations of the sample sentences in which every lexicon name found in
a sentence is swapped for another name of the same kind (a base for a base, an armed
group for an armed group...), so the extractor sees the genre's syntax with the whole
lexicon's vocabulary. Deterministic for a given seed.

Usage: make_corpus.py SAMPLES_DIR LEXICON_DIR OUT_DIR [--articles N] [--seed S]
"""
import argparse
import datetime
import glob
import json
import os
import random
import re

import yaml


def sentences(samples_dir):
    out = []
    for path in sorted(glob.glob(os.path.join(samples_dir, "*.txt"))):
        text = open(path, encoding="utf-8").read()
        for line in text.splitlines():
            for s in re.split(r"(?<=[.!؟])\s+", line.strip()):
                if len(s) > 20 and re.search(r"[\u0600-\u06FF]", s):
                    out.append(s)
    return out


def lexicon_names(lexicon_dir):
    """(kind/type) -> list of Arabic names; and every name -> its group."""
    groups, owner = {}, {}
    for path in sorted(glob.glob(os.path.join(lexicon_dir, "*.yaml"))):
        doc = yaml.safe_load(open(path, encoding="utf-8")) or {}
        for e in doc.get("entities", []):
            group = f"{e.get('kind')}/{e.get('type')}"
            names = [e.get("ar")] + list(e.get("aliases_ar") or [])
            names = [n for n in names if n and len(n) >= 4]
            groups.setdefault(group, []).extend(names)
            for n in names:
                owner.setdefault(n, group)
    return groups, owner


def main():
    p = argparse.ArgumentParser()
    p.add_argument("samples")
    p.add_argument("lexicon")
    p.add_argument("out")
    p.add_argument("--articles", type=int, default=10000)
    p.add_argument("--seed", type=int, default=7)
    a = p.parse_args()
    rng = random.Random(a.seed)
    pool = sentences(a.samples)
    groups, owner = lexicon_names(a.lexicon)
    # Longest names first, so "قاعدة القائم العسكرية" is swapped before "القائم".
    known = sorted(owner, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(n) for n in known))
    os.makedirs(a.out, exist_ok=True)
    manifest = []
    start = datetime.date(2019, 10, 1)
    total = 0
    for i in range(a.articles):
        chosen = rng.sample(pool, rng.randint(12, 30))
        body = "\n".join(pattern.sub(lambda m: rng.choice(groups[owner[m.group(0)]]), s) for s in chosen)
        name = f"bench_{i:05d}.txt"
        with open(os.path.join(a.out, name), "w", encoding="utf-8") as f:
            f.write(body + "\n")
        total += len(body.encode("utf-8")) + 1
        published = start + datetime.timedelta(days=rng.randint(0, 540))
        manifest.append({"file": name, "published": published.isoformat(), "source": "bench"})
    with open(os.path.join(a.out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=0)
    print(f"{a.articles} articles, {total / 1e6:.1f} MB in {a.out}")


if __name__ == "__main__":
    main()
