// The page's one stylesheet, written inline: for the screen, and for A4 print
// with rows and charts kept whole across pages, wide tables on landscape
// pages ("wide", in smaller type when "small": html.cpp decides) and charts
// small enough that moving one to the next page leaves no half-empty page.
// The footer with the agency and the page number follows it (html.cpp).
#pragma once

#include <string_view>

namespace lkip::render_detail {

inline constexpr std::string_view kHtmlStyle = R"CSS(
:root { color-scheme: light; }
body { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 14px; line-height: 1.4;
       color: #1a202c; background: #fff; max-width: 1100px; margin: 0 auto; padding: 24px; }
header { border-bottom: 3px solid #1f4e79; padding-bottom: 12px; margin-bottom: 16px; }
h1 { font-size: 24px; color: #1f4e79; margin: 0 0 6px; }
header p { margin: 0; font-size: 16px; }
h2 { font-size: 17px; color: #1f4e79; margin: 28px 0 8px; break-after: avoid; }
nav ol { columns: 2; column-gap: 32px; margin: 0; padding-left: 24px; font-size: 13px; }
nav a { color: #1f4e79; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { border: 1px solid #b8c4d0; padding: 3px 6px; text-align: left; vertical-align: top; white-space: pre-line; }
thead th { background: #dce6f0; vertical-align: bottom; }
th.num, td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.summary td { font-weight: bold; background: #f1f4f8; }
ul.notes { margin: 6px 0 0; padding-left: 20px; font-size: 12px; color: #4a5568; }
ul.notes li { white-space: pre-line; }
div.table { overflow-x: auto; }
figure.chart { margin: 16px 0 0; }
figure.chart figcaption { font-weight: bold; font-size: 14px; margin-bottom: 4px; }
svg.chart { display: block; width: 100%; max-width: 960px; height: auto; }
section.warnings li { margin-bottom: 4px; }
section.warnings code { font-size: 12px; overflow-wrap: anywhere; }
@page { size: A4 portrait; margin: 15mm 12mm 18mm; }
@page wide { size: A4 landscape; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  nav a { color: inherit; text-decoration: none; }
  div.table { overflow: visible; }
  table { font-size: 8.5pt; }
  th, td { padding: 1pt 3pt; overflow-wrap: break-word; }
  th.num { white-space: normal; }
  section.wide { page: wide; }
  section.small table { font-size: 7pt; }
  /* Many narrow figures under long labels (cases per kecamatan): the labels
     stand upright so that the columns are as wide as their figures. */
  section.small th.num { writing-mode: vertical-rl; transform: rotate(180deg); text-align: left;
                         vertical-align: middle; white-space: nowrap; }
  thead { display: table-header-group; }
  tr, figure.chart, svg { break-inside: avoid; }
  h2 { break-inside: avoid; break-after: avoid; }
  ul.notes { break-after: avoid; }
  figure.chart { break-before: auto; }
  svg.chart { width: auto; max-width: 100%; max-height: 80mm; margin: 0 auto; }
}
)CSS";

}  // namespace lkip::render_detail
