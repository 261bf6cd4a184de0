# The two commands of the README: `make ask` and `make test`. Each sets up .venv when needed.
VENV    := .venv
PY      := $(VENV)/bin/python
QA      := $(VENV)/bin/qa
STAMP   := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
SHELL   := /bin/bash
.SHELLFLAGS := -o pipefail -c
# this machine's pip configuration names local folders that do not exist; pip warns once per package
QUIET_PIP := 2>&1 | { grep -v "^WARNING: Location 'file:" || true; }
export Q

.PHONY: install index ask test eval bench clean reader

$(STAMP): pyproject.toml constraints.txt
	@test -x $(PY) || python3 -m venv $(VENV)
	@echo "installing into $(VENV) (torch==2.13.0 first, CPU build) …"
	@$(PY) -m pip install -q torch==2.13.0 $(QUIET_PIP)
	@$(PY) -m pip install -q -c constraints.txt -e '.[test]' $(QUIET_PIP)
	@touch $(STAMP)

install: $(STAMP)

index: install
	$(QA) index

# make ask            → the conversation (REPL)
# make ask Q="…"      → one answer
ask: install
	@if [ -n "$$Q" ]; then $(QA) ask "$$Q"; else $(QA) ask; fi

# Regression gate: thresholds sit just under the figures measured on eval/gold.jsonl with the shipped reader (see README).
# Re-measured for the GPU-trained reader (2026-12-04). It answers seeds/ worse than the CPU-trained one did (em 0.688 →
# 0.656, f1 0.751 → 0.697, false_abstain 0.031 → 0.125, followup_em 0.857 → 0.714), and the gates moved down with it.
# It was shipped for what it does on the other sets (README, "The reader"). Raised on 2026-12-04 (fifteenth session),
# when a follow-up read without the year its antecedent states was answered (em 0.672, f1 0.713, quote_hit 0.750,
# citation_acc 0.797, false_abstain 0.109, followup_em 0.786).
EVAL_GATES := --min-em 0.67 --min-f1 0.71 --min-quote-hit 0.74 --min-citation-acc 0.79 --min-grounded 1.0 \
              --min-abstain-recall 0.64 --max-false-abstain 0.11 --min-followup-em 0.78

# The SQuAD tune sample (eval/squad/tune/): gates just under the figures measured with the shipped reader
# (the GPU-trained one: em 0.675, f1 0.776, quote_hit 0.876, citation_acc 0.959, abstain_recall 0.183, false_abstain 0.041).
SQUAD_GATES := --min-em 0.67 --min-f1 0.77 --min-quote-hit 0.87 --min-citation-acc 0.95 --min-grounded 1.0 \
               --min-abstain-recall 0.18 --max-false-abstain 0.05

test: install
	$(PY) -m pytest -q
	$(QA) eval --gold eval/gold.jsonl --report eval/report.json $(EVAL_GATES)
	$(QA) eval --gold eval/squad/tune/gold.jsonl --corpus eval/squad/tune/corpus --report eval/squad/tune/report.json $(SQUAD_GATES)

eval: install
	$(QA) eval --gold eval/gold.jsonl --report eval/report.json --sweep
	$(QA) eval --gold eval/wire/gold.jsonl --corpus eval/wire/corpus --report eval/wire/report.json
	$(QA) eval --gold eval/longform/gold.jsonl --corpus eval/longform/corpus --report eval/longform/report.json
	$(QA) eval --gold eval/squad/test/gold.jsonl --corpus eval/squad/test/corpus --report eval/squad/test/report.json
	$(QA) eval --gold eval/blind/gold.jsonl --corpus eval/blind/corpus --report eval/blind/report.json
	for set in blind2 transcripts transcripts2; do \
	  $(QA) eval --gold eval/$$set/gold.jsonl --corpus eval/$$set/corpus --report eval/$$set/report.json || exit 1; \
	done
	$(QA) eval --gold eval/dialogues/seeds.jsonl --report eval/dialogues/seeds.report.json
	$(QA) eval --gold eval/dialogues/wire.jsonl --corpus eval/wire/corpus --report eval/dialogues/wire.report.json
	$(QA) eval --gold eval/dialogues/longform.jsonl --corpus eval/longform/corpus --report eval/dialogues/longform.report.json
	$(QA) eval --gold eval/dialogues/blind.jsonl --corpus eval/blind/corpus --report eval/dialogues/blind.report.json
	$(QA) eval --gold eval/dialogues/languages.jsonl --report eval/dialogues/languages.report.json
	for set in conversations conversations2 conversations3 conversations4 conversations5 conversations6 conversations7 conversations8 conversations9 conversations10 conversations11 conversations12 conversations13 conversations14 conversations15 conversations16 conversations17; do \
	  $(QA) eval --gold eval/$$set/seeds.jsonl --report eval/$$set/seeds.report.json && \
	  for c in wire longform blind; do \
	    $(QA) eval --gold eval/$$set/$$c.jsonl --corpus eval/$$c/corpus --report eval/$$set/$$c.report.json || exit 1; \
	  done || exit 1; \
	done

# Retrain the reader from train/config.json and its seed (MAX_WINDOWS=N for a short CPU run), then
# export it to int8 ONNX in qa/models/, fit abstention and k on the tune split, and validate.
# Resumes from train/runs/reader/ when a run was cut off; RUN=train/runs/NAME for a fresh one.
# On a GPU machine: make reader CONFIG=train/config.gpu.json (three passes over every window).
RUN ?= train/runs/reader
CONFIG ?= train/config.json
reader: install
	@$(PY) -m pip install -q -c constraints.txt -e '.[test,train]' $(QUIET_PIP)
	$(PY) -m train.train --config $(CONFIG) --run $(RUN) $(if $(MAX_WINDOWS),--max-windows $(MAX_WINDOWS))
	$(PY) -m train.export --run $(RUN)
	$(PY) -m train.calibrate
	$(PY) -m train.validate --split tune --compare $(RUN)/reader.fp32.onnx --record
	$(PY) -m train.card

bench: install
	$(PY) bench/bench.py

clean:
	rm -rf index .index.* eval/report.json
