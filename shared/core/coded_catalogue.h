// CodedCatalogue: a catalogue whose entries are found by a unique text code
// (leave kinds, attendance statuses, PP 94 articles, ...). It does once what
// every such catalogue shares: read each entry with a FieldReader named
// "<catalogue>[i]", refuse unknown fields and repeated codes, and throw when
// anything is wrong, so an entry type says only how one entry is read and
// what makes it valid.
//
// An Entry provides
//   std::string code;
//   static Entry read(FieldReader& r, Problems& problems);
//       reads the fields and records the problems of that entry alone;
//   static constexpr BilingualText duplicate_code{"...", "..."};
//       the message for a repeated code;
// and, only when its entries constrain each other,
//   static void check_catalogue(const std::vector<Entry>& entries,
//                               const CatalogueFile& file, Problems& problems);
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/catalogue.h"
#include "core/json_fields.h"
#include "core/problem.h"

namespace pantau {

// A message in Bahasa Indonesia and in English.
struct BilingualText {
    std::string_view id;
    std::string_view en;
};

// "leave_kinds[3]": how problems name an entry of a catalogue file.
inline std::string catalogue_entry_path(const CatalogueFile& file, std::size_t index) {
    return file.name + "[" + std::to_string(index) + "]";
}

template <typename Entry>
class CodedCatalogue {
  public:
    // Throws std::invalid_argument listing every problem when an entry is
    // malformed, a code is repeated, or the entries break a rule between them.
    static CodedCatalogue from_file(const CatalogueFile& file) {
        CodedCatalogue catalogue;
        catalogue.version_ = file.version;
        Problems problems;
        for (std::size_t i = 0; i < file.entries.size(); ++i) {
            FieldReader r(file.entries[i], problems, catalogue_entry_path(file, i));
            Entry entry = Entry::read(r, problems);
            r.reject_unknown();
            if (catalogue.find(entry.code))
                add_problem(problems, r.path("code"), "duplicate",
                            std::string(Entry::duplicate_code.id),
                            std::string(Entry::duplicate_code.en));
            catalogue.entries_.push_back(std::move(entry));
        }
        if constexpr (requires { Entry::check_catalogue(catalogue.entries_, file, problems); })
            Entry::check_catalogue(catalogue.entries_, file, problems);
        if (!problems.empty())
            throw std::invalid_argument("catalogue " + file.name + ": " + summarize(problems));
        return catalogue;
    }

    const Entry* find(std::string_view code) const {
        for (const auto& entry : entries_)
            if (entry.code == code)
                return &entry;
        return nullptr;
    }

    const std::vector<Entry>& entries() const { return entries_; }
    const std::string& version() const { return version_; }

  private:
    std::string version_;
    std::vector<Entry> entries_;
};

}  // namespace pantau
