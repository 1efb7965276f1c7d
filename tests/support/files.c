#include "files.h"

#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cmocka.h>

char *test_read_file(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return NULL;
    assert_int_equal(fseek(f, 0, SEEK_END), 0);
    long len = ftell(f);
    assert_true(len >= 0);
    assert_int_equal(fseek(f, 0, SEEK_SET), 0);
    char *data = malloc((size_t)len + 1);
    assert_non_null(data);
    *n = fread(data, 1, (size_t)len, f);
    data[*n] = '\0';
    fclose(f);
    return data;
}

char *test_to_crlf(const char *p, size_t n, size_t *out_n)
{
    char *out = malloc(2 * n + 1);
    assert_non_null(out);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '\n' && (i == 0 || p[i - 1] != '\r'))
            out[k++] = '\r';
        out[k++] = p[i];
    }
    out[k] = '\0';
    *out_n = k;
    return out;
}

bool test_ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcasecmp(s + n - k, suffix) == 0;
}

void test_each_file(const char *dir, test_file_fn *fn, void *ctx)
{
    struct dirent **names;
    int count = scandir(dir, &names, NULL, alphasort);
    if (count <= 0)
        fail_msg("no files in %s", dir);
    for (int i = 0; i < count; i++) {
        if (names[i]->d_name[0] != '.') {
            char path[4096];
            snprintf(path, sizeof path, "%s/%s", dir, names[i]->d_name);
            fn(path, names[i]->d_name, ctx);
        }
        free(names[i]);
    }
    free(names);
}
