# Two commands set everything up on a fresh Debian machine:
#   make run    process data/samples/ through the batch flow into out/
#   make test   run the whole test suite
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
OUT ?= out
# fonts-noto-core: the Naskh and Kufi Arabic faces the samples and evaluation documents
# are rendered with (DejaVu is the fallback), so a new machine renders them as here.
APT_PACKAGES := tesseract-ocr tesseract-ocr-eng tesseract-ocr-fra tesseract-ocr-spa \
	tesseract-ocr-ara tesseract-ocr-script-arab tesseract-ocr-osd libpango-1.0-0 libpangoft2-1.0-0 \
	libharfbuzz-subset0 fonts-dejavu-core fonts-noto-core
export OMP_THREAD_LIMIT := 1

.PHONY: run test bench lint samples model docs system-deps venv clean

run: system-deps venv
	$(BIN)/triage batch --inbox data/samples --out $(OUT)

test: system-deps venv
	$(BIN)/pytest

bench: system-deps venv
	$(BIN)/python -m bench

lint: venv
	$(BIN)/ruff check .

samples: venv
	$(BIN)/triage samples

# Rebuild the text models (models/: offence categories and misuse context from data/train/,
# the packet model from the development cases), then the sentence models' bars.
model: venv
	$(BIN)/triage train
	$(BIN)/triage eval calibrate --write

docs: venv
	$(BIN)/python -m pipeline.flags.docs

venv: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(STAMP)

# Installs Tesseract 5 (en, fr, es, ar, the Arabic-script model, osd) and WeasyPrint's
# libraries through apt when missing; without root or sudo it prints the exact command and
# stops (exit 3).
system-deps:
	@if command -v dpkg-query >/dev/null; then \
	  missing=$$(for p in $(APT_PACKAGES); do \
	    dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || echo -n "$$p "; done); \
	else \
	  command -v tesseract >/dev/null || missing="tesseract (with eng fra spa ara Arabic osd data)"; \
	fi; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then sudo=""; \
	  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo="sudo"; \
	  else echo "Missing system packages: $$missing"; \
	    echo "Install them with: sudo apt-get update && sudo apt-get install -y $$missing"; exit 3; fi; \
	  echo "Installing system packages: $$missing"; \
	  $$sudo apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing \
	    >/dev/null || { echo "apt-get failed; run: sudo apt-get install -y $$missing"; exit 3; }; \
	fi

clean:
	rm -rf $(OUT) .pytest_cache .ruff_cache
