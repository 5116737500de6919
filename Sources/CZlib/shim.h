#include <zlib.h>

/* zlib's init macros do not reach Swift; this wraps a one-shot raw deflate (no zlib header or
   trailer), the form ZIP entries store. Returns the compressed size, or 0 when it did not fit. */
static inline size_t handbook_deflate_raw(const unsigned char *source, size_t sourceLength,
                                          unsigned char *destination, size_t capacity, int level) {
    z_stream stream = {0};
    if (deflateInit2(&stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK) return 0;
    stream.next_in = (Bytef *)source;
    stream.avail_in = (uInt)sourceLength;
    stream.next_out = destination;
    stream.avail_out = (uInt)capacity;
    int status = deflate(&stream, Z_FINISH);
    size_t written = stream.total_out;
    deflateEnd(&stream);
    return status == Z_STREAM_END ? written : 0;
}
