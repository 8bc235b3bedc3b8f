"""How far the checker's 0-100 score can be trusted, on labelled messages.

For each file: recall per label at the shipped threshold, AUROC (the chance that a personal
message scores above a generic one), the share of personal messages per score band, and
the threshold at which the lower of the two recalls is highest. The development sets are
the shared corpus beside the repository; the held-out sets are ours, never tuned on.

    .venv/bin/python bench/bench_calibration.py [--json] [--misses] [FILE ...]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.checker import Checker
from app.checker.scoring import PERSONAL_THRESHOLD

ROOT = Path(__file__).resolve().parent.parent
# The shared corpus sits beside the checkout, or beside the folder of worktrees.
_CORPORA = [folder / "shared" / "corpus" for folder in ROOT.parents[:2]]
CORPUS = next((folder for folder in _CORPORA if folder.is_dir()), _CORPORA[0])
DEFAULT_FILES = (
    CORPUS / "genericness_dev.jsonl",
    CORPUS / "genericness_dev2.jsonl",
    CORPUS / "genericness_dev_i18n.jsonl",
    ROOT / "tests" / "checker" / "data" / "held_out.jsonl",
    ROOT / "tests" / "checker" / "data" / "held_out_2.jsonl",
    ROOT / "tests" / "checker" / "data" / "held_out_3.jsonl",
    ROOT / "tests" / "checker" / "data" / "held_out_4.jsonl",
)
BANDS = ((0, 20), (20, 40), (40, 60), (60, 80), (80, 101))


def scored(checker: Checker, path: Path) -> list[tuple[str, int, str]]:
    """(label, score, id) of every message in a JSON Lines file."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        report = checker.check(item["text"], kind=item.get("kind"), contact=item.get("contact"))
        rows.append((item["label"], report.score, item["id"]))
    return rows


def auroc(rows: list[tuple[str, int, str]]) -> float:
    """Mann-Whitney: pairs (personal, generic) ranked right, ties counting half."""
    personal = [s for label, s, _ in rows if label == "personal"]
    generic = [s for label, s, _ in rows if label == "generic"]
    if not personal or not generic:
        return float("nan")
    wins = sum((p > g) + 0.5 * (p == g) for p in personal for g in generic)
    return wins / (len(personal) * len(generic))


def recalls(rows: list[tuple[str, int, str]], threshold: int) -> dict[str, float]:
    result = {}
    for label in ("generic", "personal"):
        scores = [s for lab, s, _ in rows if lab == label]
        right = [s for s in scores if (s >= threshold) == (label == "personal")]
        result[label] = len(right) / len(scores) if scores else float("nan")
    return result


def best_threshold(rows: list[tuple[str, int, str]]) -> tuple[int, float]:
    """The threshold whose lower recall is highest (the middle of a tie), and that recall."""
    worst = {t: min(recalls(rows, t).values()) for t in range(1, 101)}
    top = max(worst.values())
    tied = [t for t, value in worst.items() if value == top]
    return tied[len(tied) // 2], top


def bands(rows: list[tuple[str, int, str]]) -> list[dict[str, Any]]:
    table = []
    for low, high in BANDS:
        labels = [label for label, s, _ in rows if low <= s < high]
        personal = labels.count("personal")
        share = personal / len(labels) if labels else None
        table.append({"band": f"{low}-{min(high, 100)}", "n": len(labels), "personal": share})
    return table


def report(path: Path, rows: list[tuple[str, int, str]]) -> dict[str, Any]:
    threshold, recall = best_threshold(rows)
    return {
        "file": path.name,
        "messages": len(rows),
        "recall": recalls(rows, PERSONAL_THRESHOLD),
        "auroc": auroc(rows),
        "bands": bands(rows),
        "best_threshold": threshold,
        "best_min_recall": recall,
        "missed": [
            f"{i} ({s})"
            for label, s, i in rows
            if (s >= PERSONAL_THRESHOLD) != (label == "personal")
        ],
    }


def _print(figures: dict[str, Any], misses: bool) -> None:
    recall = ", ".join(f"{k} {v:.2f}" for k, v in figures["recall"].items())
    print(f"{figures['file']} ({figures['messages']} messages)")
    print(f"  recall at {PERSONAL_THRESHOLD}: {recall}; AUROC {figures['auroc']:.3f}")
    print(
        f"  best threshold {figures['best_threshold']} "
        f"(lower recall {figures['best_min_recall']:.2f})"
    )
    for band in figures["bands"]:
        share = "-" if band["personal"] is None else f"{band['personal']:.2f}"
        print(f"  score {band['band']:>6}: {band['n']:3d} messages, share personal {share}")
    if misses and figures["missed"]:
        print("  missed: " + ", ".join(figures["missed"]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--misses", action="store_true", help="list the misclassified ids")
    args = parser.parse_args()
    checker = Checker.load()
    paths = [p for p in (args.files or DEFAULT_FILES) if p.is_file()]
    results = []
    pooled: list[tuple[str, int, str]] = []
    for path in paths:
        rows = scored(checker, path)
        results.append(report(path, rows))
        if path.name.startswith("genericness_dev") and "i18n" not in path.name:
            pooled += rows
    if pooled:
        results.append(report(Path("dev+dev2"), pooled))
    if args.json:
        print(json.dumps({"calibration": results}))
    else:
        for figures in results:
            _print(figures, args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
