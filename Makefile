# A thin layer over CMake: the README's two commands.
#   make run   install what is missing, build, run `lkip compute` on the reference
#   make test  install what is missing, build, run every test through ctest
# and what CI adds:
#   make test-sanitize  every test again, lkip built with ASan and UBSan
#   make fuzz           each fuzz target for FUZZ_SECONDS on its committed corpus
#   make test-fresh     the two commands above in a minimal Debian 12 root (tests/fresh/run.sh)
# and for installing:
#   make deb            Debian packages lkip and lkip-dev in $(BUILD_DIR) (cpack -G DEB)
#   make test-deb       the lkip package installed and run in a minimal Debian 12 root
# and for Windows:
#   make windows        lkip.exe for 64-bit Windows, statically linked (MinGW-w64)
#   make test-windows   lkip.exe and its unit tests under Wine (tests/windows/run.sh)
# and for a release:
#   make dist           dist/: a Linux tarball, the Debian packages, a Windows
#                       zip and SHA256SUMS, each checked (packaging/dist.sh). Not in
#                       CI: cold (no build-deps/, little in ccache) about 20 minutes on
#                       2 busy cores, 9 of them the static libraries; warm about 45 s
BUILD_DIR ?= build
SANITIZE_BUILD_DIR ?= build-sanitize
FUZZ_BUILD_DIR ?= build-fuzz
FUZZ_SECONDS ?= 12
WINDOWS_BUILD_DIR ?= build-windows
# The static libraries for Windows; their Debian sources and build trees go
# beside them in build-deps/ (kept by `make clean`: they take minutes).
WINDOWS_DEPS_DIR ?= build-deps/mingw64
# The portable Linux binary's static libraries, its build and the release.
LINUX_DEPS_DIR ?= build-deps/linux
DIST_BUILD_DIR ?= build-dist
DIST_DIR ?= dist
JOBS ?= $(shell nproc)
# Where test-fresh and test-deb make their Debian root (removed afterwards),
# and, when set, the tarball through which they share one debootstrap
# (tests/debian_root.sh).
FRESH_DIR ?= /tmp
ROOT_CACHE ?=
# xlsxwriter.pc links -lz, but libxlsxwriter-dev does not depend on zlib1g-dev.
# libzip and expat: the core's XLSX reader.
DEBIAN_PACKAGES = g++ cmake make pkg-config libcli11-dev nlohmann-json3-dev libfmt-dev libxlsxwriter-dev zlib1g-dev \
                  libzip-dev libexpat1-dev catch2
# dpkg-shlibdeps finds the .deb's Depends: the shared libraries lkip links.
PACKAGING_PACKAGES = dpkg-dev
# The tests also open lkip's XLSX in a real spreadsheet program, its DOCX in a
# real word processor and its HTML in a real browser, print all three to PDF
# and read the PDF's text with poppler; their checking scripts are Python. jq
# runs the examples of docs/json-output.md.
TEST_PACKAGES = libreoffice-calc-nogui libreoffice-writer-nogui chromium poppler-utils python3 jq
# lkip.exe's tests run it under Wine (64-bit only: wine32 is not needed).
WINDOWS_TEST_PACKAGES = wine64
# make dist writes the Windows zip with Python's zipfile and checks it under Wine.
DIST_PACKAGES = $(WINDOWS_TEST_PACKAGES) python3
# Whether `make windows` builds the Catch2 unit tests too (test-windows does).
WINDOWS_TESTS ?= OFF
# libFuzzer comes with Clang's runtime libraries.
FUZZ_PACKAGES = clang libclang-rt-14-dev

.PHONY: run test test-sanitize fuzz test-fresh windows test-windows deb test-deb dist build deps test-deps install clean

run: build
	./$(BUILD_DIR)/lkip compute --contoh

test: test-deps build
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

# The sanitizers stop at the first finding, so any report fails its test.
test-sanitize: test-deps deps
	cmake -S . -B $(SANITIZE_BUILD_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLKIP_SANITIZE=ON $(CMAKE_FLAGS)
	cmake --build $(SANITIZE_BUILD_DIR) -j $(JOBS)
	cd $(SANITIZE_BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

fuzz: deps
	@$(MAKE) --no-print-directory install PACKAGES="$(FUZZ_PACKAGES)"
	CXX=clang++ cmake -S . -B $(FUZZ_BUILD_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLKIP_FUZZ=ON -DLKIP_SANITIZE=ON -DBUILD_TESTING=OFF $(CMAKE_FLAGS)
	cmake --build $(FUZZ_BUILD_DIR) -j $(JOBS)
	fuzz/run.sh $(FUZZ_BUILD_DIR) $(FUZZ_SECONDS)

# Every package the two commands need is in the lists above: a fresh root
# has nothing else. Needs root (debootstrap, chroot, mount).
test-fresh:
	@if [ "$$(id -u)" = 0 ]; then sudo=; else sudo=sudo; fi; \
	$$sudo env LKIP_FRESH_DIR="$(FRESH_DIR)" LKIP_ROOT_CACHE="$(ROOT_CACHE)" tests/fresh/run.sh

# build-deps.sh installs what is missing (MinGW-w64, its zlib, dpkg-dev, the
# header-only libraries) and builds the compiled ones from Debian's sources.
windows:
	JOBS=$(JOBS) packaging/deps/build-deps.sh mingw64 $(WINDOWS_DEPS_DIR)
	cmake -S . -B $(WINDOWS_BUILD_DIR) -DCMAKE_TOOLCHAIN_FILE=packaging/windows/mingw64.cmake \
	      -DLKIP_DEPS_PREFIX=$(abspath $(WINDOWS_DEPS_DIR)) -DCMAKE_BUILD_TYPE=Release -DLKIP_BUILD_TESTS=$(WINDOWS_TESTS) $(CMAKE_FLAGS)
	cmake --build $(WINDOWS_BUILD_DIR) -j $(JOBS)
	@echo "lkip for 64-bit Windows: $(WINDOWS_BUILD_DIR)/lkip.exe"

# The Linux build is the one the Windows outputs are compared with.
test-windows: test-deps build
	@$(MAKE) --no-print-directory install PACKAGES="$(WINDOWS_TEST_PACKAGES)"
	@$(MAKE) --no-print-directory windows WINDOWS_TESTS=ON
	tests/windows/run.sh $(WINDOWS_BUILD_DIR) $(BUILD_DIR)/lkip

deb: build
	@$(MAKE) --no-print-directory install PACKAGES="$(PACKAGING_PACKAGES)"
	cd $(BUILD_DIR) && cpack -G DEB

# Needs root (debootstrap, chroot, mount), as test-fresh.
test-deb: deb
	@if [ "$$(id -u)" = 0 ]; then sudo=; else sudo=sudo; fi; \
	$$sudo env LKIP_FRESH_DIR="$(FRESH_DIR)" LKIP_ROOT_CACHE="$(ROOT_CACHE)" tests/package/deb_root.sh $(BUILD_DIR)/lkip_*.deb

dist: deb windows
	@$(MAKE) --no-print-directory install PACKAGES="$(DIST_PACKAGES)"
	BUILD_DIR=$(BUILD_DIR) WINDOWS_BUILD_DIR=$(WINDOWS_BUILD_DIR) LINUX_DEPS_DIR=$(LINUX_DEPS_DIR) \
	DIST_BUILD_DIR=$(DIST_BUILD_DIR) DIST_DIR=$(DIST_DIR) JOBS=$(JOBS) CMAKE_FLAGS="$(CMAKE_FLAGS)" packaging/dist.sh

build: deps
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS)
	cmake --build $(BUILD_DIR) -j $(JOBS)

# Installs only the Debian packages that are missing (sudo when not root;
# sudo drops the caller's environment, so DEBIAN_FRONTEND is set after it).
deps:
	@$(MAKE) --no-print-directory install PACKAGES="$(DEBIAN_PACKAGES)"

test-deps:
	@$(MAKE) --no-print-directory install PACKAGES="$(TEST_PACKAGES)"

install:
	@missing=$$(for p in $(PACKAGES); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing:" $$missing; \
	  if [ "$$(id -u)" = 0 ]; then sudo=; else sudo=sudo; fi; \
	  $$sudo apt-get update && $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $$missing; \
	fi

clean:
	rm -rf $(BUILD_DIR) $(SANITIZE_BUILD_DIR) $(FUZZ_BUILD_DIR) $(WINDOWS_BUILD_DIR) $(DIST_BUILD_DIR) $(DIST_DIR)
