# The LanguageTool server for grammar checks, assembled from Maven Central into the user's
# cache folder (see packaging/languagetool/build.sh). Included by the main Makefile, whose
# `test` target depends on `languagetool`.
#
# Phony on purpose: where the cache is depends on the environment (RAPPORT_CACHE,
# XDG_CACHE_HOME), so no file target here could stand for it; the script itself returns at
# once when the server is already built.

LANGUAGETOOL_BUILD := $(abspath $(dir $(lastword $(MAKEFILE_LIST)))../packaging/languagetool/build.sh)

.PHONY: languagetool
languagetool:
	@bash $(dir $(LANGUAGETOOL_BUILD))../linux/install-java-build-tools.sh
	bash $(LANGUAGETOOL_BUILD)

# For `make run`: build the local server when Java and Maven are there; otherwise say how
# grammar checks can be had, and open the app anyway.
.PHONY: languagetool-if-java
languagetool-if-java:
	@if command -v java >/dev/null 2>&1 && command -v mvn >/dev/null 2>&1; then \
		bash $(LANGUAGETOOL_BUILD); \
	else \
		echo "Java 17 and Maven are not both installed: Rapport will fetch LanguageTool itself the first time grammar checks run, or set a remote server in the settings."; \
	fi
