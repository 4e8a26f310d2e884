// One employee's performance evaluation for a period: hasil kerja, the seven
// BerAKHLAK values with evidence, perilaku kerja, and feedback, with the
// predikat shown live at the top. Saved as a draft, then finalised for good.
import QtQuick
import Pantau
import QtQuick.Controls
import QtQuick.Layouts

Page {
    id: page
    required property AppCore core
    required property string employeeId
    required property string period

    header: AppHeader { title: qsTr("Penilaian kinerja"); onBack: page.StackView.view.pop() }

    EvaluationController {
        id: evaluation
        core: page.core
        employeeId: page.employeeId
        period: page.period
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Pane {
            Layout.fillWidth: true
            background: Rectangle { color: Theme.surface }
            ColumnLayout {
                anchors.fill: parent
                spacing: 2
                Label {
                    objectName: "employeeName"
                    Layout.fillWidth: true
                    text: evaluation.employeeName
                    font.bold: true
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    text: evaluation.periodLabel + " · " + evaluation.stateLabel
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
                RowLayout {
                    Layout.fillWidth: true
                    Label { text: qsTr("Predikat:"); font.pixelSize: Theme.fontLarge }
                    Label {
                        objectName: "predikatLabel"
                        Layout.fillWidth: true
                        text: evaluation.predikatLabel
                        font.pixelSize: Theme.fontHuge
                        font.bold: true
                        color: Theme.primary
                        elide: Text.ElideRight
                    }
                }
            }
        }

        ScrollView {
            id: scroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth

            ColumnLayout {
                width: parent.width
                spacing: Theme.gap

                Label {
                    objectName: "readOnlyNotice"
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.gap
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    visible: evaluation.readOnly
                    wrapMode: Text.WordWrap
                    font.bold: true
                    color: Theme.present
                    text: qsTr("Penilaian ini sudah final dan tidak dapat diubah.")
                }

                SectionLabel { text: qsTr("Hasil kerja") }
                RatingSelector {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    namePrefix: "hasil_"
                    ratings: evaluation.ratings
                    selected: evaluation.hasilKerja
                    readOnly: evaluation.readOnly
                    onChosen: (code) => evaluation.hasilKerja = code
                }

                SectionLabel { text: qsTr("Nilai dasar BerAKHLAK") }
                Label {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    wrapMode: Text.WordWrap
                    color: Theme.textMuted
                    text: qsTr("Nilai setiap perilaku dan catat bukti yang Anda lihat.")
                }
                Repeater {
                    model: evaluation.values
                    delegate: ValueCard {
                        Layout.fillWidth: true
                        Layout.leftMargin: Theme.margin
                        Layout.rightMargin: Theme.margin
                        controller: evaluation
                    }
                }

                SectionLabel { text: qsTr("Perilaku kerja") }
                Label {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    wrapMode: Text.WordWrap
                    color: Theme.textMuted
                    text: qsTr("Kesimpulan Anda atas ketujuh nilai di atas.")
                }
                RatingSelector {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    namePrefix: "perilaku_"
                    ratings: evaluation.ratings
                    selected: evaluation.perilaku
                    readOnly: evaluation.readOnly
                    onChosen: (code) => evaluation.perilaku = code
                }

                SectionLabel { text: qsTr("Umpan balik") }
                TextArea {
                    objectName: "feedbackField"
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    Layout.minimumHeight: Theme.tap * 2
                    wrapMode: TextEdit.Wrap
                    readOnly: evaluation.readOnly
                    background: Rectangle {
                        color: Theme.background
                        border.color: Theme.divider
                        radius: 4
                    }
                    placeholderText: qsTr("Umpan balik dan saran pengembangan")
                    text: evaluation.feedback
                    onTextChanged: if (text !== evaluation.feedback) evaluation.feedback = text
                }

                Label {
                    objectName: "evaluationError"
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    visible: text.length > 0
                    wrapMode: Text.WordWrap
                    color: Theme.danger
                    font.bold: true
                    text: evaluation.errorText
                }
                Button {
                    objectName: "saveDraftButton"
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    Layout.preferredHeight: Theme.tap
                    visible: !evaluation.readOnly
                    enabled: evaluation.loaded && !evaluation.busy
                    text: qsTr("Simpan draf")
                    onClicked: evaluation.saveDraft()
                }
                Button {
                    objectName: "finaliseButton"
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    Layout.preferredHeight: Theme.tap + 8
                    visible: !evaluation.readOnly
                    enabled: evaluation.loaded && !evaluation.busy
                    highlighted: true
                    text: qsTr("Finalkan")
                    onClicked: if (evaluation.readyToFinalise()) confirmFinalise.open()
                }
                Item { Layout.preferredHeight: Theme.margin }
            }
        }
    }

    Dialog {
        id: confirmFinalise
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: parent ? parent.width - 2 * Theme.margin : 300
        modal: true
        title: qsTr("Finalkan penilaian?")
        contentItem: Label {
            wrapMode: Text.WordWrap
            text: qsTr("Predikat %1 untuk %2. Setelah final, penilaian ini tidak dapat diubah lagi.")
                    .arg(evaluation.predikatLabel).arg(evaluation.employeeName)
        }
        footer: DialogButtonBox {
            Button {
                objectName: "cancelFinaliseButton"
                text: qsTr("Batal")
                implicitHeight: Theme.tap
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
            Button {
                objectName: "confirmFinaliseButton"
                text: qsTr("Finalkan")
                implicitHeight: Theme.tap
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
        }
        onAccepted: evaluation.finalise()
    }
}
