#include "web/charts.h"

#include <algorithm>
#include <cstdio>

#include "web/html.h"

namespace pantau::server::web {

namespace {

std::string num(double v) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", v);
    return text;
}

std::string open_svg(int width, int height, const std::string& title) {
    // Drawn at its own size (never blown up), narrower on a small screen.
    return "<figure class=\"chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" +
           std::to_string(width) + "\" height=\"" + std::to_string(height) + "\" viewBox=\"0 0 " +
           std::to_string(width) + " " + std::to_string(height) + "\" role=\"img\" aria-label=\"" +
           esc(title) + "\"><title>" + esc(title) + "</title>";
}

std::string close_svg(const std::string& title) {
    return "</svg><figcaption>" + esc(title) + "</figcaption></figure>";
}

constexpr int kLabelWidth = 220;

}  // namespace

std::string heatmap(const std::string& title, const std::vector<std::string>& columns,
                    const std::vector<HeatRow>& rows) {
    const int cell = 18;
    const int width = kLabelWidth + static_cast<int>(columns.size()) * cell + 10;
    const int height = 24 + static_cast<int>(rows.size()) * cell + 10;
    std::string svg = open_svg(width, height, title);
    for (std::size_t c = 0; c < columns.size(); ++c)
        svg += "<text class=\"axis\" x=\"" + std::to_string(kLabelWidth + c * cell + cell / 2) +
               "\" y=\"16\" text-anchor=\"middle\">" + esc(columns[c]) + "</text>";
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const int y = 24 + static_cast<int>(r) * cell;
        svg += "<text class=\"label\" x=\"" + std::to_string(kLabelWidth - 6) + "\" y=\"" +
               std::to_string(y + 13) + "\" text-anchor=\"end\">" + esc(rows[r].label) + "</text>";
        for (std::size_t c = 0; c < rows[r].cells.size(); ++c) {
            const auto& v = rows[r].cells[c];
            std::string css = "h-off";
            std::string tip = columns[c] + ": -";
            if (v) {
                const int band = std::clamp(static_cast<int>(*v * 10), 0, 10);
                css = "h" + std::to_string(band / 2);
                tip = columns[c] + ": " + num(*v * 100) + " %";
            }
            svg += "<rect class=\"" + css + "\" x=\"" + std::to_string(kLabelWidth + c * cell) +
                   "\" y=\"" + std::to_string(y) + "\" width=\"" + std::to_string(cell - 2) +
                   "\" height=\"" + std::to_string(cell - 2) + "\"><title>" +
                   esc(rows[r].label + " " + tip) + "</title></rect>";
        }
    }
    return svg + close_svg(title);
}

std::string bar_chart(const std::string& title, const std::vector<Bar>& bars, double low,
                      double high) {
    const int row = 24;
    const int plot = 420;
    const int width = kLabelWidth + plot + 90;
    const int height = static_cast<int>(bars.size()) * row + 10;
    std::string svg = open_svg(width, height, title);
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const auto& b = bars[i];
        const int y = 4 + static_cast<int>(i) * row;
        const double share = high > low ? std::clamp((b.value - low) / (high - low), 0.0, 1.0) : 0;
        const int w = static_cast<int>(share * plot);
        svg += "<text class=\"label\" x=\"" + std::to_string(kLabelWidth - 6) + "\" y=\"" +
               std::to_string(y + 15) + "\" text-anchor=\"end\">" + esc(b.label) + "</text>";
        svg += "<rect class=\"bar " + esc(b.css) + "\" x=\"" + std::to_string(kLabelWidth) +
               "\" y=\"" + std::to_string(y) + "\" width=\"" + std::to_string(std::max(w, 1)) +
               "\" height=\"" + std::to_string(row - 6) + "\"><title>" +
               esc(b.label + ": " + b.text) + "</title></rect>";
        svg += "<text class=\"value\" x=\"" + std::to_string(kLabelWidth + w + 6) + "\" y=\"" +
               std::to_string(y + 15) + "\">" + esc(b.text) + "</text>";
    }
    return svg + close_svg(title);
}

std::string stacked_chart(const std::string& title, const std::vector<std::string>& parts,
                          const std::vector<StackRow>& rows,
                          const std::vector<std::optional<double>>& caps) {
    const int row = 26;
    const int plot = 460;
    const int legend = 22;
    int legend_width = 0;
    for (const auto& part : parts)
        legend_width += 28 + 7 * static_cast<int>(part.size());
    const int width = kLabelWidth + std::max(plot, legend_width) + 20;
    const int height = legend + static_cast<int>(rows.size()) * row + 10;
    std::string svg = open_svg(width, height, title);
    // The legend, one entry per part, spaced by the length of its label.
    int legend_x = kLabelWidth;
    for (std::size_t p = 0; p < parts.size(); ++p) {
        svg += "<rect class=\"p" + std::to_string(p) + "\" x=\"" + std::to_string(legend_x) +
               "\" y=\"2\" width=\"12\" height=\"12\"/>" + "<text class=\"axis\" x=\"" +
               std::to_string(legend_x + 16) + "\" y=\"12\">" + esc(parts[p]) + "</text>";
        legend_x += 28 + 7 * static_cast<int>(parts[p].size());
    }
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const int y = legend + static_cast<int>(r) * row;
        svg += "<text class=\"label\" x=\"" + std::to_string(kLabelWidth - 6) + "\" y=\"" +
               std::to_string(y + 16) + "\" text-anchor=\"end\">" + esc(rows[r].label) + "</text>";
        double at = 0;
        for (std::size_t p = 0; p < rows[r].shares.size(); ++p) {
            const double share = rows[r].shares[p];
            const int x = kLabelWidth + static_cast<int>(at / 100 * plot);
            const int w = static_cast<int>(share / 100 * plot);
            if (w > 0)
                svg += "<rect class=\"p" + std::to_string(p) + "\" x=\"" + std::to_string(x) +
                       "\" y=\"" + std::to_string(y) + "\" width=\"" + std::to_string(w) +
                       "\" height=\"" + std::to_string(row - 8) + "\"><title>" +
                       esc(rows[r].label + " " + parts[p] + ": " + num(share) + " %") +
                       "</title></rect>";
            at += share;
        }
        double cumulative_cap = 0;
        for (std::size_t p = 0; p < caps.size(); ++p) {
            if (!caps[p])
                continue;
            cumulative_cap += *caps[p];
            const int x = kLabelWidth + static_cast<int>(cumulative_cap / 100 * plot);
            svg += "<line class=\"cap\" x1=\"" + std::to_string(x) + "\" x2=\"" +
                   std::to_string(x) + "\" y1=\"" + std::to_string(y - 2) + "\" y2=\"" +
                   std::to_string(y + row - 6) + "\"><title>" +
                   esc(parts[p] + " max " + num(*caps[p]) + " %") + "</title></line>";
        }
    }
    return svg + close_svg(title);
}

}  // namespace pantau::server::web
