/* pos.h - a source position.  Every token and AST node carries one, and
 * every stage file keeps them, so an error three stages later still names
 * the original file, line and column. */
#ifndef GOMINI_POS_H
#define GOMINI_POS_H

#include <stdint.h>

typedef struct Pos {
    uint32_t file;  /* index into the stage file's list of sources */
    uint32_t line;  /* 1-based; 0 means "no position" */
    uint32_t col;   /* 1-based, counted in bytes as the go tool does */
} Pos;

#endif
