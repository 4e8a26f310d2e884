// Recording the next step of a discipline case: the document that comes with
// it (kind, number, date), the dates its limits run from (the letter's date,
// the day served, the hearing date), a note, the sanction on a decision, and
// at the hearing whether the employee refused to sign the BAP. A decision
// names who decided and, for an absence case, starts from the sanction the
// day count proposes (another needs a reason); closing names its reason, and
// the end of an objection or appeal its outcome. A step whose timing or fit
// the regulation does not allow is warned about before it is saved.
import QtQuick
import Pantau
import QtQuick.Controls
import QtQuick.Layouts

Page {
    id: page
    required property AppCore core
    required property string caseId
    required property string stepCode
    required property string stepLabel
    readonly property var stepDates: controller.loaded ? controller.datesOf(page.stepCode) : []
    // Everything the step records beyond the document and note: its dates,
    // who decided, the reasons, the outcome (CaseController.advance).
    property var dates: ({})
    readonly property bool isDecision: controller.needsSanction(page.stepCode)
    readonly property bool isClosing: page.stepCode === "CLOSED"
    readonly property bool needsOutcome: controller.loaded && controller.needsOutcome(page.stepCode)
    readonly property bool outcomeChangesSanction: page.dates.outcome === "REDUCED" || page.dates.outcome === "INCREASED"
    readonly property string chosenSanction: sanctionBox.currentIndex < 0 ? "" : sanctionBox.currentValue
    readonly property bool differsFromProposal: page.isDecision && controller.proposedSanction.length > 0
                                                && page.chosenSanction.length > 0
                                                && page.chosenSanction !== controller.proposedSanction
    function setDetail(key, value) {
        const next = Object.assign({}, page.dates)
        next[key] = value
        page.dates = next
    }
    readonly property var warnings: controller.loaded ? controller.stepWarnings(page.stepCode, page.dates) : []
    property bool warningsRead: false
    onWarningsChanged: warningsRead = false

    header: AppHeader { title: page.stepLabel; onBack: page.StackView.view.pop() }

    CaseController {
        id: controller
        core: page.core
        caseId: page.caseId
        onStepSaved: page.StackView.view.pop()
        // An absence case's decision starts from the day count's proposal.
        onCaseChanged: {
            if (page.isDecision && sanctionBox.currentIndex < 0 && proposedSanction.length > 0) {
                sanctionBox.currentIndex = sanctionBox.indexOfValue(proposedSanction)
                page.setDetail("sanction", page.chosenSanction)
            }
        }
    }
    CatalogueChoiceModel {
        id: documentKinds
        core: page.core
        kind: CatalogueChoiceModel.DocumentKinds
    }
    CatalogueChoiceModel {
        id: sanctions
        core: page.core
        kind: CatalogueChoiceModel.Sanctions
        ruleSet: controller.ruleSet
    }

    Component.onCompleted: {
        documentKindBox.currentIndex = documentKindBox.indexOfValue(controller.usualDocument(page.stepCode))
        page.setDetail("documentKind", documentKindBox.currentValue)
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: Theme.gap / 2

            Label {
                Layout.fillWidth: true
                Layout.margins: Theme.margin
                wrapMode: Text.WordWrap
                text: qsTr("%1 · tahap sekarang: %2").arg(controller.employeeName).arg(controller.stateLabel)
            }

            SectionLabel { text: qsTr("Dokumen") }
            ComboBox {
                id: documentKindBox
                objectName: "documentKindBox"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.preferredHeight: Theme.tap
                model: documentKinds
                textRole: "label"
                valueRole: "code"
                onActivated: page.setDetail("documentKind", currentValue)
                delegate: ItemDelegate {
                    required property string code
                    required property string label
                    objectName: "documentOption_" + code
                    width: ListView.view.width
                    implicitHeight: Theme.tap
                    text: label
                }
            }
            TextField {
                id: documentNumber
                objectName: "documentNumberField"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.preferredHeight: Theme.tap
                placeholderText: qsTr("Nomor dokumen, mis. 800/123/PKM/2026")
                onTextChanged: page.setDetail("documentNumber", text)
            }
            TextField {
                id: documentDate
                objectName: "documentDateField"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.preferredHeight: Theme.tap
                placeholderText: qsTr("Tanggal dokumen (TTTT-BB-HH)")
                inputMethodHints: Qt.ImhDate
            }

            SectionLabel {
                visible: page.stepDates.length > 0
                text: qsTr("Tanggal yang dihitung batas waktunya")
            }
            Repeater {
                model: [
                    { key: "letterDate", label: qsTr("Tanggal surat (TTTT-BB-HH)") },
                    { key: "servedOn", label: qsTr("Tanggal diterima pegawai (TTTT-BB-HH)") },
                    { key: "hearingOn", label: page.stepCode === "EXAMINED"
                                                 ? qsTr("Tanggal pemeriksaan dilaksanakan (TTTT-BB-HH)")
                                                 : qsTr("Tanggal pemeriksaan (TTTT-BB-HH)") }
                ]
                delegate: TextField {
                    required property var modelData
                    objectName: modelData.key + "Field"
                    visible: page.stepDates.indexOf(modelData.key) >= 0
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    Layout.preferredHeight: Theme.tap
                    placeholderText: modelData.label
                    inputMethodHints: Qt.ImhDate
                    onTextChanged: {
                        const next = Object.assign({}, page.dates)
                        next[modelData.key] = text
                        page.dates = next
                    }
                }
            }
            Label {
                objectName: "stepWarnings"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: page.warnings.length > 0
                wrapMode: Text.WordWrap
                color: Theme.warning
                font.bold: true
                text: page.warnings.map(w => "⚠ " + w).join("\n")
            }

            SectionLabel { visible: page.needsOutcome; text: qsTr("Hasil keberatan/banding") }
            ComboBox {
                id: outcomeBox
                objectName: "outcomeBox"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.preferredHeight: Theme.tap
                visible: page.needsOutcome
                model: controller.loaded ? controller.outcomes() : []
                textRole: "label"
                valueRole: "code"
                currentIndex: -1
                displayText: currentIndex < 0 ? qsTr("Pilih hasil") : currentText
                onActivated: page.setDetail("outcome", currentValue)
                delegate: ItemDelegate {
                    required property var modelData
                    objectName: "outcomeOption_" + modelData.code
                    width: ListView.view.width
                    implicitHeight: Theme.tap
                    text: modelData.label
                }
            }

            SectionLabel { visible: page.isClosing; text: qsTr("Alasan penutupan") }
            ComboBox {
                id: closeReasonBox
                objectName: "closeReasonBox"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.preferredHeight: Theme.tap
                visible: page.isClosing
                model: controller.loaded ? controller.closeReasons() : []
                textRole: "label"
                valueRole: "code"
                currentIndex: -1
                displayText: currentIndex < 0 ? qsTr("Pilih alasan") : currentText
                onActivated: page.setDetail("closeReason", currentValue)
                delegate: ItemDelegate {
                    required property var modelData
                    objectName: "closeReasonOption_" + modelData.code
                    width: ListView.view.width
                    implicitHeight: Math.max(Theme.tap, implicitContentHeight + Theme.gap)
                    text: modelData.label
                }
            }

            SectionLabel {
                visible: page.isDecision || page.outcomeChangesSanction
                text: page.isDecision ? qsTr("Hukuman yang dijatuhkan") : qsTr("Hukuman yang baru")
            }
            Label {
                objectName: "proposalLabel"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: page.isDecision && controller.proposedSanction.length > 0
                wrapMode: Text.WordWrap
                text: qsTr("Usulan menurut jumlah hari tidak hadir: %1. Ini indikasi, bukan keputusan; pejabat yang berwenang yang memutus.").arg(controller.proposedSanction)
            }
            ComboBox {
                id: sanctionBox
                objectName: "sanctionBox"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.preferredHeight: Theme.tap
                visible: page.isDecision || page.outcomeChangesSanction
                model: sanctions
                textRole: "label"
                valueRole: "code"
                currentIndex: -1
                displayText: currentIndex < 0 ? qsTr("Pilih hukuman") : currentText
                onActivated: page.setDetail("sanction", currentValue)
                delegate: ItemDelegate {
                    id: sanctionOption
                    required property string code
                    required property string label
                    objectName: "sanctionOption_" + code
                    width: ListView.view.width
                    implicitHeight: Math.max(Theme.tap, implicitContentHeight + Theme.gap)
                    text: label
                    contentItem: Label { text: sanctionOption.label; wrapMode: Text.WordWrap }
                }
            }

            TextArea {
                objectName: "deviationReasonField"
                background: Rectangle {
                    border.color: Theme.warning
                    radius: Theme.radius
                }
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.minimumHeight: 2 * Theme.tap
                visible: page.differsFromProposal
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("Alasan hukuman berbeda dari usulan (wajib)")
                onTextChanged: page.setDetail("deviationReason", text)
            }

            SectionLabel { visible: page.isDecision; text: qsTr("Pejabat yang menghukum") }
            Repeater {
                model: page.isDecision ? [
                    { key: "deciderName", label: qsTr("Nama pejabat") },
                    { key: "deciderNip", label: qsTr("NIP pejabat (kosongkan untuk bupati/wali kota)") },
                    { key: "deciderPosition", label: qsTr("Jabatan, seperti tertulis pada SK") }
                ] : []
                delegate: TextField {
                    required property var modelData
                    objectName: modelData.key + "Field"
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    Layout.preferredHeight: Theme.tap
                    placeholderText: modelData.label
                    inputMethodHints: modelData.key === "deciderNip" ? Qt.ImhDigitsOnly : Qt.ImhNone
                    onTextChanged: page.setDetail(modelData.key, text)
                }
            }
            ComboBox {
                id: authorityBox
                objectName: "authorityBox"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.preferredHeight: Theme.tap
                visible: page.isDecision
                model: controller.loaded ? controller.authorities() : []
                textRole: "label"
                valueRole: "code"
                currentIndex: -1
                displayText: currentIndex < 0 ? qsTr("Kewenangan pejabat") : currentText
                onActivated: page.setDetail("authority", currentValue)
                delegate: ItemDelegate {
                    required property var modelData
                    objectName: "authorityOption_" + modelData.code
                    width: ListView.view.width
                    implicitHeight: Math.max(Theme.tap, implicitContentHeight + Theme.gap)
                    text: modelData.label
                }
            }

            CheckBox {
                id: refusedToSign
                objectName: "refusedToSignBox"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.preferredHeight: Theme.tap
                visible: page.stepCode === "EXAMINED"
                text: qsTr("Pegawai menolak menandatangani BAP")
            }

            SectionLabel { text: qsTr("Catatan") }
            TextArea {
                id: note
                objectName: "noteField"
                background: Rectangle {
                    border.color: Theme.divider
                    radius: Theme.radius
                }
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.minimumHeight: 2 * Theme.tap
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("Keterangan tambahan (boleh kosong)")
            }
        }
    }

    footer: Pane {
        padding: Theme.margin / 2
        contentItem: ColumnLayout {
            spacing: Theme.gap / 2
            Label {
                objectName: "stepError"
                Layout.fillWidth: true
                visible: text.length > 0
                wrapMode: Text.WordWrap
                color: Theme.danger
                font.bold: true
                text: controller.errorText
            }
            Button {
                objectName: "saveStepButton"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.tap + 8
                highlighted: true
                enabled: controller.found && !controller.busy
                // A step with timing warnings is saved on a second tap, once read.
                text: page.warnings.length > 0 && !page.warningsRead ? qsTr("Periksa peringatan")
                      : page.warnings.length > 0 ? qsTr("Simpan walau ada peringatan") : qsTr("Simpan")
                onClicked: {
                    if (page.warnings.length > 0 && !page.warningsRead) {
                        page.warningsRead = true
                        return
                    }
                    controller.advance(page.stepCode,
                                       documentKindBox.currentIndex < 0 ? "" : documentKindBox.currentValue,
                                       documentNumber.text, documentDate.text, note.text,
                                       page.isDecision || page.outcomeChangesSanction ? page.chosenSanction : "",
                                       refusedToSign.checked, page.dates)
                }
            }
        }
    }
}
