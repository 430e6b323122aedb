#!/usr/bin/env python3
"""Check data/states.csv, data/memberships.csv and data/state-aliases.csv
against the Voeten UNGA votes (unvotes packaging).

Usage:
    python3 check_states.py VOTES_CSV ROLL_CALLS_CSV [--data-dir DIR] [--strict]

VOTES_CSV       un_votes.csv (rcid,country,country_code,vote)
ROLL_CALLS_CSV  un_roll_calls.csv (rcid,session,importantvote,date,...)
--data-dir      folder holding the three tables (default: the parent of this
                script's folder, i.e. data/)
--strict        also exit non-zero when votes fall outside membership periods

Every field is read as text (Namibia's ISO2 is the string "NA").
Membership periods are inclusive at both ends: member_to is the date the
membership ended (the event date); an empty member_to means still a member.

Exit status: 0 if the structural checks pass (pairs all mapped, 193 open
members, tables consistent); 1 otherwise. Votes outside membership periods are
reported, and only fail the run with --strict, because the Voeten roll-call
dates are approximate (the day of month is not a real day before about 1997).
"""
import argparse
import csv
import datetime as dt
import os
import re
import sys
from collections import Counter, defaultdict

# The 193 current UN member states (ISO 3166-1 alpha-3), kept here as an
# independent reference for the membership table.
UN_MEMBERS_193 = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN
BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI
CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI
FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN
IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU
LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU
NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR
MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM
ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA
UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE
""".split()
OBSERVERS = {"VAT", "PSE"}
# Before this date the Voeten roll-call day-of-month is never above 7: it is
# not a calendar day, only the year and month can be trusted.
DAY_RELIABLE_FROM = dt.date(1997, 1, 1)  # Holy See, Palestine: observers, must not be listed

STATES_COLS = ["code", "iso2", "cow", "cow_abbrev", "name", "voeten_name"]
MEMB_COLS = ["code", "member_from", "member_to", "note"]
ALIAS_COLS = ["source", "alias", "code"]
ALIAS_SOURCES = {"cow", "voeten", "undl"}


def read_table(path, cols):
    # keep_default_na-style pitfalls do not apply: csv gives plain strings.
    with open(path, newline="", encoding="utf-8") as f:
        rd = csv.reader(f)
        header = next(rd)
        if header != cols:
            raise SystemExit(f"{path}: header {header} != {cols}")
        rows = []
        for n, rec in enumerate(rd, start=2):
            if len(rec) != len(cols):
                raise SystemExit(f"{path}:{n}: {len(rec)} fields, expected {len(cols)}")
            rows.append(dict(zip(cols, rec)))
    return rows


def parse_date(s):
    return dt.date.fromisoformat(s)


class Report:
    def __init__(self):
        self.errors = []

    def error(self, msg):
        self.errors.append(msg)
        print(f"  ERROR: {msg}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("votes_csv")
    ap.add_argument("roll_calls_csv")
    ap.add_argument("--data-dir", default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    ap.add_argument("--strict", action="store_true")
    args = ap.parse_args()
    rep = Report()

    states = read_table(os.path.join(args.data_dir, "states.csv"), STATES_COLS)
    membs = read_table(os.path.join(args.data_dir, "memberships.csv"), MEMB_COLS)
    aliases = read_table(os.path.join(args.data_dir, "state-aliases.csv"), ALIAS_COLS)

    # ---------------------------------------------------------------- tables
    print("== Tables")
    print(f"  states.csv: {len(states)} rows; memberships.csv: {len(membs)} rows; "
          f"state-aliases.csv: {len(aliases)} rows")
    codes = [s["code"] for s in states]
    if codes != sorted(codes):
        rep.error("states.csv is not sorted by code")
    if len(set(codes)) != len(codes):
        rep.error(f"duplicate codes: {[c for c, k in Counter(codes).items() if k > 1]}")
    by_code = {s["code"]: s for s in states}
    cow_map = {}
    abbrevs = Counter()
    for s in states:
        c = s["code"]
        if not re.fullmatch(r"[A-Z]{3}", c):
            rep.error(f"{c}: code is not 3 uppercase letters")
        if s["iso2"] and not re.fullmatch(r"[A-Z]{2}", s["iso2"]):
            rep.error(f"{c}: bad iso2 {s['iso2']!r}")
        if not s["iso2"] and c != "ZZB":
            rep.error(f"{c}: empty iso2")
        if not re.fullmatch(r"[0-9]{1,3}", s["cow"]):
            rep.error(f"{c}: bad cow {s['cow']!r}")
        elif s["cow"] in cow_map:
            rep.error(f"cow {s['cow']} used by {cow_map[s['cow']]} and {c}")
        else:
            cow_map[s["cow"]] = c
        if not re.fullmatch(r"[A-Z]{3}", s["cow_abbrev"]):
            rep.error(f"{c}: bad cow_abbrev {s['cow_abbrev']!r}")
        abbrevs[s["cow_abbrev"]] += 1
        if not s["name"]:
            rep.error(f"{c}: empty name")
    for a, k in abbrevs.items():
        if k > 1:
            rep.error(f"cow_abbrev {a} used {k} times")
    iso2s = Counter(s["iso2"] for s in states if s["iso2"])
    for a, k in iso2s.items():
        if k > 1:
            rep.error(f"iso2 {a} used {k} times")
    for c in OBSERVERS:
        if c in by_code:
            rep.error(f"{c} is a UN observer and should not be listed")

    # voeten names: from states.voeten_name ('|'-separated) and aliases
    voeten = {}
    for s in states:
        names = [n for n in s["voeten_name"].split("|") if n] if s["voeten_name"] else []
        for n in names:
            if n in voeten and voeten[n] != s["code"]:
                rep.error(f"voeten name {n!r} maps to {voeten[n]} and {s['code']}")
            voeten[n] = s["code"]
    for a in aliases:
        if a["source"] not in ALIAS_SOURCES:
            rep.error(f"alias source {a['source']!r} unknown")
        if a["code"] not in by_code:
            rep.error(f"alias {a} points to unknown code")
            continue
        if a["source"] == "voeten":
            if a["alias"] in voeten and voeten[a["alias"]] != a["code"]:
                rep.error(f"voeten alias {a['alias']!r} conflicts ({voeten[a['alias']]} vs {a['code']})")
            voeten[a["alias"]] = a["code"]
            first = by_code[a["code"]]["voeten_name"].split("|")[0]
            if a["alias"] == first:
                rep.error(f"voeten alias {a['alias']!r} is the first voeten_name of {a['code']}")
        elif a["source"] == "cow":
            if a["alias"] in cow_map:
                rep.error(f"cow alias {a['alias']} is already the main cow of {cow_map[a['alias']]}")
            cow_map[a["alias"]] = a["code"]
        elif a["source"] == "undl":
            if a["alias"] == a["code"]:
                rep.error(f"undl alias {a['alias']} equals its code (only differing codes belong here)")

    # memberships
    periods = defaultdict(list)
    for m in membs:
        c = m["code"]
        if c not in by_code:
            rep.error(f"memberships.csv: unknown code {c}")
            continue
        try:
            f = parse_date(m["member_from"])
            t = parse_date(m["member_to"]) if m["member_to"] else None
        except ValueError as e:
            rep.error(f"memberships.csv: {c}: bad date ({e})")
            continue
        if t is not None and t < f:
            rep.error(f"{c}: member_to {t} before member_from {f}")
        periods[c].append((f, t, m["note"]))
    mcodes = [m["code"] for m in membs]
    if mcodes != sorted(mcodes):
        rep.error("memberships.csv is not sorted by code")
    for c, ps in periods.items():
        ps.sort(key=lambda p: p[0])
        for (f1, t1, _), (f2, t2, _) in zip(ps, ps[1:]):
            if t1 is None or t1 >= f2:
                rep.error(f"{c}: overlapping or open period before {f2}")
    for c in by_code:
        if c not in periods:
            rep.error(f"{c}: no membership period")

    # ------------------------------------------------------------ UN members
    print("\n== Current UN members")
    open_codes = sorted(c for c, ps in periods.items() if any(t is None for _, t, _ in ps))
    print(f"  codes with an open membership period: {len(open_codes)}")
    ref = set(UN_MEMBERS_193)
    assert len(ref) == 193
    missing = sorted(ref - set(open_codes))
    extra = sorted(set(open_codes) - ref)
    if missing:
        rep.error(f"UN members without an open period: {missing}")
    if extra:
        rep.error(f"open periods for non-members: {extra}")
    if len(open_codes) != 193:
        rep.error(f"expected 193 open members, found {len(open_codes)}")
    else:
        print("  193 = 193 current UN members, all present with an open period")
    not_in_voeten = sorted(c for c in open_codes if not by_code[c]["voeten_name"])
    print(f"  current members with no Voeten name: {len(not_in_voeten)} {not_in_voeten}")
    closed = sorted(c for c in by_code if c not in open_codes)
    print(f"  former members (all periods closed): {len(closed)} {closed}")

    # --------------------------------------------------------- source data
    rc_date = {}
    rc_session = {}
    with open(args.roll_calls_csv, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            rc_date[r["rcid"]] = parse_date(r["date"])
            rc_session[r["rcid"]] = r["session"]

    pairs = Counter()
    votes = []  # (code, country, date, session)
    with open(args.votes_csv, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            pairs[(r["country"], r["country_code"])] += 1
            votes.append((r["country"], r["rcid"]))

    print("\n== Voeten (country, country_code) pairs")
    print(f"  distinct pairs: {len(pairs)}; votes: {sum(pairs.values())}; roll calls: {len(rc_date)}")
    names_seen = Counter(n for n, _ in pairs)
    for n, k in names_seen.items():
        if k > 1:
            rep.error(f"country {n!r} appears with {k} different country_codes")
    unmapped = [p for p in pairs if p[0] not in voeten]
    for p in unmapped:
        rep.error(f"pair {p} ({pairs[p]} votes) maps to no code")
    mapped = len(pairs) - len(unmapped)
    print(f"  pairs mapped to exactly one code: {mapped}/{len(pairs)}")
    codes_used = Counter(voeten[n] for n, _ in pairs if n in voeten)
    print(f"  distinct codes reached: {len(codes_used)}; codes reached by 2 pairs: "
          f"{sorted(c for c, k in codes_used.items() if k > 1)}")
    unused = sorted(n for n in voeten if n not in names_seen)
    if unused:
        rep.error(f"voeten names in the tables but not in the votes: {unused}")
    diffs = []
    for (n, cc), k in sorted(pairs.items()):
        if n not in voeten:
            continue
        code = voeten[n]
        if cc != by_code[code]["iso2"]:
            diffs.append(f"{n!r}/{cc or '(empty)'} -> {code} (iso2 {by_code[code]['iso2'] or '(empty)'})")
    print(f"  pairs whose country_code differs from the state's iso2 ({len(diffs)}; expected for "
          f"merged/renamed entities):")
    for d in diffs:
        print(f"    {d}")
    # Namibia must survive as the string "NA"
    if ("Namibia", "NA") not in pairs:
        rep.error("Namibia's country_code 'NA' was not read as a string")

    # ------------------------------------------------ votes vs membership
    print("\n== Votes whose roll-call date is outside the state's membership periods")
    print("   (periods inclusive; Voeten days-of-month are not real days before ~1997)")
    out = defaultdict(list)
    per_period = Counter()
    for country, rcid in votes:
        if country not in voeten:
            continue
        code = voeten[country]
        d = rc_date[rcid]
        hit = None
        for i, (f, t, _) in enumerate(periods.get(code, [])):
            if f <= d and (t is None or d <= t):
                hit = i
                break
        if hit is None:
            out[(code, country)].append((d, rc_session[rcid], rcid))
        else:
            per_period[(code, hit)] += 1
    total_out = sum(len(v) for v in out.values())
    print(f"  {total_out} votes outside, for {len(out)} (code, Voeten name) entries")
    n_month = n_review = 0
    for (code, country), lst in sorted(out.items()):
        lst.sort()
        d0, d1 = lst[0][0], lst[-1][0]
        sessions = sorted({s for _, s, _ in lst}, key=int)
        # distance to the nearest period boundary
        best = None
        for f, t, _ in periods[code]:
            for b, label in ((f, "from"), (t, "to")):
                if b is None:
                    continue
                gap = max(abs((d0 - b).days), abs((d1 - b).days))
                if best is None or gap < best[0]:
                    best = (gap, label, b)
        pstr = "; ".join(f"{f}..{t or ''}" for f, t, _ in periods[code])
        b = best[2]
        same_month = all((d.year, d.month) == (b.year, b.month) for d, _, _ in lst)
        if same_month and d1 < DAY_RELIABLE_FROM:
            kind = "month-level (same month as the boundary; source day not a real day)"
            n_month += len(lst)
        else:
            kind = "REVIEW"
            n_review += len(lst)
        print(f"  {code} {country!r}: {len(lst)} votes, {d0} .. {d1}, session(s) {','.join(sessions)}; "
              f"membership {pstr}; nearest boundary member_{best[1]} {b}, "
              f"up to {best[0]} days away; {kind}")
        if kind == "REVIEW":
            for d, sess, rcid in lst[:10]:
                print(f"      rcid {rcid} session {sess} dated {d}")
            if len(lst) > 10:
                print(f"      ... and {len(lst) - 10} more")
    print("\n== Membership periods with no Voeten vote")
    empty = []
    for c, ps in sorted(periods.items()):
        if not by_code[c]["voeten_name"]:
            continue
        for i, (f, t, _) in enumerate(ps):
            if per_period[(c, i)] == 0:
                empty.append(f"{c} {f}..{t or ''}")
    print(f"  {len(empty)}: {empty}")

    print("\n== Summary")
    print(f"  states {len(states)}, membership periods {len(membs)}, aliases {len(aliases)}")
    print(f"  pairs mapped {mapped}/{len(pairs)}; open members {len(open_codes)}/193")
    print(f"  votes outside membership: {total_out} in {len(out)} entries "
          f"({n_month} month-level, {n_review} to review)")
    print(f"  errors: {len(rep.errors)}")
    if rep.errors:
        return 1
    if args.strict and total_out:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
