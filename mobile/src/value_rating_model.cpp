#include "value_rating_model.h"

#include "app_core.h"
#include "core/text.h"

namespace pantau::mobile {

namespace {

QString qs(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString rating_label(const std::optional<Rating>& rating, const AppCore& core) {
    return rating ? core.text(label_id(*rating), label_en(*rating)) : QString();
}

}  // namespace

ValueRatingModel::ValueRatingModel(QObject* parent) : QAbstractListModel(parent) {
    for (const auto& value : berakhlak().entries())
        rows_.push_back(ValueRatingRow{value.code, {}, {}, std::nullopt, {}, {}});
}

void ValueRatingModel::relabel(const AppCore& core) {
    const auto& catalogue = berakhlak();
    for (auto& row : rows_) {
        const CoreValue* value = catalogue.find(row.code);
        if (!value)
            continue;
        row.label = core.text(value->label_id, value->label_en);
        QStringList guides;
        for (std::size_t i = 0; i < kGuidesPerValue; ++i)
            guides << core.text(value->guides_id[i], value->guides_en[i]);
        row.guides = guides.join(QLatin1Char('\n'));
        row.rating_label = rating_label(row.rating, core);
    }
    if (!rows_.empty())
        emit dataChanged(index(0), index(rowCount() - 1), {LabelRole, GuidesRole, RatingLabelRole});
}

void ValueRatingModel::load(const std::map<std::string, ValueRating>& values, const AppCore& core) {
    for (int row = 0; row < rowCount(); ++row) {
        auto& r = rows_[static_cast<std::size_t>(row)];
        const auto found = values.find(r.code);
        std::optional<Rating> rating;
        QString evidence;
        if (found != values.end()) {
            rating = found->second.rating;
            evidence = QString::fromStdString(found->second.evidence);
        }
        if (rating == r.rating && evidence == r.evidence)
            continue;
        r.rating = rating;
        r.rating_label = rating_label(rating, core);
        r.evidence = evidence;
        changed(row, {RatingRole, RatingLabelRole, EvidenceRole});
    }
}

bool ValueRatingModel::setRating(int row, Rating rating, const AppCore& core) {
    if (!valid(row))
        return false;
    auto& r = rows_[static_cast<std::size_t>(row)];
    if (r.rating == rating)
        return false;
    r.rating = rating;
    r.rating_label = rating_label(rating, core);
    changed(row, {RatingRole, RatingLabelRole});
    return true;
}

bool ValueRatingModel::setEvidence(int row, const QString& evidence) {
    if (!valid(row))
        return false;
    auto& r = rows_[static_cast<std::size_t>(row)];
    if (!r.rating || r.evidence == evidence)
        return false;
    r.evidence = evidence;
    changed(row, {EvidenceRole});
    return true;
}

std::map<std::string, ValueRating> ValueRatingModel::values() const {
    std::map<std::string, ValueRating> values;
    for (const auto& r : rows_)
        if (r.rating)
            values.emplace(r.code, ValueRating{*r.rating, r.evidence.toStdString()});
    return values;
}

QStringList ValueRatingModel::unratedLabels() const {
    QStringList labels;
    for (const auto& r : rows_)
        if (!r.rating)
            labels << r.label;
    return labels;
}

QStringList ValueRatingModel::labelsWithoutEvidence() const {
    QStringList labels;
    for (const auto& r : rows_)
        if (r.rating && is_blank(r.evidence.toStdString()))
            labels << r.label;
    return labels;
}

void ValueRatingModel::changed(int row, const QList<int>& roles) {
    emit dataChanged(index(row), index(row), roles);
}

int ValueRatingModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant ValueRatingModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ValueRatingRow& r = rows_[static_cast<std::size_t>(index.row())];
    switch (role) {
        case CodeRole:
            return QString::fromStdString(r.code);
        case LabelRole:
            return r.label;
        case GuidesRole:
            return r.guides;
        case RatingRole:
            return r.rating ? qs(to_string(*r.rating)) : QString();
        case RatingLabelRole:
            return r.rating_label;
        case EvidenceRole:
            return r.evidence;
        default:
            return {};
    }
}

QHash<int, QByteArray> ValueRatingModel::roleNames() const {
    return {{CodeRole, "code"},
            {LabelRole, "label"},
            {GuidesRole, "guides"},
            {RatingRole, "rating"},
            {RatingLabelRole, "ratingLabel"},
            {EvidenceRole, "evidence"}};
}

}  // namespace pantau::mobile
