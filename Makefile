# Infoklass – make targets. `make help` lists them.
SHELL := /bin/bash
GO ?= go
BIN := bin/infoklass
# Tests and vet run without cgo; the ci tag gives Fyne its software driver.
TESTENV := CGO_ENABLED=0
TESTTAGS := -tags ci

.PHONY: help deps build run test vet fmt-check unit bench screenshots package clean

help: ## visa målen / list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

deps: ## installera systempaket som saknas / install missing system packages
	@scripts/deps.sh build

build: deps ## bygg programmet / build bin/infoklass
	$(GO) build -o $(BIN) ./cmd/infoklass

run: build ## bygg och starta / build and open the app (ARGS="-db fil.db")
	./$(BIN) $(ARGS)

test: deps fmt-check vet unit build ## allt projektet kontrollerar / every check
	@echo "make test: alla kontroller gick igenom"

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt behövs för:"; echo "$$out"; exit 1; fi

vet:
	$(TESTENV) $(GO) vet $(TESTTAGS) ./...

unit:
	$(TESTENV) $(GO) test $(TESTTAGS) -count=1 ./...

bench: ## prestandamätningar / benchmarks
	$(TESTENV) $(GO) test $(TESTTAGS) -run='^$$' -bench=. -benchmem ./...

screenshots: build ## skärmbilder till README / README screenshots under Xvfb
	@scripts/deps.sh headless
	scripts/screenshots.sh

package: build ## Linux-paket med ikon och desktop-fil / Linux release archive in dist/
	cd tools && $(GO) build -o ../bin/fyne fyne.io/tools/cmd/fyne
	bin/fyne package --target linux --release --executable $(BIN) --icon assets/icon.png
	mkdir -p dist && mv -f Infoklass.tar.xz dist/
	@ls -l dist/

clean: ## ta bort byggda filer (inte byggcachen) / remove bin and dist
	rm -rf bin dist
