# A thin layer over CMake: the README's two commands.
#   make run   install what is missing, build, run `lkip compute` on the reference
#   make test  install what is missing, build, run every test through ctest
BUILD_DIR ?= build
JOBS ?= $(shell nproc)
DEBIAN_PACKAGES = g++ cmake make libcli11-dev nlohmann-json3-dev libfmt-dev catch2

.PHONY: run test build deps clean

run: build
	./$(BUILD_DIR)/lkip compute

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

build: deps
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS)
	cmake --build $(BUILD_DIR) -j $(JOBS)

# Installs only the Debian packages that are missing (sudo when not root).
deps:
	@missing=$$(for p in $(DEBIAN_PACKAGES); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing:" $$missing; \
	  if [ "$$(id -u)" = 0 ]; then sudo=; else sudo=sudo; fi; \
	  $$sudo apt-get update && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y --no-install-recommends $$missing; \
	fi

clean:
	rm -rf $(BUILD_DIR)
