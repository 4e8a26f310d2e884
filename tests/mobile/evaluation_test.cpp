#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <catch2/catch.hpp>

#include "clock/uuid.h"
#include "evaluation_controller.h"
#include "evaluation_list_model.h"
#include "records/record_types.h"
#include "test_app.h"

using namespace pantau;
using namespace pantau::test;
using mobile::EvaluationController;
using mobile::EvaluationListModel;
using mobile::ValueRatingModel;
using nlohmann::json;

namespace {

constexpr auto kPeriod = "2026-Q4";
constexpr auto kAtas = "DI_ATAS_EKSPEKTASI";
constexpr auto kSesuai = "SESUAI_EKSPEKTASI";
constexpr auto kBawah = "DI_BAWAH_EKSPEKTASI";

QString q(const std::string& text) {
    return QString::fromStdString(text);
}

std::optional<store::StoredRecord> stored_evaluation(TestApp& app, const std::string& employee,
                                                     const std::string& period = kPeriod) {
    return app.core().database().call([&](store::DeviceStore& s) {
        return s.get("evaluation", evaluation_id(employee, period));
    });
}

// A controller on `employee`'s evaluation for kPeriod, loaded.
void open(EvaluationController& c, TestApp& app, const std::string& employee) {
    c.setCore(&app.core());
    c.setEmployeeId(q(employee));
    c.setPeriod(QString::fromLatin1(kPeriod));
    REQUIRE(wait_until([&] { return c.loaded(); }));
}

int row_of(const std::string& code) {
    const auto& entries = berakhlak().entries();
    for (std::size_t i = 0; i < entries.size(); ++i)
        if (entries[i].code == code)
            return static_cast<int>(i);
    return -1;
}

void rate_all(EvaluationController& c, const QString& rating = QString::fromLatin1(kSesuai)) {
    for (int row = 0; row < c.values()->rowCount(); ++row) {
        c.setRating(row, rating);
        c.setEvidence(row, QStringLiteral("Dilihat pada minggu ke-%1").arg(row + 1));
    }
}

// A complete FINAL evaluation as another device would have sent it.
Evaluation final_from_elsewhere(const std::string& employee) {
    Evaluation e;
    e.employee_id = employee;
    e.period = kPeriod;
    e.hasil_kerja = Rating::DI_ATAS_EKSPEKTASI;
    e.perilaku = Rating::SESUAI_EKSPEKTASI;
    for (const auto& value : berakhlak().entries())
        e.values[value.code] = {Rating::SESUAI_EKSPEKTASI, "Catatan dari HP lain"};
    e.feedback = "Pertahankan.";
    e.state = EvaluationState::FINAL;
    e.evaluator = "user-other";
    return e.with_derived_predikat();
}

void pull_evaluation(TestApp& app, const Evaluation& e) {
    app.pull({{{"type", "evaluation"},
               {"id", evaluation_id(e.employee_id, e.period)},
               {"unit_id", kUnitId},
               {"origin", "device-other"},
               {"data", e.to_json()}}});
}

}  // namespace

TEST_CASE("a new evaluation starts as an unsaved draft with no value rated") {
    TestApp app;
    EvaluationController c;
    open(c, app, staff_id(2));
    CHECK(c.employeeName() == QStringLiteral("Budi Santoso"));
    CHECK(c.stateCode().isEmpty());
    CHECK(c.stateLabel() == QStringLiteral("Belum dinilai"));
    CHECK_FALSE(c.readOnly());
    CHECK_FALSE(c.dirty());
    REQUIRE(c.values()->rowCount() == 7);
    for (int row = 0; row < 7; ++row)
        CHECK(c.values()->index(row).data(ValueRatingModel::RatingRole).toString().isEmpty());
}

TEST_CASE("the values list the seven BerAKHLAK values with their three guides") {
    TestApp app;
    EvaluationController c;
    QAbstractItemModelTester tester(c.values());
    open(c, app, staff_id(2));
    const QModelIndex akuntabel = c.values()->index(row_of("AKUNTABEL"));
    CHECK(akuntabel.data(ValueRatingModel::LabelRole).toString() == QStringLiteral("Akuntabel"));
    CHECK(akuntabel.data(ValueRatingModel::GuidesRole).toString().split('\n').size() == 3);
    CHECK(akuntabel.data(ValueRatingModel::GuidesRole)
              .toString()
              .contains(QStringLiteral("Tidak menyalahgunakan wewenang jabatan")));
    c.setRating(row_of("AKUNTABEL"), QString::fromLatin1(kAtas));
    CHECK(akuntabel.data(ValueRatingModel::RatingRole).toString() == QString::fromLatin1(kAtas));
    CHECK(akuntabel.data(ValueRatingModel::RatingLabelRole).toString() ==
          QStringLiteral("Di Atas Ekspektasi"));
}

TEST_CASE("evidence waits for a rating, since the record keeps evidence with its rating") {
    TestApp app;
    EvaluationController c;
    open(c, app, staff_id(2));
    c.setEvidence(0, QStringLiteral("Ramah kepada pasien"));
    CHECK(c.values()->index(0).data(ValueRatingModel::EvidenceRole).toString().isEmpty());
    CHECK_FALSE(c.dirty());
    c.setRating(0, QString::fromLatin1(kSesuai));
    c.setEvidence(0, QStringLiteral("Ramah kepada pasien"));
    CHECK(c.values()->index(0).data(ValueRatingModel::EvidenceRole).toString() ==
          QStringLiteral("Ramah kepada pasien"));
    CHECK(c.dirty());
}

TEST_CASE("a draft saves and reloads as it was left") {
    TestApp app;
    {
        EvaluationController c;
        open(c, app, staff_id(3));
        c.setHasilKerja(QString::fromLatin1(kAtas));
        c.setPerilaku(QString::fromLatin1(kSesuai));
        c.setRating(row_of("KOMPETEN"), QString::fromLatin1(kAtas));
        c.setEvidence(row_of("KOMPETEN"), QStringLiteral("Melatih dua bidan baru"));
        c.setFeedback(QStringLiteral("Lanjutkan pelatihan."));
        REQUIRE(c.dirty());
        c.saveDraft();
        REQUIRE(wait_until([&] { return !c.busy() && !c.dirty(); }));
        CHECK(c.errorText().isEmpty());
        CHECK(c.stateCode() == QStringLiteral("DRAFT"));
        CHECK(c.stateLabel() == QStringLiteral("Draf"));
    }
    const auto stored = stored_evaluation(app, staff_id(3));
    REQUIRE(stored);
    CHECK(stored->unit_id == kUnitId);
    CHECK(stored->data["state"] == "DRAFT");
    CHECK(stored->data["evaluator"] == "user-supervisor");
    CHECK(check_record_data("evaluation", stored->data).empty());

    app.restart();
    EvaluationController again;
    open(again, app, staff_id(3));
    CHECK(again.hasilKerja() == QString::fromLatin1(kAtas));
    CHECK(again.perilaku() == QString::fromLatin1(kSesuai));
    CHECK(again.feedback() == QStringLiteral("Lanjutkan pelatihan."));
    const QModelIndex kompeten = again.values()->index(row_of("KOMPETEN"));
    CHECK(kompeten.data(ValueRatingModel::RatingRole).toString() == QString::fromLatin1(kAtas));
    CHECK(kompeten.data(ValueRatingModel::EvidenceRole).toString() ==
          QStringLiteral("Melatih dua bidan baru"));
    CHECK(again.values()
              ->index(row_of("LOYAL"))
              .data(ValueRatingModel::RatingRole)
              .toString()
              .isEmpty());
    CHECK(again.stateCode() == QStringLiteral("DRAFT"));
    CHECK_FALSE(again.dirty());
}

TEST_CASE("the predikat follows the regulation's matrix live for all nine combinations") {
    struct Case {
        const char* hasil;
        const char* perilaku;
        const char* code;
        const char* label;
    };
    // PermenPANRB 6/2022: rows hasil kerja, columns perilaku kerja.
    const Case matrix[] = {
        {kAtas, kAtas, "SANGAT_BAIK", "Sangat Baik"},
        {kAtas, kSesuai, "BAIK", "Baik"},
        {kAtas, kBawah, "KURANG", "Kurang"},
        {kSesuai, kAtas, "BAIK", "Baik"},
        {kSesuai, kSesuai, "BAIK", "Baik"},
        {kSesuai, kBawah, "KURANG", "Kurang"},
        {kBawah, kAtas, "BUTUH_PERBAIKAN", "Butuh Perbaikan"},
        {kBawah, kSesuai, "BUTUH_PERBAIKAN", "Butuh Perbaikan"},
        {kBawah, kBawah, "SANGAT_KURANG", "Sangat Kurang"},
    };
    TestApp app;
    EvaluationController c;
    open(c, app, staff_id(4));
    QSignalSpy changes(&c, &EvaluationController::evaluationChanged);
    for (const auto& m : matrix) {
        INFO(m.hasil << " x " << m.perilaku);
        c.setHasilKerja(QString::fromLatin1(m.hasil));
        c.setPerilaku(QString::fromLatin1(m.perilaku));
        CHECK(c.predikatCode() == QString::fromLatin1(m.code));
        CHECK(c.predikatLabel() == QString::fromLatin1(m.label));
    }
    CHECK(changes.count() > 0);
}

TEST_CASE("finalising refuses values left unrated and names them") {
    TestApp app;
    EvaluationController partial;
    open(partial, app, staff_id(6));
    partial.setRating(row_of("AKUNTABEL"), QString::fromLatin1(kSesuai));
    partial.setEvidence(row_of("AKUNTABEL"), QStringLiteral("Laporan tepat waktu"));
    CHECK_FALSE(partial.readyToFinalise());
    partial.finalise();
    settle(app.core());
    CHECK(partial.errorText().contains(QStringLiteral("Belum dinilai")));
    CHECK(partial.errorText().contains(QStringLiteral("Loyal")));
    CHECK_FALSE(partial.errorText().contains(QStringLiteral("Akuntabel")));
    CHECK_FALSE(partial.readOnly());
    CHECK_FALSE(stored_evaluation(app, staff_id(6)));
}

TEST_CASE("finalising refuses a rated value without evidence") {
    TestApp app;
    EvaluationController c;
    open(c, app, staff_id(5));
    rate_all(c);
    c.setEvidence(row_of("ADAPTIF"), QStringLiteral("   "));
    c.finalise();
    settle(app.core());
    CHECK(c.errorText().contains(QStringLiteral("Bukti belum dicatat: Adaptif")));
    CHECK_FALSE(c.readOnly());
    CHECK_FALSE(stored_evaluation(app, staff_id(5)));
}

TEST_CASE("a finalised evaluation is stored FINAL with its predikat, then nothing changes it") {
    TestApp app;
    EvaluationController c;
    open(c, app, staff_id(7));
    c.setHasilKerja(QString::fromLatin1(kAtas));
    c.setPerilaku(QString::fromLatin1(kAtas));
    rate_all(c, QString::fromLatin1(kAtas));
    REQUIRE(c.readyToFinalise());
    QSignalSpy finalised(&c, &EvaluationController::finalised);
    c.finalise();
    REQUIRE(wait_until([&] { return finalised.count() == 1; }));

    const auto stored = stored_evaluation(app, staff_id(7));
    REQUIRE(stored);
    CHECK(stored->data["state"] == "FINAL");
    CHECK(stored->data["predikat"] == "SANGAT_BAIK");
    CHECK(stored->data["evaluator"] == "user-supervisor");
    CHECK(stored->data["values"].size() == 7);
    CHECK(check_record_data("evaluation", stored->data).empty());
    CHECK(c.readOnly());
    CHECK(c.stateLabel() == QStringLiteral("Final"));

    const Evaluation before = c.evaluation();
    c.setHasilKerja(QString::fromLatin1(kBawah));
    c.setPerilaku(QString::fromLatin1(kBawah));
    c.setRating(0, QString::fromLatin1(kBawah));
    c.setEvidence(0, QStringLiteral("diubah"));
    c.setFeedback(QStringLiteral("diubah"));
    c.saveDraft();
    c.finalise();
    settle(app.core());
    CHECK(c.evaluation() == before);
    CHECK_FALSE(c.dirty());
    CHECK(stored_evaluation(app, staff_id(7))->version == stored->version);
}

TEST_CASE("a FINAL evaluation pulled from another device opens read-only") {
    TestApp app;
    pull_evaluation(app, final_from_elsewhere(staff_id(8)));
    EvaluationController c;
    open(c, app, staff_id(8));
    CHECK(c.readOnly());
    CHECK(c.stateCode() == QStringLiteral("FINAL"));
    CHECK(c.predikatLabel() == QStringLiteral("Baik"));
    CHECK(c.feedback() == QStringLiteral("Pertahankan."));
    c.setHasilKerja(QString::fromLatin1(kBawah));
    c.setRating(0, QString::fromLatin1(kBawah));
    CHECK(c.hasilKerja() == QString::fromLatin1(kAtas));
    CHECK(c.values()->index(0).data(ValueRatingModel::RatingRole).toString() ==
          QString::fromLatin1(kSesuai));
    CHECK_FALSE(c.dirty());
}

TEST_CASE("an open draft becomes read-only when the evaluation is finalised elsewhere") {
    TestApp app;
    EvaluationController c;
    open(c, app, staff_id(9));
    c.setHasilKerja(QString::fromLatin1(kBawah));
    REQUIRE(c.dirty());
    pull_evaluation(app, final_from_elsewhere(staff_id(9)));
    REQUIRE(wait_until([&] { return c.readOnly(); }));
    CHECK(c.hasilKerja() == QString::fromLatin1(kAtas));
    CHECK_FALSE(c.dirty());
    CHECK(c.errorText().contains(QStringLiteral("difinalkan di perangkat lain")));
}

TEST_CASE("saving over an evaluation finalised elsewhere is refused and keeps the final one") {
    TestApp app;
    EvaluationController c;
    open(c, app, staff_id(10));
    c.setHasilKerja(QString::fromLatin1(kBawah));
    const auto final_version = final_from_elsewhere(staff_id(10));
    pull_evaluation(app, final_version);
    // Saved before the screen hears of the pull: the store's check refuses it.
    c.saveDraft();
    REQUIRE(wait_until([&] { return c.readOnly() && !c.busy(); }));
    settle(app.core());
    const auto stored = stored_evaluation(app, staff_id(10));
    REQUIRE(stored);
    Problems problems;
    CHECK(Evaluation::from_json(stored->data, problems) == final_version);
    CHECK(c.errorText().contains(QStringLiteral("difinalkan di perangkat lain")));
}

TEST_CASE("the list shows the unit's active staff by name with their evaluation state") {
    TestApp app;
    EvaluationListModel model;
    QAbstractItemModelTester tester(&model);
    model.setCore(&app.core());
    CHECK(model.period() == QString::fromLatin1(kPeriod));
    REQUIRE(wait_until([&] { return model.rowCount() == 12; }));
    CHECK(model.index(0).data(EvaluationListModel::NameRole).toString() ==
          QStringLiteral("Adi Nugroho"));
    CHECK(model.index(11).data(EvaluationListModel::NameRole).toString() ==
          QStringLiteral("Lukman Hakim"));
    CHECK(model.index(1).data(EvaluationListModel::EmployeeIdRole).toString() == q(staff_id(2)));
    CHECK(model.index(1).data(EvaluationListModel::NipRole).toString() ==
          QStringLiteral("197911042005011002"));
    CHECK(model.index(1).data(EvaluationListModel::JabatanRole).toString() ==
          QStringLiteral("Perawat Ahli Muda"));
    CHECK(model.index(1).data(EvaluationListModel::StateCodeRole).toString().isEmpty());
    CHECK(model.index(1).data(EvaluationListModel::StateLabelRole).toString() ==
          QStringLiteral("Belum dinilai"));
    CHECK(model.notStarted() == 12);
    CHECK(model.drafts() == 0);
    CHECK(model.finals() == 0);
}

TEST_CASE("the list counts drafts and finals, updating rows in place") {
    TestApp app;
    EvaluationListModel model;
    QAbstractItemModelTester tester(&model);
    model.setCore(&app.core());
    REQUIRE(wait_until([&] { return model.rowCount() == 12; }));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy updates(&model, &QAbstractItemModel::dataChanged);

    pull_evaluation(app, final_from_elsewhere(staff_id(1)));
    EvaluationController c;
    open(c, app, staff_id(2));
    c.setHasilKerja(QString::fromLatin1(kBawah));
    c.saveDraft();
    REQUIRE(wait_until([&] { return model.drafts() == 1 && model.finals() == 1; }));
    CHECK(model.notStarted() == 10);
    CHECK(resets.count() == 0);
    CHECK(updates.count() >= 2);
    CHECK(model.index(0).data(EvaluationListModel::StateCodeRole).toString() ==
          QStringLiteral("FINAL"));
    CHECK(model.index(0).data(EvaluationListModel::StateLabelRole).toString() ==
          QStringLiteral("Final"));
    CHECK(model.index(0).data(EvaluationListModel::PredikatLabelRole).toString() ==
          QStringLiteral("Baik"));
    CHECK(model.index(1).data(EvaluationListModel::StateLabelRole).toString() ==
          QStringLiteral("Draf"));
    // The draft's ratings so far: hasil di bawah, perilaku sesuai.
    CHECK(model.index(1).data(EvaluationListModel::PredikatLabelRole).toString() ==
          QStringLiteral("Butuh Perbaikan"));
}

TEST_CASE("the list switches between the quarter and the year") {
    TestApp app;
    pull_evaluation(app, final_from_elsewhere(staff_id(1)));
    EvaluationListModel model;
    QAbstractItemModelTester tester(&model);
    model.setCore(&app.core());
    REQUIRE(wait_until([&] { return model.finals() == 1; }));
    const QVariantList periods = model.periods();
    REQUIRE(periods.size() == 3);
    CHECK(periods[0].toMap()["period"] == QStringLiteral("2026-Q4"));
    CHECK(periods[0].toMap()["label"] == QStringLiteral("Triwulan IV 2026"));
    CHECK(periods[1].toMap()["period"] == QStringLiteral("2026-Q3"));  // the one due
    CHECK(periods[1].toMap()["label"] == QStringLiteral("Triwulan III 2026"));
    CHECK(periods[2].toMap()["period"] == QStringLiteral("2026"));
    CHECK(periods[2].toMap()["label"] == QStringLiteral("Tahun 2026"));

    model.setPeriod(QStringLiteral("2026"));
    REQUIRE(wait_until([&] { return model.finals() == 0; }));
    CHECK(model.notStarted() == 12);
    CHECK(model.periodLabel() == QStringLiteral("Tahun 2026"));
    model.setPeriod(QStringLiteral("bukan periode"));
    CHECK(model.period() == QStringLiteral("2026"));
}

TEST_CASE("an evaluation period central HR has closed refuses a save with why and whom to ask") {
    TestApp app;
    app.pull_closed_period(LockKind::Evaluation, kPeriod);
    EvaluationController c;
    open(c, app, staff_id(3));
    c.setHasilKerja(QString::fromLatin1(kAtas));
    c.setFeedback(QStringLiteral("Lanjutkan pelatihan."));
    c.saveDraft();
    REQUIRE(wait_until([&] { return !c.busy(); }));
    CHECK(c.errorText().startsWith(
        QStringLiteral("Periode penilaian kinerja 2026-Q4 sudah ditutup oleh BKPSDM")));
    CHECK_FALSE(stored_evaluation(app, staff_id(3)));
}
