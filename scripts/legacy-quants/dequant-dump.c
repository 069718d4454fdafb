// Prints, as JSON, llama.cpp's own dequantization (ggml's to_float) of the Q4_1 / Q5_0 / Q5_1 / IQ4_NL / Q2_K / Q3_K /
// IQ4_XS tensors of GGUF files: per tensor its type, shape, data offset, the first blocks as hex, the first values and the
// float64 sum of all its values in index order. Built and run by scripts/legacy-quants/make-reference.sh (issue 5 test fixtures).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ggml.h"
#include "gguf.h"

#define FIRST_VALUES 256

static int legacy(enum ggml_type t) {
    return t == GGML_TYPE_Q4_1 || t == GGML_TYPE_Q5_0 || t == GGML_TYPE_Q5_1 || t == GGML_TYPE_IQ4_NL
        || t == GGML_TYPE_Q2_K || t == GGML_TYPE_Q3_K || t == GGML_TYPE_IQ4_XS;
}

int main(int argc, char ** argv) {
    printf("[");
    int first = 1;
    for (int f = 1; f < argc; f++) {
        struct ggml_context * meta = NULL;
        struct gguf_init_params params = {.no_alloc = 1, .ctx = &meta};
        struct gguf_context * g = gguf_init_from_file(argv[f], params);
        if (!g) {
            fprintf(stderr, "cannot read %s\n", argv[f]);
            return 1;
        }
        FILE * in = fopen(argv[f], "rb");
        for (int64_t i = 0; i < gguf_get_n_tensors(g); i++) {
            enum ggml_type type = gguf_get_tensor_type(g, i);
            if (!legacy(type)) {
                continue;
            }
            const char * name = gguf_get_tensor_name(g, i);
            struct ggml_tensor * t = ggml_get_tensor(meta, name);
            int64_t n = ggml_nelements(t);
            size_t bytes = ggml_nbytes(t);
            size_t offset = gguf_get_data_offset(g) + gguf_get_tensor_offset(g, i);
            unsigned char * data = malloc(bytes);
            float * values = malloc(sizeof(float) * n);
            fseek(in, (long) offset, SEEK_SET);
            if (fread(data, 1, bytes, in) != bytes) {
                fprintf(stderr, "short read in %s\n", argv[f]);
                return 1;
            }
            ggml_get_type_traits(type)->to_float(data, values, n);
            double sum = 0;
            for (int64_t k = 0; k < n; k++) {
                sum += values[k];
            }
            const char * file = strrchr(argv[f], '/');
            printf("%s\n {\"file\": \"%s\", \"tensor\": \"%s\", \"type\": \"%s\", \"ne\": [%lld, %lld], \"data_offset\": %zu,"
                   " \"sum_f64\": %.17g,\n  \"blocks_hex\": [",
                   first ? "" : ",", file ? file + 1 : argv[f], name, ggml_type_name(type), (long long) t->ne[0],
                   (long long) t->ne[1], offset, sum);
            first = 0;
            int64_t blocks = (n < FIRST_VALUES ? n : FIRST_VALUES) / ggml_blck_size(type);
            for (int64_t b = 0; b < blocks; b++) {
                printf("%s\"", b ? ", " : "");
                for (size_t k = 0; k < ggml_type_size(type); k++) {
                    printf("%02x", data[b * ggml_type_size(type) + k]);
                }
                printf("\"");
            }
            printf("],\n  \"values\": [");
            for (int64_t k = 0; k < n && k < FIRST_VALUES; k++) {
                printf("%s%.9g", k ? ", " : "", values[k]);
            }
            printf("]}");
            free(data);
            free(values);
        }
        fclose(in);
        gguf_free(g);
        ggml_free(meta);
    }
    printf("\n]\n");
    return 0;
}
