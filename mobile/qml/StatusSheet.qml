// The roll call's "other status" sheet: every status of the catalogue, the
// minutes when the status counts them (and for a late day, the minutes it
// left early too), the kind of leave for cuti, the
// training a DIKLAT day was spent at (optional), and a note. Saving asks the roll call, which refuses with a sentence when a
// needed detail is missing; the sheet then stays open.
import QtQuick
import Pantau
import QtQuick.Controls
import QtQuick.Layouts

Dialog {
    id: sheet
    required property AppCore core
    required property RollCallModel rollCall
    property int row: -1
    property string trainingId

    objectName: "statusSheet"
    parent: Overlay.overlay
    x: 0
    y: parent ? parent.height - height : 0
    width: parent ? parent.width : 360
    height: parent ? parent.height - Theme.tap : 560
    modal: true
    padding: Theme.margin

    // Opens for one row, showing what is recorded now.
    function openFor(row, name, status, minutes, leaveKind, note, employeeId, trainingId,
                     earlyMinutes) {
        sheet.row = row
        trainings.employeeId = employeeId || ""
        sheet.trainingId = trainingId || ""
        sheet.title = name
        statuses.selected = status
        leaveKinds.selected = leaveKind
        minutesField.text = minutes > 0 ? String(minutes) : ""
        earlyMinutesField.text = earlyMinutes > 0 ? String(earlyMinutes) : ""
        noteField.text = note
        sheet.rollCall.clearError()
        sheet.open()
    }

    function save() {
        if (sheet.rollCall.setStatus(sheet.row, statuses.selected, parseInt(minutesField.text) || 0,
                                     leaveKinds.selected, noteField.text,
                                     statuses.linksTraining ? sheet.trainingId : "",
                                     statuses.recordsEarlyLeave
                                         ? parseInt(earlyMinutesField.text) || 0 : 0))
            sheet.close()
    }

    StatusChoiceModel { id: statuses; core: sheet.core }
    StatusChoiceModel { id: leaveKinds; core: sheet.core; kind: StatusChoiceModel.LeaveKinds }
    TrainingController { id: trainings; core: sheet.core }

    contentItem: ScrollView {
        id: scroll
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 8

            Flow {
                Layout.fillWidth: true
                spacing: 6
                Repeater {
                    model: statuses
                    delegate: Button {
                        required property string code
                        required property string label
                        required property bool selected
                        objectName: "status_" + code
                        height: Theme.tap
                        checkable: true
                        checked: selected
                        highlighted: selected
                        font.pixelSize: Theme.fontSmall
                        text: label
                        onClicked: statuses.selected = code
                    }
                }
            }

            Label {
                visible: statuses.needsMinutes
                text: qsTr("Jumlah menit")
            }
            TextField {
                id: minutesField
                objectName: "minutesField"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.tap
                visible: statuses.needsMinutes
                inputMethodHints: Qt.ImhDigitsOnly
                validator: IntValidator { bottom: 0; top: 9999 }
                placeholderText: qsTr("mis. 15")
            }

            Label {
                visible: statuses.recordsEarlyLeave
                text: qsTr("Pulang cepat (menit)")
            }
            TextField {
                id: earlyMinutesField
                objectName: "earlyMinutesField"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.tap
                visible: statuses.recordsEarlyLeave
                inputMethodHints: Qt.ImhDigitsOnly
                validator: IntValidator { bottom: 0; top: 9999 }
                placeholderText: qsTr("mis. 15")
            }

            Label {
                visible: statuses.needsLeaveKind
                text: qsTr("Jenis cuti")
            }
            ComboBox {
                objectName: "leaveKindBox"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.tap
                visible: statuses.needsLeaveKind
                model: leaveKinds
                textRole: "label"
                valueRole: "code"
                currentIndex: leaveKinds.selectedIndex
                displayText: currentIndex < 0 ? qsTr("Pilih jenis cuti") : currentText
                onActivated: leaveKinds.selected = currentValue
            }
            Label {
                objectName: "leaveKindDetail"
                Layout.fillWidth: true
                visible: statuses.needsLeaveKind && text.length > 0
                text: leaveKinds.selectedDetail
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }

            Label {
                visible: statuses.linksTraining
                text: qsTr("Pelatihan yang diikuti (boleh kosong)")
            }
            ComboBox {
                id: trainingBox
                objectName: "trainingBox"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.tap
                visible: statuses.linksTraining
                model: [{ code: "", label: qsTr("Tanpa pelatihan") }].concat(trainings.trainings)
                textRole: "label"
                valueRole: "code"
                currentIndex: Math.max(0, indexOfValue(sheet.trainingId))
                onActivated: sheet.trainingId = currentValue
                delegate: ItemDelegate {
                    required property var modelData
                    objectName: "trainingOption_" + modelData.code
                    width: ListView.view.width
                    implicitHeight: Math.max(Theme.tap, implicitContentHeight + 8)
                    contentItem: Label { text: modelData.label; wrapMode: Text.WordWrap }
                }
            }

            Label { text: qsTr("Catatan (boleh kosong)") }
            TextField {
                id: noteField
                objectName: "noteField"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.tap
            }

            Label {
                objectName: "statusError"
                Layout.fillWidth: true
                visible: text.length > 0
                wrapMode: Text.WordWrap
                color: Theme.danger
                font.bold: true
                text: sheet.rollCall.errorText
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "cancelStatusButton"
            text: qsTr("Batal")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        Button {
            objectName: "saveStatusButton"
            text: qsTr("Simpan")
            highlighted: true
            // Not AcceptRole: the sheet closes only once the status is valid.
            DialogButtonBox.buttonRole: DialogButtonBox.ApplyRole
        }
        onApplied: sheet.save()
    }
}
