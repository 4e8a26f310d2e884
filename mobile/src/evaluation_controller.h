// EvaluationController: the evaluation screen of one employee for one
// period. It loads the stored evaluation (or starts a draft), shows the
// predikat the two ratings give as they change, saves drafts and finalises.
// A FINAL evaluation, made here or pulled from another device, is read-only.
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <optional>

#include "evaluation/evaluation.h"
#include "value_rating_model.h"

namespace pantau::mobile {

class AppCore;

class EvaluationController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(pantau::mobile::AppCore* core READ core WRITE setCore NOTIFY coreChanged)
    Q_PROPERTY(QString employeeId READ employeeId WRITE setEmployeeId NOTIFY keyChanged)
    Q_PROPERTY(QString period READ period WRITE setPeriod NOTIFY keyChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
    Q_PROPERTY(QString employeeName READ employeeName NOTIFY employeeChanged)
    Q_PROPERTY(QString employeeNip READ employeeNip NOTIFY employeeChanged)
    Q_PROPERTY(QString jabatan READ jabatan NOTIFY employeeChanged)
    Q_PROPERTY(QString periodLabel READ periodLabel NOTIFY labelsChanged)
    Q_PROPERTY(QVariantList ratings READ ratings NOTIFY labelsChanged)
    Q_PROPERTY(QString hasilKerja READ hasilKerja WRITE setHasilKerja NOTIFY evaluationChanged)
    Q_PROPERTY(QString perilaku READ perilaku WRITE setPerilaku NOTIFY evaluationChanged)
    Q_PROPERTY(QString predikatCode READ predikatCode NOTIFY evaluationChanged)
    Q_PROPERTY(QString predikatLabel READ predikatLabel NOTIFY evaluationChanged)
    Q_PROPERTY(QString feedback READ feedback WRITE setFeedback NOTIFY evaluationChanged)
    Q_PROPERTY(pantau::mobile::ValueRatingModel* values READ values CONSTANT)
    Q_PROPERTY(QString stateCode READ stateCode NOTIFY evaluationChanged)
    Q_PROPERTY(QString stateLabel READ stateLabel NOTIFY evaluationChanged)
    Q_PROPERTY(bool readOnly READ readOnly NOTIFY evaluationChanged)
    Q_PROPERTY(bool dirty READ dirty NOTIFY dirtyChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

  public:
    explicit EvaluationController(QObject* parent = nullptr);

    AppCore* core() const { return core_; }
    void setCore(AppCore* core);
    QString employeeId() const { return employee_id_; }
    void setEmployeeId(const QString& id);
    QString period() const { return period_; }
    void setPeriod(const QString& period);

    bool loaded() const { return loaded_; }
    QString employeeName() const { return employee_name_; }
    QString employeeNip() const { return employee_nip_; }
    QString jabatan() const { return jabatan_; }
    QString periodLabel() const;
    // The three ratings, best first, as {code, label} for the selectors.
    QVariantList ratings() const;

    QString hasilKerja() const;
    void setHasilKerja(const QString& code);
    // Perilaku kerja is the evaluator's own judgement: PermenPANRB 6/2022
    // rates behaviour on the seven values but gives no formula from their
    // ratings to perilaku, and the record keeps both. So the supervisor
    // chooses it, with the seven value ratings in front of them.
    QString perilaku() const;
    void setPerilaku(const QString& code);
    QString predikatCode() const;
    QString predikatLabel() const;
    QString feedback() const { return QString::fromStdString(evaluation_.feedback); }
    void setFeedback(const QString& feedback);
    ValueRatingModel* values() { return &values_; }

    QString stateCode() const;
    QString stateLabel() const;
    bool readOnly() const { return stored_state_ == EvaluationState::FINAL; }
    bool dirty() const { return edits_ != saved_edits_; }
    bool busy() const { return busy_; }
    QString errorText() const { return error_; }

    // `code` is DI_ATAS_EKSPEKTASI, SESUAI_EKSPEKTASI or DI_BAWAH_EKSPEKTASI.
    Q_INVOKABLE void setRating(int row, const QString& code);
    Q_INVOKABLE void setEvidence(int row, const QString& text);
    Q_INVOKABLE void saveDraft();
    // Whether finalise() would go ahead: every value rated with evidence.
    // Says what is missing in errorText, so the screen asks before the
    // confirmation rather than after it.
    Q_INVOKABLE bool readyToFinalise();
    // Stores the evaluation as FINAL; refuses (errorText) when not ready.
    Q_INVOKABLE void finalise();

    // What the screen holds, as it would be stored.
    Evaluation evaluation() const;

  signals:
    void coreChanged();
    void keyChanged();
    void loadedChanged();
    void employeeChanged();
    void labelsChanged();
    void evaluationChanged();
    void dirtyChanged();
    void busyChanged();
    void errorTextChanged();
    void saved();
    void finalised();

  private:
    struct Loaded;
    struct Saved;

    bool editable() const { return core_ && loaded_ && !readOnly() && !busy_; }
    Evaluation finalVersion() const;
    QStringList finalProblems(const Evaluation& final_version) const;
    void load();
    void apply(const Loaded& loaded);
    void save(Evaluation evaluation);
    void stored(const Saved& outcome, EvaluationState state, int edits);
    void edited();
    void relabel();
    void setError(const QString& text);
    void setBusy(bool busy);

    AppCore* core_ = nullptr;
    QString employee_id_;
    QString period_;
    bool loaded_ = false;
    QString employee_name_;
    QString employee_nip_;
    QString jabatan_;
    Evaluation evaluation_;  // ratings, feedback and provenance; values live in values_
    ValueRatingModel values_;
    std::optional<EvaluationState> stored_state_;
    int edits_ = 0;
    int saved_edits_ = 0;
    bool busy_ = false;
    QString error_;
};

}  // namespace pantau::mobile
