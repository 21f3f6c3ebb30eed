# gomini - one Makefile for every tool.
#
#   make            build every tool into bin/
#   make run        set up, build, and run an example through the stages
#   make test       set up, build, and run every test
#   make test SANITIZE=1   the same under AddressSanitizer + UBSan
#   make install PREFIX=/usr/local DESTDIR=
#   make unicode-tables    regenerate common/unicode_tables.c (Python 3)
#
# Objects go to build/<variant>/ so a sanitizer build never mixes with a
# release one; the release tools are linked into bin/.

CC      ?= cc
PREFIX  ?= /usr/local
DESTDIR ?=

PKGS      := libcbor jansson
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null || echo -lcbor -ljansson)

CFLAGS  ?= -O2 -g
CFLAGS  += -std=c11 -D_GNU_SOURCE -Wall -Wextra -Wshadow -Wstrict-prototypes \
           -Icommon $(PKG_CFLAGS) -MMD -MP
LDLIBS  += $(PKG_LIBS) -lm

ifeq ($(SANITIZE),1)
VARIANT := san
CFLAGS  += -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
LDFLAGS += -fsanitize=address,undefined
BIN     := build/san/bin
else
VARIANT := release
BIN     := bin
endif
OBJ := build/$(VARIANT)

TOOLS := golex goparse gocheck gocodegen govm gobundle

COMMON_SRC := $(wildcard common/*.c)
COMMON_OBJ := $(COMMON_SRC:%.c=$(OBJ)/%.o)
LIBCOMMON  := $(OBJ)/libgomini-common.a

golex_SRC   := $(wildcard golex/*.c)
goparse_SRC := $(wildcard goparse/*.c)
gocheck_SRC := $(wildcard gocheck/*.c)
govm_SRC    := $(wildcard govm/*.c)
gocodegen_SRC := $(wildcard gocodegen/*.c)
gobundle_SRC := $(wildcard gobundle/*.c)

# The standard library's export data, compiled once from the declaration
# files in stdlib/ (gocheck finds it in ../lib/gomini/std from its bin/).
STD_PKGS := errors io fmt strings strconv math sort os bufio unicode unicode/utf8 time task sync vm
STD_DIR  := $(BIN)/../lib/gomini/std
STD_GOX  := $(STD_PKGS:%=$(STD_DIR)/%.gox)

UNIT_SRC   := $(wildcard tests/unit/*_test.c)
UNIT_BIN   := $(UNIT_SRC:tests/unit/%.c=$(OBJ)/unit/%)

.PHONY: all run test install clean deps unit-test bats-test bench fuzz unicode-tables
.DEFAULT_GOAL := all

all: $(TOOLS:%=$(BIN)/%) $(BIN)/gomini $(STD_GOX)

# The driver is a shell script over the tools beside it.
$(BIN)/gomini: driver/gomini.sh
	@mkdir -p $(BIN)
	install -m 755 $< $@

# One package's declaration files through golex, goparse and gocheck.
define std_rule
$(STD_DIR)/$(1).gox: $(wildcard stdlib/$(1)/*.go) $(TOOLS:%=$(BIN)/%)
	@mkdir -p $$(dir $$@) $(OBJ)/std/$(1)
	@asts=; for f in $(wildcard stdlib/$(1)/*.go); do \
	    b=$(OBJ)/std/$(1)/$$$$(basename $$$$f .go); \
	    $(BIN)/golex $$$$f -o $$$$b.tok && $(BIN)/goparse $$$$b.tok -o $$$$b.ast || exit 1; \
	    asts="$$$$asts $$$$b.ast"; \
	done; \
	$(BIN)/gocheck --native --path $(1) -I $(STD_DIR) --export $$@ $$$$asts
endef
$(foreach p,$(STD_PKGS),$(eval $(call std_rule,$(p))))
$(STD_DIR)/bufio.gox $(STD_DIR)/fmt.gox: $(STD_DIR)/io.gox

$(OBJ)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c $< -o $@

$(LIBCOMMON): $(COMMON_OBJ)
	$(AR) rcs $@ $^

# One link rule per tool: its own objects over the common library.
define tool_rule
$(BIN)/$(1): $$($(1)_SRC:%.c=$(OBJ)/%.o) $(LIBCOMMON)
	@mkdir -p $$(dir $$@)
	$$(CC) $$(LDFLAGS) -o $$@ $$^ $$(LDLIBS)
endef
$(foreach t,$(filter-out govm,$(TOOLS)),$(eval $(call tool_rule,$(t))))

# govm links no CBOR library and Jansson statically (SPEC.md §5: a
# bundled executable needs nothing installed but the C library); from the
# common library it takes only what bytecode reading and its natives need
# (the archive gives it utf8.o, unicode.o and unicode_tables.o, no locale).
$(BIN)/govm: $(govm_SRC:%.c=$(OBJ)/%.o) $(LIBCOMMON)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -o $@ $^ -Wl,-Bstatic -ljansson -Wl,-Bdynamic -lm

# Unit tests link the stage objects they test (all but main.o).
STAGE_OBJ := $(foreach t,$(TOOLS),$(filter-out %/main.o,$($(t)_SRC:%.c=$(OBJ)/%.o)))
$(OBJ)/unit/%: tests/unit/%.c $(STAGE_OBJ) $(LIBCOMMON)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -Igolex -Igoparse -Igocheck -Igovm -Igocodegen $(LDFLAGS) -o $@ $(filter %.c %.o %.a,$^) $(LDLIBS) -lm

deps:
	@tools/deps.sh

run: deps
	@$(MAKE) --no-print-directory all
	@$(MAKE) --no-print-directory -C examples run

test: deps
	@$(MAKE) --no-print-directory all
	@$(MAKE) --no-print-directory unit-test bats-test

unit-test: $(UNIT_BIN)
	@for t in $(UNIT_BIN); do echo "unit: $$t"; $$t || exit 1; done

bats-test: all
	GOMINI_BIN=$(CURDIR)/$(BIN) bats tests/

bench: all
	@tests/bench/frontend.sh $(BIN)
	@tests/bench/check.sh $(BIN)
	@tests/bench/vm.sh $(BIN)
	@tests/bench/tasks.sh $(BIN)

# Coverage-guided fuzzing (clang's libFuzzer), one run per target: Go
# source through the front end, stage files, expanded long and deep
# programs (tests/fuzz/fuzz_expand.c says how a short input stands for a
# long one), Go source through the type checker, export data, and
# bytecode through govm's verifier and loop.
#   make fuzz FUZZ_SECONDS=300
FUZZ_SECONDS ?= 60
FUZZ_SRC := $(COMMON_SRC) $(filter-out %/main.c,$(golex_SRC) $(goparse_SRC) $(gocheck_SRC) $(govm_SRC))
FUZZ_FLAGS := -std=c11 -D_GNU_SOURCE -g -O1 -Icommon -Igolex -Igoparse -Igocheck -Igovm $(PKG_CFLAGS) \
              -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
build/fuzz/%: tests/fuzz/%.c $(FUZZ_SRC)
	@mkdir -p $(dir $@)
	clang $(FUZZ_FLAGS) -o $@ $< $(FUZZ_SRC) $(PKG_LIBS) -lm
fuzz: build/fuzz/fuzz_source build/fuzz/fuzz_stagefile build/fuzz/fuzz_expand build/fuzz/fuzz_check \
      build/fuzz/fuzz_export build/fuzz/fuzz_bytecode build/fuzz/fuzz_bundle all
	@mkdir -p build/fuzz/corpus-source build/fuzz/corpus-stage build/fuzz/corpus-expand build/fuzz/corpus-check \
	    build/fuzz/corpus-export
	@cp $(STD_GOX) build/fuzz/corpus-export/
	@for f in tests/corpus/parse/*.go; do \
	    t=build/fuzz/corpus-stage/$$(basename $$f .go); \
	    $(BIN)/golex $$f -o $$t.tok && $(BIN)/goparse $$t.tok -o $$t.ast && \
	    { $(BIN)/gocheck $$t.ast -o $$t.tast 2>/dev/null || true; }; \
	done
	build/fuzz/fuzz_source -max_total_time=$(FUZZ_SECONDS) -timeout=5 -max_len=4096 \
	    build/fuzz/corpus-source tests/corpus/parse tests/corpus/syntax-errors
	build/fuzz/fuzz_stagefile -max_total_time=$(FUZZ_SECONDS) -timeout=5 -max_len=8192 \
	    build/fuzz/corpus-stage tests/fuzz/regressions
	build/fuzz/fuzz_expand -max_total_time=$(FUZZ_SECONDS) -timeout=20 -max_len=512 \
	    -rss_limit_mb=4096 build/fuzz/corpus-expand tests/fuzz/expand-seeds
	GOMINI_STD=$(CURDIR)/$(STD_DIR) build/fuzz/fuzz_check -max_total_time=$(FUZZ_SECONDS) -timeout=5 \
	    -max_len=4096 build/fuzz/corpus-check tests/corpus/check/ok tests/corpus/check/errors
	build/fuzz/fuzz_export -max_total_time=$(FUZZ_SECONDS) -timeout=5 -max_len=65536 build/fuzz/corpus-export
	@mkdir -p build/fuzz/corpus-bytecode build/fuzz/seeds-bytecode
	@# Seeds: real programs' bytecode, so mutations start from what gocodegen writes.
	@for p in basic_structs closure_counter defer_recover iface_shapes map_nested mixed_interpreter \
	    defer_builtins lib_strings_funcs lib_sort_more lib_errors_more lib_bufio_more \
	    chan_select chan_workers tasks_spawn_await tasks_snapshot; do \
	    $(BIN)/gomini -o build/fuzz/seeds-bytecode/$$p.json tests/corpus/run/$$p.go || exit 1; done
	build/fuzz/fuzz_bytecode -max_total_time=$(FUZZ_SECONDS) -timeout=5 -max_len=65536 -only_ascii=1 </dev/null \
	    build/fuzz/corpus-bytecode tests/govm build/fuzz/seeds-bytecode
	@mkdir -p build/fuzz/corpus-bundle
	@{ printf 'FXYB\002{"main": '; cat build/fuzz/seeds-bytecode/basic_structs.json; printf '}'; } \
	    >build/fuzz/corpus-bundle/seed-v2
	@{ printf 'FXYB\001'; cat build/fuzz/seeds-bytecode/closure_counter.json; } >build/fuzz/corpus-bundle/seed-v1
	@# gobundle's own: packages and an embedded file; two commands.
	@$(BIN)/gomini -c -o build/fuzz/corpus-bundle/seed-shapes.gmb --embed examples/hello.go examples/shapes
	@$(BIN)/gobundle -c -o build/fuzz/corpus-bundle/seed-commands.gmb --embed tests/corpus/run/README.md \
	    build/fuzz/seeds-bytecode/basic_structs.json build/fuzz/seeds-bytecode/chan_select.json
	build/fuzz/fuzz_bundle -max_total_time=$(FUZZ_SECONDS) -timeout=5 -max_len=65536 build/fuzz/corpus-bundle

# The Unicode tables come from the Unicode Character Database (Debian's
# unicode-data package).  The generated file is committed, so nothing
# else in the build needs Python or the database.
UCD_DIR ?= /usr/share/unicode
unicode-tables:
	python3 tools/gen_unicode.py $(UCD_DIR) common/unicode_tables.c

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib/gomini
	install -m 755 $(TOOLS:%=$(BIN)/%) $(BIN)/gomini $(DESTDIR)$(PREFIX)/bin/
	rm -rf $(DESTDIR)$(PREFIX)/lib/gomini/std
	cp -R $(STD_DIR) $(DESTDIR)$(PREFIX)/lib/gomini/std

clean:
	rm -rf build bin lib

-include $(shell find build -name '*.d' 2>/dev/null)
