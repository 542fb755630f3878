# Infoklass – make targets. `make help` lists them.
SHELL := /bin/bash
.DEFAULT_GOAL := help
GO ?= go
BIN := bin/infoklass
# LDFLAGS are passed to go build when set, e.g. make build LDFLAGS="-s -w".
LDFLAGS ?=
GOLDFLAGS = $(if $(strip $(LDFLAGS)), -ldflags '$(LDFLAGS)')
# Tests and vet run without cgo; the ci tag gives Fyne its software driver,
# so every package, cmd/infoklass included, compiles without a C compiler.
# The GUI binary itself is built with cgo as part of `make test`.
TESTENV := CGO_ENABLED=0
TESTTAGS := -tags ci
VERSION = $(shell sed -n 's/^[[:space:]]*Version[[:space:]]*=[[:space:]]*"\(.*\)"/\1/p' FyneApp.toml)

.PHONY: help deps build run test vet fmt-check unit bench fuzz screenshots package icon windows wine-test clean

help: ## visa målen / list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

deps: ## installera systempaket som saknas / install missing system packages
	@scripts/deps.sh build

build: deps ## bygg programmet / build bin/infoklass (LDFLAGS="...")
	$(GO) build$(GOLDFLAGS) -o $(BIN) ./cmd/infoklass

run: build ## bygg och starta / build and open the app (ARGS="-db fil.db")
	./$(BIN) $(ARGS)

test: deps fmt-check vet unit build wine-test ## allt projektet kontrollerar / gofmt, vet, tests, GUI build, Wine
	@echo "make test: alla kontroller gick igenom / all checks passed"

fmt-check:
	@out=$$(gofmt -l $$(find . -name '*.go' -not -path './.git/*' -not -path '*/testdata/*')); \
	if [ -n "$$out" ]; then echo "gofmt behövs för / needs gofmt:"; echo "$$out"; exit 1; fi

vet:
	$(TESTENV) $(GO) vet $(TESTTAGS) ./...

unit:
	$(TESTENV) $(GO) test $(TESTTAGS) -count=1 ./...

bench: ## prestandamätningar / benchmarks
	$(TESTENV) $(GO) test $(TESTTAGS) -run='^$$' -bench=. -benchmem ./...

# Each fuzz target runs FUZZTIME; go test fuzzes one target at a time.
# -fuzzminimizetime=0: a worker minimising a failing input can stall
# until FUZZTIME is over, and go test then says PASS with the input lost
# (golang/go#48820; seen here with two workers); unminimised, it is
# written to testdata/fuzz at once and the target fails.
FUZZTIME ?= 60s
FUZZ_XLSX := FuzzSheetReader FuzzSharedStrings FuzzScanner
fuzz: ## fuzzning av arbetsboksläsaren / fuzz the workbook reader, 60 s per target
	@for f in $(FUZZ_XLSX); do \
		echo "fuzz $$f ($(FUZZTIME))"; \
		$(TESTENV) $(GO) test $(TESTTAGS) -run='^$$' -fuzz="^$$f\$$" -fuzztime=$(FUZZTIME) -fuzzminimizetime=0 ./internal/xlsx/ || exit 1; \
	done

screenshots: build ## skärmbilder till README / README screenshots under Xvfb
	@scripts/deps.sh headless
	scripts/screenshots.sh

# The fyne packaging tool cannot be installed with go install through the
# module proxy, so tools/ is a module of its own that pins it.
bin/fyne: tools/go.mod tools/go.sum
	cd tools && $(GO) build -o ../bin/fyne fyne.io/tools/cmd/fyne

# The release binary is stripped and built with Fyne's release tag. fyne
# package raises Build in FyneApp.toml on every run; the file is kept as it
# was, so that the build number changes only when someone means it to.
package: deps bin/fyne ## Linux-paket med ikon och desktop-fil / Linux release archive in dist/
	$(GO) build -tags release -ldflags '$(strip -s -w $(LDFLAGS))' -o bin/release/infoklass ./cmd/infoklass
	@mkdir -p dist && cp FyneApp.toml bin/FyneApp.toml.keep
	bin/fyne package --target linux --release --executable bin/release/infoklass --icon assets/icon.png; \
	rc=$$?; mv -f bin/FyneApp.toml.keep FyneApp.toml; exit $$rc
	mv -f Infoklass.tar.xz dist/Infoklass-$(VERSION)-linux-$$($(GO) env GOARCH).tar.xz
	@ls -l dist/

# Cross-built with mingw-w64; see scripts/windows.sh. The first build takes
# about 15 minutes on two cores, later ones a minute (warm build cache).
windows: ## Windows-zip med Infoklass.exe / Windows release zip in dist/
	@scripts/deps.sh windows
	scripts/windows.sh

# Runs the Windows build under Wine and Xvfb: CLI round trips on three
# kinds of path, the GUI window with a screenshot, the lock between two
# processes. See scripts/wine-test.sh.
wine-test: windows ## Windows-bygget under Wine / the Windows checks under Wine
	@scripts/deps.sh headless
	scripts/wine-test.sh

icon: ## rendera assets/icon.png från icon.svg / render the icon PNG
	@scripts/deps.sh icon
	rsvg-convert -w 512 -h 512 assets/icon.svg -o assets/icon.png

clean: ## ta bort byggda filer (inte byggcachen) / remove bin and dist
	rm -rf bin dist
