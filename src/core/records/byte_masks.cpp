#include "records/byte_masks.hpp"

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace lkip::detail {

void masks_portable(const char* data, std::size_t windows, char separator, WindowMasks* out) {
  for (std::size_t w = 0; w < windows; ++w) {
    WindowMasks masks;
    for (unsigned i = 0; i < 64; ++i) {
      const char c = data[(w * 64) + i];
      const std::uint64_t bit = std::uint64_t{1} << i;
      if (c == '"') masks.quote |= bit;
      if (c == separator) masks.separator |= bit;
      if (c == '\n' || c == '\r') masks.line_end |= bit;
      if (c == '\0' || static_cast<unsigned char>(c) >= 0x80) masks.special |= bit;
    }
    out[w] = masks;
  }
}

#if defined(__x86_64__)

void masks_sse2(const char* data, std::size_t windows, char separator, WindowMasks* out) {
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i sep = _mm_set1_epi8(separator);
  const __m128i lf = _mm_set1_epi8('\n');
  const __m128i cr = _mm_set1_epi8('\r');
  const __m128i zero = _mm_setzero_si128();
  for (std::size_t w = 0; w < windows; ++w) {
    WindowMasks masks;
    for (unsigned part = 0; part < 4; ++part) {
      const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + (w * 64) + (part * 16)));
      const auto bits = [part](__m128i lanes) {
        return static_cast<std::uint64_t>(static_cast<std::uint16_t>(_mm_movemask_epi8(lanes))) << (part * 16);
      };
      masks.quote |= bits(_mm_cmpeq_epi8(bytes, quote));
      masks.separator |= bits(_mm_cmpeq_epi8(bytes, sep));
      masks.line_end |= bits(_mm_or_si128(_mm_cmpeq_epi8(bytes, lf), _mm_cmpeq_epi8(bytes, cr)));
      masks.special |= bits(_mm_or_si128(bytes, _mm_cmpeq_epi8(bytes, zero)));  // high bit: >= 0x80 or NUL
    }
    out[w] = masks;
  }
}

namespace {

__attribute__((target("avx2"))) std::uint64_t bits_of(__m256i low_lanes, __m256i high_lanes) {
  return static_cast<std::uint64_t>(static_cast<std::uint32_t>(_mm256_movemask_epi8(low_lanes))) |
         (static_cast<std::uint64_t>(static_cast<std::uint32_t>(_mm256_movemask_epi8(high_lanes))) << 32);
}

}  // namespace

__attribute__((target("avx2"))) void masks_avx2(const char* data, std::size_t windows, char separator,
                                                WindowMasks* out) {
  const __m256i quote = _mm256_set1_epi8('"');
  const __m256i sep = _mm256_set1_epi8(separator);
  const __m256i lf = _mm256_set1_epi8('\n');
  const __m256i cr = _mm256_set1_epi8('\r');
  const __m256i zero = _mm256_setzero_si256();
  for (std::size_t w = 0; w < windows; ++w) {
    const char* window = data + (w * 64);
    const __m256i low = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(window));
    const __m256i high = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(window + 32));
    out[w].quote = bits_of(_mm256_cmpeq_epi8(low, quote), _mm256_cmpeq_epi8(high, quote));
    out[w].separator = bits_of(_mm256_cmpeq_epi8(low, sep), _mm256_cmpeq_epi8(high, sep));
    out[w].line_end = bits_of(_mm256_or_si256(_mm256_cmpeq_epi8(low, lf), _mm256_cmpeq_epi8(low, cr)),
                           _mm256_or_si256(_mm256_cmpeq_epi8(high, lf), _mm256_cmpeq_epi8(high, cr)));
    out[w].special = bits_of(_mm256_or_si256(low, _mm256_cmpeq_epi8(low, zero)),
                          _mm256_or_si256(high, _mm256_cmpeq_epi8(high, zero)));
  }
}

bool cpu_has_avx2() {
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx2") != 0;
}

MaskFunction best_mask_function() { return cpu_has_avx2() ? masks_avx2 : masks_sse2; }

#else

MaskFunction best_mask_function() { return masks_portable; }

#endif

}  // namespace lkip::detail
