#include "http/message.h"

#include "sync/protocol.h"

namespace pantau::server {

HttpResponse HttpResponse::json(int status, const nlohmann::json& body) {
    HttpResponse response;
    response.status = status;
    response.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return response;
}

HttpResponse HttpResponse::error(int status, std::string_view code, std::string_view message) {
    return json(status, sync::error_body(code, message));
}

}  // namespace pantau::server
