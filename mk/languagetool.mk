# The LanguageTool server for grammar checks, assembled from Maven Central into the user's
# cache folder (see packaging/languagetool/build.sh). Included by the main Makefile, whose
# `test` target depends on `languagetool`.
#
# Phony on purpose: where the cache is depends on the environment (RAPPORT_CACHE,
# XDG_CACHE_HOME), so no file target here could stand for it; the script itself returns at
# once when the server is already built.

LANGUAGETOOL_BUILD := $(abspath $(dir $(lastword $(MAKEFILE_LIST)))../packaging/languagetool/build.sh)

# Then, where Rapport's environment exists, one run of the server makes its class-data
# archive, so that the user's first start is as quick as the later ones (app/grammar/prepare.py).
LANGUAGETOOL_PREPARE = if [ -x $(BIN)/python ]; then $(BIN)/python -m app.grammar.prepare; fi

.PHONY: languagetool
languagetool:
	@bash $(dir $(LANGUAGETOOL_BUILD))../linux/install-java-build-tools.sh
	bash $(LANGUAGETOOL_BUILD)
	@$(LANGUAGETOOL_PREPARE)

# For `make run`: build the local server when Java and Maven are there; otherwise say how
# grammar checks can be had, and open the app anyway.
.PHONY: languagetool-if-java
languagetool-if-java:
	@if command -v java >/dev/null 2>&1 && command -v mvn >/dev/null 2>&1; then \
		bash $(LANGUAGETOOL_BUILD) && $(LANGUAGETOOL_PREPARE); \
	else \
		echo "Java 17 and Maven are not both installed: allow the download of LanguageTool (about 250 MB) in Settings, Grammar, or choose a remote server there."; \
	fi
