#include "evaluation/evaluation_period.h"

namespace pantau {

namespace {

std::string quarter_name(int year, int quarter) {
    return std::to_string(year) + "-Q" + std::to_string(quarter);
}

}  // namespace

std::string evaluation_quarter_of(const Date& day) {
    return quarter_name(day.year(), (day.month() - 1) / 3 + 1);
}

std::string evaluation_period_due(const Date& today) {
    const int running = (today.month() - 1) / 3 + 1;
    return running == 1 ? quarter_name(today.year() - 1, 4)
                        : quarter_name(today.year(), running - 1);
}

}  // namespace pantau
