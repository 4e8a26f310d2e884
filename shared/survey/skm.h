// The public satisfaction survey (SKM, PermenPANRB 14/2017): its nine
// elements (unsur U1..U9) and the quality bands of the converted index. Both
// are catalogues ("skm_elements", "skm_quality"); the number of elements is
// fixed at nine because every survey response carries exactly nine scores.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalogue.h"
#include "core/coded_catalogue.h"

namespace pantau {

inline constexpr std::size_t kSkmElementCount = 9;

struct SkmElement {
    std::string code;  // "U1".."U9"
    std::string label_id;
    std::string label_en;

    bool operator==(const SkmElement&) const = default;
};

class SkmElements {
  public:
    // Throws std::invalid_argument unless there are exactly nine well-formed,
    // distinct elements.
    static SkmElements from_file(const CatalogueFile& file);

    // In score order: elements()[i] is the element of scores[i].
    const std::array<SkmElement, kSkmElementCount>& elements() const { return elements_; }
    const std::string& version() const { return version_; }

  private:
    std::string version_;
    std::array<SkmElement, kSkmElementCount> elements_;
};

// A quality letter for a range of the converted index, in hundredths of a
// point so that bounds such as 88.31 compare exactly.
struct SkmQualityBand {
    std::string letter;      // "A".."D"
    int min_hundredths = 0;  // inclusive
    int max_hundredths = 0;  // inclusive
    std::string label_id;
    std::string label_en;

    bool operator==(const SkmQualityBand&) const = default;
};

class SkmQualityBands {
  public:
    // Throws std::invalid_argument when an entry is malformed, a letter is
    // repeated, or two bands overlap.
    static SkmQualityBands from_file(const CatalogueFile& file);

    // The band holding `converted_hundredths` (8831 is 88.31), or nullptr.
    const SkmQualityBand* band_for(int converted_hundredths) const;
    const std::vector<SkmQualityBand>& bands() const { return bands_; }
    const std::string& version() const { return version_; }

  private:
    std::string version_;
    std::vector<SkmQualityBand> bands_;
};

// How many respondents an IKM needs before a report shows it as final rather
// than provisional ("skm_sampling", verify): code "UNIT" is the floor per unit.
struct SkmSampling {
    std::string code;
    int minimum_respondents = 1;

    bool operator==(const SkmSampling&) const = default;
    static SkmSampling read(FieldReader& r, Problems& problems);
    static constexpr BilingualText duplicate_code{"Kode sampel berulang.", "Repeated sample code."};
};

// The embedded catalogues, loaded once.
const SkmElements& skm_elements();
const SkmQualityBands& skm_quality_bands();
// The "UNIT" floor of the embedded "skm_sampling" catalogue.
int skm_minimum_respondents();

}  // namespace pantau
