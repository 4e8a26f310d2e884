// The main() of a fuzz target in the ordinary build: runs the target once on
// every file under the folders given (a seed corpus, the regressions), so the
// inputs that once crashed stay tested by ctest without libFuzzer. A missing
// folder counts as empty (git keeps no empty regressions folder); no input
// at all is an error, since then nothing was tested.
//
//   <name>_fuzz DIR_OR_FILE...
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "fuzz/fuzz_support.h"

namespace {

std::vector<std::filesystem::path> inputs_under(const std::filesystem::path& root) {
    std::vector<std::filesystem::path> found;
    std::error_code ec;
    if (std::filesystem::is_regular_file(root, ec)) {
        found.push_back(root);
        return found;
    }
    if (!std::filesystem::is_directory(root, ec))
        return found;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root))
        if (entry.is_regular_file() && !entry.path().filename().string().starts_with("."))
            found.push_back(entry.path());
    std::sort(found.begin(), found.end());
    return found;
}

}  // namespace

int main(int argc, char** argv) {
    std::size_t count = 0;
    for (int i = 1; i < argc; ++i) {
        for (const auto& path : inputs_under(argv[i])) {
            std::ifstream in(path, std::ios::binary);
            const std::string bytes((std::istreambuf_iterator<char>(in)),
                                    std::istreambuf_iterator<char>());
            if (!in.good() && !in.eof()) {
                std::fprintf(stderr, "cannot read %s\n", path.c_str());
                return 2;
            }
            std::fprintf(stderr, "%s\n", path.c_str());
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()),
                                   bytes.size());
            ++count;
        }
    }
    if (count == 0) {
        std::fprintf(stderr, "no input found under the folders given\n");
        return 2;
    }
    std::printf("%zu inputs replayed without a failure\n", count);
    return 0;
}
