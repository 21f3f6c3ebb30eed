/* stack_test.c - stack_run gives a recursive walk room for a tree
 * AST_MAX_DEPTH levels deep, far past the default 8 MiB stack. */
#undef NDEBUG
#include <assert.h>
#include <stdio.h>

#include "ast.h"
#include "stack.h"

static int checks;
#define CHECK(x) (assert(x), checks++)

/* Recursion with a frame the compiler cannot fold away. */
static unsigned descend(unsigned depth)
{
    volatile unsigned char frame[96];
    frame[depth % sizeof frame] = (unsigned char)depth;
    if (depth == 0)
        return frame[0];
    return descend(depth - 1) + frame[depth % sizeof frame] - (unsigned char)depth + 1;
}

typedef struct Walk {
    unsigned depth, result;
} Walk;

static void walk(void *p)
{
    Walk *w = p;
    w->result = descend(w->depth);
}

int main(void)
{
    /* 160 MiB for a million levels: ten times the deepest tree, and at
     * least 20 times the default stack. */
    Walk w = {10 * AST_MAX_DEPTH, 0};
    CHECK(stack_run((size_t)160 << 20, walk, &w));
    CHECK(w.result == 10u * AST_MAX_DEPTH);
    printf("stack_test: %d checks passed\n", checks);
    return 0;
}
