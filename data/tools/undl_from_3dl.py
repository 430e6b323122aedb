#!/usr/bin/env python3
"""Convert the 3DL scrape of UN Digital Library voting records (one row per roll call, one column per
member state) into the UN Digital Library's own bulk-CSV layout (record 4060887: one row per member
state and resolution), which Multivector's `undl` importer reads.

Usage:
    data/tools/undl_from_3dl.py SCRAPE.csv data/undl/ga_votes_2021-12_2025-08.csv.gz

SCRAPE.csv is the General Assembly rows of the 3DL scrape from 2021-12-01 on (data/README.md names the
repository, file and commit); it is not shipped, since the converted file is.

What it does, column by column:
- undl_id: the record id (`token`, the number at the end of `Link`).
- ms_code: the member's column name (ISO 3166-1 alpha-3); ms_name: its name in data/states.csv, in capitals
  (the library writes the official name at the time of the vote; the scrape does not carry it).
- ms_vote: YES -> Y, NO -> N, ABSTAIN -> A, empty -> X (non-voting: every row has TOTAL VOTES 193, so every
  column is a member).
- date, resolution, title, subjects (`tags`), undl_link (`Link`) as they stand.
- session: from the symbol, "76" for A/RES/76/11 and "ES-11" for A/RES/ES-11/1, as the library writes it.
- total_yes, total_no, total_abstentions, total_non_voting, total_ms: the row's counts, written as integers
  (an empty count in the scrape is 0).
- draft, committee_report, meeting, agenda_title, vote_note: empty (the scrape does not carry them).

It checks every row as it goes: the cells counted must equal the row's own counts, and the vote cells must
be YES, NO, ABSTAIN or empty. Output rows are ordered by date, then record id, then member code, so the
file is the same on every run (gzip written without a timestamp).
"""
import csv
import gzip
import io
import re
import sys

OUT_COLUMNS = ["undl_id", "ms_code", "ms_name", "ms_vote", "date", "session", "resolution", "draft",
               "committee_report", "meeting", "title", "agenda_title", "subjects", "vote_note", "total_yes",
               "total_no", "total_abstentions", "total_non_voting", "total_ms", "undl_link"]
VOTES = {"YES": "Y", "NO": "N", "ABSTAIN": "A", "": "X"}


def names():
    with open("data/states.csv", newline="", encoding="utf-8") as f:
        return {r["code"]: r["name"].split(" (")[0].upper() for r in csv.DictReader(f)}


def session(symbol):
    m = re.match(r"A/RES/(ES-\d+|S-\d+|\d+)/", symbol)
    if not m:
        raise SystemExit(f"cannot read a session from the symbol {symbol!r}")
    return m.group(1)


def count(text):
    # An empty count is zero: the scrape leaves the count of a vote nobody cast empty.
    return str(int(float(text))) if text.strip() else "0"


def main(source, target):
    state_names = names()
    with open(source, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        members = [c for c in reader.fieldnames if re.fullmatch(r"[A-Z]{3}", c)]
        if len(members) != 193:
            raise SystemExit(f"expected 193 member columns, found {len(members)}")
        missing = [m for m in members if m not in state_names]
        if missing:
            raise SystemExit(f"members not in data/states.csv: {missing}")
        rows = []
        for line, r in enumerate(reader, start=2):
            if r["Council"] != "General Assembly":
                raise SystemExit(f"line {line}: not a General Assembly row")
            cells = [r[m].strip() for m in members]
            bad = [c for c in cells if c not in VOTES]
            if bad:
                raise SystemExit(f"line {line}: vote cell {bad[0]!r}, expected YES, NO, ABSTAIN or empty")
            counted = {v: sum(1 for c in cells if c == v) for v in VOTES}
            own = {"YES": r["YES COUNT"], "NO": r["NO COUNT"], "ABSTAIN": r["ABSTAIN COUNT"], "": r["NO-VOTE COUNT"]}
            for v in VOTES:
                if counted[v] != int(count(own[v])):
                    raise SystemExit(f"line {line}: {v or 'no vote'} counted {counted[v]}, the row says {own[v]}")
            for code, cell in zip(members, cells):
                rows.append({
                    "undl_id": r["token"], "ms_code": code, "ms_name": state_names[code], "ms_vote": VOTES[cell],
                    "date": r["Date"], "session": session(r["Resolution"]), "resolution": r["Resolution"],
                    "draft": "", "committee_report": "", "meeting": "", "title": r["Title"], "agenda_title": "",
                    "subjects": r["tags"], "vote_note": "", "total_yes": count(r["YES COUNT"]),
                    "total_no": count(r["NO COUNT"]), "total_abstentions": count(r["ABSTAIN COUNT"]),
                    "total_non_voting": count(r["NO-VOTE COUNT"]), "total_ms": count(r["TOTAL VOTES"]),
                    "undl_link": r["Link"],
                })
    rows.sort(key=lambda x: (x["date"], int(x["undl_id"]), x["ms_code"]))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=OUT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    with open(target, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as out:
        out.write(buffer.getvalue().encode("utf-8"))
    print(f"{len(rows) // 193} roll calls, {len(rows)} member rows -> {target}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2])
