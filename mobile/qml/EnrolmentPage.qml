// First start: the server's address and the one-time code from BKPSDM.
// After enrolment the unit's staff and records are pulled, with progress.
import QtQuick
import Pantau
import QtQuick.Controls
import QtQuick.Layouts

Page {
    id: page
    required property AppCore core

    header: AppHeader { title: qsTr("Daftarkan perangkat"); canGoBack: false }

    EnrolmentController {
        id: enrolment
        core: page.core
        onEnrolled: page.StackView.view.replace(null, Qt.resolvedUrl("HomePage.qml"), { core: page.core })
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
                wrapMode: Text.WordWrap
                text: qsTr("Masukkan alamat server dan kode pendaftaran yang Anda terima dari BKPSDM.")
            }
            Label { text: qsTr("Alamat server"); Layout.leftMargin: Theme.margin }
            TextField {
                id: server
                objectName: "serverField"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.preferredHeight: Theme.tap
                placeholderText: "https://pantau.example.go.id"
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                text: enrolment.serverUrl
                enabled: !enrolment.busy
                onTextEdited: enrolment.serverUrl = text
            }
            Label { text: qsTr("Kode pendaftaran"); Layout.leftMargin: Theme.margin }
            TextField {
                id: code
                objectName: "codeField"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.preferredHeight: Theme.tap
                placeholderText: qsTr("mis. 7KQ2-9XTM-…")
                inputMethodHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
                font.capitalization: Font.AllUppercase
                text: enrolment.code
                enabled: !enrolment.busy
                onTextEdited: enrolment.code = text
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                wrapMode: Text.WordWrap
                text: qsTr("Sidik jari server (untuk alamat https://, dari lembar kode pendaftaran)")
            }
            TextField {
                id: fingerprint
                objectName: "fingerprintField"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.preferredHeight: Theme.tap
                placeholderText: qsTr("mis. 7KQ2M-9XTPA-…")
                inputMethodHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
                font.capitalization: Font.AllUppercase
                text: enrolment.fingerprint
                enabled: !enrolment.busy
                onTextEdited: enrolment.fingerprint = text
            }
            Label {
                objectName: "enrolError"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: text.length > 0
                wrapMode: Text.WordWrap
                color: Theme.danger
                font.bold: true
                text: enrolment.errorText
            }
            Button {
                objectName: "enrolButton"
                Layout.fillWidth: true
                Layout.margins: Theme.margin
                Layout.preferredHeight: Theme.tap + 8
                text: qsTr("Daftar")
                enabled: !enrolment.busy
                highlighted: true
                onClicked: enrolment.enrol()
            }
            ColumnLayout {
                Layout.fillWidth: true
                Layout.margins: Theme.margin
                visible: enrolment.busy
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: enrolment.stage === EnrolmentController.Pulling
                          ? qsTr("Mengambil data unit… %1 data diterima").arg(enrolment.received)
                          : enrolment.stage === EnrolmentController.Enrolling
                            ? qsTr("Mendaftarkan perangkat…") : qsTr("Menghubungi server…")
                }
                ProgressBar {
                    objectName: "enrolProgress"
                    Layout.fillWidth: true
                    indeterminate: true
                }
            }
        }
    }
}
