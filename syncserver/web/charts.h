// Charts as inline SVG drawn on the server from a report's own rows, for
// what people would rather look at than read: the month's attendance per
// unit and day, the predikat distribution against the curve, IKM per unit.
// Colours come from CSS classes (app.css), and every chart has a text
// title and the numbers in its tooltips, so it reads without colour too.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace pantau::server::web {

// Rows of cells, each a share 0..1 or nothing (not a working day).
struct HeatRow {
    std::string label;
    std::vector<std::optional<double>> cells;
};
std::string heatmap(const std::string& title, const std::vector<std::string>& columns,
                    const std::vector<HeatRow>& rows);

struct Bar {
    std::string label;
    double value = 0;
    std::string css;   // a class from app.css: "q-A", "q-B", ...
    std::string text;  // written after the bar
};
// Horizontal bars from `low` to `high`.
std::string bar_chart(const std::string& title, const std::vector<Bar>& bars, double low,
                      double high);

// Per row, shares (percent) of each part stacked to 100, with a mark at each
// part's cap (a cap applies to the parts up to and including it, summed).
struct StackRow {
    std::string label;
    std::vector<double> shares;
};
std::string stacked_chart(const std::string& title, const std::vector<std::string>& parts,
                          const std::vector<StackRow>& rows,
                          const std::vector<std::optional<double>>& caps);

}  // namespace pantau::server::web
