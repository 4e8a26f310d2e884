// Settings: language, device name, the server, and sign-out with a clear
// warning of anything that has not been sent.
import QtQuick
import Pantau
import QtQuick.Controls
import QtQuick.Layouts

Page {
    id: page
    required property AppCore core

    header: AppHeader { title: qsTr("Pengaturan"); onBack: page.StackView.view.pop() }

    SettingsController { id: settings; core: page.core }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: Theme.gap

            SectionLabel { text: qsTr("Bahasa") }
            RowLayout {
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                RadioButton {
                    objectName: "languageId"
                    Layout.preferredHeight: Theme.tap
                    text: "Bahasa Indonesia"
                    checked: page.core.language === "id"
                    onClicked: page.core.language = "id"
                }
                RadioButton {
                    objectName: "languageEn"
                    Layout.preferredHeight: Theme.tap
                    text: "English"
                    checked: page.core.language === "en"
                    onClicked: page.core.language = "en"
                }
            }

            SectionLabel { text: qsTr("Nama perangkat") }
            TextField {
                objectName: "deviceNameField"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.preferredHeight: Theme.tap
                text: page.core.deviceName
                placeholderText: qsTr("mis. HP Kepala Puskesmas")
                onEditingFinished: page.core.deviceName = text
            }

            SectionLabel { text: qsTr("Server") }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                wrapMode: Text.WrapAnywhere
                text: page.core.serverUrl
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                text: qsTr("Masuk sebagai %1 · %2").arg(page.core.userName).arg(page.core.unitName)
            }

            SectionLabel { text: qsTr("Keluar") }
            Label {
                objectName: "signOutWarning"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                wrapMode: Text.WordWrap
                color: settings.unsent > 0 ? Theme.danger : Theme.textMuted
                font.bold: settings.unsent > 0
                text: settings.signOutWarning
            }
            Button {
                objectName: "signOutButton"
                Layout.fillWidth: true
                Layout.margins: Theme.margin
                Layout.preferredHeight: Theme.tap + 8
                text: qsTr("Keluar dari perangkat ini")
                onClicked: confirm.open()
            }
        }
    }

    Dialog {
        id: confirm
        objectName: "signOutDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: parent ? parent.width - 2 * Theme.margin : 300
        modal: true
        title: qsTr("Keluar?")
        Label {
            width: parent.width
            wrapMode: Text.WordWrap
            text: settings.signOutWarning
        }
        footer: DialogButtonBox {
            Button {
                text: qsTr("Batal")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
            Button {
                objectName: "confirmSignOutButton"
                text: settings.unsent > 0 ? qsTr("Keluar dan hapus") : qsTr("Keluar")
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
        }
        onAccepted: settings.signOut(settings.unsent > 0)
    }
}
