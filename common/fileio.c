/* fileio.c - whole-file reading with a size limit; atomic writing. */
#include "fileio.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <fcntl.h>

static bool is_stdio(const char *path)
{
    return path == NULL || strcmp(path, "-") == 0;
}

const char *file_display_name(const char *path)
{
    return is_stdio(path) ? "<stdin>" : path;
}

static bool report_too_large(const char *path, size_t limit)
{
    fail_msg("%s: file too large (limit is %zu MiB)", file_display_name(path), limit >> 20);
    return false;
}

/* Read from fd until EOF, growing b; stops with an error past limit. */
static bool read_fd(int fd, const char *path, size_t limit, Buf *b)
{
    for (;;) {
        unsigned char *dst = buf_reserve(b, 64 * 1024);
        ssize_t n = read(fd, dst, b->cap - b->len);
        if (n == 0)
            return true;
        if (n < 0) {
            if (errno == EINTR)
                continue;
            fail_msg("%s: %s", file_display_name(path), strerror(errno));
            return false;
        }
        b->len += (size_t)n;
        if (b->len > limit)
            return report_too_large(path, limit);
    }
}

bool file_read_all(const char *path, size_t limit, Buf *b)
{
    if (is_stdio(path))
        return read_fd(STDIN_FILENO, path, limit, b);
    int fd = open(path, O_RDONLY);
    if (fd < 0) {
        fail_msg("cannot open %s: %s", path, strerror(errno));
        return false;
    }
    struct stat st;
    bool ok;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        fail_msg("cannot read %s: is a directory", path);
        ok = false;
    } else if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && (size_t)st.st_size > limit) {
        ok = report_too_large(path, limit);   /* refuse before reading */
    } else {
        ok = read_fd(fd, path, limit, b);
    }
    close(fd);
    return ok;
}

static bool write_fully(int fd, const unsigned char *p, size_t len)
{
    while (len > 0) {
        ssize_t n = write(fd, p, len);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        p += n;
        len -= (size_t)n;
    }
    return true;
}

/* Write to something that is not a regular file (/dev/null, a FIFO):
 * renaming over it would replace the device with a plain file. */
static bool write_in_place(const char *path, const void *data, size_t len)
{
    int fd = open(path, O_WRONLY | O_TRUNC);
    if (fd < 0) {
        fail_msg("cannot open %s: %s", path, strerror(errno));
        return false;
    }
    bool ok = write_fully(fd, data, len);
    int err = errno;
    if (close(fd) != 0 && ok)
        ok = false, err = errno;
    if (!ok)
        fail_msg("cannot write %s: %s", path, strerror(err));
    return ok;
}

bool file_write_atomic(const char *path, const void *data, size_t len)
{
    if (is_stdio(path)) {
        if (write_fully(STDOUT_FILENO, data, len))
            return true;
        fail_msg("writing standard output: %s", strerror(errno));
        return false;
    }
    struct stat st;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
        if (S_ISDIR(st.st_mode)) {
            fail_msg("cannot write %s: is a directory", path);
            return false;
        }
        return write_in_place(path, data, len);
    }
    size_t n = strlen(path);
    char *tmp = xmalloc(n + 16);
    memcpy(tmp, path, n);
    memcpy(tmp + n, ".tmp.XXXXXX", 12);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        fail_msg("cannot create %s: %s", path, strerror(errno));
        free(tmp);
        return false;
    }
    /* mkstemp makes the file 0600; outputs are ordinary files. */
    mode_t mask = umask(0);
    umask(mask);
    fchmod(fd, 0666 & ~mask);
    bool ok = write_fully(fd, data, len);
    int err = errno;
    if (close(fd) != 0 && ok) {
        ok = false;
        err = errno;
    }
    if (ok && rename(tmp, path) != 0) {
        ok = false;
        err = errno;
    }
    if (!ok) {
        unlink(tmp);
        fail_msg("cannot write %s: %s", path, strerror(err));
    }
    free(tmp);
    return ok;
}
