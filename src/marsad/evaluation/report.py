"""Human-readable summaries of evaluation results."""

from __future__ import annotations

from typing import Any


def format_event_scores(result: dict[str, Any]) -> str:
    lines: list[str] = []
    for art in result["articles"]:
        ents, times, events = art["entities"], art["times"], art["events"]
        lines.append(f"== {art['gold']}")
        lines.append(
            f"entities  P {ents['p']:.3f}  R {ents['r']:.3f}  F1 {ents['f1']:.3f}  "
            f"(found {ents['found']}/{ents['total']}, {len(ents['spurious'])} spurious of {ents['n_system']})"
        )
        if ents["missed"]:
            lines.append("  missed:   " + "، ".join(ents["missed"]))
        if ents["spurious"]:
            lines.append("  spurious: " + "، ".join(ents["spurious"]))
        lines.append(f"times     {times['right']}/{times['total']} right")
        for d in times["details"]:
            if not d["right"]:
                lines.append(f"  wrong/missing: {d['form']} = {d['gold']}")
        lines.append(
            f"events    core {events['core_found']}/{events['core_total']}  "
            f"precision {events['precision']:.3f} ({events['system_matched']}/{events['system']})"
        )
        for miss in events["missed"]:
            lines.append(f"  missed: {miss['type']} {miss['source']} -> {miss['target']}")
        for extra in events["unmatched_system"]:
            lines.append(f"  unmatched: {extra}")
    if len(result["articles"]) > 1:
        total = result["total"]
        e, t, v = total["entities"], total["times"], total["events"]
        lines.append(f"== total over {len(result['articles'])} articles")
        lines.append(f"entities  P {e['p']:.3f}  R {e['r']:.3f}  F1 {e['f1']:.3f}")
        lines.append(f"times     {t['right']}/{t['total']} right")
        lines.append(
            f"events    core recall {v['recall']:.3f} ({v['core_found']}/{v['core_total']})  "
            f"precision {v['precision']:.3f} ({v['system_matched']}/{v['system']})"
        )
    return "\n".join(lines)
