// A QR code as inline SVG, through libqrencode (Debian libqrencode-dev), so
// the dashboard can show an enrolment code that a phone's camera reads.
#pragma once

#include <string>
#include <string_view>

namespace pantau::server::web {

// Error correction M, byte mode; throws std::runtime_error when the text
// does not fit a QR code.
std::string qr_svg(std::string_view text, int module_px = 6);

// What the enrolment QR holds: "pantau:enroll?server=<url>&code=<code>".
std::string enrolment_uri(std::string_view server_url, std::string_view code);

}  // namespace pantau::server::web
