#include "core/problem.h"

namespace pantau {

namespace {

std::string joined(const Problems& problems, std::string Problem::*message) {
    std::string out;
    for (const auto& p : problems) {
        if (!out.empty())
            out += "; ";
        out += p.field.empty() ? p.*message : p.field + ": " + p.*message;
    }
    return out;
}

}  // namespace

std::string summarize(const Problems& problems) {
    return joined(problems, &Problem::message_en);
}

std::string summarize_id(const Problems& problems) {
    return joined(problems, &Problem::message_id);
}

void to_json(nlohmann::json& j, const Problem& p) {
    j = nlohmann::json{{"field", p.field},
                       {"code", p.code},
                       {"message_id", p.message_id},
                       {"message_en", p.message_en}};
}

}  // namespace pantau
