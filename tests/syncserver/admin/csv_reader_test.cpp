#include "admin/csv_reader.h"

#include <catch2/catch.hpp>

using namespace pantau::server;

TEST_CASE("quoted fields keep commas, doubled quotes and line breaks") {
    auto records = read_csv(
        "a,b\r\n\"Siti Rahmawati, S.Kep.\",\"say "
        "\"\"hi\"\"\"\r\n\"two\nlines\",x\r\n\r\nlast,\"\"");
    REQUIRE(records);
    REQUIRE(records->size() == 4);
    CHECK((*records)[1].fields == std::vector<std::string>{"Siti Rahmawati, S.Kep.", "say \"hi\""});
    CHECK((*records)[1].line == 2);
    CHECK((*records)[2].fields == std::vector<std::string>{"two\nlines", "x"});
    CHECK((*records)[2].line == 3);
    CHECK((*records)[3].fields == std::vector<std::string>{"last", ""});
    CHECK((*records)[3].line == 6);
}

TEST_CASE("a byte order mark is skipped and a missing final line end is fine") {
    auto records = read_csv("\xEF\xBB\xBFnip,name\n1,Budi");
    REQUIRE(records);
    REQUIRE(records->size() == 2);
    CHECK(records->front().fields.front() == "nip");
    CHECK(records->back().fields == std::vector<std::string>{"1", "Budi"});
}

TEST_CASE("an unclosed quote, text after a closing quote or non-UTF-8 bytes name their line") {
    auto unclosed = read_csv("a,b\n\"open,b\n");
    REQUIRE_FALSE(unclosed);
    CHECK(unclosed.error().message.find("line 2") != std::string::npos);

    auto trailing = read_csv("a,b\n\"x\"y,b\n");
    REQUIRE_FALSE(trailing);
    CHECK(trailing.error().message.find("line 2") != std::string::npos);

    auto latin1 = read_csv("a,b\nJos\xE9,b\n");
    REQUIRE_FALSE(latin1);
    CHECK(latin1.error().code == "bad_csv");
    CHECK(latin1.error().message.find("line 2") != std::string::npos);
}
