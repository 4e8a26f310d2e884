#include "web/qr.h"

#include <qrencode.h>

#include <memory>
#include <stdexcept>

#include "http/query.h"

namespace pantau::server::web {

std::string qr_svg(std::string_view text, int module_px) {
    const std::string data(text);
    std::unique_ptr<QRcode, void (*)(QRcode*)> code(
        QRcode_encodeString8bit(data.c_str(), 0, QR_ECLEVEL_M), QRcode_free);
    if (!code)
        throw std::runtime_error("the text does not fit a QR code");
    const int quiet = 4;  // the margin readers need
    const int size = code->width + 2 * quiet;
    std::string path;
    for (int y = 0; y < code->width; ++y)
        for (int x = 0; x < code->width; ++x)
            if (code->data[y * code->width + x] & 1)
                path +=
                    "M" + std::to_string(x + quiet) + " " + std::to_string(y + quiet) + "h1v1h-1z";
    const std::string px = std::to_string(size * module_px);
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" width=\"" + px + "\" height=\"" +
           px + "\" viewBox=\"0 0 " + std::to_string(size) + " " + std::to_string(size) +
           "\" shape-rendering=\"crispEdges\" role=\"img\">" +
           "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path +
           "\"/></svg>";
}

std::string enrolment_uri(std::string_view server_url, std::string_view code) {
    return "pantau:enroll?server=" + percent_encode(server_url) + "&code=" + percent_encode(code);
}

}  // namespace pantau::server::web
