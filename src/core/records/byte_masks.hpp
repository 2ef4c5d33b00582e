// Internal to tabulate: the first stage of the fast CSV scanner. For each
// 64-byte window of a buffer, one bit per byte for the bytes the grammar
// cares about, found with SIMD compares (AVX2 where the CPU has it, SSE2 on
// any x86-64, plain C++ elsewhere; all three give the same bits).
#pragma once

#include <cstddef>
#include <cstdint>

namespace lkip::detail {

struct WindowMasks {
  std::uint64_t quote = 0;      // '"'
  std::uint64_t separator = 0;  // the file's separator
  std::uint64_t line_end = 0;   // '\n' or '\r'
  std::uint64_t special = 0;    // NUL or a byte >= 0x80 (needs the full reader)
};

// Fills out[i] for the bytes data[64 i .. 64 i + 63], i < windows. All
// 64 * windows bytes must be readable.
using MaskFunction = void (*)(const char* data, std::size_t windows, char separator, WindowMasks* out);

// The fastest implementation this CPU runs.
MaskFunction best_mask_function();

// Each implementation, for tests that compare them.
void masks_portable(const char* data, std::size_t windows, char separator, WindowMasks* out);
#if defined(__x86_64__)
void masks_sse2(const char* data, std::size_t windows, char separator, WindowMasks* out);
void masks_avx2(const char* data, std::size_t windows, char separator, WindowMasks* out);
bool cpu_has_avx2();
#endif

}  // namespace lkip::detail
