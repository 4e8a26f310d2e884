// ValueRatingModel: the seven BerAKHLAK values of one evaluation as the
// evaluation screen lists them, each with its three behaviour guides, the
// supervisor's rating (none yet, or one of the three) and the evidence noted.
// The EvaluationController owns it and decides when it may change.
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QAbstractListModel>
#include <QString>
#include <QStringList>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "evaluation/evaluation.h"

namespace pantau::mobile {

class AppCore;

struct ValueRatingRow {
    std::string code;
    QString label;
    QString guides;  // the three guides, one per line
    std::optional<Rating> rating;
    QString rating_label;
    QString evidence;
};

class ValueRatingModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The values belong to an EvaluationController")

  public:
    enum Role {
        CodeRole = Qt::UserRole + 1,
        LabelRole,
        GuidesRole,
        RatingRole,  // "" while not rated
        RatingLabelRole,
        EvidenceRole,
    };

    explicit ValueRatingModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Labels and guides in the language of `core`.
    void relabel(const AppCore& core);
    // Replaces every rating and evidence with those of a loaded evaluation.
    void load(const std::map<std::string, ValueRating>& values, const AppCore& core);
    // Both return false when nothing changed (an unknown row, the same value).
    bool setRating(int row, Rating rating, const AppCore& core);
    // Evidence belongs to a rating: an unrated value keeps none.
    bool setEvidence(int row, const QString& evidence);

    // The rated values, as an Evaluation stores them.
    std::map<std::string, ValueRating> values() const;
    QStringList unratedLabels() const;
    QStringList labelsWithoutEvidence() const;

  private:
    bool valid(int row) const { return row >= 0 && row < rowCount(); }
    void changed(int row, const QList<int>& roles);

    std::vector<ValueRatingRow> rows_;
};

}  // namespace pantau::mobile
