#include "roll_call_model.h"

#include <algorithm>

#include "attendance/attendance_status.h"
#include "attendance/leave_kind.h"
#include "attendance/work_calendar.h"
#include "clock/uuid.h"
#include "core/text.h"
#include "records/catalogue_set.h"
#include "records/period_lock.h"
#include "sync/scope_exit.h"

namespace pantau::mobile {

namespace {

// The one status a single tap records.
constexpr auto kPresentCode = "HADIR";

QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

const char* category_name(DayCategory category) {
    switch (category) {
        case DayCategory::Present:
            return "present";
        case DayCategory::Late:
            return "late";
        case DayCategory::Absent:
            return "absent";
        case DayCategory::OnLeave:
            return "leave";
    }
    return "";
}

// What a write job did: the records it stored, and why the others failed.
struct WriteOutcome {
    std::vector<Attendance> saved;
    std::optional<Error> error;
};

}  // namespace

RollCallModel::RollCallModel(QObject* parent) : QAbstractListModel(parent) {}

void RollCallModel::setCore(AppCore* core) {
    if (core == core_)
        return;
    if (core_)
        disconnect(core_, nullptr, this, nullptr);
    core_ = core;
    if (core_) {
        connect(core_, &AppCore::recordsChanged, this, [this](const QStringList& types) {
            if (types.isEmpty() || types.contains(QStringLiteral("attendance")) ||
                types.contains(QStringLiteral("employee")) ||
                types.contains(qs(std::string(kPeriodLockRecordType))) ||
                types.contains(qs(std::string(sync::kScopeExitRecordType))))
                reload();
        });
        connect(core_, &AppCore::languageChanged, this, [this] {
            reload();  // the closed notice in the other language
            emit dateChanged();
            if (!visible_.empty())
                emit dataChanged(index(0), index(rowCount() - 1),
                                 {StatusLabelRole, LeaveKindLabelRole});
        });
        connect(core_, &AppCore::todayChanged, this, &RollCallModel::dateChanged);
        if (!date_ || *date_ > core_->today())
            date_ = core_->today();
    }
    emit coreChanged();
    emit dateChanged();
    reload();
}

QString RollCallModel::date() const {
    return date_ ? qs(date_->iso()) : QString();
}

void RollCallModel::setDate(const QString& iso) {
    std::optional<Date> wanted =
        iso.isEmpty() && core_ ? std::optional(core_->today()) : Date::parse(iso.toStdString());
    if (!wanted || wanted == date_)
        return;
    // Attendance is recorded for days that happened, not planned ahead.
    if (core_ && *wanted > core_->today())
        return;
    date_ = wanted;
    emit dateChanged();
    reload();
}

QString RollCallModel::dateLabel() const {
    return core_ && date_ ? core_->dateLabel(*date_) : QString();
}

bool RollCallModel::canGoForward() const {
    return core_ && date_ && *date_ < core_->today();
}

void RollCallModel::previousDay() {
    if (date_)
        setDate(qs(date_->plus_days(-1).iso()));
}

void RollCallModel::nextDay() {
    if (date_)
        setDate(qs(date_->plus_days(1).iso()));
}

void RollCallModel::showToday() {
    setDate({});
}

void RollCallModel::setFilter(const QString& filter) {
    if (filter == filter_)
        return;
    filter_ = filter;
    emit filterChanged();
    applyFilter();
}

void RollCallModel::clearError() {
    setError({});
}

void RollCallModel::setError(const QString& text) {
    if (text == error_)
        return;
    error_ = text;
    emit errorTextChanged();
}

void RollCallModel::reload() {
    if (!core_ || !date_ || !core_->enrolled())
        return;
    const std::uint64_t generation = ++generation_;
    struct Loaded {
        std::vector<RollCallEntry> entries;
        std::optional<Problem> closed;
        bool working_day = true;
    };
    core_->database().run(
        this,
        [unit = core_->unit(), date = *date_, now = core_->nowMs()](store::DeviceStore& s) {
            // Any record of the day would fall in the same period.
            const auto catalogues = current_catalogues();
            return Loaded{load_roll_call(s, unit, date),
                          s.closed_period_refusal("attendance", nlohmann::json(),
                                                  {{"date", date.iso()}}, now),
                          load_work_schedules(s, unit)
                              .unit_calendar(catalogues->work_calendar(), unit)
                              .is_working_day(date)};
        },
        [this, generation](Loaded loaded) {
            if (generation != generation_)
                return;
            setClosed(loaded.closed
                          ? core_->text(loaded.closed->message_id, loaded.closed->message_en)
                          : QString());
            if (loaded.working_day != working_day_) {
                working_day_ = loaded.working_day;
                emit workingDayChanged();
            }
            apply(std::move(loaded.entries));
        });
}

void RollCallModel::setClosed(const QString& text) {
    if (text == closed_)
        return;
    closed_ = text;
    emit closedTextChanged();
}

bool RollCallModel::mayChange() {
    if (closed_.isEmpty())
        return true;
    setError(closed_);
    return false;
}

bool RollCallModel::matches(const RollCallEntry& entry) const {
    const QString wanted = filter_.simplified();
    if (wanted.isEmpty())
        return true;
    if (qs(entry.name).contains(wanted, Qt::CaseInsensitive))
        return true;
    // NIPs are often read out in groups: "1985 0312 ..." finds the NIP too.
    QString digits = wanted;
    digits.remove(QLatin1Char(' '));
    return !digits.isEmpty() && qs(entry.nip).contains(digits);
}

void RollCallModel::apply(std::vector<RollCallEntry> entries) {
    std::vector<std::size_t> visible;
    for (std::size_t i = 0; i < entries.size(); ++i)
        if (matches(entries[i]))
            visible.push_back(i);
    const bool same_rows =
        visible == visible_ &&
        std::equal(entries.begin(), entries.end(), entries_.begin(), entries_.end(),
                   [](const auto& a, const auto& b) { return a.employee_id == b.employee_id; });
    if (!same_rows) {
        beginResetModel();
        entries_ = std::move(entries);
        visible_ = std::move(visible);
        endResetModel();
    } else {
        // Same people in the same order: only the changed rows repaint, and
        // the list keeps its scroll position while a sync brings news.
        std::vector<bool> changed(entries.size());
        for (std::size_t i = 0; i < entries.size(); ++i)
            changed[i] = !(entries[i] == entries_[i]);
        entries_ = std::move(entries);
        for (std::size_t row = 0; row < visible_.size(); ++row)
            if (changed[visible_[row]])
                emit dataChanged(index(static_cast<int>(row)), index(static_cast<int>(row)));
    }
    const DayCounts counts = count_day(entries_);
    if (counts != counts_) {
        counts_ = counts;
        emit countsChanged();
    }
}

void RollCallModel::applyFilter() {
    std::vector<std::size_t> visible;
    for (std::size_t i = 0; i < entries_.size(); ++i)
        if (matches(entries_[i]))
            visible.push_back(i);
    if (visible == visible_)
        return;
    beginResetModel();
    visible_ = std::move(visible);
    endResetModel();
}

const RollCallEntry* RollCallModel::entryAt(int row) const {
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &entries_[visible_[static_cast<std::size_t>(row)]];
}

void RollCallModel::markPresent(int row) {
    setStatus(row, QString::fromLatin1(kPresentCode), 0, {}, {});
}

bool RollCallModel::setStatus(int row, const QString& status, int minutes, const QString& leaveKind,
                              const QString& note, const QString& trainingId, int earlyMinutes) {
    const RollCallEntry* entry = entryAt(row);
    if (!core_ || !date_ || !entry || !mayChange())
        return false;
    // One set for the whole check, held while its entries are used.
    const auto catalogues = current_catalogues();
    const AttendanceStatus* s = catalogues->attendance_statuses().find(status.toStdString());
    if (!s) {
        setError(tr("Pilih status kehadiran."));
        return false;
    }
    const QString label = statusLabel(s->code);
    Attendance day;
    day.employee_id = entry->employee_id;
    day.date = *date_;
    day.status = s->code;
    day.recorded_at = core_->nowMs();
    if (s->needs_minutes) {
        if (minutes <= 0) {
            setError(tr("Isi jumlah menit untuk status %1.").arg(label));
            return false;
        }
        if (minutes > Attendance::kMaxMinutes) {
            setError(tr("Jumlah menit paling banyak %1.").arg(Attendance::kMaxMinutes));
            return false;
        }
        day.minutes = minutes;
    }
    if (s->early_leave_series && earlyMinutes > 0) {
        if (earlyMinutes > Attendance::kMaxMinutes) {
            setError(tr("Menit pulang cepat paling banyak %1.").arg(Attendance::kMaxMinutes));
            return false;
        }
        day.early_minutes = earlyMinutes;
    }
    if (s->needs_leave_kind) {
        if (leaveKind.isEmpty()) {
            setError(tr("Pilih jenis cuti untuk status %1.").arg(label));
            return false;
        }
        day.leave_kind = leaveKind.toStdString();
    }
    if (s->links_training && !trainingId.isEmpty())
        day.training_id = trainingId.toStdString();
    if (const QString trimmed = note.trimmed(); !trimmed.isEmpty()) {
        day.note = trimmed.toStdString();
        if (utf8_length(*day.note) > Attendance::kMaxNoteLength) {
            setError(tr("Catatan paling banyak %1 karakter.").arg(Attendance::kMaxNoteLength));
            return false;
        }
    }
    if (const Problems problems =
            day.validate(catalogues->attendance_statuses(), catalogues->leave_kinds());
        !problems.empty()) {
        setError(core_->text(problems.front().message_id, problems.front().message_en));
        return false;
    }
    setError({});
    // A second tap on the same status is not a correction: no new version.
    const auto& current = entry->attendance;
    if (current && current->status == day.status && current->minutes == day.minutes &&
        current->leave_kind == day.leave_kind && current->note == day.note &&
        current->training_id == day.training_id && current->early_minutes == day.early_minutes)
        return true;
    write({std::move(day)}, false);
    return true;
}

int RollCallModel::markRestPresent() {
    if (!core_ || !date_ || !mayChange())
        return 0;
    std::vector<Attendance> days;
    for (const auto& entry : entries_) {
        // Someone the roster gives the day off is not marked present.
        if (entry.attendance || !entry.due)
            continue;
        Attendance day;
        day.employee_id = entry.employee_id;
        day.date = *date_;
        day.status = kPresentCode;
        day.recorded_at = core_->nowMs();
        days.push_back(std::move(day));
    }
    if (days.empty())
        return 0;
    const int count = static_cast<int>(days.size());
    setError({});
    write(std::move(days), true);
    return count;
}

void RollCallModel::write(std::vector<Attendance> days, bool only_empty) {
    core_->database().run(
        this,
        [unit = core_->unit(), now = core_->nowMs(), only_empty,
         days = std::move(days)](store::DeviceStore& s) {
            WriteOutcome outcome;
            for (const auto& day : days) {
                const std::string id = attendance_id(unit, day.employee_id, day.date);
                if (only_empty) {
                    if (const auto existing = s.get("attendance", id);
                        existing && !existing->deleted)
                        continue;
                }
                auto stored = s.record({"attendance", id, unit, day.to_json()}, now);
                if (stored)
                    outcome.saved.push_back(day);
                else if (!outcome.error)
                    outcome.error = stored.error();
            }
            return outcome;
        },
        [this](WriteOutcome outcome) {
            if (outcome.error && outcome.error->code == "period_closed") {
                // The lock came with a sync since the day was loaded.
                setError(tr("Presensi tidak tersimpan: periodenya sudah ditutup."));
                reload();
            } else if (outcome.error)
                setError(tr("Presensi tidak tersimpan: %1")
                             .arg(qs(outcome.error->message.empty() ? outcome.error->code
                                                                    : outcome.error->message)));
            written(outcome.saved);
        });
}

void RollCallModel::written(const std::vector<Attendance>& days) {
    if (days.empty())
        return;
    for (const auto& day : days) {
        if (day.date != date_)
            continue;  // the screen moved to another day meanwhile
        for (std::size_t i = 0; i < entries_.size(); ++i) {
            if (entries_[i].employee_id != day.employee_id)
                continue;
            entries_[i].attendance = day;
            const auto row = std::find(visible_.begin(), visible_.end(), i);
            if (row != visible_.end()) {
                const QModelIndex changed = index(static_cast<int>(row - visible_.begin()));
                emit dataChanged(changed, changed);
            }
        }
    }
    const DayCounts counts = count_day(entries_);
    if (counts != counts_) {
        counts_ = counts;
        emit countsChanged();
    }
    core_->notifyRecordsChanged({QStringLiteral("attendance")});
}

QString RollCallModel::statusLabel(const std::string& code) const {
    if (code.empty())
        return {};
    const auto catalogues = current_catalogues();
    const AttendanceStatus* status = catalogues->attendance_statuses().find(code);
    if (!status || !core_)
        return qs(code);
    return core_->text(status->label_id, status->label_en);
}

QString RollCallModel::leaveKindLabel(const std::string& code) const {
    if (code.empty())
        return {};
    const auto catalogues = current_catalogues();
    const LeaveKind* kind = catalogues->leave_kinds().find(code);
    if (!kind || !core_)
        return qs(code);
    return core_->text(kind->label_id, kind->label_en);
}

QString RollCallModel::shiftLabel(const std::string& code) const {
    const DutyShift* shift = duty_shift_catalogue().find(code);
    if (!shift || !core_)
        return qs(code);
    return core_->text(shift->label_id, shift->label_en);
}

int RollCallModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(visible_.size());
}

QVariant RollCallModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RollCallEntry& e = *entryAt(index.row());
    const std::optional<Attendance>& a = e.attendance;
    switch (role) {
        case EmployeeIdRole:
            return qs(e.employee_id);
        case NameRole:
            return qs(e.name);
        case NipRole:
            return qs(e.nip);
        case JabatanRole:
            return qs(e.jabatan);
        case StatusRole:
            return a ? qs(a->status) : QString();
        case StatusLabelRole:
            return a ? statusLabel(a->status) : QString();
        case MinutesRole:
            return a && a->minutes ? *a->minutes : 0;
        case LeaveKindRole:
            return a ? qs(a->leave_kind.value_or("")) : QString();
        case LeaveKindLabelRole:
            return a ? leaveKindLabel(a->leave_kind.value_or("")) : QString();
        case NoteRole:
            return a ? qs(a->note.value_or("")) : QString();
        case RecordedRole:
            return a.has_value();
        case PresentRole: {
            const auto catalogues = current_catalogues();
            const AttendanceStatus* s =
                a ? catalogues->attendance_statuses().find(a->status) : nullptr;
            return s && s->counts_as_present;
        }
        case CategoryRole:
            return a ? QString::fromLatin1(category_name(day_category(a->status))) : QString();
        case DueRole:
            return e.due;
        case ShiftLabelRole:
            return e.shift ? shiftLabel(*e.shift) : QString();
        case TrainingIdRole:
            return a ? qs(a->training_id.value_or("")) : QString();
        case EarlyMinutesRole:
            return a && a->early_minutes ? *a->early_minutes : 0;
        default:
            return {};
    }
}

QHash<int, QByteArray> RollCallModel::roleNames() const {
    return {{EmployeeIdRole, "employeeId"},
            {NameRole, "name"},
            {NipRole, "nip"},
            {JabatanRole, "jabatan"},
            {StatusRole, "status"},
            {StatusLabelRole, "statusLabel"},
            {MinutesRole, "minutes"},
            {LeaveKindRole, "leaveKind"},
            {LeaveKindLabelRole, "leaveKindLabel"},
            {NoteRole, "note"},
            {RecordedRole, "recorded"},
            {PresentRole, "present"},
            {CategoryRole, "category"},
            {DueRole, "due"},
            {ShiftLabelRole, "shiftLabel"},
            {TrainingIdRole, "trainingId"},
            {EarlyMinutesRole, "earlyMinutes"}};
}

}  // namespace pantau::mobile
