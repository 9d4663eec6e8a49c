#!/usr/bin/env python3
"""Writes a deterministic, scaled corpus in Skimmer's format for benchmarks.

    scripts/make-corpus.py N OUTPUT [--seed S] [--source CORPUS] [--format native|arxiv|bibtex|ris|csl|openreview]

--format arxiv writes arXiv-snapshot-shaped JSON lines instead (title and abstract hard-wrapped,
authors_parsed with TeX accents, space-separated categories, versions with RFC 2822 dates);
--format bibtex writes @article entries with TeX-accented names, years and venues; --format ris
writes TY/ER records ("Last, First" names, PY 2014///-style years, keywords); --format csl one
CSL-JSON array (family/given names, issued date-parts, container-title); --format openreview an
OpenReview API v2 export ({"notes": [...]}, every value wrapped, a TL;DR per note).

N records are recombined from the shipped corpus: author names are rebuilt from its first and last
names (diacritics kept) and drawn with a skewed, Zipf-like popularity so that a few authors have
hundreds of papers; abstracts and tl;drs are resampled from its sentences; about 90% of the records
have a tl;dr. The vocabulary grows with N: synthetic terms (new stems, compounds, hyphenated forms)
are spliced into sentences from a pool whose size is proportional to N. The same N and seed always
give the same bytes. 1M records are about 1.4 GB.
"""
import argparse
import itertools
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SOURCE = os.path.join(HERE, "..", "resources", "corpus", "iclr2021-abstracts.txt")

SENTENCE_END = re.compile(r"(?<=[a-z0-9)\]][.!?])\s+(?=[A-Z])")
SPLICE_WORD = re.compile(r"(?<= )[a-z]{6,}(?=[ ,.])")
SUFFIXES = ["former", "net", "flow", "GAN", "ization", "ology", "morph", "graph", "mix", "prop",
            "BERT", "walk", "span", "fuse", "ère", "ção", "über", "shift", "tune", "gram"]
CONNECT = ["-", "", "-", "o", "-aware ", "-based ", " "]


def read_source(path):
    """Records of the shipped corpus as (authors, tldr or None, abstract)."""
    with open(path, encoding="utf-8-sig") as f:
        lines = [l.strip() for l in f if l.strip()]
    records, i = [], 0
    while i < len(lines):
        authors = [a.strip() for a in lines[i].split(",") if a.strip()]
        i += 1
        tldr = None
        if i < len(lines) and lines[i].lower().startswith("tl;dr:"):
            tldr = lines[i][6:].strip()
            i += 1
        if i < len(lines):
            records.append((authors, tldr, lines[i]))
            i += 1
    return records


def sentences(text):
    out = [s.strip() for s in SENTENCE_END.split(text) if s.strip()]
    return [s if s[-1] in ".!?" else s + "." for s in out]


def zipf_cumulative(n, offset):
    """Cumulative weights 1/(rank + offset) for ranks 0..n-1."""
    return list(itertools.accumulate(1.0 / (r + offset) for r in range(n)))


def author_pool(records, size, rng):
    shipped, firsts, lasts = [], [], []
    for authors, _, _ in records:
        for a in authors:
            shipped.append(a)
            parts = a.split()
            if len(parts) >= 2:
                firsts.append(" ".join(parts[:-1]))
                lasts.append(parts[-1])
    shipped = list(dict.fromkeys(shipped))
    firsts = sorted(set(firsts))
    lasts = sorted(set(lasts))
    pool, seen = list(shipped), set(shipped)
    # Recombined first and last names; some surnames made of halves of two real ones.
    while len(pool) < size:
        last = rng.choice(lasts)
        if rng.random() < 0.3:
            a, b = rng.choice(lasts), rng.choice(lasts)
            last = a[: max(2, len(a) // 2)] + b[len(b) // 2:]
        name = rng.choice(firsts) + " " + last
        if name not in seen:
            seen.add(name)
            pool.append(name)
    rng.shuffle(pool)
    return pool[:size]


def term_pool(records, size, rng):
    words = sorted({w for _, _, abstract in records for w in re.findall(r"[A-Za-z]{5,}", abstract)})
    terms, seen = [], set()
    while len(terms) < size:
        stem = rng.choice(words)
        stem = stem[: rng.randint(3, min(7, len(stem)))]
        kind = rng.random()
        if kind < 0.5:
            term = stem.lower() + rng.choice(SUFFIXES).lower()
        elif kind < 0.8:
            term = stem.lower() + rng.choice(CONNECT) + rng.choice(words).lower()
        else:
            term = stem.capitalize() + rng.choice(SUFFIXES)
        if term not in seen:
            seen.add(term)
            terms.append(term)
    return terms


def splice_points(sentence_list):
    """Per sentence: (head, tail) around one replaceable word, or None."""
    points = []
    for s in sentence_list:
        m = list(SPLICE_WORD.finditer(s))
        points.append((s[: m[len(m) // 2].start()], s[m[len(m) // 2].end():]) if m else None)
    return points


def write_native(chunk, i, names, tldr, parts):
    chunk.append(", ".join(names) + "\n")
    if tldr is not None:
        chunk.append("tl;dr: " + tldr + "\n")
    chunk.append(" ".join(parts) + "\n")


TEX = {"ä": '\\"a', "ö": '\\"o', "ü": '\\"u', "Ö": '\\"O', "é": "\\'e", "á": "\\'a", "í": "\\'\\i",
       "ó": "\\'o", "è": "\\`e", "ç": "\\c{c}", "ñ": "\\~n", "ß": "{\\ss}", "ø": "{\\o}", "š": "\\v{s}",
       "č": "\\v{c}", "ő": "\\H{o}", "ł": "{\\l}", "å": "{\\aa}", "ã": "\\~a", "ê": "\\^e", "ë": '\\"e'}
CATEGORIES = ["cs.LG", "cs.AI", "cs.CL", "cs.CV", "stat.ML", "math.OC", "cs.NE", "cs.RO", "q-bio.NC", "physics.comp-ph"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def tex(name):
    return "".join(TEX.get(c, c) for c in name)


def wrap(text, width, indent):
    """Hard-wraps like the arXiv snapshot: newlines, continuation lines indented."""
    words, lines, line = text.split(" "), [], ""
    for w in words:
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = line + " " + w if line else w
    lines.append(line)
    return ("\n" + indent).join(lines)


def title_of(tldr, parts):
    words = (tldr or parts[0]).rstrip(".").split(" ")
    return " ".join(words[:12])


def date_of(i):
    year, month, day = 1995 + i * 7 % 30, i * 5 % 12, 1 + i * 3 % 28
    return year, month, day, "%s, %d %s %d %02d:%02d:%02d GMT" % (DAYS[i % 7], day, MONTHS[month], year, i % 24, i % 60, i * 7 % 60)


def write_arxiv(chunk, i, names, tldr, parts):
    import json
    year, month, day, created = date_of(i)
    parsed = []
    for n in names:
        first, _, last = n.rpartition(" ")
        parsed.append([tex(last), tex(first), ""])
    cats = [CATEGORIES[(i * 7 + k * 3) % len(CATEGORIES)] for k in range(1 + i % 3)]
    record = {
        "id": "%02d%02d.%05d" % (year % 100, month + 1, i % 100000), "submitter": names[0] if names else "",
        "authors": ", ".join(tex(n) for n in names), "title": wrap(title_of(tldr, parts), 70, "  "),
        "comments": "%d pages" % (5 + i % 20), "journal-ref": None, "doi": None, "report-no": None,
        "categories": " ".join(dict.fromkeys(cats)), "license": None,
        "abstract": "  " + wrap(" ".join(parts), 78, "") + "\n",
        "versions": [{"version": "v1", "created": created}], "update_date": "%d-%02d-%02d" % (year, month + 1, day),
        "authors_parsed": parsed,
    }
    chunk.append(json.dumps(record, ensure_ascii=False) + "\n")


def write_bibtex(chunk, i, names, tldr, parts):
    year, month, _, _ = date_of(i)
    def esc(t):
        return t.replace("{", "").replace("}", "").replace("%", "\\%").replace("&", "\\&")
    chunk.append("@article{key%d,\n  author = {%s},\n  title = {%s},\n  journal = {%s},\n  year = %d,\n"
                 "  month = %s,\n  abstract = {%s},\n}\n\n" % (
                     i, " and ".join(tex(n) for n in names), esc(title_of(tldr, parts)),
                     "Journal of " + CATEGORIES[i % len(CATEGORIES)], year, MONTHS[month].lower(),
                     esc(" ".join(parts))))


def keywords_of(i, parts):
    words = [w.strip(".,;:()").lower() for w in " ".join(parts).split(" ")]
    words = [w for w in words if len(w) > 7 and w.isalpha()]
    return list(dict.fromkeys(words[i % 3::5]))[:3]


def write_ris(chunk, i, names, tldr, parts):
    year, month, day, _ = date_of(i)
    lines = ["TY  - JOUR"]
    for n in names:
        first, _, last = n.rpartition(" ")
        lines.append("AU  - %s, %s" % (last, first) if first else "AU  - " + last)
    lines += ["TI  - " + title_of(tldr, parts), "PY  - %d/%02d/%02d/" % (year, month + 1, day),
              "JO  - Journal of " + CATEGORIES[i % len(CATEGORIES)], "AB  - " + " ".join(parts)]
    lines += ["KW  - " + k for k in keywords_of(i, parts)]
    lines.append("DO  - 10.5555/%d" % i)
    chunk.append("\n".join(lines) + "\nER  - \n\n")


def write_csl(chunk, i, names, tldr, parts):
    import json
    year, month, day, _ = date_of(i)
    authors = []
    for n in names:
        first, _, last = n.rpartition(" ")
        authors.append({"family": last, "given": first} if first else {"literal": last})
    item = {"id": "item%d" % i, "type": "article-journal", "title": title_of(tldr, parts), "author": authors,
            "issued": {"date-parts": [[year, month + 1, day]]},
            "container-title": "Journal of " + CATEGORIES[i % len(CATEGORIES)],
            "abstract": " ".join(parts), "keyword": ", ".join(keywords_of(i, parts)), "DOI": "10.5555/%d" % i}
    chunk.append(("[\n" if i == 0 else ",\n") + json.dumps(item, ensure_ascii=False))


def write_openreview(chunk, i, names, tldr, parts):
    import json
    year, _, _, _ = date_of(i)
    content = {"title": {"value": title_of(tldr, parts)}, "authors": {"value": names},
               "abstract": {"value": " ".join(parts)}, "keywords": {"value": keywords_of(i, parts)},
               "venue": {"value": "ICLR %d poster" % year}}
    if tldr is not None:
        content["TLDR"] = {"value": tldr}
    import calendar
    note = {"id": "note%d" % i, "forum": "note%d" % i, "pdate": calendar.timegm((year, 5, 1, 0, 0, 0)) * 1000, "invitations": ["ICLR.cc/%d/Conference/-/Submission" % year],
            "content": content}
    chunk.append(('{"notes": [\n' if i == 0 else ",\n") + json.dumps(note, ensure_ascii=False))


WRITERS = {"native": write_native, "arxiv": write_arxiv, "bibtex": write_bibtex, "ris": write_ris,
           "csl": write_csl, "openreview": write_openreview}
ENDINGS = {"csl": "\n]\n", "openreview": "\n]}\n"}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int, help="number of records")
    ap.add_argument("output", help="file to write")
    ap.add_argument("--seed", type=int, default=2021)
    ap.add_argument("--source", default=DEFAULT_SOURCE, help="corpus to resample (default: the shipped one)")
    ap.add_argument("--format", choices=list(WRITERS), default="native",
                    help="native records (default), arXiv-snapshot JSON lines, BibTeX, RIS, CSL-JSON or OpenReview")
    args = ap.parse_args()
    if args.n < 1:
        ap.error("N must be at least 1")

    rng = random.Random(args.seed)
    records = read_source(args.source)
    if not records:
        sys.exit(f"make-corpus: no records in {args.source}")
    abstract_sents = [s for _, _, a in records for s in sentences(a)]
    tldr_texts = [t for _, t, _ in records if t]
    sentence_counts = [len(sentences(a)) for _, _, a in records]
    author_counts = [len(a) for a, _, _ in records]
    splices = splice_points(abstract_sents)
    tldr_splices = splice_points(tldr_texts)

    n = args.n
    pool = author_pool(records, max(2000, int(n * 0.55)), rng)
    author_cw = zipf_cumulative(len(pool), max(2.0, len(pool) / 500))
    terms = term_pool(records, max(200, n // 8), rng)
    term_cw = zipf_cumulative(len(terms), 5.0)
    sent_total = len(abstract_sents)

    tmp = args.output + ".part"
    with open(tmp, "w", encoding="utf-8", newline="\n") as out:
        batch = 20000
        for start in range(0, n, batch):
            m = min(batch, n - start)
            acounts = rng.choices(author_counts, k=m)
            authors = iter(rng.choices(pool, cum_weights=author_cw, k=sum(acounts)))
            scounts = rng.choices(sentence_counts, k=m)
            sent_idx = iter(rng.choices(range(sent_total), k=sum(scounts)))
            splice_rolls = iter(rng.random() for _ in range(sum(scounts) + m))
            term_iter = iter(rng.choices(terms, cum_weights=term_cw, k=sum(scounts) + m))
            tldr_idx = rng.choices(range(len(tldr_texts)), k=m)
            has_tldr = [rng.random() < 0.9 for _ in range(m)]
            chunk = []
            for j in range(m):
                names = list(dict.fromkeys(next(authors) for _ in range(acounts[j])))
                tldr = None
                if has_tldr[j]:
                    t = tldr_idx[j]
                    sp, term = tldr_splices[t], next(term_iter)
                    tldr = sp[0] + term + sp[1] if sp and next(splice_rolls) < 0.3 else tldr_texts[t]
                parts = []
                for _ in range(scounts[j]):
                    k = next(sent_idx)
                    sp, term = splices[k], next(term_iter)
                    parts.append(sp[0] + term + sp[1] if sp and next(splice_rolls) < 0.25 else abstract_sents[k])
                WRITERS[args.format](chunk, start + j, names, tldr, parts)
            out.write("".join(chunk))
        out.write(ENDINGS.get(args.format, ""))
    os.replace(tmp, args.output)


if __name__ == "__main__":
    main()
