// One discipline case: what is alleged, where it stands and its next limit,
// one button per step the workflow allows next, and the timeline of steps.
import QtQuick
import Pantau
import QtQuick.Controls
import QtQuick.Layouts

Page {
    id: page
    required property AppCore core
    required property string caseId

    header: AppHeader { title: qsTr("Kasus disiplin"); onBack: page.StackView.view.pop() }

    CaseController {
        id: controller
        core: page.core
        caseId: page.caseId
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: Theme.gap

            Label {
                Layout.fillWidth: true
                Layout.margins: Theme.margin
                visible: controller.loaded && !controller.found
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                text: qsTr("Kasus ini tidak ada di perangkat.")
            }

            Pane {
                Layout.fillWidth: true
                Layout.margins: Theme.margin
                visible: controller.found
                background: Rectangle { color: Theme.surface; radius: Theme.radius }
                ColumnLayout {
                    anchors.fill: parent
                    Label {
                        objectName: "caseEmployee"
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        text: controller.employeeName
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        text: controller.articleLabel
                    }
                    Label {
                        Layout.fillWidth: true
                        color: Theme.textMuted
                        text: qsTr("Perkiraan tingkat: %1").arg(controller.levelLabel)
                    }
                    Label {
                        Layout.fillWidth: true
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        text: controller.openedLabel
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        text: controller.summary
                    }
                }
            }

            SectionLabel { visible: controller.found; text: qsTr("Tahap sekarang") }
            Label {
                objectName: "caseState"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: controller.found
                font.pixelSize: Theme.fontLarge
                text: controller.stateLabel
            }
            Label {
                objectName: "caseDue"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: text.length > 0
                wrapMode: Text.WordWrap
                color: controller.overdue ? Theme.danger : Theme.textMuted
                font.bold: controller.overdue
                text: controller.dueLabel
            }
            Label {
                objectName: "remedyLabel"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: text.length > 0
                wrapMode: Text.WordWrap
                text: controller.remedyLabel
            }
            Label {
                objectName: "historyProblem"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: text.length > 0
                wrapMode: Text.WordWrap
                color: Theme.danger
                text: controller.historyProblem
            }

            SectionLabel { visible: controller.nextSteps.length > 0; text: qsTr("Langkah berikutnya") }
            Repeater {
                model: controller.nextSteps
                delegate: Button {
                    required property var modelData
                    objectName: "nextStep_" + modelData.code
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    Layout.preferredHeight: Theme.tap
                    text: modelData.label
                    onClicked: page.StackView.view.push(Qt.resolvedUrl("CaseStepPage.qml"), {
                        core: page.core, caseId: page.caseId,
                        stepCode: modelData.code, stepLabel: modelData.label
                    })
                }
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                visible: controller.terminal
                color: Theme.textMuted
                text: qsTr("Kasus ini sudah selesai.")
            }

            SectionLabel { visible: controller.found; text: qsTr("Riwayat langkah") }
            Repeater {
                model: controller.events
                delegate: Pane {
                    id: event
                    required property string stepLabel
                    required property string when
                    required property string actor
                    required property string documents
                    required property string note
                    required property string sanctionLabel
                    required property bool correction
                    objectName: "eventRow"
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    background: Rectangle {
                        color: Theme.surface
                        radius: Theme.radius
                        border.color: Theme.divider
                    }
                    ColumnLayout {
                        anchors.fill: parent
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            font.bold: true
                            text: event.correction ? qsTr("Koreksi: %1").arg(event.stepLabel) : event.stepLabel
                        }
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                            text: event.when + " · " + event.actor
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: event.sanctionLabel.length > 0
                            wrapMode: Text.WordWrap
                            text: qsTr("Hukuman: %1").arg(event.sanctionLabel)
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: event.documents.length > 0
                            wrapMode: Text.WordWrap
                            text: event.documents
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: event.note.length > 0
                            wrapMode: Text.WordWrap
                            font.italic: true
                            text: event.note
                        }
                    }
                }
            }
            Item { Layout.preferredHeight: Theme.margin }
        }
    }
}
