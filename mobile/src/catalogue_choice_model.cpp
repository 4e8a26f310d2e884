#include "catalogue_choice_model.h"

#include <array>
#include <utility>

#include "app_core.h"
#include "discipline/pp94_article.h"
#include "records/catalogue_set.h"

namespace pantau::mobile {

namespace {

using S = CaseState;

// clang-format off
constexpr std::array<std::pair<CaseState, BilingualText>, kCaseStateCount> kStateTexts = {{
    {S::REPORTED,            {"Dilaporkan", "Reported"}},
    {S::UNDER_REVIEW,        {"Ditelaah atasan", "Under review"}},
    {S::SUMMONED_1,          {"Panggilan I", "First summons"}},
    {S::SUMMONED_2,          {"Panggilan II", "Second summons"}},
    {S::DECIDED_ON_EVIDENCE, {"Diputus berdasarkan bukti", "Decided on the evidence"}},
    {S::EXAMINED,            {"Diperiksa (BAP)", "Examined (BAP)"}},
    {S::FINDINGS,            {"Hasil pemeriksaan (LHP)", "Findings (LHP)"}},
    {S::NOT_PROVEN,          {"Tidak terbukti", "Not proven"}},
    {S::CLOSED,              {"Ditutup", "Closed"}},
    {S::DECIDED,             {"Diputus", "Decided"}},
    {S::DELIVERED,           {"Keputusan disampaikan", "Decision delivered"}},
    {S::OBJECTION,           {"Keberatan", "Objection"}},
    {S::APPEAL,              {"Banding administratif", "Administrative appeal"}},
    {S::IN_FORCE,            {"Hukuman berlaku", "Sanction in force"}},
    {S::COMPLETED,           {"Selesai", "Completed"}},
}};

constexpr std::array<std::pair<SanctionLevel, BilingualText>, 3> kLevelTexts = {{
    {SanctionLevel::RINGAN, {"Ringan", "Light"}},
    {SanctionLevel::SEDANG, {"Sedang", "Moderate"}},
    {SanctionLevel::BERAT,  {"Berat", "Severe"}},
}};

constexpr std::array<std::pair<DocumentKind, BilingualText>, 6> kDocumentTexts = {{
    {DocumentKind::SURAT_PANGGILAN, {"Surat panggilan", "Summons letter"}},
    {DocumentKind::BAP,             {"Berita acara pemeriksaan (BAP)", "Examination record (BAP)"}},
    {DocumentKind::LHP,             {"Laporan hasil pemeriksaan (LHP)", "Findings report (LHP)"}},
    {DocumentKind::SK_HUKUMAN,      {"Keputusan hukuman disiplin", "Sanction decision"}},
    {DocumentKind::KEBERATAN,       {"Surat keberatan", "Objection letter"}},
    {DocumentKind::OTHER,           {"Dokumen lain", "Other document"}},
}};

constexpr std::array<std::pair<CloseReason, BilingualText>, 6> kCloseReasonTexts = {{
    {CloseReason::NOT_PROVEN, {"Tidak terbukti", "Not proven"}},
    {CloseReason::WRONG_DATA, {"Data keliru (mis. cuti terlambat dicatat)", "Wrong data (e.g. leave recorded late)"}},
    {CloseReason::DEATH,      {"Pegawai meninggal dunia", "The employee died"}},
    {CloseReason::RETIREMENT, {"Pegawai pensiun", "The employee retired"}},
    {CloseReason::TRANSFER,   {"Pegawai pindah instansi (kasus diteruskan)", "The employee moved to another instance (case handed over)"}},
    {CloseReason::ANNULLED,   {"Hukuman dibatalkan atas keberatan/banding", "Sanction annulled on objection or appeal"}},
}};

constexpr std::array<std::pair<RemedyOutcome, BilingualText>, 3> kOutcomeTexts = {{
    {RemedyOutcome::UPHELD,    {"Dikuatkan", "Upheld"}},
    {RemedyOutcome::REDUCED,   {"Diperingan", "Reduced"}},
    {RemedyOutcome::INCREASED, {"Diperberat", "Increased"}},
}};
// clang-format on

template <typename Key, std::size_t N>
BilingualText text_in(const std::array<std::pair<Key, BilingualText>, N>& table, Key key) {
    for (const auto& [k, text] : table)
        if (k == key)
            return text;
    return table.front().second;
}

QString qstring(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString coded(std::string_view code, const QString& label) {
    return qstring(code) + QStringLiteral(" · ") + label;
}

}  // namespace

BilingualText case_state_text(CaseState state) {
    return text_in(kStateTexts, state);
}

BilingualText sanction_level_text(SanctionLevel level) {
    return text_in(kLevelTexts, level);
}

BilingualText document_kind_text(DocumentKind kind) {
    return text_in(kDocumentTexts, kind);
}

BilingualText close_reason_text(CloseReason reason) {
    return text_in(kCloseReasonTexts, reason);
}

BilingualText remedy_outcome_text(RemedyOutcome outcome) {
    return text_in(kOutcomeTexts, outcome);
}

QString article_label(const AppCore& core, std::string_view code,
                      const std::optional<std::string>& rule_set) {
    const auto catalogues = current_catalogues();
    const auto rules = catalogues->discipline_rules(rule_set);
    const Pp94Article* article = rules ? rules->articles.find(code) : nullptr;
    if (!article)
        return qstring(code);
    return core.text("Pasal ", "Article ") +
           coded(code, core.text(article->title_id, article->title_en));
}

QString sanction_label(const AppCore& core, std::string_view code) {
    const auto catalogues = current_catalogues();
    const Sanction* sanction = catalogues->find_sanction(code);
    if (!sanction)
        return qstring(code);
    return coded(code, core.text(sanction->description_id, sanction->description_en));
}

QString level_label(const AppCore& core, std::string_view code) {
    const auto level = sanction_level_from_string(code);
    if (!level)
        return qstring(code);
    const BilingualText text = sanction_level_text(*level);
    return core.text(text.id, text.en);
}

CatalogueChoiceModel::CatalogueChoiceModel(QObject* parent) : QAbstractListModel(parent) {}

void CatalogueChoiceModel::setCore(AppCore* core) {
    if (core == core_)
        return;
    if (core_)
        disconnect(core_, nullptr, this, nullptr);
    core_ = core;
    if (core_) {
        connect(core_, &AppCore::languageChanged, this, &CatalogueChoiceModel::reload);
        connect(core_, &AppCore::cataloguesChanged, this, &CatalogueChoiceModel::reload);
    }
    emit coreChanged();
    reload();
}

void CatalogueChoiceModel::setKind(Kind kind) {
    if (kind == kind_)
        return;
    kind_ = kind;
    emit kindChanged();
    reload();
}

void CatalogueChoiceModel::setRuleSet(const QString& ruleSet) {
    if (ruleSet == rule_set_)
        return;
    rule_set_ = ruleSet;
    emit ruleSetChanged();
    reload();
}

std::optional<std::string> CatalogueChoiceModel::rule_set() const {
    if (rule_set_.isEmpty())
        return std::nullopt;
    return rule_set_.toStdString();
}

void CatalogueChoiceModel::reload() {
    std::vector<Choice> rows;
    const auto catalogues = current_catalogues();  // held while its entries are read
    if (core_) {
        switch (kind_) {
            case Kind::Articles:
                if (const auto rules = catalogues->discipline_rules(rule_set()))
                    for (const auto& a : rules->articles.entries())
                        rows.push_back(
                            {qstring(a.code), article_label(*core_, a.code, rule_set())});
                break;
            case Kind::Sanctions:
                if (const auto rules = catalogues->discipline_rules(rule_set()))
                    for (const auto& s : rules->sanctions.entries())
                        rows.push_back({qstring(s.code), sanction_label(*core_, s.code)});
                break;
            case Kind::Levels:
                for (const auto& [level, text] : kLevelTexts)
                    rows.push_back({qstring(to_string(level)), core_->text(text.id, text.en)});
                break;
            case Kind::DocumentKinds:
                for (const auto& [kind, text] : kDocumentTexts)
                    rows.push_back({qstring(to_string(kind)), core_->text(text.id, text.en)});
                break;
        }
    }
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
}

int CatalogueChoiceModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant CatalogueChoiceModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Choice& c = rows_[static_cast<std::size_t>(index.row())];
    switch (role) {
        case CodeRole:
            return c.code;
        case Qt::DisplayRole:
        case LabelRole:
            return c.label;
        default:
            return {};
    }
}

QHash<int, QByteArray> CatalogueChoiceModel::roleNames() const {
    return {{CodeRole, "code"}, {LabelRole, "label"}};
}

}  // namespace pantau::mobile
