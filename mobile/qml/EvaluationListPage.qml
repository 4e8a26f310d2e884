// Performance evaluations of the unit's staff for the current quarter or
// the year: who is not yet evaluated, who has a draft, who is final. A tap
// opens that employee's evaluation.
import QtQuick
import Pantau
import QtQuick.Controls
import QtQuick.Layouts

Page {
    id: page
    required property AppCore core
    // Opens on this period ("2026-Q4", "2026"); empty: the current quarter.
    property string period

    header: AppHeader { title: qsTr("Penilaian kinerja"); onBack: page.StackView.view.pop() }

    EvaluationListModel { id: evaluations; core: page.core; period: page.period }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap

        PeriodSwitch {
            Layout.fillWidth: true
            Layout.topMargin: Theme.gap
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            periods: evaluations.periods
            selected: evaluations.period
            onChosen: (period) => evaluations.period = period
        }
        Label {
            objectName: "evaluationCounts"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            text: qsTr("%1 belum dinilai · %2 draf · %3 final")
                    .arg(evaluations.notStarted).arg(evaluations.drafts).arg(evaluations.finals)
        }
        ListView {
            objectName: "evaluationList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: evaluations
            delegate: EvaluationRow {
                width: ListView.view.width
                onClicked: page.StackView.view.push(Qt.resolvedUrl("EvaluationPage.qml"),
                                                    { core: page.core, employeeId: employeeId,
                                                      period: evaluations.period })
            }
            ScrollIndicator.vertical: ScrollIndicator {}
        }
    }
}
