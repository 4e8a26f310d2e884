// SurveyController: the citizen satisfaction form (SKM) handed to one
// citizen after another, and the unit's satisfaction index (IKM) over the
// responses collected in a period (the year, or the current quarter). Each
// submission is a new survey_response record; the form then clears itself.
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <array>
#include <optional>

#include "survey/ikm.h"
#include "survey/survey_response.h"

namespace pantau::mobile {

class AppCore;

class SurveyController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(pantau::mobile::AppCore* core READ core WRITE setCore NOTIFY coreChanged)
    Q_PROPERTY(QStringList elements READ elements NOTIFY elementsChanged)
    Q_PROPERTY(QVariantList scores READ scores NOTIFY formChanged)
    Q_PROPERTY(int age READ age WRITE setAge NOTIFY formChanged)
    Q_PROPERTY(QString gender READ gender WRITE setGender NOTIFY formChanged)
    Q_PROPERTY(QString education READ education WRITE setEducation NOTIFY formChanged)
    Q_PROPERTY(QString occupation READ occupation WRITE setOccupation NOTIFY formChanged)
    Q_PROPERTY(QStringList educationChoices READ educationChoices CONSTANT)
    Q_PROPERTY(QStringList occupationChoices READ occupationChoices CONSTANT)
    Q_PROPERTY(bool canSubmit READ canSubmit NOTIFY formChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool thanked READ thanked NOTIFY thankedChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(QString period READ period WRITE setPeriod NOTIFY periodChanged)
    Q_PROPERTY(QString periodLabel READ periodLabel NOTIFY periodChanged)
    Q_PROPERTY(QVariantList periods READ periods NOTIFY periodsChanged)
    Q_PROPERTY(int respondents READ respondents NOTIFY ikmChanged)
    Q_PROPERTY(QString ikmValue READ ikmValue NOTIFY ikmChanged)
    Q_PROPERTY(QString qualityLetter READ qualityLetter NOTIFY ikmChanged)
    Q_PROPERTY(QString qualityLabel READ qualityLabel NOTIFY ikmChanged)
    Q_PROPERTY(bool incomplete READ incomplete NOTIFY ikmChanged)

  public:
    explicit SurveyController(QObject* parent = nullptr);

    AppCore* core() const { return core_; }
    void setCore(AppCore* core);

    // The nine element labels in score order, in the current language.
    QStringList elements() const;
    // Nine ints: 0 blank, else 1..4.
    QVariantList scores() const;
    // 0: not given.
    int age() const { return age_; }
    void setAge(int age);
    // "", "L" or "P".
    QString gender() const { return gender_; }
    void setGender(const QString& gender);
    QString education() const { return education_; }
    void setEducation(const QString& education);
    QString occupation() const { return occupation_; }
    void setOccupation(const QString& occupation);
    // As the PermenPANRB 14/2017 sample form lists them; stored as written.
    QStringList educationChoices() const;
    QStringList occupationChoices() const;

    bool canSubmit() const;
    bool busy() const { return busy_; }
    bool thanked() const { return thanked_; }
    QString errorText() const { return error_; }

    // Defaults to the current year once the core is set.
    QString period() const { return period_; }
    void setPeriod(const QString& period);
    QString periodLabel() const;
    // The current year and quarter, as {period, label}.
    QVariantList periods() const;
    int respondents() const { return ikm_.respondents; }
    // "88,31" in Indonesian, "88.31" in English; "–" without respondents.
    QString ikmValue() const;
    QString qualityLetter() const;
    QString qualityLabel() const;
    bool incomplete() const { return ikm_.incomplete; }

    // `value` 1..4 answers element `index` (0..8); 0 leaves it blank.
    Q_INVOKABLE void setScore(int index, int value);
    Q_INVOKABLE void submit();
    // Leaves the thank-you message for the next citizen's empty form.
    Q_INVOKABLE void nextRespondent();

    // What the form holds now, as it would be stored.
    SurveyResponse response() const;

  signals:
    void coreChanged();
    void elementsChanged();
    void formChanged();
    void busyChanged();
    void thankedChanged();
    void errorTextChanged();
    void periodChanged();
    void periodsChanged();
    void ikmChanged();
    void submitted();

  private:
    void clearForm();
    void recompute();
    void setThanked(bool thanked);
    void setError(const QString& text);

    AppCore* core_ = nullptr;
    std::array<int, kSkmElementCount> scores_{};
    int age_ = 0;
    QString gender_;
    QString education_;
    QString occupation_;
    bool busy_ = false;
    bool thanked_ = false;
    QString error_;
    QString period_;
    IkmResult ikm_;
};

}  // namespace pantau::mobile
