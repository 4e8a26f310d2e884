#include "training_controller.h"

#include <QRandomGenerator>
#include <QStringList>
#include <algorithm>

#include "app_core.h"
#include "clock/uuid.h"
#include "core/json_fields.h"

namespace pantau::mobile {

namespace {

std::string new_id() {
    UuidBytes bytes{};
    for (auto& b : bytes)
        b = static_cast<std::uint8_t>(QRandomGenerator::system()->bounded(256));
    return uuid_v4(bytes);
}

QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

// "2,5" and "2.5" alike: an Indonesian keyboard writes a decimal comma.
std::optional<double> parse_jp(const QString& text) {
    QString t = text.trimmed();
    t.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double value = t.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

bool touches_trainings(const QStringList& types) {
    return types.isEmpty() || types.contains(QStringLiteral("training"));
}

}  // namespace

QString jp_label(double jp, bool english) {
    QString text = QString::number(jp, 'g', 6);
    if (!english)
        text.replace(QLatin1Char('.'), QLatin1Char(','));
    return text;
}

EmployeeTrainings load_employee_trainings(store::DeviceStore& store, const std::string& employee_id,
                                          int year) {
    EmployeeTrainings out;
    if (const auto employee = store.get("employee", employee_id); employee && !employee->deleted)
        out.employee_kind = text_or_empty(employee->data, "kind");
    std::vector<store::StoredRecord> stored;
    for (auto& record : store.list("training")) {
        if (record.deleted || text_or_empty(record.data, "employee_id") != employee_id)
            continue;
        Problems problems;
        Training t = Training::from_json(record.data, problems);
        if (!problems.empty())
            continue;
        out.records.emplace_back(record.id, std::move(t));
        stored.push_back(std::move(record));
    }
    std::sort(out.records.begin(), out.records.end(), [](const auto& a, const auto& b) {
        return a.second.end_date != b.second.end_date ? b.second.end_date < a.second.end_date
                                                      : a.first < b.first;
    });
    std::vector<TrainingRecord> counted;
    for (const auto& record : stored)
        counted.push_back({&record.data, record.deleted});
    const auto done = jp_by_employee(year, counted);
    const auto it = done.find(employee_id);
    out.year = jp_standing(it == done.end() ? JpDone{} : it->second, out.employee_kind,
                           training_minimum_catalogue());
    return out;
}

TrainingController::TrainingController(QObject* parent) : QObject(parent) {}

void TrainingController::setCore(AppCore* core) {
    if (core == core_)
        return;
    if (core_)
        disconnect(core_, nullptr, this, nullptr);
    core_ = core;
    if (core_) {
        connect(core_, &AppCore::recordsChanged, this, [this](const QStringList& types) {
            if (touches_trainings(types))
                reload();
        });
        connect(core_, &AppCore::languageChanged, this, [this] {
            emit labelsChanged();
            emit trainingsChanged();
        });
        connect(core_, &AppCore::todayChanged, this, &TrainingController::reload);
    }
    emit coreChanged();
    emit labelsChanged();
    reload();
}

void TrainingController::setEmployeeId(const QString& id) {
    if (id == employee_id_)
        return;
    employee_id_ = id;
    emit employeeIdChanged();
    reload();
}

void TrainingController::reload() {
    if (!core_ || employee_id_.isEmpty()) {
        has_loaded_ = false;
        loaded_ = {};
        emit trainingsChanged();
        return;
    }
    core_->database().run(
        this,
        [id = employee_id_.toStdString(), year = core_->today().year()](store::DeviceStore& s) {
            return load_employee_trainings(s, id, year);
        },
        [this, asked = employee_id_](EmployeeTrainings trainings) {
            if (asked != employee_id_)
                return;  // another employee was chosen meanwhile
            loaded_ = std::move(trainings);
            has_loaded_ = true;
            emit trainingsChanged();
        });
}

QVariantList TrainingController::kinds() const {
    QVariantList list;
    if (!core_)
        return list;
    for (const auto& k : training_kind_catalogue().entries())
        list.push_back(QVariantMap{{QStringLiteral("code"), qs(k.code)},
                                   {QStringLiteral("label"), core_->text(k.label_id, k.label_en)}});
    return list;
}

QVariantList TrainingController::competencies() const {
    QVariantList list;
    if (!core_)
        return list;
    for (const auto& k : competency_kind_catalogue().entries())
        list.push_back(QVariantMap{{QStringLiteral("code"), qs(k.code)},
                                   {QStringLiteral("label"), core_->text(k.label_id, k.label_en)}});
    return list;
}

QVariantList TrainingController::trainings() const {
    QVariantList list;
    if (!core_)
        return list;
    for (const auto& [id, t] : loaded_.records)
        list.push_back(
            QVariantMap{{QStringLiteral("code"), qs(id)},
                        {QStringLiteral("label"),
                         tr("%1 · %2 s.d. %3 · %4 JP")
                             .arg(qs(t.title), qs(t.start_date.iso()), qs(t.end_date.iso()),
                                  jp_label(t.jp, core_->english()))}});
    return list;
}

QString TrainingController::yearLabel() const {
    if (!core_ || !has_loaded_)
        return {};
    const JpStanding& s = loaded_.year;
    const auto jp_text = [this](double jp) { return jp_label(jp, core_->english()); };
    const int year = core_->today().year();
    if (!s.minimum_tenths)
        return tr("JP %1: %2").arg(year).arg(jp_text(s.done.jp()));
    if (s.is_short())
        return tr("JP %1: %2 dari %3, kurang %4")
            .arg(year)
            .arg(jp_text(s.done.jp()), jp_text(s.minimum()), jp_text(s.short_by()));
    return tr("JP %1: %2 dari %3, sudah memenuhi")
        .arg(year)
        .arg(jp_text(s.done.jp()), jp_text(s.minimum()));
}

QString TrainingController::record(const QString& title, const QString& kind,
                                   const QString& organiser, const QString& startDate,
                                   const QString& endDate, const QString& jp,
                                   const QString& competency, const QString& certificateNumber) {
    if (!core_ || busy_)
        return {};
    if (employee_id_.isEmpty()) {
        setError(tr("Pilih pegawai yang mengikuti pelatihan."));
        return {};
    }
    if (kind.isEmpty()) {
        setError(tr("Pilih jenis kegiatan."));
        return {};
    }
    if (competency.isEmpty()) {
        setError(tr("Pilih kompetensi yang dikembangkan."));
        return {};
    }
    Training t;
    t.employee_id = employee_id_.toStdString();
    t.title = title.trimmed().toStdString();
    t.kind = kind.toStdString();
    t.organiser = organiser.trimmed().toStdString();
    const auto start = Date::parse(startDate.trimmed().toStdString());
    const auto end = Date::parse(endDate.trimmed().toStdString());
    if (!start || !end) {
        setError(tr("Tanggal mulai dan selesai ditulis TTTT-BB-HH."));
        return {};
    }
    t.start_date = *start;
    t.end_date = *end;
    // JP count once the training is done; the server takes nothing that ends later.
    if (core_->today() < t.end_date) {
        setError(tr("Catat pelatihan setelah selesai: tanggal selesai %1 belum tiba.")
                     .arg(endDate.trimmed()));
        return {};
    }
    const auto hours = parse_jp(jp);
    if (!hours) {
        setError(tr("Isi jumlah JP dengan angka, mis. 24 atau 2,5."));
        return {};
    }
    t.jp = *hours;
    t.competency = competency.toStdString();
    if (const QString number = certificateNumber.trimmed(); !number.isEmpty())
        t.certificate_number = number.toStdString();
    if (const Problems problems = t.validate(); !problems.empty()) {
        QStringList lines;
        for (const auto& p : problems)
            lines << core_->text(p.message_id, p.message_en);
        setError(lines.join(QLatin1Char('\n')));
        return {};
    }

    setError({});
    setBusy(true);
    const std::string id = new_id();
    core_->database().run(
        this,
        [unit = core_->unit(), id, data = t.to_json(),
         now = core_->nowMs()](store::DeviceStore& s) -> std::optional<Error> {
            auto stored = s.record({"training", id, unit, data}, now);
            return stored ? std::nullopt : std::optional<Error>(stored.error());
        },
        [this, qid = qs(id)](std::optional<Error> failed) {
            setBusy(false);
            if (failed) {
                setError(tr("Pelatihan tidak tersimpan: %1").arg(qs(failed->message)));
                return;
            }
            core_->notifyRecordsChanged({QStringLiteral("training")});
            emit recorded(qid);
        });
    return qs(id);
}

void TrainingController::setError(const QString& message) {
    if (message == error_)
        return;
    error_ = message;
    emit errorTextChanged();
}

void TrainingController::setBusy(bool busy) {
    if (busy == busy_)
        return;
    busy_ = busy;
    emit busyChanged();
}

}  // namespace pantau::mobile
