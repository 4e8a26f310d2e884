#include "records/case_progress.h"

namespace pantau {

namespace {

// The workflow has no cycles, so a state is entered once: at the first event
// after which the lenient fold stands in it. REPORTED is the starting state,
// entered with the report itself.
const DisciplineEvent* entering_event(const std::vector<DisciplineEvent>& steps, CaseState state,
                                      const SanctionCatalogue& sanctions) {
    if (steps.empty())
        return nullptr;
    if (state == CaseState::REPORTED)
        return &steps.front();
    std::vector<DisciplineEvent> prefix;
    for (const auto& step : steps) {
        prefix.push_back(step);
        if (!step.is_correction() && step.step == state &&
            current_state(prefix, sanctions) == state)
            return &step;
    }
    return nullptr;
}

std::string text(const Date& d) {
    return d.iso();
}

void warn(Problems& warnings, std::string field, std::string code, std::string id, std::string en) {
    warnings.push_back({std::move(field), std::move(code), std::move(id), std::move(en)});
}

bool is_summons(CaseState s) {
    return s == CaseState::SUMMONED_1 || s == CaseState::SUMMONED_2;
}

// The notice a summons must give, from the catalogue (7 working days).
int notice_days(const DisciplineDeadlines& deadlines, CaseState summons) {
    for (const auto& rule : deadlines.rules())
        if (rule.state == summons && rule.bound == DeadlineBound::NOT_BEFORE)
            return rule.working_days;
    return 0;
}

}  // namespace

std::optional<StepDates> step_dates(const std::vector<DisciplineEvent>& steps, CaseState state,
                                    int utc_offset_minutes, const SanctionCatalogue& sanctions) {
    const DisciplineEvent* entered = entering_event(steps, state, sanctions);
    if (!entered)
        return std::nullopt;
    StepDates dates{local_date(entered->at, utc_offset_minutes), entered->letter_date,
                    entered->served_on, entered->hearing_on};
    bool after = false;
    for (const auto& step : steps) {
        if (&step == entered) {
            after = true;
            continue;
        }
        if (!after || !step.is_correction() || step.step != state)
            continue;
        if (step.letter_date)
            dates.letter_date = step.letter_date;
        if (step.served_on)
            dates.served_on = step.served_on;
        if (step.hearing_on)
            dates.hearing_on = step.hearing_on;
    }
    return dates;
}

CaseProgress case_progress(const std::vector<DisciplineEvent>& steps, int utc_offset_minutes,
                           Date today, const CatalogueSet& catalogues,
                           const WorkCalendar& calendar) {
    CaseProgress progress;
    const auto& sanctions = catalogues.sanctions_of(steps);
    progress.state = current_state(steps, sanctions);
    const auto dates = step_dates(steps, progress.state, utc_offset_minutes, sanctions);
    if (!dates)
        return progress;
    progress.entered_on = dates->entered;
    progress.dates = *dates;
    if (is_terminal(progress.state))
        return progress;
    progress.next_due = catalogues.discipline_deadlines().next_step_due(
        progress.state, *dates, today,
        [&calendar](Date d, int n) { return calendar.add_working_days(d, n); });
    if (!progress.next_due || progress.next_due->rule.bound != DeadlineBound::NOT_AFTER)
        return progress;
    const Date limit = progress.next_due->date;
    if (today > limit) {
        progress.overdue = true;
        progress.overdue_working_days = calendar.working_days_between(limit.plus_days(1), today);
    } else {
        progress.working_days_left = calendar.working_days_between(today.plus_days(1), limit);
    }
    return progress;
}

std::optional<RemedyStatus> remedy_status(const std::vector<DisciplineEvent>& steps,
                                          int utc_offset_minutes, const CatalogueSet& catalogues,
                                          const WorkCalendar& calendar) {
    const auto& sanctions = catalogues.sanctions_of(steps);
    const CaseState state = current_state(steps, sanctions);
    if (!is_decided(state) && state != CaseState::CLOSED)
        return std::nullopt;
    // The decision the route is read from: the first one (a remedy cannot be
    // appealed again).
    const DisciplineEvent* decision = nullptr;
    for (const auto& e : steps)
        if (!e.is_correction() && e.sanction &&
            (e.step == CaseState::DECIDED || e.step == CaseState::DECIDED_ON_EVIDENCE)) {
            decision = &e;
            break;
        }
    if (!decision)
        return std::nullopt;
    RemedyStatus status;
    status.sanction = sanction_in_force(steps, sanctions);
    if (const Sanction* s = sanctions.find(*decision->sanction)) {
        status.route = s->remedy();
        status.remedy = remedy_of(*s, administrative_remedies());
    }
    if (const auto delivered =
            step_dates(steps, CaseState::DELIVERED, utc_offset_minutes, sanctions)) {
        status.received_on = delivered->served_on.value_or(delivered->entered);
        if (status.remedy)
            status.filing_last_day =
                calendar.add_working_days(*status.received_on, status.remedy->filing_working_days);
    }
    std::optional<CaseState> filed;
    for (CaseState s : {CaseState::OBJECTION, CaseState::APPEAL})
        if (const auto d = step_dates(steps, s, utc_offset_minutes, sanctions)) {
            status.filed_on = d->letter_date.value_or(d->entered);
            filed = s;
        }
    for (const auto& e : steps) {
        if (e.is_correction())
            continue;
        if (e.step == CaseState::IN_FORCE && filed)
            status.outcome = e.outcome.value_or(std::string(to_string(RemedyOutcome::UPHELD)));
        if (e.step == CaseState::CLOSED && e.close_reason == to_string(CloseReason::ANNULLED))
            status.outcome = std::string(to_string(CloseReason::ANNULLED));
    }
    if (filed) {
        if (const auto d = step_dates(steps, CaseState::IN_FORCE, utc_offset_minutes, sanctions))
            status.effective_on = d->letter_date.value_or(d->entered);
    } else if (status.received_on && status.remedy) {
        status.effective_on =
            calendar.add_working_days(*status.received_on, status.remedy->effective_working_day);
    } else if (status.received_on) {
        status.effective_on = status.received_on;  // no remedy is open: in force on receipt
    }
    if (state == CaseState::CLOSED && status.outcome == to_string(CloseReason::ANNULLED))
        status.effective_on.reset();
    return status;
}

Problems step_warnings(const std::vector<DisciplineEvent>& steps, const DisciplineEvent& next,
                       int utc_offset_minutes, const CatalogueSet& catalogues,
                       const WorkCalendar& calendar) {
    Problems warnings;
    if (next.is_correction())
        return warnings;
    const auto& sanctions = catalogues.sanctions_of(steps);
    const auto& deadlines = catalogues.discipline_deadlines();
    const Date recorded = local_date(next.at, utc_offset_minutes);
    const CaseState now = current_state(steps, sanctions);
    const auto current = step_dates(steps, now, utc_offset_minutes, sanctions);

    if (is_summons(next.step)) {
        const auto served = next.served_on ? next.served_on : next.letter_date;
        if (!next.hearing_on) {
            warn(warnings, "data.hearing_on", "hearing_date_missing",
                 "Tanggal pemeriksaan belum dicatat; batas waktu tidak dapat dihitung.",
                 "The hearing date is not recorded; the limits cannot be counted.");
        } else if (served) {
            const int notice = notice_days(deadlines, next.step);
            const Date earliest = calendar.add_working_days(*served, notice);
            if (*next.hearing_on < earliest)
                warn(warnings, "data.hearing_on", "hearing_too_soon",
                     "Pemeriksaan " + text(*next.hearing_on) + " kurang dari " +
                         std::to_string(notice) + " hari kerja setelah panggilan diterima " +
                         text(*served) + "; paling cepat " + text(earliest) + ".",
                     "The hearing on " + text(*next.hearing_on) + " is less than " +
                         std::to_string(notice) + " working days after the summons was served (" +
                         text(*served) + "); the earliest is " + text(earliest) + ".");
        }
    }
    if (next.step == CaseState::SUMMONED_2 && now == CaseState::SUMMONED_1 && current &&
        current->hearing_on) {
        const Date sent = next.letter_date.value_or(recorded);
        if (sent <= *current->hearing_on) {
            warn(warnings, "step", "second_summons_before_hearing",
                 "Pemeriksaan pertama dijadwalkan " + text(*current->hearing_on) +
                     "; panggilan kedua hanya bila pegawai tidak hadir pada tanggal itu.",
                 "The first hearing is set for " + text(*current->hearing_on) +
                     "; a second summons follows only if the employee misses it.");
        } else {
            StepDates d = *current;
            for (const auto& rule : deadlines.rules())
                if (rule.state == CaseState::SUMMONED_1 && rule.after_missed_hearing)
                    if (const auto due = DisciplineDeadlines::due_of(
                            rule, d,
                            [&](Date x, int n) { return calendar.add_working_days(x, n); });
                        due && sent > due->date)
                        warn(warnings, "data.letter_date", "second_summons_late",
                             "Panggilan kedua " + text(sent) + " melewati batas " +
                                 text(due->date) + " (" + rule.description_id + ").",
                             "The second summons of " + text(sent) + " is past the limit of " +
                                 text(due->date) + " (" + rule.description_en + ").");
        }
    }
    if (next.step == CaseState::EXAMINED && is_summons(now) && current) {
        const Date held = next.hearing_on.value_or(recorded);
        const auto served = current->served_on ? current->served_on : current->letter_date;
        const int notice = notice_days(deadlines, now);
        if (served && notice > 0) {
            const Date earliest = calendar.add_working_days(*served, notice);
            if (held < earliest)
                warn(warnings, "data.hearing_on", "examined_too_early",
                     "Pemeriksaan " + text(held) + " sebelum " + std::to_string(notice) +
                         " hari kerja sejak panggilan diterima; paling cepat " + text(earliest) +
                         ".",
                     "The hearing on " + text(held) + " is before " + std::to_string(notice) +
                         " working days from the summons; the earliest is " + text(earliest) + ".");
        }
    }
    if (next.step == CaseState::DECIDED_ON_EVIDENCE && now == CaseState::SUMMONED_2 && current &&
        current->hearing_on && recorded <= *current->hearing_on)
        warn(warnings, "step", "decided_before_second_hearing",
             "Pemeriksaan kedua dijadwalkan " + text(*current->hearing_on) +
                 "; keputusan tanpa pemeriksaan hanya bila pegawai tidak hadir.",
             "The second hearing is set for " + text(*current->hearing_on) +
                 "; deciding without a hearing needs the employee to miss it.");
    if (next.step == CaseState::DELIVERED && current) {
        const auto due = catalogues.discipline_deadlines().next_step_due(
            now, *current, recorded,
            [&](Date x, int n) { return calendar.add_working_days(x, n); });
        const Date delivered = next.served_on.value_or(recorded);
        if (due && due->rule.bound == DeadlineBound::NOT_AFTER && delivered > due->date)
            warn(warnings, "data.served_on", "delivery_late",
                 "Penyampaian " + text(delivered) + " melewati batas " + text(due->date) + ".",
                 "Delivery on " + text(delivered) + " is past the limit of " + text(due->date) +
                     ".");
    }
    const bool files_remedy = next.step == CaseState::OBJECTION || next.step == CaseState::APPEAL;
    if ((files_remedy || next.step == CaseState::IN_FORCE) && now == CaseState::DELIVERED)
        if (const auto remedy = remedy_status(steps, utc_offset_minutes, catalogues, calendar);
            remedy && remedy->remedy && remedy->filing_last_day) {
            const BilingualText title{remedy->remedy->title_id, remedy->remedy->title_en};
            const Date filed = next.letter_date.value_or(recorded);
            if (files_remedy && filed > *remedy->filing_last_day)
                warn(warnings, "data.letter_date", "remedy_filed_late",
                     std::string(title.id) + " diajukan " + text(filed) +
                         ", lewat batas pengajuan " + text(*remedy->filing_last_day) + " (" +
                         std::to_string(remedy->remedy->filing_working_days) +
                         " hari kerja sejak keputusan diterima " + text(*remedy->received_on) +
                         ").",
                     std::string(title.en) + " filed on " + text(filed) +
                         ", past the last day to file, " + text(*remedy->filing_last_day) + " (" +
                         std::to_string(remedy->remedy->filing_working_days) +
                         " working days from receiving the decision on " +
                         text(*remedy->received_on) + ").");
            if (next.step == CaseState::IN_FORCE && remedy->effective_on &&
                recorded < *remedy->effective_on)
                warn(warnings, "step", "in_force_before_effective",
                     std::string(title.id) + " masih dapat diajukan sampai " +
                         text(*remedy->filing_last_day) + "; hukuman berlaku mulai " +
                         text(*remedy->effective_on) + ".",
                     std::string(title.en) + " may still be filed until " +
                         text(*remedy->filing_last_day) + "; the sanction takes effect on " +
                         text(*remedy->effective_on) + ".");
        }
    return warnings;
}

}  // namespace pantau
