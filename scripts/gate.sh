#!/usr/bin/env bash
# The CI quality gate (`make gate`): build fresh indexes, run the evaluation sets, fail below the
# thresholds. Thresholds sit a small margin under the figures measured on this repo (see
# docs/eval-baselines.md); raise them when the engine or the notes get better, never lower them
# to make a regression pass.
#
#   CORPUS=../shared/corpus  the upstream docs; the corpus set runs only when this folder exists
#   GATE_WORK=DIR            keep the indexes there (reused incrementally) instead of a temp dir
#   REPORTS=reports          where the JSON/Markdown reports go (git-ignored)
set -uo pipefail

BIN=${BIN:-.venv/bin}
CORPUS=${CORPUS:-../shared/corpus}
REPORTS=${REPORTS:-reports}
# A fixed hash seed: set and dict orders then repeat from run to run, so a threshold one
# question under the measured figure is not crossed by a tie broken the other way.
export HF_HUB_OFFLINE=1 TOKENIZERS_PARALLELISM=false ANONYMIZED_TELEMETRY=False PYTHONHASHSEED=0

if [ -n "${GATE_WORK:-}" ]; then
    work=$GATE_WORK
    mkdir -p "$work"
else
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$REPORTS"
status=0

# KB sets against a kb/notes index. Measured with hybrid (docs/eval-baselines.md): 86/86 passed
# (100%), top-1 100% (37 scored), sources 100% (45 scored), refusal precision 100% / recall 100%
# (15 to decline), citations 100%, 0 exclusion violations. Margin: one question per figure
# (85/86 = 0.988, 36/37 = 0.973, 44/45 = 0.978, 14/15 = 0.933, one violation); none for citations,
# since an answer citing a passage it does not show is always a bug.
KB_THRESHOLDS=(
    --min-pass-rate 0.98 --min-top1 0.97 --min-source-recall 0.97
    --min-refusal-precision 0.93 --min-refusal-recall 0.93 --min-citation-validity 1.0
    --max-exclusion-violations 1
)
# Real users' questions (kb/eval/real/: 50 from the shared development set, 46 from other public
# threads, provenance in kb/eval/real/README.md), against the same kb/notes index. Measured (hybrid):
# 93/96 (96.9%), top-1 41/43 (95.3%), refusal precision and recall 12/12, citations 100%,
# 3 exclusion violations. Margin: one question per figure (92/96 = 0.958, 40/43 = 0.930).
REAL_THRESHOLDS=(
    --min-pass-rate 0.95 --min-top1 0.93 --min-refusal-precision 0.91 --min-refusal-recall 0.91
    --min-citation-validity 1.0 --max-exclusion-violations 4
)
# The corpus set only measures retrieval (sources_any and terms). Measured: 23/24 passed (95.8%),
# sources 95.8%, citations 100%. Margin: one question (22/24 = 0.917).
CORPUS_THRESHOLDS=(--min-pass-rate 0.91 --min-source-recall 0.91 --min-citation-validity 1.0)
# Needle questions, held-out half (kb/eval/corpus/needles-held.yaml, never used to choose settings):
# fusion must pay for itself, so hybrid is held both to a pass rate and to a lead over dense-only
# and lexical-only retrieval measured in the same run. Measured: hybrid 78/81 (96.3%), dense 75.3%,
# lexical 77.8%. Margin: one question (77/81 = 0.951); the lead of 5 points is the bar.
NEEDLE_THRESHOLDS=(--min-pass-rate 0.95 --min-lead 0.05)
# The fresh needle set (kb/eval/corpus/needles-fresh.yaml), written after the held half had been
# read for failure classes, and never read question by question. Measured: hybrid 54/60
# (90.0%), dense 85.0%, lexical 78.3%; since the Whereabouts and env notes of 2026-12-05 added
# passages, hybrid 53/60 (88.3%), dense 81.7%, lexical 80.0%. Margin: none left for the rate
# (53/60 = 0.883, kept at 0.88 on purpose: one more lost needle fails the gate and asks for a
# look), and at least 3.3 points of lead over the better single retriever (6.6 measured).
FRESH_THRESHOLDS=(--min-pass-rate 0.88 --min-lead 0.033)

echo "== gate: ingest kb/notes"
"$BIN/cni-advisor" ingest kb/notes --index "$work/kb" --json > "$REPORTS/ingest-kb.json" || exit 2
echo "== gate: eval kb/eval/*.yaml"
"$BIN/cni-advisor" eval kb/eval/*.yaml --index "$work/kb" "${KB_THRESHOLDS[@]}" \
    --json "$REPORTS/eval-kb.json" --markdown "$REPORTS/eval-kb.md" || status=1

echo "== gate: eval kb/eval/real/*.yaml"
"$BIN/cni-advisor" eval kb/eval/real/*.yaml --index "$work/kb" "${REAL_THRESHOLDS[@]}" \
    --json "$REPORTS/eval-real.json" --markdown "$REPORTS/eval-real.md" || status=1

if [ -d "$CORPUS" ]; then
    echo "== gate: ingest kb/notes + $CORPUS (a few minutes)"
    "$BIN/cni-advisor" ingest kb/notes "$CORPUS" --index "$work/full" --json \
        > "$REPORTS/ingest-full.json" || exit 2
    echo "== gate: eval kb/eval/corpus/retrieval.yaml"
    "$BIN/cni-advisor" eval kb/eval/corpus/retrieval.yaml --index "$work/full" "${CORPUS_THRESHOLDS[@]}" \
        --json "$REPORTS/eval-corpus.json" --markdown "$REPORTS/eval-corpus.md" || status=1
    echo "== gate: hybrid vs dense vs lexical on kb/eval/corpus/needles-held.yaml"
    "$BIN/python" scripts/hybrid_lead.py kb/eval/corpus/needles-held.yaml --index "$work/full" \
        "${NEEDLE_THRESHOLDS[@]}" --json "$REPORTS/eval-needles.json" || status=1
    echo "== gate: hybrid vs dense vs lexical on kb/eval/corpus/needles-fresh.yaml"
    "$BIN/python" scripts/hybrid_lead.py kb/eval/corpus/needles-fresh.yaml --index "$work/full" \
        "${FRESH_THRESHOLDS[@]}" --json "$REPORTS/eval-needles-fresh.json" || status=1
else
    echo "== gate: $CORPUS not found, corpus set skipped"
fi

[ $status -eq 0 ] && echo "== gate: passed" || echo "== gate: FAILED (reports in $REPORTS/)"
exit $status
