// How the discipline screens name codes: the labels of case states, levels
// and document kinds (a small table here, both languages), the article and
// sanction labels from the PP 94 catalogues, and CatalogueChoiceModel, the
// code/label list behind each choice box of the case forms.
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QAbstractListModel>
#include <QString>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/coded_catalogue.h"
#include "discipline/case_workflow.h"
#include "discipline/discipline_event.h"
#include "discipline/remedy.h"
#include "discipline/sanction.h"

namespace pantau::mobile {

class AppCore;

BilingualText case_state_text(CaseState state);
BilingualText sanction_level_text(SanctionLevel level);
BilingualText document_kind_text(DocumentKind kind);
BilingualText close_reason_text(CloseReason reason);
BilingualText remedy_outcome_text(RemedyOutcome outcome);

// "Pasal 4f · Masuk kerja dan menaati jam kerja"; the bare code when the catalogue lacks it.
// An article of the case's rule set (absent: PP 94); a sanction of any rule
// set, whose codes are distinct.
QString article_label(const AppCore& core, std::string_view code,
                      const std::optional<std::string>& rule_set = std::nullopt);
// "R2 · Teguran tertulis"; the bare code when the catalogue lacks it.
QString sanction_label(const AppCore& core, std::string_view code);
// "Ringan"; the bare code when it is no level.
QString level_label(const AppCore& core, std::string_view code);

class CatalogueChoiceModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(pantau::mobile::AppCore* core READ core WRITE setCore NOTIFY coreChanged)
    Q_PROPERTY(Kind kind READ kind WRITE setKind NOTIFY kindChanged)
    // Articles and sanctions of this discipline rule set ("PP94", "PPPK");
    // empty: PP 94.
    Q_PROPERTY(QString ruleSet READ ruleSet WRITE setRuleSet NOTIFY ruleSetChanged)

  public:
    enum class Kind { Articles, Sanctions, Levels, DocumentKinds };
    Q_ENUM(Kind)

    enum Role { CodeRole = Qt::UserRole + 1, LabelRole };

    explicit CatalogueChoiceModel(QObject* parent = nullptr);

    AppCore* core() const { return core_; }
    void setCore(AppCore* core);
    Kind kind() const { return kind_; }
    void setKind(Kind kind);
    QString ruleSet() const { return rule_set_; }
    void setRuleSet(const QString& ruleSet);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

  signals:
    void coreChanged();
    void kindChanged();
    void ruleSetChanged();

  private:
    struct Choice {
        QString code;
        QString label;
    };

    void reload();
    std::optional<std::string> rule_set() const;

    AppCore* core_ = nullptr;
    Kind kind_ = Kind::Articles;
    QString rule_set_;
    std::vector<Choice> rows_;
};

}  // namespace pantau::mobile
