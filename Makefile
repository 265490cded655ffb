# Afterview — the README's two commands are `make run` and `make test`.
# Every target installs what it needs (idempotently) through `setup`.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := build

E2E        := tests/e2e
NODE_BIN   := $(E2E)/node_modules/.bin
PKG        := extension/pkg
# Two wasm modules from the one crate (src/web/mod.rs): the service worker's engine and the
# UI pages. Each has its own target dir (target/wasm-<module>), so switching features
# never rebuilds the other.
WASM_MODULES := engine pages
# wasm-bindgen-cli must be the version of the wasm-bindgen crate pinned in Cargo.lock (the
# generated glue and the wasm must agree); it is read from the lock file, so they never drift.
WASM_BINDGEN_VERSION = $(shell awk '/^name = "wasm-bindgen"$$/ {getline; gsub(/[" ]/, "", $$0); sub(/version=/, "", $$0); print; exit}' Cargo.lock)
# The engine's glue gets __wbg_reset_state: after a trap, background.js instantiates the
# module afresh (docs/architecture.md, "When the engine traps").
ENGINE_BINDGEN_FLAGS := --experimental-reset-state-function
# The features rustc's wasm32 target emits; named explicitly, never --all-features.
WASM_OPT_FLAGS := -Oz --strip-debug --strip-producers --enable-bulk-memory --enable-mutable-globals --enable-nontrapping-float-to-int \
                  --enable-sign-ext --enable-reference-types --enable-multivalue
CARGO_BIN  := $(HOME)/.cargo/bin
export PATH := $(CARGO_BIN):$(PATH)

.PHONY: setup build run test bench compare fuzz package clean setup-rust setup-apt setup-npm lint-js gallery reader-model

## setup: install every tool the other targets use (safe to run again)
setup: setup-rust setup-apt setup-npm

setup-rust:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@rustup component list --installed | grep -q '^clippy' || rustup component add clippy
	@rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt
	@want="$(WASM_BINDGEN_VERSION)"; have=$$( (wasm-bindgen --version 2>/dev/null || true) | awk '{print $$2}'); \
	  if [ "$$have" != "$$want" ]; then echo "installing wasm-bindgen-cli $$want (have: $${have:-none})"; \
	    cargo install wasm-bindgen-cli --version "$$want" --force; fi

setup-apt:
	@missing=""; \
	  [ -x /usr/bin/chromium ] || missing="$$missing chromium"; \
	  [ -x /usr/bin/chromedriver ] || missing="$$missing chromium-driver"; \
	  [ -x /usr/bin/firefox-esr ] || missing="$$missing firefox-esr"; \
	  command -v zip >/dev/null || missing="$$missing zip"; \
	  if [ -n "$$missing" ]; then echo "apt: installing$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; fi

setup-npm: $(E2E)/node_modules/.installed

$(E2E)/node_modules/.installed: $(E2E)/package.json $(E2E)/package-lock.json
	cd $(E2E) && npm ci --no-audit --no-fund --loglevel=error
	touch $@

## build: the wasm core, the unpacked extensions in dist/ and their zips, the playground
build: setup
	rm -rf $(PKG)
	for m in $(WASM_MODULES); do \
	  cargo build --lib --target wasm32-unknown-unknown --profile wasm --no-default-features --features $$m --target-dir target/wasm-$$m; \
	  flags=$$([ $$m = engine ] && echo $(ENGINE_BINDGEN_FLAGS) || true); \
	  wasm-bindgen --target web --no-typescript $$flags --out-dir $(PKG) --out-name $$m target/wasm-$$m/wasm32-unknown-unknown/wasm/afterview.wasm; \
	done
	pids=(); for m in $(WASM_MODULES); do $(NODE_BIN)/wasm-opt $(WASM_OPT_FLAGS) $(PKG)/$${m}_bg.wasm -o $(PKG)/$${m}_bg.wasm & pids+=($$!); done; \
	  for p in "$${pids[@]}"; do wait $$p; done
	node tools/package.mjs

## run: build, then serve the playground at http://127.0.0.1:8080
run: build
	@echo
	@echo "Playground: http://127.0.0.1:8080/   (Ctrl+C to stop)"
	@echo "Extension:  open chrome://extensions, turn on Developer mode, 'Load unpacked' and pick $(CURDIR)/dist/chrome"
	@echo "            (Firefox: about:debugging → This Firefox → Load Temporary Add-on → dist/firefox/manifest.json)"
	@echo
	cd www && python3 -m http.server 8080 --bind 127.0.0.1

## test: formatting, lints, native tests, the wasm build, JS type check, web-ext lint, browser tests (Chromium and Firefox)
test: setup
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	for m in $(WASM_MODULES); do cargo clippy --lib --target wasm32-unknown-unknown --no-default-features --features $$m -- -D warnings; done
	cargo test
	$(MAKE) --no-print-directory build
	$(MAKE) --no-print-directory lint-js
	cd $(E2E) && node --test --test-concurrency=1 specs/*.spec.mjs

lint-js:
	$(NODE_BIN)/tsc --noEmit -p $(E2E)/tsconfig.content.json
	$(NODE_BIN)/web-ext lint --source-dir dist/firefox --self-hosted --warnings-as-errors=false --output=text

## bench: native (divan) and in-browser benchmarks, sizes and twiggy; writes target/bench.json
bench: build
	@command -v twiggy >/dev/null || cargo install twiggy --locked
	mkdir -p target && cargo bench --bench core | tee target/divan.txt
	WASM_OPT_FLAGS='$(WASM_OPT_FLAGS)' ENGINE_BINDGEN_FLAGS='$(ENGINE_BINDGEN_FLAGS)' node $(E2E)/bench.mjs target/divan.txt

## compare: Harper (harper-core) and Afterview on the proofreading corpus in one run; writes
## docs/proofreading.md. tools/compare is a build of its own: not in `make test` nor the wasm.
compare: setup-rust
	cd tools/compare && cargo run --release

## reader-model: train the learned reader again on the reading corpus and write its
## weights (src/core/read/weights.rs); `cargo test` fails while they are out of date.
reader-model: setup-rust
	AFTERVIEW_WRITE_READER_MODEL=1 cargo test --lib read::training

## package: the store zips in dist/
package: build
	@ls -l dist/*.zip

clean:
	cargo clean
	rm -rf dist $(PKG) www/pkg

## fuzz: cargo fuzz on the deadline reader, the checker and state import, FUZZ_SECONDS each.
## cargo-fuzz needs nightly flags; the machine has only stable, so RUSTC_BOOTSTRAP=1 lets
## stable rustc accept them (the sanitizer build libFuzzer needs).
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := when check state_import
fuzz: setup-rust
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
	cd fuzz && for t in $(FUZZ_TARGETS); do \
	  mkdir -p corpus/$$t; \
	  RUSTC_BOOTSTRAP=1 cargo fuzz run -O $$t corpus/$$t -- -max_total_time=$(FUZZ_SECONDS) -max_len=4096 -timeout=5 || exit 1; \
	done

## gallery: docs/drafts-gallery.md, each corpus note and the sentence it becomes
gallery:
	cargo run --quiet --example gallery
