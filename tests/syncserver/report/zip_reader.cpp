#include "zip_reader.h"

#include <zlib.h>

#include <cstdint>
#include <regex>
#include <stdexcept>
#include <vector>

namespace pantau::testing {

namespace {

std::uint32_t le(std::string_view data, std::size_t at, int bytes) {
    if (at + bytes > data.size())
        throw std::runtime_error("zip: truncated");
    std::uint32_t v = 0;
    for (int i = bytes - 1; i >= 0; --i)
        v = (v << 8) | static_cast<unsigned char>(data[at + i]);
    return v;
}

std::string inflate_raw(std::string_view compressed, std::size_t size) {
    std::string out(size, '\0');
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
        throw std::runtime_error("zip: inflateInit2");
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
    z.avail_in = static_cast<uInt>(compressed.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    const int rc = inflate(&z, Z_FINISH);
    inflateEnd(&z);
    if (rc != Z_STREAM_END)
        throw std::runtime_error("zip: inflate failed");
    return out;
}

std::string attribute(const std::string& tag, const char* name) {
    const std::regex re(std::string("\\b") + name + "=\"([^\"]*)\"");
    std::smatch m;
    return std::regex_search(tag, m, re) ? m[1].str() : std::string();
}

}  // namespace

std::map<std::string, std::string> read_zip(std::string_view archive) {
    std::size_t end = std::string_view::npos;
    for (std::size_t i = archive.size() >= 22 ? archive.size() - 22 : 0;; --i) {
        if (le(archive, i, 4) == 0x06054b50) {
            end = i;
            break;
        }
        if (i == 0)
            break;
    }
    if (end == std::string_view::npos)
        throw std::runtime_error("zip: no end of central directory");
    const std::uint32_t entries = le(archive, end + 10, 2);
    std::size_t at = le(archive, end + 16, 4);
    std::map<std::string, std::string> members;
    for (std::uint32_t n = 0; n < entries; ++n) {
        if (le(archive, at, 4) != 0x02014b50)
            throw std::runtime_error("zip: bad central directory entry");
        const std::uint32_t method = le(archive, at + 10, 2);
        const std::uint32_t compressed = le(archive, at + 20, 4);
        const std::uint32_t size = le(archive, at + 24, 4);
        const std::uint32_t name_length = le(archive, at + 28, 2);
        const std::uint32_t extra_length = le(archive, at + 30, 2);
        const std::uint32_t comment_length = le(archive, at + 32, 2);
        const std::uint32_t local = le(archive, at + 42, 4);
        const std::string name(archive.substr(at + 46, name_length));
        const std::size_t data =
            local + 30 + le(archive, local + 26, 2) + le(archive, local + 28, 2);
        const std::string_view body = archive.substr(data, compressed);
        members[name] = method == 0 ? std::string(body) : inflate_raw(body, size);
        at += 46 + name_length + extra_length + comment_length;
    }
    return members;
}

std::map<std::string, SheetCell> sheet_cells(const std::string& xml) {
    std::map<std::string, SheetCell> cells;
    const std::regex cell_re("<c ([^>]*?)(/>|>(.*?)</c>)");
    for (auto it = std::sregex_iterator(xml.begin(), xml.end(), cell_re);
         it != std::sregex_iterator(); ++it) {
        SheetCell c;
        const std::string tag = (*it)[1].str();
        c.ref = attribute(tag, "r");
        c.type = attribute(tag, "t");
        c.style = attribute(tag, "s");
        const std::string inner = (*it)[3].str();
        std::smatch m;
        if (std::regex_search(inner, m, std::regex("<v>(.*?)</v>")))
            c.value = m[1].str();
        else if (std::regex_search(inner, m, std::regex("<t[^>]*>(.*?)</t>")))
            c.value = m[1].str();
        cells[c.ref] = c;
    }
    return cells;
}

std::string number_format(const std::string& styles, const std::string& style) {
    if (style.empty())
        return "";
    // The style's numFmtId from <cellXfs>, then its code from <numFmts>.
    const auto xfs_at = styles.find("<cellXfs");
    if (xfs_at == std::string::npos)
        return "";
    const std::regex xf_re("<xf ([^>]*?)/?>");
    std::vector<std::string> xfs;
    const std::string tail = styles.substr(xfs_at, styles.find("</cellXfs>", xfs_at) - xfs_at);
    for (auto it = std::sregex_iterator(tail.begin(), tail.end(), xf_re);
         it != std::sregex_iterator(); ++it)
        xfs.push_back((*it)[1].str());
    const std::size_t index = std::stoul(style);
    if (index >= xfs.size())
        return "";
    const std::string id = attribute(xfs[index], "numFmtId");
    std::smatch m;
    if (std::regex_search(styles, m,
                          std::regex("<numFmt numFmtId=\"" + id + "\" formatCode=\"([^\"]*)\"")))
        return m[1].str();
    return id == "0" ? "" : "builtin:" + id;
}

}  // namespace pantau::testing
