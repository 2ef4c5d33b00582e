// A line of progress on standard error, rewritten in place ("\r…"), for
// runs long enough to wonder about: only on a terminal, so that a script's
// stderr holds messages only. Cleared before anything else is written.
#pragma once

#include <iostream>
#include <string_view>

#include "system/console.hpp"

namespace lkip::cli {

class ProgressLine {
 public:
  ProgressLine() : shown_(system::is_terminal(stderr)) {}
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;
  ~ProgressLine() { clear(); }

  // Whether show() draws anything: callers can skip making its text.
  [[nodiscard]] bool shown() const { return shown_; }

  void show(std::string_view text) {
    if (!shown_) return;
    std::cerr << "\r\033[K" << text << std::flush;
    drawn_ = true;
  }

  void clear() {
    if (drawn_) std::cerr << "\r\033[K" << std::flush;
    drawn_ = false;
  }

 private:
  bool shown_;
  bool drawn_ = false;
};

}  // namespace lkip::cli
