#include "core/problem.h"

namespace pantau {

std::string summarize(const Problems& problems) {
    std::string out;
    for (const auto& p : problems) {
        if (!out.empty())
            out += "; ";
        out += p.field.empty() ? p.message_en : p.field + ": " + p.message_en;
    }
    return out;
}

void to_json(nlohmann::json& j, const Problem& p) {
    j = nlohmann::json{{"field", p.field},
                       {"code", p.code},
                       {"message_id", p.message_id},
                       {"message_en", p.message_en}};
}

}  // namespace pantau
