// How a workbook's columns name the parts of lkip.json. A row of the
// `indikator` sheet is one indicator, and each column header is the path of
// a value inside it, written as in lkip.json: `nama`, `target.2023`,
// `realisasi.2023.pembilang.tabel`, `kolom.sumber_data["Unit PPA"]` (a key
// that is not letters, digits and `_` is quoted), `jumlah_kolom[0].dari`
// (an item of a list of objects). A header ending in `[]` is a list of
// words in one cell, separated by `;`: `data[]` = `kdrt_2020; keluarga_2020`.
// The same paths serve the `proyek` sheet, one per row.
//
// Both directions live here, so a workbook that `lkip convert` writes is
// read back to the same lkip.json.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace lkip::detail {

// One step of a column path: a key of an object, or an index of a list.
using ColumnStep = std::variant<std::string, std::size_t>;

struct ColumnPath {
  std::vector<ColumnStep> steps;
  bool word_list = false;  // ends in `[]`: the cell holds the list's words
};

// The header as a path; nullopt when it is not one (the caller says where).
std::optional<ColumnPath> parse_column(const std::string& header);

// The header of `path`, as parse_column reads it.
std::string column_header(const ColumnPath& path);

// The JSON path (as JsonNode names values: `$.sasaran[0].target.2023`) of
// `steps` under `base`.
std::string json_path_of(const std::string& base, const std::vector<ColumnStep>& steps);

// Every value of `object` as (column, value), in document order, the keys
// in `skip` left out: scalars as they are, a list of strings with no `;`
// in them as one word-list column (its words joined by "; "), anything
// else broken down further.
std::vector<std::pair<ColumnPath, nlohmann::ordered_json>> flatten(const nlohmann::ordered_json& object,
                                                                   const std::vector<std::string>& skip = {});

// The words of a word-list cell: split at `;`, trimmed, empty ones dropped.
std::vector<std::string> list_words(const std::string& cell);

}  // namespace lkip::detail
