/* fileio.c - whole-file reading with a size limit; atomic writing through
 * a temporary file that a failure or a fatal signal removes. */
#include "fileio.h"
#include "cborio.h"

#include <errno.h>
#include <limits.h>
#include <signal.h>
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

bool file_is_same(const char *input, const char *output)
{
    struct stat in, out;
    if (is_stdio(output) || stat(output, &out) != 0 || !S_ISREG(out.st_mode))
        return false;
    int r = is_stdio(input) ? fstat(STDIN_FILENO, &in) : stat(input, &in);
    return r == 0 && in.st_dev == out.st_dev && in.st_ino == out.st_ino;
}

static bool report_too_large(const char *path, size_t limit)
{
    fail_msg("%s: file too large (limit is %zu MiB)", file_display_name(path), limit >> 20);
    return false;
}

/* Read from fd until EOF, growing b; stops with an error past limit.
 * With stage set, stops early (successfully) when the first byte shows
 * that this is not a stage file. */
static bool read_fd(int fd, const char *path, size_t limit, bool stage, Buf *b)
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
        if (stage && !cbor_is_map_head(b->data[0]))
            return true;
        if (b->len > limit)
            return report_too_large(path, limit);
    }
}

static bool read_path(const char *path, size_t limit, bool stage, Buf *b)
{
    if (is_stdio(path))
        return read_fd(STDIN_FILENO, path, limit, stage, b);
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
        ok = read_fd(fd, path, limit, stage, b);
    }
    close(fd);
    return ok;
}

bool file_read_all(const char *path, size_t limit, Buf *b)
{
    return read_path(path, limit, false, b);
}

bool file_read_stage(const char *path, size_t limit, Buf *b)
{
    return read_path(path, limit, true, b);
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

/* The temporary file being written, or "" when there is none.  Global
 * because the signal handler that removes it gets no context argument.
 * It is changed only while the signals below are blocked, so the handler
 * never sees half a name; one write at a time, as the tools need. */
static char temp_path[PATH_MAX];

/* The signals that end a run early and must not leave temp_path behind. */
static const int cleanup_signals[] = {SIGHUP, SIGINT, SIGTERM};
enum { NCLEANUP = sizeof cleanup_signals / sizeof cleanup_signals[0] };

_Static_assert(NCLEANUP == FILE_SINK_NSIGNALS, "fileio.h sizes SavedSignals");

/* Only async-signal-safe calls here.  The signal stays blocked while the
 * handler runs, so raise() leaves it pending; returning unblocks it and
 * the default action ends the process, with the signal in its status. */
static void remove_temp_and_die(int sig)
{
    if (temp_path[0] != '\0')
        unlink(temp_path);
    signal(sig, SIG_DFL);
    raise(sig);
}

static void cleanup_signal_set(sigset_t *set)
{
    sigemptyset(set);
    for (int i = 0; i < NCLEANUP; i++)
        sigaddset(set, cleanup_signals[i]);
}

/* Block the cleanup signals; the mask before goes to *old unless NULL. */
static void block_cleanup_signals(sigset_t *old)
{
    sigset_t set;
    cleanup_signal_set(&set);
    sigprocmask(SIG_BLOCK, &set, old);
}

/* Install the handler, except for signals the caller ignores (nohup, a
 * background job): those stay ignored. */
static void catch_cleanup_signals(SavedSignals *s)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = remove_temp_and_die;
    cleanup_signal_set(&sa.sa_mask);
    for (int i = 0; i < NCLEANUP; i++) {
        sigaction(cleanup_signals[i], NULL, &s->old[i]);
        if (s->old[i].sa_handler != SIG_IGN)
            sigaction(cleanup_signals[i], &sa, NULL);
    }
}

static void restore_signals(const SavedSignals *s)
{
    for (int i = 0; i < NCLEANUP; i++)
        sigaction(cleanup_signals[i], &s->old[i], NULL);
    sigprocmask(SIG_SETMASK, &s->mask, NULL);
}

/* temp_path := "<directory of path>/.gomini-XXXXXX".  A short name of its
 * own, not path plus a suffix, so any output name the file system accepts
 * works; in the same directory, so rename() stays on one file system. */
static bool make_temp_name(const char *path)
{
    static const char name[] = "/.gomini-XXXXXX";
    const char *slash = strrchr(path, '/');
    const char *dir = slash ? path : ".";
    size_t dirlen = slash ? (size_t)(slash - path) : 1;   /* 0 for "/x": the root */
    if (dirlen + sizeof name > sizeof temp_path) {
        errno = ENAMETOOLONG;
        return false;
    }
    memcpy(temp_path, dir, dirlen);
    memcpy(temp_path + dirlen, name, sizeof name);
    return true;
}

/* A sink writes its output through a temporary file beside the target
 * (renamed over it when complete), straight to a device or standard
 * output.  The cleanup signals are blocked whenever temp_path changes or
 * the file comes and goes; one that arrives then waits until they are
 * unblocked, and goes to the handler during the write or, after the
 * rename, to the caller's own action. */
static bool sink_open_temp(FileSink *k, const char *path)
{
    block_cleanup_signals(&k->signals.mask);
    int fd = make_temp_name(path) ? mkstemp(temp_path) : -1;
    if (fd < 0) {
        int err = errno;
        temp_path[0] = '\0';
        sigprocmask(SIG_SETMASK, &k->signals.mask, NULL);
        fail_msg("cannot create %s: %s", path, strerror(err));
        return false;
    }
    catch_cleanup_signals(&k->signals);
    sigprocmask(SIG_SETMASK, &k->signals.mask, NULL);   /* a signal now removes the file */
    /* mkstemp makes the file 0600; outputs are ordinary files. */
    mode_t mask = umask(0);
    umask(mask);
    fchmod(fd, 0666 & ~mask);
    k->fd = fd;
    k->temp = true;
    return true;
}

bool file_sink_open(FileSink *k, const char *path)
{
    memset(k, 0, sizeof *k);
    k->fd = -1;
    if (is_stdio(path)) {
        k->path = NULL;
        k->fd = STDOUT_FILENO;
        return true;
    }
    struct stat st;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
        if (S_ISDIR(st.st_mode)) {
            fail_msg("cannot write %s: is a directory", path);
            return false;
        }
        /* Not a regular file (/dev/null, a FIFO): renaming over it would
         * replace the device with a plain file. */
        k->fd = open(path, O_WRONLY | O_TRUNC);
        if (k->fd < 0) {
            fail_msg("cannot open %s: %s", path, strerror(errno));
            return false;
        }
        k->path = xstrdup(path);
        return true;
    }
    /* Through a symlink, replace the file it names, not the link (a
     * link to a terminal or a pipe was opened in place just above). */
    char *target = lstat(path, &st) == 0 && S_ISLNK(st.st_mode) ? realpath(path, NULL) : NULL;
    k->path = xstrdup(target ? target : path);
    free(target);
    if (!sink_open_temp(k, k->path)) {
        free(k->path);
        k->path = NULL;
        return false;
    }
    return true;
}

bool file_sink_write(FileSink *k, const void *data, size_t len)
{
    if (k->err == 0 && !write_fully(k->fd, data, len))
        k->err = errno ? errno : EIO;
    return k->err == 0;
}

bool file_sink_close(FileSink *k, bool keep)
{
    int err = k->err;
    if (k->temp) {
        if (close(k->fd) != 0 && err == 0)
            err = errno;
        block_cleanup_signals(NULL);
        if (keep && err == 0 && rename(temp_path, k->path) != 0)
            err = errno;
        if (!keep || err != 0)
            unlink(temp_path);
        temp_path[0] = '\0';
        restore_signals(&k->signals);
    } else if (k->fd != STDOUT_FILENO && k->fd >= 0) {
        if (close(k->fd) != 0 && err == 0)
            err = errno;
    }
    if (keep && err != 0) {
        if (k->path)
            fail_msg("cannot write %s: %s", k->path, strerror(err));
        else
            fail_msg("writing standard output: %s", strerror(err));
    }
    free(k->path);
    k->path = NULL;
    k->fd = -1;
    return keep && err == 0;
}

bool file_write_atomic(const char *path, const void *data, size_t len)
{
    FileSink k;
    if (!file_sink_open(&k, path))
        return false;
    (void)file_sink_write(&k, data, len);
    return file_sink_close(&k, true);
}

bool path_clean(const char *path, size_t len, char *out, size_t n)
{
    /* One pass over the elements, as Go's path.Clean: "." and empty
     * elements vanish, ".." takes back the last element written (if
     * there is one that is not ".." itself), or is kept at the front of
     * a relative path, or dropped at the root. */
    bool rooted = len > 0 && path[0] == '/';
    size_t w = 0, floor = 0;   /* out[0 .. floor) is "/" or leading ".."s: never taken back */
    if (n < 2)
        return false;
    if (rooted)
        out[w++] = '/', floor = 1;
    for (size_t i = 0; i < len;) {
        while (i < len && path[i] == '/')
            i++;
        size_t start = i;
        while (i < len && path[i] != '/')
            i++;
        size_t el = i - start;
        if (el == 0 || (el == 1 && path[start] == '.'))
            continue;
        if (el == 2 && path[start] == '.' && path[start + 1] == '.') {
            if (w > floor) {
                while (w > floor && out[w - 1] != '/')
                    w--;
                if (w > floor)
                    w--;   /* the slash before the element taken back */
                continue;
            }
            if (rooted)
                continue;
            if (w + 3 >= n)
                return false;
            if (w > 0)
                out[w++] = '/';
            out[w++] = '.', out[w++] = '.';
            floor = w;
            continue;
        }
        if (w + el + 2 >= n)
            return false;
        if (w > 0 && out[w - 1] != '/')
            out[w++] = '/';
        memcpy(out + w, path + start, el);
        w += el;
    }
    if (w == 0)
        out[w++] = '.';
    out[w] = '\0';
    return true;
}

bool path_import_key(const char *imp, char *out, size_t n)
{
    return path_clean(imp, strlen(imp), out, n);
}
