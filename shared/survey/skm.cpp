#include "survey/skm.h"

#include <stdexcept>

#include "core/json_fields.h"

namespace pantau {

namespace {

[[noreturn]] void refuse(const CatalogueFile& file, const Problems& problems) {
    throw std::invalid_argument("catalogue " + file.name + ": " + summarize(problems));
}

}  // namespace

SkmElements SkmElements::from_file(const CatalogueFile& file) {
    SkmElements catalogue;
    catalogue.version_ = file.version;
    Problems problems;
    if (file.entries.size() != kSkmElementCount) {
        add_problem(problems, file.name, "wrong_length", "SKM harus punya tepat 9 unsur.",
                    "The SKM has exactly 9 elements.");
        refuse(file, problems);
    }
    for (std::size_t i = 0; i < kSkmElementCount; ++i) {
        FieldReader r(file.entries[i], problems, file.name + "[" + std::to_string(i) + "]");
        SkmElement e;
        e.code = r.string("code");
        e.label_id = r.string("label_id");
        e.label_en = r.string("label_en");
        r.reject_unknown();
        if (e.code.empty())
            add_problem(problems, r.path("code"), "empty", "Kode unsur wajib diisi.",
                        "The element code is required.");
        for (std::size_t j = 0; j < i; ++j)
            if (catalogue.elements_[j].code == e.code)
                add_problem(problems, r.path("code"), "duplicate", "Kode unsur berulang.",
                            "Repeated element code.");
        catalogue.elements_[i] = std::move(e);
    }
    if (!problems.empty())
        refuse(file, problems);
    return catalogue;
}

SkmQualityBands SkmQualityBands::from_file(const CatalogueFile& file) {
    SkmQualityBands catalogue;
    catalogue.version_ = file.version;
    Problems problems;
    for (std::size_t i = 0; i < file.entries.size(); ++i) {
        FieldReader r(file.entries[i], problems, file.name + "[" + std::to_string(i) + "]");
        SkmQualityBand b;
        b.letter = r.string("letter");
        b.min_hundredths = static_cast<int>(r.integer("min_hundredths"));
        b.max_hundredths = static_cast<int>(r.integer("max_hundredths"));
        b.label_id = r.string("label_id");
        b.label_en = r.string("label_en");
        r.reject_unknown();
        if (b.min_hundredths > b.max_hundredths)
            add_problem(problems, r.path("min_hundredths"), "out_of_range",
                        "Batas bawah melebihi batas atas.", "The lower bound exceeds the upper.");
        for (const auto& other : catalogue.bands_) {
            if (other.letter == b.letter)
                add_problem(problems, r.path("letter"), "duplicate", "Huruf mutu berulang.",
                            "Repeated quality letter.");
            if (b.min_hundredths <= other.max_hundredths &&
                other.min_hundredths <= b.max_hundredths)
                add_problem(problems, r.path("min_hundredths"), "overlap",
                            "Rentang mutu tumpang tindih dengan " + other.letter + ".",
                            "The range overlaps band " + other.letter + ".");
        }
        catalogue.bands_.push_back(std::move(b));
    }
    if (!problems.empty())
        refuse(file, problems);
    return catalogue;
}

const SkmQualityBand* SkmQualityBands::band_for(int converted_hundredths) const {
    for (const auto& b : bands_)
        if (converted_hundredths >= b.min_hundredths && converted_hundredths <= b.max_hundredths)
            return &b;
    return nullptr;
}

const SkmElements& skm_elements() {
    static const SkmElements catalogue = SkmElements::from_file(embedded_catalogue("skm_elements"));
    return catalogue;
}

SkmSampling SkmSampling::read(FieldReader& r, Problems& problems) {
    SkmSampling s;
    s.code = r.string("code");
    s.minimum_respondents = static_cast<int>(r.integer("minimum_respondents"));
    if (s.minimum_respondents < 1)
        add_problem(problems, r.path("minimum_respondents"), "out_of_range",
                    "Jumlah responden minimum paling sedikit 1.",
                    "The minimum number of respondents is at least 1.");
    return s;
}

int skm_minimum_respondents() {
    static const int minimum = [] {
        const auto catalogue =
            CodedCatalogue<SkmSampling>::from_file(embedded_catalogue("skm_sampling"));
        const SkmSampling* unit = catalogue.find("UNIT");
        if (!unit)
            throw std::logic_error("catalogue skm_sampling has no UNIT entry");
        return unit->minimum_respondents;
    }();
    return minimum;
}

const SkmQualityBands& skm_quality_bands() {
    static const SkmQualityBands catalogue =
        SkmQualityBands::from_file(embedded_catalogue("skm_quality"));
    return catalogue;
}

}  // namespace pantau
