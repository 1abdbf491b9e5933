#!/usr/bin/env python3
"""Writes the built-in demo fleet (resources/demo-fleet) from a compact description.

The demo tags are written for TurboPredict: they follow each plant's naming scheme and carry the
instruments a real compressor or turbine train has, but they are not copies of any real list.
Run it after changing the description below, then commit the YAML files it writes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "resources", "demo-fleet")

# unit id, plant, tag prefix, naming style, description, driver, stages, extras, scenarios
UNITS = [
    ("K-12-01", "PCFS", "PCFS.K-12-01", ("area", "12", 400), "Feed gas compressor, single stage",
     "steam", 1, 0, []),
    ("K-16-01", "PCFS", "PCFS.K-16-01", ("area", "16", 500), "Recycle gas compressor, two stages",
     "steam", 2, 1, ["filter_clogging"]),
    ("K-19-01", "PCFS", "PCFS.K-19-01", ("area", "19", 600), "Propylene refrigeration compressor, three stages",
     "steam", 3, 2, []),
    ("K-31-01", "PCFS", "PCFS.K-31-01", ("area", "31", 300), "Cracked gas compressor train, three stages",
     "steam", 3, 3, ["bearing_wear"]),
    ("C-02001", "PCMSB", "PCM.C-02001", ("compact", "020", 6100), "Process air compressor",
     "motor", 2, 1, []),
    ("C-104", "PCMSB", "PCM.C-104", ("dash", "", 1400), "Hydrogen recycle compressor",
     "motor", 1, 0, ["fouling"]),
    ("C-13001", "PCMSB", "PCM.C-13001", ("compact", "130", 7000), "Ethylene compressor",
     "steam", 2, 1, []),
    ("C-1301", "PCMSB", "PCM.C-1301", ("dash", "", 13200), "Off-gas compressor A",
     "motor", 1, 0, []),
    ("C-1302", "PCMSB", "PCM.C-1302", ("dash", "", 13300), "Off-gas compressor B",
     "motor", 2, 1, ["filter_clogging"]),
    ("C-201", "PCMSB", "PCM.C-201", ("dash", "", 2100), "Nitrogen compressor",
     "motor", 2, 0, []),
    ("C-202", "PCMSB", "PCM.C-202", ("dash", "", 2200), "Instrument air compressor",
     "motor", 1, 0, []),
    ("XT-07002", "PCMSB", "PCM.XT-07002", ("compact", "070", 8000), "Steam turbine generator drive",
     "turbine", 0, 2, ["fouling"]),
    ("07-MT01-K001", "ABF", "ABF.07-MT001", ("dash", "", 7000), "Motor-driven feed compressor",
     "motor", 3, 2, ["bearing_wear"]),
]


class Namer:
    """Makes instrument tags in one plant's style, with a running loop number."""

    def __init__(self, prefix, style):
        self.prefix = prefix
        self.kind, self.area, self.number = style

    def __call__(self, letters, suffix="", attr="PV", same=False):
        # Redundant transmitters (A/B/C, X/Y, U/V/W) share their loop number.
        if not same:
            self.number += 1
        n = self.number
        if self.kind == "area":      # 12TIA-419A
            tag = f"{self.area}{letters}-{n:03d}{suffix}"
        elif self.kind == "compact":  # 020PI6204B
            tag = f"{self.area}{letters}{n:04d}{suffix}"
        else:                         # TIAH-1406
            tag = f"{letters}-{n}{suffix}"
        return f"{self.prefix}.{tag}.{attr}"


def limits(**kw):
    return kw


def build_tags(unit):
    uid, plant, prefix, style, desc, driver, stages, extras, scenarios = unit
    t = Namer(prefix, style)
    tags = []

    def add(name, description, eu, normal=None, lim=None, role=None, kind=None):
        tags.append(dict(name=name, description=description, unit=eu, normal=normal,
                         limits=lim or {}, role=role, kind=kind))

    design_speed = {"steam": 10500, "motor": 2980, "turbine": 3000}[driver]
    if driver != "motor" or stages >= 2:
        speeds = [design_speed] if driver == "motor" else [design_speed, design_speed]
        for i, s in enumerate(speeds):
            add(t("SI", "AB"[i], same=i > 0), f"Shaft speed, probe {'AB'[i]}", "rpm",
                [0.93 * s, 1.05 * s],
                limits(hi=dict(value=round(1.08 * s), priority="medium"),
                       hihi=dict(value=round(1.10 * s), priority="critical")),
                role="speed" if i == 0 else None)
    if driver != "turbine":
        add(t("FI"), "Main process gas flow", "t/h", [38, 52],
            limits(lo=dict(value=30, priority="medium")), role="main_flow")
        add(t("FI", "B"), "Main process gas flow, second transmitter", "t/h", [38, 52])
        add(t("FI"), "Anti-surge recycle flow", "t/h", [0, 8], limits(hi=14))
        add(t("FIC", attr="MV"), "Anti-surge valve output", "%", None, None)
        margin = f"{prefix}.{style[1]}-MARGIN1.PV" if style[0] == "area" else t("FY", "M")
        add(margin, "Surge margin (calculated)", "%",
            [15, 40], limits(lolo=dict(value=5, priority="critical"), lo=dict(value=10, priority="high")),
            kind="calculated")
    for s in range(1, stages + 1):
        ps = round(2.0 * 2.2 ** (s - 1), 1)
        pd = round(ps * 2.2, 1)
        add(t("PI"), f"Stage {s} suction pressure", "bar(g)", [0.9 * ps, 1.1 * ps],
            limits(lo=round(0.75 * ps, 2)))
        add(t("TI"), f"Stage {s} suction temperature", "degC", [30, 42], limits(hi=50))
        add(t("PIA"), f"Stage {s} discharge pressure", "bar(g)", [0.9 * pd, 1.08 * pd],
            limits(hi=round(1.15 * pd, 1), hihi=dict(value=round(1.22 * pd, 1), priority="critical")))
        add(t("TIA"), f"Stage {s} discharge temperature", "degC", [95, 125],
            limits(hi=140, hihi=dict(value=150, priority="critical")))
        if s < stages:
            add(t("TI"), f"Intercooler {s} gas outlet temperature", "degC", [35, 45], limits(hi=55))
            add(t("LIA"), f"Interstage separator {s} level", "%", [20, 50],
                limits(hi=70, hihi=dict(value=85, priority="high")))
    if driver == "turbine":
        add(t("PI"), "HP steam inlet pressure", "bar(g)", [38, 42], limits(lo=34, hi=45))
        add(t("TI"), "HP steam inlet temperature", "degC", [390, 410], limits(lo=370, hi=425))
        add(t("PI"), "Exhaust steam pressure", "bar(g)", [3.2, 4.0], limits(hi=4.6))
        add(t("TI"), "Exhaust steam temperature", "degC", [170, 195], limits(hi=215))
        add(t("HC", attr="MV"), "Governor valve output", "%", None, None)
        add(t("JI"), "Generator active power", "MW", [9, 14], limits(hi=15.5), role="main_flow")
        add(t("FI"), "HP steam flow", "t/h", [55, 80], limits(hi=90))
        add(t("AI"), "Condensate conductivity", "uS/cm", [0, 2], limits(hi=5))

    # Bearings: two per casing, driver bearings unless the driver is a motor with its own casing.
    casings = ["Compressor"] if stages else []
    if stages >= 3:
        casings.append("HP compressor")
    casings.append({"steam": "Turbine", "motor": "Motor", "turbine": "Turbine"}[driver])
    if driver == "turbine":
        casings.append("Generator")
    for casing in casings:
        for end in ("DE", "NDE"):
            for probe in ("A", "B", "C") if casing != "Motor" else ("A",):
                add(t("TIA", probe, same=probe != "A"), f"{casing} {end} journal bearing temperature {probe}", "degC",
                    [70, 95], limits(hi=dict(value=105, priority="high"),
                                     hihi=dict(value=115, priority="critical")))
            add(t("XIA", "X"), f"{casing} {end} radial vibration X", "um", [10, 45],
                limits(hi=dict(value=63, priority="high"), hihi=dict(value=89, priority="critical")))
            add(t("XIA", "Y", same=True), f"{casing} {end} radial vibration Y", "um", [10, 45],
                limits(hi=dict(value=63, priority="high"), hihi=dict(value=89, priority="critical")))
        if casing != "Motor":
            for side in ("active", "inactive"):
                for probe in ("A", "B"):
                    add(t("TIA", probe, same=probe == "B"), f"{casing} thrust bearing {side} temperature {probe}", "degC",
                        [70, 98], limits(hi=dict(value=110, priority="high"),
                                         hihi=dict(value=120, priority="critical")))
            for probe in ("A", "B"):
                add(t("ZIA", probe, same=probe == "B"), f"{casing} axial position {probe}", "mm", [-0.25, 0.25],
                    limits(lolo=dict(value=-0.7, priority="critical"), lo=-0.5, hi=0.5,
                           hihi=dict(value=0.7, priority="critical")))

    # Lube and seal oil
    add(t("PIA"), "Lube oil header pressure", "bar(g)", [2.2, 2.8],
        limits(lolo=dict(value=1.4, priority="critical"), lo=dict(value=1.8, priority="high")))
    add(t("TIA"), "Lube oil supply temperature", "degC", [42, 50],
        limits(hi=55, hihi=dict(value=60, priority="high")))
    add(t("TI"), "Lube oil return temperature", "degC", [55, 68], limits(hi=75))
    add(t("LIA"), "Lube oil reservoir level", "%", [55, 80],
        limits(lolo=dict(value=35, priority="critical"), lo=dict(value=45, priority="high"), hi=90))
    add(t("PDIA"), "Lube oil filter differential pressure", "kPa", [20, 80],
        limits(hi=dict(value=150, priority="medium"), hihi=dict(value=200, priority="high")))
    add(t("TI"), "Lube oil cooler outlet temperature", "degC", [40, 48], limits(hi=54))
    add(t("PI"), "Control oil pressure", "bar(g)", [8, 10], limits(lo=7))
    if driver != "motor" or stages >= 2:
        add(t("PDIA"), "Seal gas filter differential pressure", "kPa", [5, 40],
            limits(hi=dict(value=80, priority="medium")))
        add(t("PDIA"), "Primary seal gas differential pressure", "bar", [1.5, 3.0],
            limits(lo=dict(value=1.0, priority="high")))
        add(t("FI"), "Primary seal vent flow, DE", "Nm3/h", [0.5, 3], limits(hi=6))
        add(t("FI"), "Primary seal vent flow, NDE", "Nm3/h", [0.5, 3], limits(hi=6))
    if driver == "motor":
        add(t("II"), "Motor current", "A", [280, 360], limits(hi=400, hihi=dict(value=430, priority="high")))
        add(t("JI"), "Motor power", "kW", [2600, 3400], limits(hi=3800))
        for w in ("U", "V", "W"):
            add(t("TIA", w, same=w != "U"), f"Motor stator winding temperature {w}", "degC", [70, 105],
                limits(hi=dict(value=130, priority="high"), hihi=dict(value=145, priority="critical")))
        add(t("EI"), "Motor supply voltage", "kV", [10.8, 11.2], limits(lo=10.2, hi=11.8))
    # Extras: per-stage balance line dP, cooling water, more flow/pressure measurement.
    for e in range(extras):
        add(t("PDI"), f"Balance line differential pressure {e + 1}", "kPa", [40, 90], limits(hi=130))
        add(t("TI"), f"Cooling water return temperature {e + 1}", "degC", [32, 40], limits(hi=45))
        add(t("PI"), f"Cooling water supply pressure {e + 1}", "bar(g)", [3.5, 4.5], limits(lo=3))
        add(t("TI"), f"Cooling water supply temperature {e + 1}", "degC", [26, 32], limits(hi=36))
        add(t("LI"), f"Seal oil overhead tank level {e + 1}", "%", [40, 70], limits(lo=30, hi=85))
        add(t("PI"), f"Seal oil reference pressure {e + 1}", "bar(g)", [5, 6], limits(lo=4.5))
        add(t("TI"), f"Seal oil drain temperature {e + 1}", "degC", [50, 65], limits(hi=75))
        add(t("FI"), f"Seal oil flow {e + 1}", "l/min", [40, 60], limits(lo=30))
        add(t("PDI"), f"Suction strainer differential pressure {e + 1}", "kPa", [2, 10], limits(hi=25))
        add(t("HC", attr="MV"), f"Inlet guide vane position demand {e + 1}", "%", None, None)
        add(t("ZI"), f"Inlet guide vane position {e + 1}", "%", [30, 90])
        add(t("TI"), f"Ambient air temperature at skid {e + 1}", "degC", [24, 36])
    return tags


def fmt(v):
    if isinstance(v, float):
        if v == int(v):
            return str(int(v))
        return repr(round(v, 3))
    return str(v)


def write_unit(unit):
    uid, plant, prefix, style, desc, driver, stages, extras, scenarios = unit
    tags = build_tags(unit)
    seed = sum(ord(c) * (i + 1) for i, c in enumerate(uid)) % 100000
    lines = [
        "# Demo unit for TurboPredict's simulator. Edit freely; see README.md for every key.",
        f"unit_id: {uid}",
        f"plant: {plant}",
        f"description: {desc}",
        "timezone: Asia/Kuala_Lumpur",
        "refresh_interval: 30s",
        "source:",
        "  type: simulator",
        f"  seed: {seed}",
    ]
    if scenarios:
        lines.append("  scenarios: [" + ", ".join(scenarios) + "]")
    lines.append("tags:")
    for tag in tags:
        lines.append(f"  - name: {tag['name']}")
        lines.append(f"    description: {tag['description']}")
        lines.append(f"    unit: \"{tag['unit']}\"")
        if tag["kind"]:
            lines.append(f"    kind: {tag['kind']}")
        if tag["role"]:
            lines.append(f"    role: {tag['role']}")
        if tag["normal"]:
            lo, hi = tag["normal"]
            lines.append(f"    normal: [{fmt(round(lo, 3))}, {fmt(round(hi, 3))}]")
        if tag["limits"]:
            lines.append("    limits:")
            for key in ("lolo", "lo", "hi", "hihi"):
                if key not in tag["limits"]:
                    continue
                v = tag["limits"][key]
                if isinstance(v, dict):
                    lines.append(f"      {key}: {{value: {fmt(v['value'])}, priority: {v['priority']}}}")
                else:
                    lines.append(f"      {key}: {fmt(v)}")
    lines.append("analysis: {}")
    lines.append("rul: {}")
    with open(os.path.join(OUT, "units", f"{uid}.yml"), "w") as f:
        f.write("\n".join(lines) + "\n")
    return len(tags)


def main():
    os.makedirs(os.path.join(OUT, "units"), exist_ok=True)
    with open(os.path.join(OUT, "global.yml"), "w") as f:
        f.write("# TurboPredict demo fleet: global settings.\n"
                "site_name: Demo fleet\n"
                "plants: [PCFS, PCMSB, ABF]\n"
                "defaults:\n"
                "  timezone: Asia/Kuala_Lumpur\n"
                "  refresh_interval: 5m\n"
                "storage:\n"
                "  synchronous: normal\n"
                "  busy_timeout: 5s\n")
    for unit in UNITS:
        n = write_unit(unit)
        print(f"{unit[0]}: {n} tags", file=sys.stderr)
        if not 40 <= n <= 120:
            sys.exit(f"{unit[0]} has {n} tags; the demo units carry 40-120")


if __name__ == "__main__":
    main()
